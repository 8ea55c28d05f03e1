"""A probe corpus of short news articles with the events a reader would put on a timeline.

Every article here is invented for Chronik: names, towns, clubs, companies and figures are made
up, the wording is our own. About half are German, half English, each of one kind of news (court,
council, weather, sport, company, science, accident, culture, election, strike, police, obituary,
health, traffic, a chronology list, a live ticker, press releases) and each uses a few of the date
forms news uses ("am Dienstag", "in der Nacht zum Sonntag", "vor zwei Wochen", "Ende März",
"(11.8.)", "ab Mittwoch", "bis zum 4. Mai", "seit 2011", "last Thursday", "on March 3", "3/12",
"will meet on Friday", "in 2019", "early Friday", "two weeks ago" ...).

Each article has its publication date (given to ``chronik extract --json`` as ``--date``) and its
gold: for each event a reader would place, the interval the event's days must lie in (``lo``,
``hi``: an event of Chronik matches when its [start, end] lies inside), the actors that must be
among the event's (each entry a name or alternatives joined by ``|``; empty where the sentence
names no one), and whether it happened or is planned. ``optional`` events (an aside such as
"seit dem Hochwasser von 2013") count when found and are never missed or false.

The gold was written from the texts as a careful reader would, before looking at Chronik's
output.

    ARTICLES               the articles (name, published, text, gold events)
    write_articles(folder) writes them, one file each, and returns {path: article}

Used by ``bench/event_probe.py`` (found / missed / false events through ``chronik extract --json``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.probe_pages import write_files


@dataclass(frozen=True)
class Gold:
    lo: str  # ISO day: the event's interval must lie in [lo, hi]
    hi: str
    actors: tuple[str, ...] = ()  # each must be among the event's actors ("A|B": either)
    status: str = "happened"  # or "planned"
    optional: bool = False  # an aside: counted when found, never missed or false
    what: str = ""


@dataclass(frozen=True)
class Article:
    name: str  # file name (.txt)
    published: str  # ISO day, given as --date
    text: str
    gold: tuple[Gold, ...]
    kind: str  # the kind of news and the date forms it probes


def g(lo: str, hi: str | None = None, *actors: str, status: str = "happened",
      optional: bool = False, what: str = "") -> Gold:
    return Gold(lo, hi or lo, tuple(actors), status, optional, what)


def p(lo: str, hi: str | None = None, *actors: str, optional: bool = False, what: str = "") -> Gold:
    return g(lo, hi, *actors, status="planned", optional=optional, what=what)


ARTICLES: tuple[Article, ...] = (
    # ------------------------------------------------------------------ German
    Article(
        "de-gericht-urteil.txt", "2024-10-17",
        "Früherer Bürgermeister zu Bewährungsstrafe verurteilt\n\n"
        "Das Landgericht Wendelstadt hat den früheren Bürgermeister von Kirchhain, Konrad Albers, am Mittwoch "
        "wegen Untreue in elf Fällen zu einer Bewährungsstrafe von zwei Jahren verurteilt. Die Kammer sah es als "
        "erwiesen an, dass Albers zwischen 2016 und 2020 städtische Gelder für private Reisen verwendet hatte.\n\n"
        "Der Prozess gegen Albers hatte Ende August begonnen. An insgesamt neun Verhandlungstagen hörte das Gericht "
        "mehr als dreißig Zeugen, darunter frühere Mitarbeiterinnen der Stadtkasse.\n\n"
        "Albers' Verteidigerin Miriam Oltmanns kündigte nach der Urteilsverkündung an, Revision beim "
        "Bundesgerichtshof einzulegen. Die Staatsanwaltschaft hatte drei Jahre Haft gefordert. Albers selbst "
        "äußerte sich nicht.\n\n"
        "Albers war im Frühjahr 2021 nach dem Bekanntwerden der Vorwürfe als Bürgermeister zurückgetreten.\n",
        (g("2024-10-16", None, "Konrad Albers", what="Urteil"),
         g("2016-01-01", "2020-12-31", "Konrad Albers", what="Gelder veruntreut"),
         g("2024-08-15", "2024-08-31", "Konrad Albers", what="Prozessbeginn"),
         g("2021-03-01", "2021-06-30", "Konrad Albers", what="Rücktritt")),
        "court; 'am Mittwoch', 'zwischen 2016 und 2020', 'Ende August', 'im Frühjahr 2021'"),
    Article(
        "de-gemeinderat-hallenbad.txt", "2024-11-20",
        "Gemeinderat Lindenau stimmt für neues Hallenbad\n\n"
        "Der Gemeinderat von Lindenau hat am Dienstagabend mit 19 zu 8 Stimmen den Bau eines neuen Hallenbads "
        "beschlossen. Das alte Bad an der Mühlstraße ist seit 2011 geschlossen, weil das Dach einsturzgefährdet war.\n\n"
        "Bürgermeisterin Petra Vogelsang sprach von einem „guten Tag für die Familien im Ort“. Die Kosten werden auf "
        "14 Millionen Euro geschätzt, ein Drittel davon soll das Land tragen.\n\n"
        "Die Fraktion der Freien Wähler stimmte geschlossen dagegen. Ihr Sprecher Holger Brandt kritisierte, die "
        "Folgekosten seien nicht seriös berechnet.\n\n"
        "Die Bauarbeiten sollen im Frühjahr 2026 beginnen. Bereits am 3. Dezember will die Verwaltung den "
        "Bürgerinnen und Bürgern die Pläne in der Stadthalle vorstellen.\n",
        (g("2024-11-19", None, "Lindenau|Gemeinderat", what="Beschluss"),
         g("2011-01-01", "2024-11-20", what="altes Bad geschlossen"),
         p("2026-03-01", "2026-06-30", what="Baubeginn"),
         p("2024-12-03", None, what="Vorstellung der Pläne")),
        "local politics; 'am Dienstagabend', 'seit 2011', 'im Frühjahr 2026', 'am 3. Dezember' planned"),
    Article(
        "de-unwetter-sturm.txt", "2023-07-09",
        "Unwetter: Sturm deckt Dächer ab\n\n"
        "Ein heftiges Gewitter hat in der Nacht zum Sonntag im Landkreis Harmsdorf schwere Schäden angerichtet. In "
        "Bergfelde stürzten mehrere Bäume auf Autos, in Oberried deckte der Sturm das Dach der Grundschule teilweise "
        "ab. Verletzt wurde nach Angaben der Polizei niemand.\n\n"
        "Die Feuerwehren rückten bis zum Sonntagmorgen zu mehr als 140 Einsätzen aus. Kreisbrandmeister Jürgen Pohl "
        "sagte, so viele Einsätze in wenigen Stunden habe er seit dem Hochwasser von 2013 nicht erlebt.\n\n"
        "Der Deutsche Wetterdienst warnt auch für Montag vor Gewittern mit Starkregen und Hagel. Die Bahnstrecke "
        "zwischen Bergfelde und Harmsdorf bleibt voraussichtlich bis Dienstag gesperrt.\n",
        (g("2023-07-08", "2023-07-09", "Harmsdorf|Bergfelde|Oberried", what="Gewitter"),
         g("2013-01-01", "2013-12-31", optional=True, what="Hochwasser 2013"),
         p("2023-07-10", None, "Deutscher Wetterdienst|DWD", what="Warnung für Montag"),
         p("2023-07-09", "2023-07-11", "Bergfelde|Harmsdorf", what="Strecke gesperrt bis Dienstag")),
        "weather; 'in der Nacht zum Sonntag', 'für Montag', 'bis Dienstag'"),
    Article(
        "de-fussball-derby.txt", "2024-09-23",
        "Eintracht Kellersbach siegt im Derby\n\n"
        "Eintracht Kellersbach hat das Derby gegen den SV Rotenhain am Samstag mit 3:1 gewonnen. Vor 4.200 "
        "Zuschauern im Auestadion traf Stürmer Niklas Wendt zweimal, das dritte Tor erzielte Jonas Ebert kurz vor "
        "Schluss.\n\n"
        "Trainer Marco Lehnert lobte nach dem Spiel vor allem die Abwehr. „Wir haben Rotenhain kaum etwas erlaubt“, "
        "sagte er. Rotenhain war in der 20. Minute durch einen Foulelfmeter in Führung gegangen.\n\n"
        "Mit dem Sieg springt Kellersbach auf den dritten Tabellenplatz. Am kommenden Freitag empfängt die "
        "Mannschaft den Tabellenführer aus Grünwald. Anstoß ist um 19.30 Uhr.\n",
        (g("2024-09-21", None, "Kellersbach|Eintracht Kellersbach", what="Derbysieg"),
         p("2024-09-27", None, "Grünwald|Kellersbach|Eintracht Kellersbach", what="Heimspiel")),
        "sport result; 'am Samstag', 'Am kommenden Freitag', a score '3:1' and '19.30 Uhr'"),
    Article(
        "de-firma-werksschliessung.txt", "2025-02-14",
        "Haberland Maschinenbau schließt Werk in Tiefenbach\n\n"
        "Der Maschinenbauer Haberland will sein Werk in Tiefenbach Ende März schließen. Betroffen sind rund 380 "
        "Beschäftigte. Das Unternehmen hatte die Pläne bereits vor zwei Wochen dem Betriebsrat vorgelegt, am "
        "Donnerstag bestätigte Vorstandschef Ulrich Haberland sie öffentlich.\n\n"
        "Als Grund nannte er den Einbruch der Aufträge aus der Autoindustrie. Seit 2019 sei der Umsatz des Werks um "
        "mehr als ein Drittel gesunken. Die Fertigung soll in das Stammwerk nach Weilrode verlagert werden.\n\n"
        "Die IG Metall kündigte Widerstand an. Bezirksleiterin Sabine Krüger sagte, man werde „um jeden "
        "Arbeitsplatz kämpfen“. Für den kommenden Dienstag ist eine Kundgebung vor dem Werkstor geplant.\n",
        (p("2025-03-15", "2025-03-31", "Haberland|Tiefenbach", what="Werksschließung"),
         g("2025-01-27", "2025-02-02", "Haberland|Betriebsrat", what="Pläne vorgelegt"),
         g("2025-02-13", None, "Ulrich Haberland", what="öffentlich bestätigt"),
         g("2019-01-01", "2025-02-14", optional=True, what="Umsatz sinkt seit 2019"),
         p("2025-02-18", None, "IG Metall|Sabine Krüger", what="Kundgebung")),
        "company news; 'Ende März' planned, 'vor zwei Wochen', 'am Donnerstag', 'Seit 2019', 'Für den kommenden Dienstag'"),
    Article(
        "de-wissenschaft-kaefer.txt", "2024-06-06",
        "Forscher entdecken neue Käferart im Schwarzwald\n\n"
        "Ein Team der Universität Freiwang hat im Nordschwarzwald eine bisher unbekannte Käferart entdeckt. Die "
        "Ergebnisse erschienen am Mittwoch in der Fachzeitschrift „Zoologische Beiträge“.\n\n"
        "Die Biologin Hanna Lindqvist hatte die ersten Exemplare bereits im Sommer 2022 in einem abgestorbenen "
        "Buchenstamm gefunden. Erst genetische Analysen zeigten, dass es sich um eine eigene Art handelt. Der Käfer "
        "ist nur vier Millimeter groß und lebt ausschließlich in Totholz.\n\n"
        "Das Team will im kommenden Jahr weitere Wälder in Süddeutschland untersuchen. Lindqvist sagte, alte "
        "Buchenwälder seien für viele Arten unersetzlich.\n",
        (g("2024-06-05", None, "Universität Freiwang|Freiwang", what="Veröffentlichung"),
         g("2022-06-01", "2022-09-30", "Hanna Lindqvist", what="Fund"),
         p("2025-01-01", "2025-12-31", "Hanna Lindqvist|Universität Freiwang", what="weitere Untersuchungen")),
        "science; 'am Mittwoch', 'im Sommer 2022', 'im kommenden Jahr'"),
    Article(
        "de-unfall-b27.txt", "2024-08-12",
        "Motorradfahrer bei Unfall auf der B 27 schwer verletzt\n\n"
        "Bei einem Unfall auf der Bundesstraße 27 zwischen Hollbach und Steinau ist am Sonntag (11.8.) ein 34 Jahre "
        "alter Motorradfahrer schwer verletzt worden. Nach Angaben der Polizei Steinau geriet er gegen 16.40 Uhr in "
        "einer Linkskurve auf die Gegenfahrbahn und stieß mit einem Lieferwagen zusammen.\n\n"
        "Ein Rettungshubschrauber brachte den Mann in die Uniklinik nach Marbrück. Der Fahrer des Lieferwagens blieb "
        "unverletzt. Die B 27 war für rund drei Stunden voll gesperrt.\n\n"
        "Die Strecke gilt als Unfallschwerpunkt. Erst am Freitag (9.8.) war an derselben Stelle ein Autofahrer von "
        "der Fahrbahn abgekommen. Die Polizei kündigte für die kommenden Wochen verstärkte Kontrollen an.\n",
        (g("2024-08-11", None, "Steinau|Hollbach|Polizei Steinau", what="Unfall"),
         g("2024-08-09", None, what="früherer Unfall"),
         p("2024-08-12", "2024-09-30", optional=True, what="Kontrollen")),
        "accident; 'am Sonntag (11.8.)', 'am Freitag (9.8.)', '16.40 Uhr'"),
    Article(
        "de-kultur-ausstellung.txt", "2025-03-26",
        "Kunsthalle Brenning zeigt Werke von Ilse Marquardt\n\n"
        "Die Kunsthalle Brenning zeigt ab Mittwoch rund 90 Gemälde und Zeichnungen der Malerin Ilse Marquardt. Die "
        "Ausstellung „Licht über dem Moor“ ist bis zum 4. Mai zu sehen und die erste große Schau der Künstlerin seit "
        "ihrem Tod im Jahr 2008.\n\n"
        "Kurator Felix Dornbach hat zwei Jahre lang Werke aus Privatsammlungen zusammengetragen. Viele der Bilder "
        "seien noch nie öffentlich gezeigt worden, sagte er bei der Vorbesichtigung am Dienstag.\n\n"
        "Zur Eröffnung spielt am Mittwochabend das Kammerorchester Brenning. Am 12. April führt Dornbach selbst durch "
        "die Ausstellung; Karten gibt es an der Museumskasse.\n",
        (g("2025-03-26", "2025-05-04", "Kunsthalle Brenning|Brenning|Ilse Marquardt", what="Ausstellung"),
         g("2008-01-01", "2008-12-31", "Ilse Marquardt", what="Tod der Malerin"),
         g("2025-03-25", None, "Felix Dornbach", what="Vorbesichtigung"),
         g("2025-03-26", None, "Kammerorchester Brenning|Brenning", what="Eröffnungskonzert"),
         p("2025-04-12", None, "Felix Dornbach|Dornbach", what="Führung")),
        "culture; 'ab Mittwoch', 'bis zum 4. Mai', 'im Jahr 2008', 'am Dienstag', 'am Mittwochabend', 'Am 12. April'"),
    Article(
        "de-wahl-stichwahl.txt", "2024-06-10",
        "Stichwahl in Auenstadt: Kerber gegen Yilmaz\n\n"
        "Bei der Oberbürgermeisterwahl in Auenstadt hat am Sonntag keiner der fünf Bewerber die absolute Mehrheit "
        "erreicht. Amtsinhaber Thomas Kerber (CDU) kam auf 41,2 Prozent, die Grünen-Kandidatin Derya Yilmaz auf "
        "33,8 Prozent. Die Wahlbeteiligung lag bei 52 Prozent.\n\n"
        "Die beiden treten nun in einer Stichwahl am 23. Juni gegeneinander an. Kerber ist seit 2016 "
        "Oberbürgermeister der Stadt. Yilmaz sitzt seit fünf Jahren im Stadtrat.\n\n"
        "Der Wahlabend verlief ohne Zwischenfälle. Das amtliche Endergebnis will der Wahlausschuss am Mittwoch "
        "feststellen.\n",
        (g("2024-06-09", None, "Auenstadt|Thomas Kerber|Derya Yilmaz", what="Wahl"),
         p("2024-06-23", None, "Thomas Kerber|Derya Yilmaz|Auenstadt", what="Stichwahl"),
         g("2016-01-01", "2024-06-10", "Thomas Kerber", optional=True, what="OB seit 2016"),
         p("2024-06-12", None, what="Endergebnis")),
        "election; 'am Sonntag', 'am 23. Juni' planned, 'seit 2016', 'seit fünf Jahren', 'am Mittwoch' planned"),
    Article(
        "de-streik-nahverkehr.txt", "2025-01-27",
        "Warnstreik im Nahverkehr: Busse in Talheim bleiben im Depot\n\n"
        "Die Gewerkschaft Verdi hat die Beschäftigten der Verkehrsbetriebe Talheim ab Mittwoch zu einem zweitägigen "
        "Warnstreik aufgerufen. Busse und Straßenbahnen sollen bis Donnerstagabend in den Depots bleiben.\n\n"
        "Seit November verhandeln Verdi und der kommunale Arbeitgeberverband über einen neuen Tarifvertrag. Die "
        "dritte Verhandlungsrunde war am Freitag ohne Ergebnis abgebrochen worden. Verdi fordert acht Prozent mehr "
        "Lohn, mindestens aber 350 Euro im Monat.\n\n"
        "Verdi-Sekretär Bernd Aschauer sagte, die Arbeitgeber hätten „kein ernsthaftes Angebot“ vorgelegt. Die "
        "nächste Verhandlungsrunde ist für den 12. Februar angesetzt.\n",
        (p("2025-01-29", "2025-01-30", "Verdi|Talheim", what="Warnstreik"),
         g("2024-11-01", "2025-01-27", "Verdi", optional=True, what="Verhandlungen seit November"),
         g("2025-01-24", None, what="Runde abgebrochen"),
         p("2025-02-12", None, what="nächste Runde")),
        "strike; 'ab Mittwoch', 'bis Donnerstagabend', 'Seit November', 'am Freitag', 'für den 12. Februar'"),
    Article(
        "de-chronik-umgehung.txt", "2024-03-30",
        "Chronik: Der Streit um die Umgehungsstraße von Felsburg\n\n"
        "Seit mehr als zehn Jahren wird in Felsburg über eine Umgehungsstraße gestritten. Im März hat sich der "
        "Konflikt zugespitzt. Die wichtigsten Stationen:\n\n"
        "12. März: Das Verwaltungsgericht Larnach stoppt den Bau der Umgehungsstraße per Eilbeschluss.\n"
        "14. März: Landrat Dieter Schalk kündigt Beschwerde gegen den Beschluss an.\n"
        "19. März: Anwohner übergeben der Stadt Felsburg 2.300 Unterschriften für den Bau.\n"
        "22. März: Der Kreistag beschließt in einer Sondersitzung, das Verfahren neu aufzurollen.\n"
        "27. März: Naturschützer des BUND legen ein Gutachten zu einer seltenen Fledermausart vor.\n\n"
        "Wie es weitergeht, entscheidet nun der Verwaltungsgerichtshof. Eine Entscheidung wird nicht vor Ende April "
        "erwartet.\n",
        (g("2024-03-12", None, "Verwaltungsgericht Larnach|Larnach", what="Baustopp"),
         g("2024-03-14", None, "Dieter Schalk", what="Beschwerde"),
         g("2024-03-19", None, "Felsburg", what="Unterschriften"),
         g("2024-03-22", None, what="Kreistag"),
         g("2024-03-27", None, "BUND", what="Gutachten"),
         p("2024-04-15", "2024-12-31", optional=True, what="Entscheidung")),
        "chronology list '12. März: …' in the present tense"),
    Article(
        "de-liveticker-brand.txt", "2024-05-14",
        "Großbrand im Gewerbegebiet Nord – der Liveticker\n\n"
        "Update 14:20 Uhr: Die Feuerwehr Brachtal meldet, das Feuer sei unter Kontrolle. Die Nachlöscharbeiten "
        "dauern voraussichtlich bis in den Abend.\n\n"
        "Update 12:05 Uhr: Die Stadt Brachtal bittet Anwohner weiterhin, Fenster und Türen geschlossen zu halten. "
        "Messungen haben bisher keine gefährlichen Werte ergeben.\n\n"
        "Update 10:45 Uhr: Nach Angaben von Einsatzleiter Tobias Rehm sind mehr als 120 Einsatzkräfte vor Ort. Eine "
        "Lagerhalle eines Recyclingbetriebs ist vollständig ausgebrannt.\n\n"
        "Update 9:30 Uhr: Über dem Gewerbegebiet Nord steht eine große Rauchsäule. Die Warn-App Nina hat eine "
        "Gefahrenmeldung für Brachtal und Umgebung ausgegeben.\n\n"
        "Der Brand war am frühen Dienstagmorgen gegen 6 Uhr ausgebrochen.\n",
        (g("2024-05-14", None, "Feuerwehr Brachtal|Brachtal", what="Feuer unter Kontrolle"),
         g("2024-05-14", None, "Tobias Rehm", what="Einsatzkräfte vor Ort"),
         g("2024-05-14", None, what="Brand ausgebrochen")),
        "live ticker 'Update 14:20 Uhr:' items of the publication day; 'am frühen Dienstagmorgen'"),
    Article(
        "de-pressemitteilung-solarpark.txt", "2024-11-13",
        "Pressemitteilung\n\n"
        "Stadtwerke Oberkirchen nehmen neuen Solarpark in Betrieb\n\n"
        "Oberkirchen, 13. November 2024 – Die Stadtwerke Oberkirchen haben am Dienstag ihren bisher größten "
        "Solarpark offiziell in Betrieb genommen. Auf einer Fläche von zwölf Hektar am Ortsrand von Haslach erzeugen "
        "rund 21.000 Module künftig Strom für etwa 4.500 Haushalte.\n\n"
        "„Mit dem Solarpark Haslach kommen wir unserem Ziel, bis 2030 klimaneutral zu sein, ein großes Stück näher“, "
        "sagte Geschäftsführerin Claudia Neumeier. Die Bauarbeiten hatten im April begonnen.\n\n"
        "Ab dem 1. Januar 2025 können Bürgerinnen und Bürger sich über eine Genossenschaft an dem Park beteiligen. "
        "Eine Informationsveranstaltung findet am 28. November im Rathaus Oberkirchen statt.\n\n"
        "Pressekontakt: Stadtwerke Oberkirchen, Unternehmenskommunikation, Tel. 07802 123-456\n",
        (g("2024-11-12", None, "Stadtwerke Oberkirchen|Oberkirchen", what="Inbetriebnahme"),
         g("2024-04-01", "2024-04-30", what="Baubeginn"),
         p("2030-01-01", "2030-12-31", optional=True, what="klimaneutral"),
         p("2025-01-01", None, what="Beteiligung möglich"),
         p("2024-11-28", None, "Oberkirchen|Rathaus Oberkirchen", what="Informationsveranstaltung")),
        "press release with a dateline; 'am Dienstag', 'im April', 'Ab dem 1. Januar 2025', 'am 28. November'"),
    Article(
        "de-polizei-einbruch.txt", "2025-04-10",
        "Einbrecher erbeuten Schmuck in Juweliergeschäft\n\n"
        "Unbekannte sind in der Nacht zum Mittwoch in ein Juweliergeschäft in der Fußgängerzone von Rabenau "
        "eingebrochen. Die Täter hebelten gegen 3 Uhr die Hintertür auf und erbeuteten Schmuck und Uhren im Wert von "
        "rund 60.000 Euro, wie die Polizei Rabenau mitteilte.\n\n"
        "Eine Anwohnerin hatte Geräusche gehört und die Polizei alarmiert. Als die Streife eintraf, waren die Täter "
        "bereits geflüchtet. Die Ermittler prüfen einen Zusammenhang mit einem ähnlichen Einbruch in Weißenfels vor "
        "drei Wochen.\n\n"
        "Zeugen, die in der Nacht verdächtige Personen oder Fahrzeuge bemerkt haben, werden gebeten, sich bei der "
        "Kriminalpolizei zu melden.\n",
        (g("2025-04-08", "2025-04-09", "Rabenau|Polizei Rabenau", what="Einbruch"),
         g("2025-03-16", "2025-03-24", "Weißenfels", what="früherer Einbruch")),
        "police; 'in der Nacht zum Mittwoch', 'vor drei Wochen', 'gegen 3 Uhr'"),
    Article(
        "de-schule-neubau.txt", "2024-10-02",
        "Gesamtschule Ahrendorf bekommt Neubau\n\n"
        "Der Kreistag des Landkreises Ostmark hat am Montag den Neubau der Gesamtschule Ahrendorf beschlossen. Die "
        "Schule ist seit ihrer Gründung im Jahr 1974 in einem Gebäude untergebracht, das längst zu klein ist. Seit "
        "2011 lernen zudem mehrere Klassen in Containern auf dem Schulhof.\n\n"
        "Schulleiterin Annette Behrens zeigte sich erleichtert. „Darauf warten wir seit Jahren“, sagte sie. Der "
        "Neubau soll im Herbst 2026 fertig sein und Platz für 1.100 Schülerinnen und Schüler bieten.\n\n"
        "Landrat Martin Greve kündigte an, die Ausschreibung noch vor Weihnachten zu veröffentlichen. Der erste "
        "Spatenstich ist für Anfang März geplant.\n",
        (g("2024-09-30", None, "Ostmark|Gesamtschule Ahrendorf|Ahrendorf", what="Beschluss"),
         g("1974-01-01", "1974-12-31", optional=True, what="Gründung"),
         g("2011-01-01", "2024-10-02", what="Container seit 2011"),
         p("2026-09-01", "2026-11-30", what="Fertigstellung"),
         p("2024-10-02", "2024-12-24", "Martin Greve", what="Ausschreibung"),
         p("2025-03-01", "2025-03-15", what="Spatenstich")),
        "school; 'am Montag', 'im Jahr 1974', 'Seit 2011', 'im Herbst 2026', 'vor Weihnachten', 'für Anfang März'"),
    Article(
        "de-landtag-mietpreisbremse.txt", "2025-01-15",
        "Landtag stimmt am Donnerstag über Mietpreisbremse ab\n\n"
        "Der Landtag in Seehafen wird am Donnerstag über die Verlängerung der Mietpreisbremse abstimmen. Die "
        "Regierungskoalition aus SPD und Grünen verfügt über eine knappe Mehrheit von zwei Stimmen.\n\n"
        "Bauministerin Katrin Albrecht (SPD) verteidigte den Entwurf am Dienstag im Bauausschuss. Die Mieten in den "
        "größeren Städten des Landes seien seit 2015 um fast 40 Prozent gestiegen, sagte sie.\n\n"
        "Die Opposition hält die Regelung für wirkungslos. Der Fraktionschef der Liberalen, Stefan Moritz, kündigte "
        "an, im Fall einer Annahme vor das Landesverfassungsgericht zu ziehen. Die bisherige Mietpreisbremse läuft "
        "Ende Februar aus.\n",
        (p("2025-01-16", None, "Landtag|Seehafen", what="Abstimmung"),
         g("2025-01-14", None, "Katrin Albrecht", what="Entwurf verteidigt"),
         g("2015-01-01", "2025-01-15", optional=True, what="Mieten seit 2015"),
         p("2025-02-15", "2025-02-28", what="Mietpreisbremse läuft aus")),
        "state parliament; 'wird am Donnerstag … abstimmen', 'am Dienstag', 'seit 2015', 'Ende Februar' planned"),
    Article(
        "de-ski-weltcup.txt", "2024-01-22",
        "Skispringerin Lea Hofbauer gewinnt in Tannried\n\n"
        "Die Skispringerin Lea Hofbauer hat am Wochenende beim Weltcup in Tannried ihren ersten Saisonsieg gefeiert. "
        "Die 22-Jährige setzte sich am Sonntag mit Sprüngen auf 128 und 131 Meter vor der Norwegerin Ingrid Solberg "
        "durch. Bereits am Samstag war sie im Einzel Vierte geworden.\n\n"
        "Bundestrainer Rainer Keil sprach von einem „perfekten Wochenende“ für das Team. Hofbauer rückt damit im "
        "Gesamtweltcup auf den fünften Platz vor.\n\n"
        "Der nächste Weltcup findet vom 2. bis 4. Februar im slowenischen Planica statt.\n",
        (g("2024-01-20", "2024-01-21", "Lea Hofbauer", what="Saisonsieg"),
         g("2024-01-20", None, "Lea Hofbauer", what="Vierte im Einzel"),
         p("2024-02-02", "2024-02-04", "Planica", what="nächster Weltcup")),
        "sport; 'am Wochenende', 'am Sonntag', 'am Samstag', 'vom 2. bis 4. Februar'"),
    Article(
        "de-klinik-geburtsstation.txt", "2024-05-20",
        "Kreisklinik Wiesental schließt Geburtsstation\n\n"
        "Die Kreisklinik Wiesental wird ihre Geburtsstation Mitte Juni schließen. Das hat der Aufsichtsrat am Freitag "
        "beschlossen. Grund sei der Mangel an Hebammen und Fachärzten, teilte Klinikdirektor Peter Salewski mit.\n\n"
        "Im vergangenen Jahr kamen in Wiesental noch 412 Kinder zur Welt. Werdende Mütter müssen künftig in die "
        "Kliniken in Bergheim oder Lauterach ausweichen, die bis zu 45 Minuten entfernt liegen.\n\n"
        "Eine Elterninitiative hat für Samstag zu einer Demonstration vor der Klinik aufgerufen. Landrätin Ursula "
        "Brenner kündigte an, sich beim Land für eine Lösung einzusetzen.\n",
        (p("2024-06-08", "2024-06-22", "Kreisklinik Wiesental|Wiesental", what="Schließung"),
         g("2024-05-17", None, "Kreisklinik Wiesental|Wiesental|Peter Salewski", what="Beschluss"),
         g("2023-01-01", "2023-12-31", optional=True, what="412 Geburten"),
         p("2024-05-25", None, what="Demonstration")),
        "health; 'Mitte Juni' planned, 'am Freitag', 'Im vergangenen Jahr', 'für Samstag'"),
    Article(
        "de-verkehr-sperrung.txt", "2024-05-29",
        "A 61: Vollsperrung zwischen Weidenau und Kronsberg\n\n"
        "Die Autobahn 61 wird zwischen den Anschlussstellen Weidenau und Kronsberg vom 3. bis 14. Juni voll gesperrt. "
        "Die Autobahn GmbH erneuert in dieser Zeit die Fahrbahn auf einer Länge von sechs Kilometern.\n\n"
        "Der Verkehr wird über die Bundesstraße 9 umgeleitet. Die Autobahn GmbH rechnet vor allem im Berufsverkehr "
        "mit langen Staus und empfiehlt, den Bereich weiträumig zu umfahren.\n\n"
        "Bereits im vergangenen Herbst war der Abschnitt wegen Brückenarbeiten für zwei Wochen gesperrt gewesen. Pendler "
        "sollten nach Möglichkeit auf Bus und Bahn ausweichen.\n",
        (p("2024-06-03", "2024-06-14", "Weidenau|Kronsberg|Autobahn GmbH", what="Vollsperrung"),
         g("2023-09-01", "2023-11-30", what="frühere Sperrung")),
        "traffic; 'vom 3. bis 14. Juni' planned, 'im vergangenen Herbst'"),
    Article(
        "de-nachruf-verlegerin.txt", "2024-12-09",
        "Verlegerin Gertrud Hollmann gestorben\n\n"
        "Die Verlegerin Gertrud Hollmann ist am Freitag im Alter von 84 Jahren in Marbach gestorben. Das teilte der "
        "Hollmann Verlag am Sonntag mit.\n\n"
        "Hollmann hatte den Verlag 1978 zusammen mit ihrem Mann gegründet und ihn zu einem der wichtigsten Häuser für "
        "Lyrik im deutschsprachigen Raum gemacht. Im Jahr 2015 erhielt sie den Kulturpreis des Landes. Zu ihren Autorinnen "
        "und Autoren gehörten zahlreiche junge Dichter, die sie oft als Erste druckte.\n\n"
        "Die Trauerfeier findet am 18. Dezember in der Stadtkirche statt. Die Familie bittet statt Blumen um Spenden für "
        "die Stadtbibliothek.\n",
        (g("2024-12-06", None, "Gertrud Hollmann", what="Tod"),
         g("2024-12-08", None, "Hollmann Verlag|Gertrud Hollmann", what="Mitteilung"),
         g("1978-01-01", "1978-12-31", "Gertrud Hollmann", what="Verlagsgründung"),
         g("2015-01-01", "2015-12-31", "Gertrud Hollmann", what="Kulturpreis"),
         p("2024-12-18", None, what="Trauerfeier")),
        "obituary; 'am Freitag', 'am Sonntag', a bare year '1978', 'Im Jahr 2015', 'am 18. Dezember' planned"),
    # ------------------------------------------------------------------ English
    Article(
        "en-court-treasurer.txt", "2024-04-15",
        "Former treasurer sentenced for embezzling club funds\n\n"
        "A former treasurer of the Millbrook Rowing Club was sentenced last Thursday to 18 months in prison for "
        "stealing more than $240,000 from the club over six years.\n\n"
        "Judge Eleanor Whitfield of the Carver County District Court said Dennis Harlow had betrayed the trust of "
        "hundreds of members. Harlow pleaded guilty on March 3 to two counts of theft.\n\n"
        "Prosecutors said the thefts began in 2017 and were discovered in 2023, when a new treasurer noticed missing "
        "deposits. Harlow has repaid about a third of the money.\n\n"
        "His lawyer, Kevin Osei, said his client would not appeal. Harlow must report to prison by May 1.\n",
        (g("2024-04-11", None, "Dennis Harlow|Harlow|Millbrook Rowing Club|Eleanor Whitfield", what="sentenced"),
         g("2024-03-03", None, "Dennis Harlow|Harlow", what="pleaded guilty"),
         g("2017-01-01", "2017-12-31", what="thefts began"),
         g("2023-01-01", "2023-12-31", what="thefts discovered"),
         p("2024-04-15", "2024-05-01", "Dennis Harlow|Harlow", what="report to prison")),
        "court; 'last Thursday', 'on March 3', 'in 2017', 'in 2023', 'by May 1'"),
    Article(
        "en-council-parking.txt", "2024-02-07",
        "Ashford council approves downtown parking plan\n\n"
        "The Ashford City Council voted 5-2 on Tuesday night to replace the meters on Main Street with a "
        "pay-by-app system. Mayor Linda Castellano said the change would save the city about $80,000 a year in "
        "maintenance.\n\n"
        "Council member Greg Pruitt, who voted against the plan, said older residents would struggle with the app. "
        "Several shop owners spoke during the public comment period, most of them in favour.\n\n"
        "The new system will go live on April 1. The council's finance committee will meet on Friday to discuss the "
        "cost of the new signs, and a public workshop is scheduled for Feb. 20 at the Ashford Public Library.\n",
        (g("2024-02-06", None, "Ashford|Ashford City Council", what="vote"),
         p("2024-04-01", None, what="system goes live"),
         p("2024-02-09", None, what="finance committee meets"),
         p("2024-02-20", None, "Ashford Public Library|Ashford", what="workshop")),
        "local politics; 'on Tuesday night', 'will go live on April 1', 'will meet on Friday', 'scheduled for Feb. 20'"),
    Article(
        "en-weather-snow.txt", "2025-03-14",
        "Late-winter storm dumps a foot of snow on Pine Ridge\n\n"
        "A late-winter storm dropped up to 13 inches of snow on Pine Ridge and the surrounding valleys on 3/12, "
        "closing schools and knocking out power to about 9,000 customers.\n\n"
        "Crews from Ridgeline Electric restored power to most homes by Thursday evening, the utility said. Highway 40 "
        "over Cutler Pass reopened at noon on Thursday after a jackknifed truck was cleared.\n\n"
        "The National Weather Service in Grand Falls said another, weaker system is expected on Sunday, bringing two "
        "to four inches. Forecaster Amy Reyes said temperatures would climb into the 50s by the middle of next week.\n",
        (g("2025-03-12", None, "Pine Ridge", what="storm"),
         g("2025-03-13", None, "Ridgeline Electric", what="power restored"),
         g("2025-03-13", None, "Cutler Pass|Highway 40", what="highway reopened"),
         p("2025-03-16", None, "National Weather Service|Grand Falls", what="next system"),
         p("2025-03-17", "2025-03-21", "Amy Reyes", optional=True, what="warmer")),
        "weather; 'on 3/12', 'by Thursday evening', 'on Thursday', 'expected on Sunday', 'the middle of next week'"),
    Article(
        "en-sport-cup.txt", "2024-10-28",
        "Harbor City FC beat Riverside United to reach cup final\n\n"
        "Harbor City FC reached the final of the state cup on Sunday with a 2-0 win over Riverside United in front of "
        "11,000 fans at Dockside Park.\n\n"
        "Forward Mateo Alvarez scored in the 34th minute and again shortly after half-time. Goalkeeper Sam Okafor made "
        "several fine saves late on to keep the clean sheet.\n\n"
        "Coach Brian Doyle said the team had “earned a shot at history”. Harbor City last reached the final in 2009, "
        "when they lost on penalties.\n\n"
        "The final will be played next Saturday against the winner of Wednesday's semi-final between Lakeshore and "
        "Eastfield.\n",
        (g("2024-10-27", None, "Harbor City FC|Harbor City|Riverside United", what="semi-final win"),
         g("2009-01-01", "2009-12-31", "Harbor City FC|Harbor City", optional=True, what="2009 final"),
         p("2024-11-02", None, what="final"),
         p("2024-10-30", None, "Lakeshore|Eastfield", what="other semi-final")),
        "sport result; 'on Sunday', 'in 2009', 'next Saturday', \"Wednesday's semi-final\""),
    Article(
        "en-company-snacks.txt", "2024-07-25",
        "Norvale Foods posts record quarter, plans new plant\n\n"
        "Norvale Foods, the snack maker founded in 2019 in Dunmore, reported record second-quarter sales on "
        "Wednesday, helped by strong demand for its oat bars.\n\n"
        "Revenue rose 31% to $142 million, the company said. Chief executive Priya Natarajan told analysts the "
        "company would open a second factory in Kellerton in early 2026 and hire about 300 workers.\n\n"
        "Shares of Norvale rose 9% in trading on Thursday. The company will hold its annual shareholder meeting on "
        "Sept. 12.\n",
        (g("2019-01-01", "2019-12-31", "Norvale Foods|Norvale", what="founded"),
         g("2024-07-24", None, "Norvale Foods|Norvale", what="record quarter"),
         p("2026-01-01", "2026-04-30", "Priya Natarajan|Norvale Foods|Kellerton", what="second factory"),
         g("2024-07-25", None, "Norvale Foods|Norvale", what="shares rose"),
         p("2024-09-12", None, what="shareholder meeting")),
        "company news; 'founded in 2019', 'on Wednesday', 'in early 2026', 'on Thursday' (today), 'on Sept. 12' planned"),
    Article(
        "en-science-exoplanet.txt", "2025-05-08",
        "Astronomers spot water vapour around distant planet\n\n"
        "A team led by astronomers at the University of Coldwater has detected water vapour in the atmosphere of a "
        "planet orbiting a star 120 light-years away. The findings were published on Tuesday in the Journal of "
        "Planetary Studies.\n\n"
        "The planet was first discovered in 2021 by a ground-based survey. Lead author Tomasz Wielgus said the new "
        "observations were made over three nights last November.\n\n"
        "The team has applied for time on a new space telescope due to launch in 2027, which could reveal whether the "
        "planet also has clouds.\n",
        (g("2025-05-06", None, "University of Coldwater|Journal of Planetary Studies|Coldwater", what="published"),
         g("2021-01-01", "2021-12-31", what="planet discovered"),
         g("2024-11-01", "2024-11-30", "Tomasz Wielgus", what="observations"),
         p("2027-01-01", "2027-12-31", what="telescope launch")),
        "science; 'on Tuesday', 'in 2021', 'last November', 'due to launch in 2027'"),
    Article(
        "en-accident-route9.txt", "2024-08-31",
        "Two injured in crash on Route 9 near Elkton\n\n"
        "Two people were seriously injured early Friday when a pickup truck and a delivery van collided on Route 9 "
        "just north of Elkton, state police said.\n\n"
        "The crash happened at about 5:40 a.m. near the Miller Creek bridge. Both drivers were taken to Bayview "
        "Medical Center. The road was closed for nearly four hours while investigators examined the scene.\n\n"
        "Trooper Dana Kowalski said speed may have been a factor. It was the third serious crash on that stretch of "
        "Route 9 since June. Residents have asked the county for a traffic light at the Miller Creek junction, and "
        "the county board will discuss the request on Sept. 10.\n",
        (g("2024-08-30", None, "Elkton|Route 9", what="crash"),
         g("2024-06-01", "2024-08-31", optional=True, what="since June"),
         p("2024-09-10", None, what="county board")),
        "accident; 'early Friday', '5:40 a.m.', 'since June', 'will discuss … on Sept. 10'"),
    Article(
        "en-culture-quilts.txt", "2025-06-05",
        "Quilt museum opens show of 19th-century work\n\n"
        "The Hartley Quilt Museum in Beaumont will open an exhibition of 19th-century quilts on Friday. The show, "
        "titled “Common Threads”, runs through Sept. 14 and features more than 60 pieces, many never shown before.\n\n"
        "Curator Rosa Delgado spent three years tracking down quilts in private homes across the region. The oldest "
        "piece dates from 1832.\n\n"
        "The museum was founded in 1998 by collector Harold Finch. Admission is free on the opening weekend, and "
        "Delgado will give a public talk on June 21.\n",
        (p("2025-06-06", "2025-09-14", "Hartley Quilt Museum|Beaumont", what="exhibition"),
         g("1832-01-01", "1832-12-31", optional=True, what="oldest piece"),
         g("1998-01-01", "1998-12-31", "Harold Finch|Hartley Quilt Museum", what="museum founded"),
         p("2025-06-21", None, "Rosa Delgado|Delgado", what="talk")),
        "culture; 'will open … on Friday', 'runs through Sept. 14', 'in 1998', 'on June 21'"),
    Article(
        "en-election-primary.txt", "2024-05-22",
        "Primary sets up rematch in 4th District race\n\n"
        "Former state senator Carla Benning won the Democratic primary for the 4th Congressional District on "
        "Tuesday, setting up a rematch with Republican incumbent Wade Thornton in November.\n\n"
        "Benning took 58% of the vote against two rivals, according to unofficial results. She lost to Thornton by "
        "fewer than 3,000 votes in 2022.\n\n"
        "Thornton, who was first elected in 2016, was unopposed in his party's primary. The two candidates have "
        "agreed to debate on Oct. 8 in Lakeport. Voters go to the polls on Nov. 5.\n",
        (g("2024-05-21", None, "Carla Benning|Benning", what="primary won"),
         p("2024-11-01", "2024-11-30", "Carla Benning|Benning|Wade Thornton|Thornton", what="rematch"),
         g("2022-01-01", "2022-12-31", "Carla Benning|Benning|Wade Thornton|Thornton", what="2022 race"),
         g("2016-01-01", "2016-12-31", "Wade Thornton|Thornton", what="first elected"),
         p("2024-10-08", None, "Lakeport", what="debate"),
         p("2024-11-05", None, what="election day")),
        "election; 'on Tuesday', 'in November' planned, 'in 2022', 'in 2016', 'on Oct. 8', 'on Nov. 5' (present tense)"),
    Article(
        "en-strike-nurses.txt", "2025-02-19",
        "Nurses at St. Brigid's strike for second day\n\n"
        "Nurses at St. Brigid's Hospital in Corrwell stayed off the job on Wednesday as their strike over staffing "
        "levels entered its second day. About 900 members of the Corrwell Nurses Association walked out on Tuesday "
        "morning.\n\n"
        "The hospital has brought in replacement staff and postponed some planned surgeries. Hospital spokesperson "
        "Megan Pryce said emergency care was not affected.\n\n"
        "Contract talks broke down last week after eight months of negotiations. Union president Joanne Feeney said "
        "nurses would return to work on Friday but were prepared to strike again. Both sides will meet with a state "
        "mediator on Monday.\n",
        (g("2025-02-19", None, "St. Brigid's Hospital|Corrwell|St. Brigid's", what="strike second day"),
         g("2025-02-18", None, "Corrwell Nurses Association|Corrwell", what="walk-out"),
         g("2025-02-10", "2025-02-16", what="talks broke down"),
         p("2025-02-21", None, "Joanne Feeney", what="return to work"),
         p("2025-02-24", None, what="mediator")),
        "strike; 'on Wednesday' (today), 'on Tuesday morning', 'last week', 'would return … on Friday', 'will meet … on Monday'"),
    Article(
        "en-timeline-water.txt", "2024-04-05",
        "Timeline: the Westbury water crisis\n\n"
        "Residents of Westbury have been told to boil their tap water for almost a month. How the crisis unfolded:\n\n"
        "March 8: Westbury Water detects E. coli bacteria at its Dale Road treatment plant.\n"
        "March 9: The city issues a boil-water notice for all 38,000 residents.\n"
        "March 15: State health officials open an investigation into the utility.\n"
        "March 21: Mayor Colin Ashworth apologises at a packed town hall meeting.\n"
        "April 2: Tests come back clean at all sampling sites for the first time.\n\n"
        "The city says the notice could be lifted as early as next week.\n",
        (g("2024-03-08", None, "Westbury Water|Westbury", what="bacteria found"),
         g("2024-03-09", None, what="boil notice"),
         g("2024-03-15", None, what="investigation"),
         g("2024-03-21", None, "Colin Ashworth", what="apology"),
         g("2024-04-02", None, what="clean tests"),
         p("2024-04-08", "2024-04-14", optional=True, what="notice lifted")),
        "chronology list 'March 8: …' in the present tense"),
    Article(
        "en-liveblog-wildfire.txt", "2024-09-17",
        "Wildfire near Cedar Hollow: live updates\n\n"
        "Update 2:20 p.m.: Cal Fire says the Juniper Fire has grown to 4,300 acres and is 10% contained. Evacuation "
        "orders remain in place for Cedar Hollow and Pine Flat.\n\n"
        "Update 11:45 a.m.: Sheriff Ray Dominguez says about 2,000 residents have left their homes. An evacuation "
        "centre has opened at Cedar Hollow High School.\n\n"
        "Update 9:10 a.m.: Highway 12 is closed between Pine Flat and Oak Junction.\n\n"
        "The fire started on Monday afternoon near a campground north of Cedar Hollow. Its cause is under "
        "investigation.\n",
        (g("2024-09-17", None, "Cal Fire|Juniper Fire", what="fire grown"),
         g("2024-09-17", None, "Ray Dominguez", what="residents left"),
         g("2024-09-17", None, "Highway 12|Pine Flat|Oak Junction", what="highway closed"),
         g("2024-09-16", None, "Cedar Hollow|Juniper Fire", what="fire started")),
        "live blog 'Update 2:20 p.m.:' items of the publication day; 'on Monday afternoon'"),
    Article(
        "en-press-release-robotics.txt", "2024-06-03",
        "FOR IMMEDIATE RELEASE\n\n"
        "Brightwater Robotics opens research centre in Halden\n\n"
        "HALDEN, June 3, 2024 — Brightwater Robotics today opened a new research and development centre in Halden, "
        "creating 150 engineering jobs over the next three years.\n\n"
        "The centre will focus on robots for warehouse and farm work. “Halden gives us access to great universities "
        "and a strong manufacturing base,” said CEO Marcus Lindgren.\n\n"
        "Brightwater was founded in 2014 and employs 1,200 people worldwide. Construction of the centre began in "
        "March 2023. A second phase is planned for 2026.\n\n"
        "Media contact: Julia Park, press@brightwater.example\n",
        (g("2024-06-03", None, "Brightwater Robotics|Brightwater|Halden", what="centre opened"),
         g("2014-01-01", "2014-12-31", "Brightwater Robotics|Brightwater", what="founded"),
         g("2023-03-01", "2023-03-31", what="construction began"),
         p("2026-01-01", "2026-12-31", what="second phase")),
        "press release with a dateline; 'today', 'in 2014', 'in March 2023', 'planned for 2026'"),
    Article(
        "en-police-raid.txt", "2025-01-09",
        "Police seek witnesses after jewellery shop raid\n\n"
        "Police in Harrowgate are appealing for witnesses after a jewellery shop on Bridge Street was raided two "
        "weeks ago.\n\n"
        "Three men wearing balaclavas smashed display cases at Penrose Jewellers shortly before closing time and fled "
        "in a dark saloon car. No one was hurt. Detective Inspector Fiona McLeod said officers had recovered the car, "
        "which was found burnt out in a lay-by on Sunday.\n\n"
        "A 27-year-old man was arrested in connection with the raid on Tuesday and has been released on bail. Anyone "
        "with information is asked to call Harrowgate Police.\n",
        (g("2024-12-22", "2024-12-29", "Harrowgate|Bridge Street|Penrose Jewellers", what="raid"),
         g("2025-01-05", None, "Fiona McLeod", what="car found"),
         g("2025-01-07", None, what="arrest")),
        "police; 'two weeks ago', 'on Sunday', 'on Tuesday'"),
    Article(
        "en-obituary-singer.txt", "2024-03-13",
        "Ruth Calloway, jazz singer who charmed Baltimore, dies at 91\n\n"
        "Ruth Calloway, whose smoky voice filled the jazz clubs of Baltimore for six decades, died on Monday at her "
        "home in Towson. She was 91.\n\n"
        "Her death was announced by her nephew, Darnell Calloway. Born in Norfolk, Virginia, in 1932, she moved to "
        "Baltimore in 1955 and recorded her first album, “Harbor Lights”, in 1961.\n\n"
        "She performed until 2018, when a fall ended her career. A memorial concert will be held at the Lyric Theatre "
        "on March 30.\n",
        (g("2024-03-11", None, "Ruth Calloway", what="died"),
         g("1932-01-01", "1932-12-31", "Ruth Calloway|Calloway", what="born"),
         g("1955-01-01", "1955-12-31", "Ruth Calloway|Calloway|Baltimore", what="moved"),
         g("1961-01-01", "1961-12-31", "Ruth Calloway|Calloway", what="first album"),
         g("2018-01-01", "2018-12-31", optional=True, what="career ended"),
         p("2024-03-30", None, "Lyric Theatre", what="memorial concert")),
        "obituary; 'died on Monday', 'in 1932', 'in 1955', 'in 1961', 'until 2018', 'will be held … on March 30'"),
    Article(
        "en-health-clinic.txt", "2024-02-26",
        "Rural clinic to close at the end of March\n\n"
        "The Dover Springs Community Clinic will close at the end of March after failing to find a doctor to replace "
        "its longtime physician, the county health department said on Friday.\n\n"
        "Alan Moberly, who has run the clinic since 1987, retired in December. Patients will be referred to the "
        "Maplewood Health Center, 25 miles away.\n\n"
        "County Commissioner Sharon Leduc said the county is still talking to two candidates and hopes to reopen the "
        "clinic by the fall. A public meeting on the closure is set for 7 p.m. Thursday at the Dover Springs fire "
        "hall.\n",
        (p("2024-03-15", "2024-03-31", "Dover Springs Community Clinic|Dover Springs", what="closure"),
         g("2024-02-23", None, what="announced"),
         g("1987-01-01", "2024-02-26", optional=True, what="since 1987"),
         g("2023-12-01", "2023-12-31", "Alan Moberly", what="retired"),
         p("2024-08-01", "2024-12-21", "Sharon Leduc", optional=True, what="reopen"),
         p("2024-02-29", None, "Dover Springs", what="public meeting")),
        "health; 'at the end of March' planned, 'said on Friday', 'in December' (last year), 'by the fall', '7 p.m. Thursday'"),
    Article(
        "en-traffic-bridge.txt", "2025-05-29",
        "Bridge closure to snarl traffic in Carlow Heights\n\n"
        "The Kestrel Street Bridge in Carlow Heights will be closed to all traffic from June 3 to June 14 for deck "
        "repairs, the city's transportation department announced Wednesday.\n\n"
        "Buses on routes 4 and 17 will be detoured over the Mill Avenue Bridge. Traffic engineer Omar Haddad said "
        "drivers should expect delays of up to 20 minutes at rush hour.\n\n"
        "The bridge, built in 1958, was last repaired in 2010. Inspectors found cracks in the deck in January.\n",
        (p("2025-06-03", "2025-06-14", "Kestrel Street Bridge|Carlow Heights", what="closure"),
         g("2025-05-28", None, "Kestrel Street Bridge|Carlow Heights", what="announced"),
         g("1958-01-01", "1958-12-31", optional=True, what="built"),
         g("2010-01-01", "2010-12-31", what="last repaired"),
         g("2025-01-01", "2025-01-31", what="cracks found")),
        "traffic; 'from June 3 to June 14' planned, 'announced Wednesday', 'built in 1958', 'in 2010', 'in January'"),
    Article(
        "en-business-merger.txt", "2024-11-14",
        "Regional banks Ferris and Coastline agree to merge\n\n"
        "Ferris Bancorp and Coastline Savings have agreed to merge in an all-stock deal that would create the largest "
        "bank based in the Tri-River region, the two companies said on Wednesday.\n\n"
        "The deal is expected to close in the first quarter of 2025, pending approval from regulators and "
        "shareholders. Ferris chief executive Laura Kimball will lead the combined bank, while Coastline's Henry "
        "Osborne becomes chairman.\n\n"
        "Coastline has struggled since 2022, when rising interest rates squeezed its mortgage business. Shareholders "
        "of both banks will vote on the deal in February.\n",
        (g("2024-11-13", None, "Ferris Bancorp|Coastline Savings|Ferris|Coastline", what="merger agreed"),
         p("2025-01-01", "2025-03-31", what="deal closes"),
         g("2022-01-01", "2024-11-14", "Coastline Savings|Coastline", optional=True, what="since 2022"),
         p("2025-02-01", "2025-02-28", what="shareholder vote")),
        "business; 'said on Wednesday', 'in the first quarter of 2025', 'since 2022', 'in February' planned"),
    Article(
        "en-environment-fish.txt", "2024-07-10",
        "Fish die-off reported in Lake Amberley\n\n"
        "Thousands of dead fish washed up on the shores of Lake Amberley yesterday, and state officials are testing "
        "the water for toxic algae.\n\n"
        "The Department of Environmental Quality said the die-off was most likely caused by low oxygen levels after "
        "two weeks of heat above 95 degrees. Biologist Karen Mbeki said similar die-offs had happened in 2012 and "
        "2018.\n\n"
        "Swimming at the lake's three public beaches has been banned until further notice. Test results are expected "
        "by Friday.\n",
        (g("2024-07-09", None, "Lake Amberley", what="die-off"),
         g("2012-01-01", "2012-12-31", optional=True, what="2012 die-off"),
         g("2018-01-01", "2018-12-31", optional=True, what="2018 die-off"),
         p("2024-07-10", "2024-07-12", what="test results")),
        "environment; 'yesterday', 'in 2012 and 2018', 'expected by Friday'"),
    Article(
        "en-tech-outage.txt", "2025-10-22",
        "Payment outage hits shops across the country\n\n"
        "Card payments failed at thousands of shops on Tuesday afternoon after a software update at payment "
        "processor Clearpath went wrong, the company said.\n\n"
        "The outage began at about 1 p.m. and lasted nearly three hours. Supermarkets, petrol stations and cafés "
        "reported long queues, and some shops turned customers away.\n\n"
        "Clearpath's chief technology officer, Nadia Hussain, apologised on Wednesday morning and said the update had "
        "been rolled back. It was the company's second major outage this year, after a shorter one in April. The "
        "Payments Regulator said it would ask Clearpath for a full report by Nov. 15.\n",
        (g("2025-10-21", None, "Clearpath", what="outage"),
         g("2025-10-22", None, "Nadia Hussain", what="apology"),
         g("2025-04-01", "2025-04-30", what="April outage"),
         p("2025-10-22", "2025-11-15", "Payments Regulator|Clearpath", what="report due")),
        "technology; 'on Tuesday afternoon', 'on Wednesday morning', 'in April', 'by Nov. 15'"),
)


#: a second batch, written after the first fixes (its gold too before any output was seen): more
#: date forms ("Am Tag darauf", "bis einschließlich Mittwoch", "im Juli vergangenen Jahres",
#: "in zwei Wochen", "late Wednesday", "earlier this month", "last year's event", "next week")
ARTICLES_MORE: tuple[Article, ...] = (
    Article(
        "de-hochwasser-pegel.txt", "2024-09-16",
        "Pegel der Lahnau sinkt langsam\n\n"
        "Nach dem Hochwasser der vergangenen Tage sinkt der Pegel der Lahnau in Kornstadt langsam. Am Samstagabend "
        "hatte der Fluss mit 6,40 Metern den höchsten Stand seit 1998 erreicht, wie das Landesamt für Umwelt "
        "mitteilte.\n\n"
        "Am Tag darauf begannen die Aufräumarbeiten. Mehr als 300 Helfer des Technischen Hilfswerks pumpten Keller "
        "leer und räumten Schlamm aus den Straßen der Altstadt.\n\n"
        "Oberbürgermeister Frank Seidel kündigte an, die Stadt werde betroffenen Familien bis Ende Oktober mit einer "
        "Soforthilfe von je 1.500 Euro helfen. Die Schulen der Altstadt bleiben bis einschließlich Mittwoch "
        "geschlossen.\n",
        (g("2024-09-14", None, "Lahnau|Kornstadt|Landesamt für Umwelt", what="Höchststand"),
         g("1998-01-01", "1998-12-31", optional=True, what="Höchststand 1998"),
         g("2024-09-15", None, what="Aufräumarbeiten"),
         p("2024-09-16", "2024-10-31", "Frank Seidel", what="Soforthilfe"),
         p("2024-09-16", "2024-09-18", what="Schulen geschlossen")),
        "flood; 'Am Samstagabend', 'seit 1998', 'Am Tag darauf', 'bis Ende Oktober', 'bis einschließlich Mittwoch'"),
    Article(
        "de-fussball-trainer.txt", "2025-04-07",
        "FC Weserau trennt sich von Trainer Stefan Brockmann\n\n"
        "Der Fußball-Zweitligist FC Weserau hat sich nach der 0:4-Niederlage in Halberg von Trainer Stefan Brockmann "
        "getrennt. Das gab der Verein am Sonntagabend bekannt. Brockmann hatte das Amt erst im Juli vergangenen Jahres "
        "übernommen.\n\n"
        "Bis zum Saisonende übernimmt Co-Trainer Ali Demir. Sportdirektor Jens Mahler sagte, man wolle in der "
        "Sommerpause in Ruhe einen Nachfolger suchen. Das nächste Spiel bestreitet Weserau am Samstag gegen den "
        "Tabellenletzten aus Borkum. Die Fans reagierten gespalten: Viele hatten Brockmann bis zuletzt unterstützt, "
        "andere forderten schon länger einen Neuanfang.\n",
        (g("2025-04-06", None, "FC Weserau|Weserau|Stefan Brockmann", what="Trennung"),
         g("2024-07-01", "2024-07-31", "Stefan Brockmann|Brockmann", what="Amtsantritt"),
         p("2025-04-12", None, "Weserau|FC Weserau|Borkum", what="nächstes Spiel")),
        "sport personnel; 'am Sonntagabend', 'im Juli vergangenen Jahres', 'am Samstag' planned"),
    Article(
        "de-gemeinde-haushalt.txt", "2024-12-12",
        "Haushalt 2025: Gemeinde Altmühl muss sparen\n\n"
        "Der Gemeinderat von Altmühl hat in seiner Sitzung am Mittwochabend den Haushalt für das kommende Jahr "
        "verabschiedet. Kämmerin Birgit Sommer rechnet mit einem Defizit von 1,2 Millionen Euro.\n\n"
        "Bereits Anfang November hatte die Verwaltung eine Streichliste vorgelegt. Unter anderem soll das Freibad im "
        "Sommer nur noch an Wochenenden öffnen. Die Grundsteuer steigt zum 1. Januar.\n\n"
        "Bürgermeister Karl Engel sagte, in zwei Wochen werde man mit den Nachbargemeinden über eine gemeinsame "
        "Lösung für den Bauhof beraten.\n",
        (g("2024-12-11", None, "Altmühl|Gemeinderat", what="Haushalt verabschiedet"),
         g("2024-11-01", "2024-11-10", what="Streichliste"),
         p("2025-06-01", "2025-08-31", optional=True, what="Freibad im Sommer"),
         p("2025-01-01", None, what="Grundsteuer steigt"),
         p("2024-12-20", "2025-01-02", "Karl Engel", what="Beratung mit Nachbargemeinden")),
        "local politics; 'am Mittwochabend', 'Anfang November', 'im Sommer', 'zum 1. Januar', 'in zwei Wochen'"),
    Article(
        "de-prozess-termin.txt", "2025-06-02",
        "Prozess um Brandanschlag beginnt im September\n\n"
        "Der Prozess gegen zwei Männer, die im Februar 2024 einen Brandanschlag auf ein Vereinsheim in Tannheim verübt "
        "haben sollen, beginnt am 15. September vor dem Landgericht Ostburg. Das teilte ein Gerichtssprecher am "
        "Freitag mit.\n\n"
        "Die beiden 24 und 27 Jahre alten Angeklagten sitzen seit März vergangenen Jahres in Untersuchungshaft. Die "
        "Staatsanwaltschaft wirft ihnen versuchten Mord vor. Für den Prozess sind zunächst zwölf Verhandlungstage bis "
        "Mitte Dezember angesetzt. Die Verteidiger der beiden Männer haben angekündigt, dass sich ihre Mandanten vor "
        "Gericht nicht äußern werden.\n",
        (g("2024-02-01", "2024-02-29", "Tannheim", what="Brandanschlag"),
         p("2025-09-15", None, "Landgericht Ostburg|Ostburg", what="Prozessbeginn"),
         g("2025-05-30", None, optional=True, what="Mitteilung des Gerichts"),
         g("2024-03-01", "2025-06-02", optional=True, what="Untersuchungshaft"),
         p("2025-09-15", "2025-12-20", optional=True, what="Verhandlungstage")),
        "court, planned; 'im Februar 2024', 'am 15. September', 'seit März vergangenen Jahres', 'bis Mitte Dezember'"),
    Article(
        "en-city-budget.txt", "2024-06-13",
        "Riverton adopts budget with property tax rise\n\n"
        "The Riverton City Council adopted a $412 million budget late Wednesday that raises property taxes by 3% for "
        "the first time since 2016.\n\n"
        "Council President Maria Okonkwo said the increase was needed to pay for 40 new police officers and repairs to "
        "the Elm Street library, which has been closed since a pipe burst in January.\n\n"
        "The budget takes effect July 1. Earlier this month, more than 200 residents packed a public hearing to oppose "
        "the tax increase. A second hearing on the library repairs is set for June 27.\n",
        (g("2024-06-12", None, "Riverton|Riverton City Council", what="budget adopted"),
         g("2016-01-01", "2016-12-31", optional=True, what="last rise"),
         g("2024-01-01", "2024-01-31", what="pipe burst"),
         p("2024-07-01", None, what="budget takes effect"),
         g("2024-06-01", "2024-06-12", what="public hearing"),
         p("2024-06-27", None, what="second hearing")),
        "city budget; 'late Wednesday', 'since 2016', 'in January', 'takes effect July 1', 'Earlier this month', 'set for June 27'"),
    Article(
        "en-marathon.txt", "2025-04-22",
        "Wanjiru wins Brookhaven Marathon in record time\n\n"
        "Grace Wanjiru won the Brookhaven Marathon on Monday in 2 hours 19 minutes and 4 seconds, breaking the course "
        "record set in 2011 by almost a minute.\n\n"
        "Wanjiru pulled away from Tigist Bekele in the final five kilometres. In the men's race, defending champion "
        "Luis Ortega finished second behind Samuel Kiprop.\n\n"
        "The race was moved from its traditional date in March after a snowstorm forced organisers to cancel last "
        "year's event. Next year's marathon will be held on April 20.\n",
        (g("2025-04-21", None, "Grace Wanjiru|Wanjiru", what="marathon won"),
         g("2011-01-01", "2011-12-31", optional=True, what="old record"),
         g("2024-01-01", "2024-12-31", optional=True, what="race cancelled"),
         p("2026-04-20", None, what="next marathon")),
        "sport; 'on Monday', 'set in 2011', 'last year's event', 'Next year's marathon … on April 20'"),
    Article(
        "en-warehouse-fire.txt", "2024-01-30",
        "Fire destroys warehouse at Millford paper plant\n\n"
        "A fire that broke out late Sunday destroyed a warehouse at the Harlan Paper Company plant in Millford, fire "
        "officials said. No one was injured.\n\n"
        "Firefighters from six towns fought the blaze through the night and into Monday morning. Fire Chief Owen Becker "
        "said the cause was still under investigation.\n\n"
        "The plant employs 450 people. Company spokesperson Tina Morales said production would resume within a week. "
        "The plant was last hit by a fire in August 2019.\n",
        (g("2024-01-28", "2024-01-29", "Millford|Harlan Paper Company", what="fire"),
         g("2024-01-29", None, optional=True, what="fire fought into Monday"),
         p("2024-01-30", "2024-02-06", optional=True, what="production resumes"),
         g("2019-08-01", "2019-08-31", what="earlier fire")),
        "fire; 'late Sunday', 'into Monday morning', 'within a week', 'in August 2019'"),
    Article(
        "en-school-board.txt", "2025-09-04",
        "School board delays vote on later start times\n\n"
        "The Oakdale School Board on Tuesday postponed a vote on moving high school start times to 8:30 a.m., saying it "
        "needed more input from parents.\n\n"
        "Board chair Denise Whitaker said a survey would go out to families next week, and the board would take up the "
        "proposal again at its Sept. 23 meeting. If approved, the change would take effect at the start of the 2026-27 "
        "school year.\n\n"
        "The board first discussed the idea two years ago, after a state report linked early start times to poor sleep "
        "among teenagers.\n",
        (g("2025-09-02", None, "Oakdale School Board|Oakdale", what="vote postponed"),
         p("2025-09-08", "2025-09-14", "Denise Whitaker", what="survey"),
         p("2025-09-23", None, what="board meeting"),
         p("2026-07-01", "2027-06-30", optional=True, what="change takes effect"),
         g("2023-01-01", "2023-12-31", what="first discussed")),
        "school board; 'on Tuesday' before the verb, 'next week', 'its Sept. 23 meeting', 'the 2026-27 school year', 'two years ago'"),
)

ARTICLES = ARTICLES + ARTICLES_MORE


#: a third batch, written after the second round of fixes (gold again before any output): "ab
#: übermorgen", "Montag vergangener Woche", "Mitte nächster Woche", "Zwei Tage später", "am Vortag
#: des Einbruchs", "Anfang kommenden Jahres", "spätestens am 1. Oktober", "late last year", "late
#: last month", "since last Friday", "through Saturday evening", "Jan. 9:" chronology lines
ARTICLES_THIRD: tuple[Article, ...] = (
    Article(
        "de-bahn-sperrung.txt", "2025-03-05",
        "Bahnstrecke Nordring: Sperrung ab übermorgen\n\n"
        "Die Bahnstrecke zwischen Hollfeld und Ebersdorf wird ab übermorgen für drei Wochen gesperrt. Grund sind "
        "Bauarbeiten an der Brücke über die Auer, teilte die Bahngesellschaft Nordring am Dienstag mit. Die Sperrung "
        "dauert voraussichtlich bis zum 28. März.\n\n"
        "Zwischen Hollfeld und Ebersdorf fahren Ersatzbusse. Fahrgastverband-Sprecherin Ulrike Baum kritisierte die "
        "kurze Vorwarnung: Bereits Montag vergangener Woche habe die Bahn die Kommunen informiert, die Fahrgäste aber "
        "erst jetzt.\n\n"
        "Schon im Herbst 2023 war die Strecke wegen eines Erdrutsches zwei Monate lang unterbrochen gewesen. Mitte "
        "nächster Woche will die Bahn einen Ersatzfahrplan veröffentlichen.\n",
        (p("2025-03-07", "2025-03-28", "Hollfeld|Ebersdorf", what="Sperrung"),
         g("2025-03-04", None, optional=True, what="Mitteilung"),
         g("2025-02-24", None, what="Kommunen informiert"),
         g("2023-09-01", "2023-11-30", what="Erdrutsch"),
         p("2025-03-10", "2025-03-14", what="Ersatzfahrplan")),
        "railway; 'ab übermorgen', 'bis zum 28. März', 'Montag vergangener Woche', 'im Herbst 2023', 'Mitte nächster Woche'"),
    Article(
        "de-museum-diebstahl.txt", "2024-10-21",
        "Kunstraub im Stadtmuseum Reichenbach\n\n"
        "Aus dem Stadtmuseum Reichenbach sind in der Nacht zum Samstag zwei Gemälde des Malers Otto Lenhardt gestohlen "
        "worden. Der Diebstahl fiel erst am Morgen auf, als Museumsleiterin Sabine Thiel die Räume aufschloss.\n\n"
        "Zwei Tage später fanden Spaziergänger eines der Bilder unbeschädigt in einem Waldstück bei Kirchau. Die "
        "Polizei sucht nun nach dem zweiten Gemälde, einer Ansicht des Marktplatzes aus dem Jahr 1911.\n\n"
        "Das Museum hatte erst am Vortag des Einbruchs eine neue Alarmanlage in Betrieb genommen. Sie soll nach "
        "Angaben der Stadt binnen einer Woche überprüft werden.\n",
        (g("2024-10-18", "2024-10-19", "Reichenbach|Stadtmuseum Reichenbach|Otto Lenhardt", what="Diebstahl"),
         g("2024-10-19", None, "Sabine Thiel", what="Diebstahl bemerkt"),
         g("2024-10-21", None, "Kirchau", what="Bild gefunden"),
         g("1911-01-01", "1911-12-31", optional=True, what="Gemälde von 1911"),
         g("2024-10-17", "2024-10-18", what="Alarmanlage in Betrieb"),
         p("2024-10-21", "2024-10-28", optional=True, what="Überprüfung")),
        "police; 'in der Nacht zum Samstag', 'am Morgen', 'Zwei Tage später', 'aus dem Jahr 1911', 'am Vortag des Einbruchs'"),
    Article(
        "de-firma-quartal.txt", "2025-07-31",
        "Solwerk steigert Umsatz im zweiten Quartal\n\n"
        "Der Solartechnik-Hersteller Solwerk aus Neustadt hat im zweiten Quartal seinen Umsatz um 18 Prozent auf 240 "
        "Millionen Euro gesteigert. Das teilte das Unternehmen am Donnerstag mit. Vorstandschefin Marion Keller sprach "
        "von der „besten Jahreshälfte seit der Gründung 2009“.\n\n"
        "Zum 1. Oktober übernimmt Solwerk den Wechselrichter-Spezialisten Elektra aus Bamberg. Die Übernahme hatten "
        "beide Firmen Ende Mai angekündigt. Anfang kommenden Jahres soll zudem ein neues Werk in Tschechien die "
        "Produktion aufnehmen. Dort sollen rund 400 Arbeitsplätze entstehen, die meisten davon in der Montage.\n",
        (g("2025-04-01", "2025-06-30", "Solwerk", what="Umsatzplus"),
         g("2025-07-31", None, optional=True, what="Mitteilung"),
         g("2009-01-01", "2009-12-31", optional=True, what="Gründung"),
         p("2025-10-01", None, "Solwerk|Elektra", what="Übernahme"),
         g("2025-05-21", "2025-05-31", what="Übernahme angekündigt"),
         p("2026-01-01", "2026-04-30", what="neues Werk")),
        "company; 'im zweiten Quartal', 'seit der Gründung 2009', 'Zum 1. Oktober', 'Ende Mai', 'Anfang kommenden Jahres'"),
    Article(
        "de-landtagswahl.txt", "2024-09-02",
        "Landtagswahl: Union gewinnt, Koalition verliert Mehrheit\n\n"
        "Bei der Landtagswahl in Nordmark ist die Union am Sonntag mit 31,5 Prozent stärkste Kraft geworden. Die "
        "bisherige Koalition von Ministerpräsident Henrik Vogt verlor ihre Mehrheit.\n\n"
        "Vogt sagte noch am Wahlabend, er werde in den kommenden Tagen Gespräche mit allen demokratischen Parteien "
        "führen. Der neue Landtag tritt spätestens am 1. Oktober zu seiner ersten Sitzung zusammen.\n\n"
        "Die Wahlbeteiligung stieg im Vergleich zur Wahl 2019 um fast sieben Punkte auf 68 Prozent. Vor allem in den "
        "Städten gingen deutlich mehr junge Menschen wählen als beim letzten Mal.\n",
        (g("2024-09-01", None, "Nordmark|Union", what="Wahl"),
         p("2024-09-02", "2024-09-15", "Henrik Vogt", optional=True, what="Gespräche"),
         p("2024-09-02", "2024-10-01", what="erste Sitzung"),
         g("2019-01-01", "2019-12-31", optional=True, what="Wahl 2019")),
        "election; 'am Sonntag', 'in den kommenden Tagen', 'spätestens am 1. Oktober', 'zur Wahl 2019'"),
    Article(
        "en-court-appeal.txt", "2024-11-27",
        "Appeals court orders new trial for Dunmore man\n\n"
        "A state appeals court on Tuesday overturned the 2019 murder conviction of Marcus Reed and ordered a new trial, "
        "ruling that jurors should have heard from a key defense witness.\n\n"
        "Reed, now 41, was convicted of killing a shopkeeper in Dunmore in March 2017. His lawyers filed the appeal "
        "late last year.\n\n"
        "The county prosecutor's office said it would decide by the end of the year whether to retry the case. Reed is "
        "expected to appear in court again on Dec. 9, when a judge will consider his request for bail.\n",
        (g("2024-11-26", None, "Marcus Reed", what="conviction overturned"),
         g("2019-01-01", "2019-12-31", "Marcus Reed", what="conviction"),
         g("2017-03-01", "2017-03-31", "Marcus Reed|Dunmore", what="killing"),
         g("2023-09-01", "2023-12-31", what="appeal filed"),
         p("2024-11-27", "2024-12-31", optional=True, what="decision on retrial"),
         p("2024-12-09", None, "Marcus Reed", what="bail hearing")),
        "court; 'on Tuesday' before the verb, 'the 2019 murder conviction', 'in March 2017', 'late last year', 'on Dec. 9'"),
    Article(
        "en-satellite-delay.txt", "2025-02-06",
        "Orbitline delays satellite launch to spring\n\n"
        "Orbitline, the satellite startup based in Tallis, has pushed back the launch of its first weather satellite to "
        "the spring, the company said Wednesday. The launch had been planned for Feb. 20.\n\n"
        "Chief executive Hana Mori said engineers found a fault in a solar panel during tests late last month. A new "
        "launch date will be announced in the next few weeks.\n\n"
        "The company has raised $85 million since it was founded in 2021. Its second satellite is scheduled to follow "
        "in early 2026.\n",
        (g("2025-02-05", None, "Orbitline", what="launch postponed"),
         p("2025-03-01", "2025-06-21", "Orbitline", what="launch in spring"),
         p("2025-02-20", None, optional=True, what="old launch date"),
         g("2025-01-21", "2025-01-31", "Hana Mori", what="fault found"),
         g("2021-01-01", "2021-12-31", "Orbitline", what="founded"),
         p("2026-01-01", "2026-04-30", what="second satellite")),
        "technology; 'said Wednesday', 'to the spring', 'had been planned for Feb. 20', 'late last month', 'in 2021', 'in early 2026'"),
    Article(
        "en-heat-wave.txt", "2024-07-16",
        "Heat wave to peak on Thursday\n\n"
        "The heat wave that has gripped the Carroway Valley since last Friday will peak on Thursday, with highs near 108 "
        "degrees, the National Weather Service said.\n\n"
        "An excessive heat warning is in effect through Saturday evening. Cooling centers will stay open until 9 p.m. "
        "each day, county officials said.\n\n"
        "The valley's record of 112 degrees was set on July 22, 2006. Forecasters expect temperatures to fall back into "
        "the 90s over the weekend. Residents are urged to check on elderly neighbours and to keep pets indoors.\n",
        (g("2024-07-12", "2024-07-16", "Carroway Valley", what="heat wave since Friday"),
         p("2024-07-18", None, "Carroway Valley|National Weather Service", what="peak"),
         p("2024-07-16", "2024-07-20", what="heat warning"),
         g("2006-07-22", None, what="record"),
         p("2024-07-20", "2024-07-21", optional=True, what="cooler weekend")),
        "weather; 'since last Friday', 'will peak on Thursday', 'through Saturday evening', 'on July 22, 2006', 'into the 90s'"),
    Article(
        "en-stadium-timeline.txt", "2024-05-03",
        "How the stadium deal fell apart\n\n"
        "The plan to build a new stadium for the Fairport Comets collapsed this week after months of talks. Key dates:\n\n"
        "Jan. 9: The team and the city sign a letter of intent.\n"
        "Feb. 27: The city council approves $40 million in bonds.\n"
        "April 2: Team owner Roy Castell asks for another $15 million.\n"
        "April 30: Mayor Denise Park says the city will not pay more.\n"
        "May 1: The Comets announce they will stay at Harbor Field.\n\n"
        "Castell said on Thursday that the team had done everything it could. Park said the city would now look for "
        "other uses of the land near the harbour.\n",
        (g("2024-04-29", "2024-05-03", optional=True, what="deal collapsed"),
         g("2024-01-09", None, what="letter of intent"),
         g("2024-02-27", None, what="bonds approved"),
         g("2024-04-02", None, "Roy Castell", what="more money asked"),
         g("2024-04-30", None, "Denise Park", what="no more money"),
         g("2024-05-01", None, "Fairport Comets|Comets|Harbor Field", what="team stays"),
         g("2024-05-02", None, "Roy Castell|Castell", what="Castell's statement")),
        "chronology 'Jan. 9: …' in the present tense, then 'said on Thursday'"),
)

ARTICLES = ARTICLES + ARTICLES_THIRD


# Held out: written after the tuning on ARTICLES, in genres and shapes that corpus has little of
# (wire copy with a dateline, diplomacy, war, fiscal quarters, previews, explainers, interviews,
# Konjunktiv, "vorgestern", "Ende kommender Woche", "two days later", "the following day",
# "mid-April", cancelled or postponed plans, negations and conditionals). Gold was written before
# Chronik saw the texts; the first-sight figures are in ``bench/event_probe.py``.
HELDOUT_2: tuple[Article, ...] = (
    # ------------------------------------------------------------------ German
    Article(
        "de-h2-agentur-bombe.txt", "2025-03-06",
        "Weltkriegsbombe in Ravensholm entschärft\n\n"
        "RAVENSHOLM (dpa) – Nach dem Fund einer Fliegerbombe ist die Innenstadt von Ravensholm am Mittwoch "
        "stundenlang gesperrt worden. Rund 4.000 Anwohner mussten ihre Wohnungen verlassen, wie ein Sprecher der "
        "Stadt mitteilte.\n\n"
        "Die 250 Kilogramm schwere Bombe war am Dienstagnachmittag bei Baggerarbeiten für eine Tiefgarage entdeckt "
        "worden. Der Kampfmittelräumdienst entschärfte sie gegen 15.30 Uhr. Danach durften die Menschen zurück.\n\n"
        "Erst im vergangenen Oktober hatte ein ähnlicher Fund am Bahnhof von Ravensholm eine Evakuierung "
        "ausgelöst.\n",
        (g("2025-03-05", None, "Ravensholm", what="Sperrung der Innenstadt"),
         g("2025-03-04", None, what="Bombe entdeckt"),
         g("2025-03-05", None, "Kampfmittelräumdienst", what="entschärft"),
         g("2024-10-01", "2024-10-31", "Ravensholm", what="früherer Fund")),
        "wire copy 'RAVENSHOLM (dpa) –'; 'am Mittwoch', passive 'war am Dienstagnachmittag … entdeckt worden', "
        "'im vergangenen Oktober'"),
    Article(
        "de-h2-gericht-brand.txt", "2024-11-28",
        "Brandstiftung in Ostrach: Angeklagter bestreitet die Tat\n\n"
        "Im Prozess um den Brand einer Lagerhalle in Ostrach hat der Angeklagte Bernd Kowalczyk am Mittwoch sein "
        "Schweigen gebrochen. Er habe das Feuer nicht gelegt, sagte der 52-Jährige vor dem Landgericht "
        "Sigmarshafen. In der Nacht zum 14. Februar sei er zu Hause gewesen, seine Frau könne das bezeugen.\n\n"
        "Die Staatsanwaltschaft wirft dem Unternehmer vor, die Halle angezündet zu haben, um die Versicherung zu "
        "betrügen. Der Prozess hatte vorgestern begonnen.\n\n"
        "Das Gericht hat fünf weitere Verhandlungstage angesetzt. Ein Urteil soll am 12. Dezember verkündet "
        "werden.\n",
        (g("2024-11-27", None, "Bernd Kowalczyk|Kowalczyk", what="Aussage"),
         g("2024-02-13", "2024-02-14", "Ostrach", what="Brand"),
         g("2024-11-26", None, what="Prozessbeginn vorgestern"),
         p("2024-12-12", None, what="Urteil")),
        "court; Konjunktiv 'Er habe …', 'In der Nacht zum 14. Februar' in reported speech, 'vorgestern', "
        "'soll am 12. Dezember verkündet werden'"),
    Article(
        "de-h2-landtag-gesetz.txt", "2025-05-16",
        "Landtag beschließt längere Ladenöffnung\n\n"
        "Der Landtag von Nordalbingen hat am Donnerstag das neue Ladenöffnungsgesetz verabschiedet. Geschäfte "
        "dürfen künftig an vier statt zwei Sonntagen im Jahr öffnen. Für das Gesetz stimmten 61 Abgeordnete, "
        "dagegen 48.\n\n"
        "In erster Lesung war der Entwurf bereits Mitte März beraten worden. Wirtschaftsminister Jochen Pfeil "
        "sprach von einem Kompromiss, der den Innenstädten helfe. Das Gesetz soll am 1. Juli in Kraft treten.\n\n"
        "Die Gewerkschaft Verdi lehnt die Regelung ab. Die Fraktion der Linken will Ende kommender Woche eine "
        "Normenkontrollklage beim Landesverfassungsgericht einreichen.\n",
        (g("2025-05-15", None, "Landtag|Nordalbingen", what="Gesetz verabschiedet"),
         g("2025-03-10", "2025-03-20", what="erste Lesung"),
         p("2025-07-01", None, what="Inkrafttreten"),
         p("2025-05-22", "2025-05-25", what="Klage")),
        "legislation; 'am Donnerstag', passive 'war … Mitte März beraten worden', 'am 1. Juli' planned, "
        "'Ende kommender Woche'"),
    Article(
        "de-h2-diplomatie-besuch.txt", "2024-09-10",
        "Außenministerin Fenn in Valdonien\n\n"
        "Außenministerin Karla Fenn ist am Montag zu einem zweitägigen Besuch nach Valdonien gereist. In der "
        "Hauptstadt Korsk traf sie noch am Abend Präsident Anton Mirescu. Am Dienstag unterzeichneten beide "
        "Regierungen ein Abkommen über die Zusammenarbeit in der Energieforschung.\n\n"
        "Zuletzt hatte ein Außenminister aus Berlin das Land vor fünf Jahren besucht. Mirescu sagte, sein Land "
        "wolle die Beziehungen „auf eine neue Stufe heben“.\n\n"
        "Ein Gegenbesuch des Präsidenten ist für das Frühjahr geplant.\n",
        (g("2024-09-09", "2024-09-10", "Karla Fenn|Fenn", what="Reise"),
         g("2024-09-09", None, "Anton Mirescu|Mirescu", what="Treffen"),
         g("2024-09-10", None, what="Abkommen unterzeichnet"),
         g("2019-01-01", "2019-12-31", optional=True, what="letzter Besuch"),
         p("2025-03-01", "2025-06-21", what="Gegenbesuch")),
        "diplomacy; 'am Montag', 'noch am Abend', 'Am Dienstag' (the publication day), 'vor fünf Jahren', "
        "'für das Frühjahr geplant'"),
    Article(
        "de-h2-krieg-teravo.txt", "2025-02-03",
        "Tote bei Angriffen auf Grenzstadt Teravo\n\n"
        "Bei Angriffen auf die Grenzstadt Teravo sind in der Nacht zu Montag nach Behördenangaben mindestens sechs "
        "Menschen getötet worden. Die Armee von Ostrovien beschieße die Stadt seit Freitag mit Artillerie, teilte "
        "Gouverneur Ilja Barsak mit.\n\n"
        "Eine für Sonntag vereinbarte Feuerpause sei nicht eingehalten worden. Tausende Menschen sind inzwischen "
        "in Richtung der Provinzhauptstadt Lenkow geflohen.\n\n"
        "Der Sicherheitsrat der Vereinten Nationen will sich am Mittwoch in einer Sondersitzung mit der Lage "
        "befassen.\n",
        (g("2025-02-02", "2025-02-03", "Teravo", what="Angriffe"),
         g("2025-01-31", "2025-02-03", "Ostrovien|Ilja Barsak", what="Beschuss seit Freitag"),
         p("2025-02-05", None, "Sicherheitsrat|Vereinten Nationen|Vereinte Nationen", what="Sondersitzung")),
        "war report; 'in der Nacht zu Montag', Konjunktiv 'beschieße … seit Freitag', a truce 'für Sonntag "
        "vereinbart' that did not hold, 'am Mittwoch' planned"),
    Article(
        "de-h2-wirtschaft-quartal.txt", "2024-11-07",
        "Veltrax senkt Prognose nach Gewinneinbruch\n\n"
        "Der Chemiekonzern Veltrax hat im dritten Quartal deutlich weniger verdient. Der operative Gewinn sank "
        "gegenüber dem Vorjahresquartal um 38 Prozent auf 212 Millionen Euro. Am Mittwochabend senkte der Vorstand "
        "die Prognose für das Gesamtjahr.\n\n"
        "Im Geschäftsjahr 2023 hatte Veltrax noch einen Rekordgewinn ausgewiesen. Finanzchefin Oksana Perl "
        "begründete den Rückgang mit der schwachen Nachfrage aus China. Die Aktie verlor am Donnerstagvormittag "
        "neun Prozent.\n\n"
        "Die Hauptversammlung ist für den 14. Mai 2025 angesetzt.\n",
        (g("2024-07-01", "2024-09-30", "Veltrax", what="Gewinneinbruch im dritten Quartal"),
         g("2024-11-06", None, "Veltrax", what="Prognose gesenkt"),
         g("2023-01-01", "2023-12-31", "Veltrax", what="Rekordgewinn"),
         g("2024-11-07", None, what="Aktie verliert"),
         p("2025-05-14", None, what="Hauptversammlung")),
        "economy; 'im dritten Quartal', 'Am Mittwochabend', 'Im Geschäftsjahr 2023', 'am Donnerstagvormittag', "
        "'für den 14. Mai 2025 angesetzt'"),
    Article(
        "de-h2-fussball-vorschau.txt", "2024-08-15",
        "Saisonstart: Wellerstedt will nicht wieder zittern\n\n"
        "Am Freitagabend beginnt für den FC Wellerstedt die neue Saison. Zum Auftakt empfängt die Mannschaft von "
        "Trainerin Ina Sommer den SC Norderau, Anstoß ist um 20.30 Uhr. In der vergangenen Saison war Wellerstedt "
        "erst am letzten Spieltag dem Abstieg entgangen.\n\n"
        "Verzichten muss Sommer auf Neuzugang Milan Horvat. Der Stürmer hatte sich vorige Woche im Training am "
        "Knie verletzt und fällt bis Mitte September aus.\n\n"
        "Das erste Auswärtsspiel steht am 24. August in Kalbeck an.\n",
        (p("2024-08-16", None, "Wellerstedt|Norderau", what="Saisonauftakt"),
         g("2024-08-05", "2024-08-11", "Milan Horvat|Horvat", what="Verletzung"),
         p("2024-08-24", None, "Kalbeck|Wellerstedt", what="Auswärtsspiel"),
         g("2023-07-01", "2024-06-30", optional=True, what="vergangene Saison")),
        "season preview; 'Am Freitagabend' planned in the present tense, 'vorige Woche', 'bis Mitte September', "
        "'steht am 24. August … an'"),
    Article(
        "de-h2-nachruf-architekt.txt", "2025-01-20",
        "Zum Tod des Architekten Friedrich Ambach\n\n"
        "Der Architekt Friedrich Ambach ist tot. Er starb am Samstag im Alter von 91 Jahren in Quellbach, wie seine "
        "Familie mitteilte.\n\n"
        "Ambach wurde 1933 in Lorenzhof geboren. Sein bekanntestes Werk, die Stadthalle von Quellbach, wurde 1972 "
        "eröffnet. Von 1975 bis 1998 lehrte er an der Technischen Hochschule Marnitz, wo eine ganze Generation "
        "von Architektinnen und Architekten bei ihm studierte.\n\n"
        "Die Beisetzung findet im engsten Familienkreis statt. Eine öffentliche Gedenkfeier ist für Ende Februar "
        "geplant.\n",
        (g("2025-01-18", None, "Friedrich Ambach|Ambach", what="Tod"),
         g("1933-01-01", "1933-12-31", "Friedrich Ambach|Ambach", what="Geburt"),
         g("1972-01-01", "1972-12-31", "Quellbach", what="Stadthalle eröffnet"),
         g("1975-01-01", "1998-12-31", "Ambach|Technische Hochschule Marnitz|Marnitz", what="Lehre"),
         p("2025-02-15", "2025-02-28", what="Gedenkfeier")),
        "obituary; 'am Samstag', bare years '1933', '1972', 'Von 1975 bis 1998', 'für Ende Februar geplant'"),
    Article(
        "de-h2-studie-klinik.txt", "2024-04-25",
        "Studie: Frühe Reha senkt Rückfallrisiko nach Herzinfarkt\n\n"
        "Patienten, die schon in der ersten Woche nach einem Herzinfarkt mit der Reha beginnen, erleiden seltener "
        "einen zweiten Infarkt. Das zeigt eine Studie des Universitätsklinikums Stedenfeld, die am Dienstag in "
        "einer Fachzeitschrift erschienen ist.\n\n"
        "Für die Untersuchung wurden zwischen Januar 2021 und Juni 2023 rund 2.400 Patientinnen und Patienten "
        "begleitet. Studienleiterin Meike Rautenberg sagte, die Krankenkassen sollten die Kosten übernehmen.\n\n"
        "Eine größere Folgestudie könnte frühestens 2026 beginnen, falls die Finanzierung gesichert wird.\n",
        (g("2024-04-23", None, "Universitätsklinikum Stedenfeld|Stedenfeld", what="Studie erschienen"),
         g("2021-01-01", "2023-06-30", what="Patienten begleitet"),
         p("2026-01-01", "2026-12-31", optional=True, what="Folgestudie")),
        "health science; relative clause 'die am Dienstag … erschienen ist', 'zwischen Januar 2021 und Juni 2023', "
        "conditional 'könnte frühestens 2026'"),
    Article(
        "de-h2-theater-premiere.txt", "2024-10-14",
        "Gefeierte Premiere im Stadttheater Kellhausen\n\n"
        "Mit langem Beifall hat das Publikum am Samstagabend die Premiere von „Der Leuchtturmwärter“ im "
        "Stadttheater Kellhausen gefeiert. Regisseurin Johanna Brix verlegt das Stück in eine verlassene "
        "Ölplattform; die Bühne dreht sich fast ununterbrochen.\n\n"
        "Die Premiere hätte eigentlich schon im vergangenen Frühjahr stattfinden sollen, wurde aber wegen eines "
        "Wasserschadens im Bühnenhaus verschoben.\n\n"
        "Weitere Vorstellungen gibt es am 19. und am 26. Oktober.\n",
        (g("2024-10-12", None, "Stadttheater Kellhausen|Kellhausen|Johanna Brix", what="Premiere"),
         p("2024-10-19", None, what="Vorstellung"),
         p("2024-10-26", None, what="Vorstellung")),
        "culture review; 'am Samstagabend', 'hätte … im vergangenen Frühjahr stattfinden sollen, wurde aber "
        "verschoben' (no event then), 'am 19. und am 26. Oktober'"),
    Article(
        "de-h2-polizei-verfolgung.txt", "2025-06-23",
        "Betrunkener flieht vor Polizei und prallt gegen Ampel\n\n"
        "Ein 27 Jahre alter Autofahrer hat sich in der Nacht zu Sonntag in Dornfeld eine Verfolgungsjagd mit der "
        "Polizei geliefert. Gegen 1.45 Uhr wollte eine Streife den Wagen in der Hauptstraße kontrollieren, der "
        "Fahrer gab jedoch Gas. Um 2.10 Uhr prallte er an einer Kreuzung gegen eine Ampel.\n\n"
        "Ein Atemtest ergab einen Wert von 1,9 Promille, teilte die Polizeidirektion Sandheim mit. Der Mann war "
        "bereits am Freitagabend ohne Führerschein am Steuer erwischt worden.\n",
        (g("2025-06-21", "2025-06-22", "Dornfeld|Polizeidirektion Sandheim", what="Verfolgungsjagd"),
         g("2025-06-20", None, what="ohne Führerschein erwischt")),
        "police; 'in der Nacht zu Sonntag', 'Gegen 1.45 Uhr', 'Um 2.10 Uhr', 'am Freitagabend' in a passive"),
    Article(
        "de-h2-bahn-fahrplan.txt", "2024-12-11",
        "Neuer Fahrplan: Halbstundentakt zwischen Auring und Pelzdorf\n\n"
        "Mit dem Fahrplanwechsel am Sonntag fährt die Regionalbahn zwischen Auring und Pelzdorf im Halbstundentakt. "
        "Das hat der Verkehrsverbund Mittelhessing mitgeteilt. Bisher verkehrten die Züge nur stündlich.\n\n"
        "Der Umbau des Bahnhofs Auring, der im Sommer 2023 begonnen hatte, soll bis Ende 2025 abgeschlossen sein. "
        "Wegen Bauarbeiten fallen in der Nacht vom 14. auf den 15. Dezember alle Züge aus; "
        "stattdessen fahren Busse.\n",
        (p("2024-12-15", "2025-12-31", "Auring|Pelzdorf|Mittelhessing", what="Halbstundentakt"),
         g("2023-06-01", "2023-09-30", "Auring", what="Umbau begonnen"),
         p("2024-12-11", "2025-12-31", what="Umbau abgeschlossen"),
         p("2024-12-14", "2024-12-15", what="Zugausfall")),
        "transport; 'am Sonntag' planned, relative clause 'der im Sommer 2023 begonnen hatte', 'bis Ende 2025', "
        "'in der Nacht vom 14. auf den 15. Dezember'"),
    Article(
        "de-h2-unwetterwarnung.txt", "2024-07-03",
        "Unwetterwarnung für das Bergland\n\n"
        "Der Wetterdienst Meteonord warnt für Donnerstag vor schweren Gewittern im Bergland. Von Donnerstagmittag "
        "bis Freitagfrüh drohen Starkregen, Hagel und Sturmböen.\n\n"
        "Die Stadt Falkenau hat vorsorglich reagiert: Das Sommerfest, das am Samstag im Kurpark stattfinden "
        "sollte, wurde abgesagt. Bereits vorgestern hatte ein Starkregen in Falkenau zahlreiche Keller "
        "überflutet.\n",
        (p("2024-07-04", "2024-07-05", "Meteonord|Bergland", what="Gewitter"),
         g("2024-07-01", None, "Falkenau", what="Keller überflutet")),
        "weather warning; 'für Donnerstag', 'Von Donnerstagmittag bis Freitagfrüh', 'sollte … stattfinden, wurde "
        "abgesagt' (no event on Saturday), 'vorgestern'"),
    Article(
        "de-h2-ticker-wahl.txt", "2025-09-14",
        "Bürgermeisterwahl in Steinhude – der Ticker zum Wahlabend\n\n"
        "20.45 Uhr: Amtsinhaberin Gisela Marten räumt ihre Niederlage ein und gratuliert ihrem Herausforderer.\n\n"
        "19.30 Uhr: Nach Auszählung von 40 der 52 Wahlbezirke liegt Yusuf Demir mit 54 Prozent deutlich vorn.\n\n"
        "18.00 Uhr: Die Wahllokale in Steinhude haben geschlossen. Die Wahlbeteiligung lag am Nachmittag bei "
        "knapp 40 Prozent.\n\n"
        "Demir soll sein Amt am 1. November antreten.\n",
        (g("2025-09-14", None, "Gisela Marten", what="Niederlage eingeräumt"),
         g("2025-09-14", None, "Yusuf Demir", what="Demir vorn"),
         g("2025-09-14", None, "Steinhude", what="Wahllokale geschlossen"),
         p("2025-11-01", None, "Yusuf Demir|Demir", what="Amtsantritt")),
        "live ticker with bare times '20.45 Uhr:' on the publication day, 'am 1. November' planned"),
    Article(
        "de-h2-erklaer-cyberangriff.txt", "2025-04-09",
        "Cyberangriff auf die Stadtverwaltung Bremmingen: Was bisher bekannt ist\n\n"
        "Wann begann der Angriff?\n"
        "Die Täter drangen nach Erkenntnissen des Landeskriminalamts bereits am 28. März in das Netz der "
        "Verwaltung ein. Bemerkt wurde der Angriff erst am vergangenen Donnerstag. Seitdem sind alle Bürgerämter "
        "geschlossen.\n\n"
        "Wann öffnen die Ämter wieder?\n"
        "Die Stadt hofft, die Bürgerämter Mitte April wieder öffnen zu können. Termine, die in der Zwischenzeit "
        "geplant waren, werden neu vergeben.\n\n"
        "Was passiert jetzt?\n"
        "Oberbürgermeister Falk Ortlieb will den Stadtrat am Montag in einer Sondersitzung informieren.\n",
        (g("2025-03-28", None, what="Eindringen"),
         g("2025-04-03", None, what="Angriff bemerkt"),
         g("2025-04-03", "2025-04-09", optional=True, what="Ämter geschlossen"),
         p("2025-04-10", "2025-04-20", "Bremmingen", what="Wiederöffnung"),
         p("2025-04-14", None, "Falk Ortlieb|Ortlieb", what="Sondersitzung")),
        "explainer with question headings; 'am 28. März', passive 'Bemerkt wurde … am vergangenen Donnerstag', "
        "'Seitdem', 'Mitte April', 'am Montag' planned"),
    Article(
        "de-h2-chronik-seilbahn.txt", "2024-06-27",
        "Die Seilbahn auf den Hornkopf – eine Chronik\n\n"
        "1961: Die Gemeinde Tannweil eröffnet die erste Seilbahn auf den Hornkopf.\n"
        "1987: Neue Gondeln für je sechs Personen ersetzen die alten Zweiersessel.\n"
        "14. Februar 2019: Ein Orkan beschädigt die Bergstation schwer, die Bahn steht still.\n"
        "Juli 2022: Der Gemeinderat Tannweil beschließt einen Neubau für 38 Millionen Euro.\n"
        "2026: Die neue Bahn soll zu Beginn der Wintersaison eröffnet werden.\n",
        (g("1961-01-01", "1961-12-31", "Tannweil", what="Eröffnung"),
         g("1987-01-01", "1987-12-31", what="neue Gondeln"),
         g("2019-02-14", None, what="Orkan"),
         g("2022-07-01", "2022-07-31", "Tannweil|Gemeinderat", what="Beschluss"),
         p("2026-01-01", "2026-12-31", what="neue Bahn")),
        "chronology list of years '1961:', a full date, a month 'Juli 2022:', a planned last item"),
    Article(
        "de-h2-interview-landraetin.txt", "2025-10-22",
        "„Wir haben zu lange gewartet“\n\n"
        "Die Kreisklinik Obermessen schreibt seit Jahren Verluste. Landrätin Birgit Olschewski sprach am Montag mit "
        "unserer Zeitung über die Zukunft des Hauses.\n\n"
        "Frau Olschewski, warum kommt die Entscheidung so spät?\n"
        "Olschewski: Wir haben lange mit einem privaten Träger verhandelt. Die Gespräche sind im Sommer "
        "gescheitert.\n\n"
        "Wie geht es weiter?\n"
        "Olschewski: Der Kreistag wird am kommenden Dienstag über die Schließung der Geburtshilfe abstimmen. "
        "Die übrigen Stationen bleiben.\n",
        (g("2025-10-20", None, "Birgit Olschewski|Olschewski", what="Gespräch"),
         g("2025-06-01", "2025-09-30", what="Verhandlungen gescheitert"),
         p("2025-10-28", None, "Kreistag|Obermessen", what="Abstimmung")),
        "interview with questions and 'Name:' answers; 'sprach am Montag', 'im Sommer', 'am kommenden Dienstag'"),
    Article(
        "de-h2-pm-bruecke.txt", "2025-02-26",
        "Pressemitteilung der Stadt Welsburg\n\n"
        "Sanierung der Ostbrücke beginnt im März\n\n"
        "Welsburg, 26. Februar 2025 – Die Stadt Welsburg saniert ab dem 10. März die Ostbrücke über die Lahme. "
        "Die Arbeiten dauern voraussichtlich bis Ende Oktober; in dieser Zeit ist die Brücke für Autos gesperrt.\n\n"
        "Eine zunächst für Januar vorgesehene Sperrung war wegen des Frosts verschoben worden. Am 5. März um "
        "18 Uhr lädt die Stadt zu einer Informationsveranstaltung in die Stadthalle ein.\n\n"
        "Kontakt: Stadt Welsburg, Pressestelle, Tel. 06441 200-100\n",
        (p("2025-03-10", "2025-10-31", "Welsburg|Ostbrücke", what="Sanierung"),
         p("2025-03-05", None, "Welsburg|Stadthalle", what="Informationsveranstaltung")),
        "press release with a dateline; 'ab dem 10. März … bis Ende Oktober', a plan for January that was put off, "
        "'Am 5. März um 18 Uhr'"),
    # ------------------------------------------------------------------ English
    Article(
        "en-h2-wire-shipping.txt", "2025-03-03",
        "Norvik Shipping to cut 600 jobs after quarterly loss\n\n"
        "KELDRA, March 3 (Reuters) - Norvik Shipping said on Monday it would cut 600 jobs by the end of the year "
        "after posting a net loss for the fourth quarter of 2024.\n\n"
        "The loss of 48 million crowns compared with a profit a year earlier. Shares in the company fell 7% in "
        "early trading.\n\n"
        "Chief executive Arne Lindholt told reporters the company had held talks with unions last week and "
        "would meet them again on March 12.\n",
        (g("2025-03-03", None, "Norvik Shipping|Norvik", what="cuts announced"),
         g("2024-10-01", "2024-12-31", "Norvik Shipping|Norvik", what="quarterly loss"),
         g("2025-02-24", "2025-03-02", what="talks with unions"),
         p("2025-03-12", None, what="next meeting"),
         p("2025-03-03", "2025-12-31", optional=True, what="jobs cut")),
        "wire copy 'KELDRA, March 3 (Reuters) -'; 'said on Monday', 'the fourth quarter of 2024', 'last week', "
        "'would meet them again on March 12'"),
    Article(
        "en-h2-wire-tornado.txt", "2024-05-09",
        "Tornado destroys homes in Brantley\n\n"
        "BRANTLEY, Kan. (AP) — A tornado tore through the small town of Brantley late Wednesday, destroying at "
        "least 30 homes and injuring 11 people, officials said.\n\n"
        "The twister touched down at about 10:40 p.m. near the grain elevator. National Guard troops arrived the "
        "following day to help clear debris. Mayor Tom Quill said power should be restored by Saturday.\n\n"
        "Brantley was last struck by a tornado in 1998.\n",
        (g("2024-05-08", None, "Brantley", what="tornado"),
         g("2024-05-09", None, "National Guard", what="troops arrive"),
         p("2024-05-09", "2024-05-11", optional=True, what="power restored"),
         g("1998-01-01", "1998-12-31", "Brantley", optional=True, what="tornado of 1998")),
        "wire copy 'BRANTLEY, Kan. (AP) —'; 'late Wednesday', 'at about 10:40 p.m.', 'the following day', "
        "'by Saturday'"),
    Article(
        "en-h2-court-verdict.txt", "2024-02-16",
        "Former care home director found guilty of falsifying records\n\n"
        "A jury in Halden County found former care home director Patricia Voss guilty on Thursday of falsifying "
        "patient records to hide staff shortages. The trial began Feb. 5.\n\n"
        "Prosecutors said Voss altered records between 2019 and 2021. She was arrested in October 2022 and "
        "charged two days later.\n\n"
        "Sentencing is set for April 22. Voss faces up to ten years in prison.\n",
        (g("2024-02-15", None, "Patricia Voss|Voss", what="verdict"),
         g("2024-02-05", None, what="trial began"),
         g("2019-01-01", "2021-12-31", "Patricia Voss|Voss", what="records altered"),
         g("2022-10-01", "2022-10-31", "Patricia Voss|Voss", what="arrest"),
         p("2024-04-22", None, "Patricia Voss|Voss", what="sentencing")),
        "court; 'guilty on Thursday', 'began Feb. 5' without 'on', 'between 2019 and 2021', 'in October 2022', "
        "'two days later', 'is set for April 22'"),
    Article(
        "en-h2-assembly-bill.txt", "2025-06-12",
        "Assembly passes ban on single-use vapes\n\n"
        "The State Assembly passed a bill on Wednesday that would ban the sale of disposable vapes. The measure "
        "was approved 58-31 after a three-hour debate.\n\n"
        "It now goes to the Senate, which is expected to take it up next week. If signed by Governor Helen "
        "Marsh, the ban would take effect on Jan. 1, 2026.\n\n"
        "A similar bill died in committee two years ago.\n",
        (g("2025-06-11", None, "State Assembly|Assembly", what="bill passed"),
         p("2025-06-16", "2025-06-22", "Senate", what="Senate takes it up"),
         p("2026-01-01", None, what="ban takes effect"),
         g("2023-01-01", "2023-12-31", optional=True, what="earlier bill died")),
        "legislation; 'passed a bill on Wednesday', 'expected to take it up next week', a conditional 'would take "
        "effect on Jan. 1, 2026', 'two years ago'"),
    Article(
        "en-h2-diplomacy-talks.txt", "2024-10-09",
        "Aldoria and Vestmark hold first talks in seven years\n\n"
        "The foreign ministers of Aldoria and Vestmark met in Port Silas on Tuesday, the first such meeting since "
        "the two countries cut diplomatic ties in 2017. Aldoria's minister, Selim Kova, called the talks frank "
        "and useful.\n\n"
        "The two sides agreed to meet again in mid-November and to reopen their consulates early next year.\n\n"
        "Vestmark's minister, Ruth Abernathy, would have travelled to Aldoria last month, but the trip was called "
        "off after a border incident on Sept. 14.\n",
        (g("2024-10-08", None, "Selim Kova|Aldoria|Vestmark", what="talks"),
         g("2017-01-01", "2017-12-31", optional=True, what="ties cut"),
         p("2024-11-10", "2024-11-20", what="next meeting"),
         p("2025-01-01", "2025-04-30", what="consulates reopen"),
         g("2024-09-14", None, what="border incident")),
        "diplomacy; 'met … on Tuesday', 'in 2017', 'in mid-November', 'early next year', 'would have travelled "
        "last month' (no trip), 'on Sept. 14'"),
    Article(
        "en-h2-conflict-mekara.txt", "2025-08-18",
        "Rebels seize Mekara after three days of fighting\n\n"
        "Rebel forces captured the town of Mekara on Sunday after three days of heavy fighting, residents said. "
        "The government in Solenne said its troops had withdrawn overnight to spare civilians.\n\n"
        "The fighting began on Thursday, when rebels attacked an army post south of the town. Two days later "
        "they reached the outskirts. A ceasefire signed in March has effectively collapsed.\n\n"
        "The UN Security Council will meet on Wednesday to discuss the crisis.\n",
        (g("2025-08-17", None, "Mekara", what="town captured"),
         g("2025-08-14", None, what="fighting began"),
         g("2025-08-16", None, what="outskirts reached"),
         g("2025-03-01", "2025-03-31", optional=True, what="ceasefire signed"),
         p("2025-08-20", None, "UN Security Council|Security Council", what="council meets")),
        "war report; 'on Sunday', 'overnight', 'began on Thursday', 'Two days later', 'signed in March', "
        "'will meet on Wednesday'"),
    Article(
        "en-h2-markets-fiscal.txt", "2024-08-01",
        "Pellworth Foods beats estimates, raises outlook\n\n"
        "Pellworth Foods on Wednesday reported fiscal fourth-quarter earnings that beat analysts' estimates, "
        "helped by strong sales of frozen meals. For the fiscal year ended June 30, revenue rose 6% to $4.1 "
        "billion.\n\n"
        "The company expects sales to grow by another 4% in fiscal 2025. Pellworth raised its dividend in March "
        "and will hold its annual shareholder meeting on Oct. 17.\n",
        (g("2024-07-31", None, "Pellworth Foods|Pellworth", what="earnings reported"),
         g("2023-07-01", "2024-06-30", optional=True, what="revenue rose"),
         g("2024-03-01", "2024-03-31", "Pellworth Foods|Pellworth", what="dividend raised"),
         p("2024-10-17", None, what="shareholder meeting")),
        "markets; 'on Wednesday' before the verb, 'the fiscal year ended June 30', 'in fiscal 2025', 'in March', "
        "'on Oct. 17'"),
    Article(
        "en-h2-match-rovers.txt", "2024-03-11",
        "Pike double rescues a point for Kestrel Bay\n\n"
        "Kestrel Bay Rovers came from two goals down to draw 2-2 with Ashcombe Town on Saturday. Ashcombe led 2-0 "
        "at halftime before striker Owen Pike scored twice in the last twenty minutes.\n\n"
        "Pike had been out injured since New Year's Day. Manager Dale Tierney said the comeback showed the "
        "character of his squad.\n\n"
        "The two sides meet again in the cup quarter-final on March 19.\n",
        (g("2024-03-09", None, "Kestrel Bay Rovers|Ashcombe Town", what="draw"),
         g("2024-01-01", "2024-03-09", "Owen Pike|Pike", optional=True, what="injured"),
         p("2024-03-19", None, "Kestrel Bay Rovers|Ashcombe Town|Ashcombe", what="quarter-final")),
        "match report; 'on Saturday', 'since New Year's Day', 'meet again … on March 19' in the present tense"),
    Article(
        "en-h2-preview-hawks.txt", "2024-09-04",
        "Hawks open season against Denton with a point to prove\n\n"
        "The Marlow Hawks open their season at home against the Denton Owls on Saturday. Last season the Hawks "
        "finished 4-8, and coach Ray Gilmore was nearly fired in November.\n\n"
        "Quarterback Eli Stroud, who missed the final five games with a broken wrist, returned to practice two "
        "weeks ago. After the opener the Hawks travel to Fenwick on Sept. 14.\n",
        (p("2024-09-07", None, "Marlow Hawks|Hawks|Denton Owls", what="season opener"),
         g("2024-08-19", "2024-08-25", "Eli Stroud|Stroud", what="back at practice"),
         p("2024-09-14", None, "Fenwick|Hawks", what="away game"),
         g("2023-09-01", "2024-01-31", optional=True, what="last season")),
        "season preview; 'open … on Saturday' in the present tense, 'was nearly fired in November' (no event), "
        "relative clause, 'two weeks ago', 'on Sept. 14'"),
    Article(
        "en-h2-obituary-biologist.txt", "2025-05-27",
        "Margaret Oyelaran, who mapped the kelp forests of the north coast, dies at 88\n\n"
        "Margaret Oyelaran, a marine biologist who spent four decades studying kelp forests, died on May 24 at her "
        "home in Westhaven. She was 88. Her son, Daniel, confirmed her death.\n\n"
        "Born in 1936, she joined the Westhaven Marine Institute in 1962 and led it from 1980 to 1996. In 2004 she "
        "received the Coastal Science Medal.\n\n"
        "A memorial service will be held in June.\n",
        (g("2025-05-24", None, "Margaret Oyelaran|Oyelaran", what="death"),
         g("1936-01-01", "1936-12-31", "Margaret Oyelaran|Oyelaran", what="born"),
         g("1962-01-01", "1962-12-31", "Westhaven Marine Institute|Oyelaran", what="joined institute"),
         g("1980-01-01", "1996-12-31", "Westhaven Marine Institute|Oyelaran", what="led institute"),
         g("2004-01-01", "2004-12-31", "Oyelaran|Coastal Science Medal", what="medal"),
         p("2025-06-01", "2025-06-30", what="memorial service")),
        "obituary; 'died on May 24', 'Born in 1936' without a subject, 'from 1980 to 1996', 'In 2004', "
        "'will be held in June'"),
    Article(
        "en-h2-health-inhaler.txt", "2024-12-05",
        "New inhaler cuts severe asthma attacks by a third, trial finds\n\n"
        "A new asthma inhaler developed at Corwin University reduced severe attacks by a third, researchers "
        "reported Wednesday. The trial followed 1,900 patients from 2021 to 2023.\n\n"
        "The drug's maker, Helix Pharma, said it would apply for approval in the first half of 2025. Even if "
        "approved quickly, the inhaler would not reach pharmacies before 2026, lead author Priya Nand said.\n",
        (g("2024-12-04", None, "Corwin University|Corwin", what="results reported"),
         g("2021-01-01", "2023-12-31", what="trial"),
         p("2025-01-01", "2025-06-30", "Helix Pharma", what="approval application"),
         p("2026-01-01", "2026-12-31", optional=True, what="in pharmacies")),
        "health; 'reported Wednesday', 'from 2021 to 2023', 'in the first half of 2025', 'would not … before "
        "2026'"),
    Article(
        "en-h2-review-quartet.txt", "2025-11-03",
        "Review: The Hollins Quartet at forty, still searching\n\n"
        "The Hollins Quartet opened its 40th-anniversary season at Greystone Hall on Friday night with Haydn and a "
        "new work by the young composer Tess Marlowe. The playing was taut, the new piece less so.\n\n"
        "The quartet, founded in 1985, will tour the Baltic states in the spring. At Greystone the season "
        "continues on Nov. 21 with a program of Dvorak.\n",
        (g("2025-10-31", None, "Hollins Quartet|Greystone Hall", what="season opening"),
         g("1985-01-01", "1985-12-31", optional=True, what="founded"),
         p("2026-03-01", "2026-06-21", "Hollins Quartet", what="tour"),
         p("2025-11-21", None, what="next concert")),
        "culture review; 'on Friday night', 'founded in 1985', 'in the spring' planned, 'continues on Nov. 21'"),
    Article(
        "en-h2-police-pharmacy.txt", "2024-06-17",
        "Two arrested after pharmacy break-in\n\n"
        "Police in Tarrow arrested two men early Sunday after a break-in at a pharmacy on Elm Street. Officers "
        "were called at 3:15 a.m. by a neighbour who heard glass breaking, and found the men hiding in a "
        "yard nearby.\n\n"
        "Both were due to appear before Tarrow magistrates on Monday afternoon. A third suspect is still being "
        "sought. The pharmacy had been burgled twice since January.\n",
        (g("2024-06-16", None, "Tarrow", what="arrest"),
         p("2024-06-17", None, optional=True, what="court appearance"),
         g("2024-01-01", "2024-06-16", optional=True, what="earlier burglaries")),
        "police; 'early Sunday', 'at 3:15 a.m.', 'due to appear … on Monday afternoon', 'since January'"),
    Article(
        "en-h2-transit-redline.txt", "2025-01-14",
        "Redline weekend closures to begin Jan. 25\n\n"
        "Riders on the Redline between Calder and Vane will face weekend closures starting Jan. 25 while the "
        "Metro Transit Authority replaces worn rails. The work will continue every weekend through mid-April.\n\n"
        "The line was shut for two weeks last summer for signal repairs. The authority's board will vote on a "
        "fare increase on Thursday.\n",
        (p("2025-01-25", "2025-04-20", "Redline|Calder|Vane|Metro Transit Authority", what="closures"),
         g("2024-06-01", "2024-09-22", what="closed last summer"),
         p("2025-01-16", None, what="board vote")),
        "transit; 'starting Jan. 25', 'through mid-April', 'last summer', 'will vote … on Thursday'"),
    Article(
        "en-h2-weather-festival.txt", "2024-11-20",
        "Winter storm warning for the Teller Hills; festival postponed\n\n"
        "Forecasters issued a winter storm warning for the Teller Hills on Wednesday. Snow will begin Thursday "
        "afternoon and continue into Friday night, with up to 18 inches on the higher passes.\n\n"
        "The Teller Hills Winter Festival, which was to take place on Saturday, has been postponed to Dec. 7. "
        "Last year the first big storm did not arrive until mid-December.\n",
        (g("2024-11-20", None, what="warning issued"),
         p("2024-11-21", "2024-11-22", "Teller Hills", what="snow"),
         p("2024-12-07", None, "Teller Hills Winter Festival|Teller Hills", what="festival, new day"),
         g("2023-12-10", "2023-12-20", optional=True, what="last year's storm")),
        "weather warning; 'on Wednesday', 'Thursday afternoon … into Friday night', 'was to take place on "
        "Saturday, has been postponed to Dec. 7' (no event on Saturday), 'until mid-December'"),
    Article(
        "en-h2-liveblog-budget.txt", "2024-08-29",
        "Harland budget day: live updates\n\n"
        "4:35 p.m. — Finance Minister Carla Diaz ends her speech to a standing ovation from the government "
        "benches.\n\n"
        "3:50 p.m. — Opposition leader Tom Becker calls the budget \"a pre-election gift\" and says his party "
        "will vote against it.\n\n"
        "3:10 p.m. — Diaz announces a cut in income tax for low earners that will take effect on Jan. 1.\n\n"
        "Parts of the budget were leaked to reporters yesterday, and Diaz apologised for the leak this morning.\n",
        (g("2024-08-29", None, "Carla Diaz|Diaz", what="speech"),
         g("2024-08-29", None, "Tom Becker", what="opposition reply"),
         p("2025-01-01", None, what="tax cut takes effect"),
         g("2024-08-28", None, what="leak"),
         g("2024-08-29", None, "Carla Diaz|Diaz", what="apology")),
        "live blog with 'h:mm p.m. —' items of the publication day, 'will take effect on Jan. 1', 'yesterday', "
        "'this morning'"),
    Article(
        "en-h2-explainer-watermain.txt", "2025-07-10",
        "What we know about the Lakeshore water main break\n\n"
        "When did it happen?\n"
        "The 48-inch main burst at about 5 a.m. on Tuesday under Harbor Road, flooding a dozen basements.\n\n"
        "When will the water be back?\n"
        "The city of Lakeshore expects to restore service by Friday, but a boil-water advisory will remain in place "
        "until at least July 15.\n\n"
        "Has this happened before?\n"
        "A smaller main on the same street broke in 2019 and again two years later.\n\n"
        "What happens next?\n"
        "The city council will hold an emergency meeting on Monday.\n",
        (g("2025-07-08", None, "Harbor Road|Lakeshore", what="main burst"),
         p("2025-07-10", "2025-07-11", "Lakeshore", what="service restored"),
         p("2025-07-10", "2025-07-15", what="boil-water advisory"),
         g("2019-01-01", "2019-12-31", what="break of 2019"),
         g("2021-01-01", "2021-12-31", what="break two years later"),
         p("2025-07-14", None, what="emergency meeting")),
        "explainer with question headings; 'at about 5 a.m. on Tuesday', 'by Friday', 'until at least July 15', "
        "'in 2019 and again two years later', 'on Monday' planned"),
    Article(
        "en-h2-release-quillon.txt", "2024-04-03",
        "FOR IMMEDIATE RELEASE\n\n"
        "Quillon Robotics acquires Sandport vision start-up Lumetra\n\n"
        "BRAXTON, Ore., April 3, 2024 — Quillon Robotics today announced that it has acquired Lumetra, a maker "
        "of camera systems for warehouse robots. The acquisition closed on April 1.\n\n"
        "Quillon, founded in 2016, will show the first joint product at the RoboExpo West trade fair in Sandport "
        "from May 14 to 16.\n\n"
        "Media contact: press@quillon.example\n",
        (g("2024-04-03", None, "Quillon Robotics|Quillon", what="announced"),
         g("2024-04-01", None, "Lumetra|Quillon", what="acquisition closed"),
         g("2016-01-01", "2016-12-31", optional=True, what="founded"),
         p("2024-05-14", "2024-05-16", "RoboExpo West|Sandport|Quillon", what="trade fair")),
        "press release with a dateline; 'today announced', 'closed on April 1', 'founded in 2016', "
        "'from May 14 to 16'"),
)


# Third held-out corpus: written before Chronik ever saw it, to stress the actors of events: names
# of many origins (Vietnamese, Nigerian, Polish, Arabic, Spanish double surnames, Dutch particles),
# women's names, surname-only second mentions, titles, possessives, companies without a company
# word, acronyms introduced in brackets, clubs, bands and ensembles, ministries and agencies of
# invented countries, passives with "von"/"by", lists, pronouns after a paragraph break, "the two
# leaders", "beide Seiten", and places as the where of an event. German articles are published on
# Thursday 2025-05-22, English ones on Thursday 2025-10-09.
HELDOUT_3: tuple[Article, ...] = (
    # ------------------------------------------------------------------ German
    Article(
        "de-h3-gericht-nguyen.txt", "2025-05-22",
        "Unternehmerin Nguyen Thi Lan freigesprochen\n\n"
        "Das Amtsgericht Brelau hat die Unternehmerin Nguyen Thi Lan am Dienstag vom Vorwurf der "
        "Steuerhinterziehung freigesprochen. Nguyen hatte das Verfahren stets als politisch motiviert bezeichnet.\n\n"
        "Ihr Anwalt Tomasz Wójcik-Brandt kündigte am Mittwoch an, Schadenersatz zu fordern. Die Anklage war im "
        "März 2023 erhoben worden.\n",
        (g("2025-05-20", None, "Nguyen Thi Lan|Nguyen", what="Freispruch"),
         g("2025-05-21", None, "Tomasz Wójcik-Brandt|Wójcik-Brandt", what="Anwalt kündigt an"),
         g("2023-03-01", "2023-03-31", what="Anklage")),
        "court; Vietnamese name, surname-only second mention, Polish double surname"),
    Article(
        "de-h3-buergermeisterin-bahnhof.txt", "2025-05-22",
        "Neuer Bahnhof in Marlenburg eröffnet\n\n"
        "Bürgermeisterin Adaeze Okonkwo hat am Montag den neuen Bahnhof von Marlenburg eröffnet. Der Umbau hatte "
        "im Herbst 2022 begonnen.\n\n"
        "Okonkwos Stellvertreter Jan Pietrzak sagte am Mittwoch, die Kosten seien im Rahmen geblieben. Am 2. Juni "
        "stimmt der Stadtrat über einen zweiten Bahnsteig ab.\n",
        (g("2025-05-19", None, "Adaeze Okonkwo|Okonkwo", what="Eröffnung"),
         g("2022-09-01", "2022-12-31", optional=True, what="Umbaubeginn"),
         g("2025-05-21", None, "Jan Pietrzak|Pietrzak", what="Stellvertreter sagt"),
         p("2025-06-02", None, "Stadtrat|Marlenburg", what="Abstimmung")),
        "council; Nigerian woman's name with a German title, possessive 'Okonkwos Stellvertreter'"),
    Article(
        "de-h3-gesetz-haddad.txt", "2025-05-22",
        "Landärzte protestieren gegen Reform\n\n"
        "Der Gesetzentwurf wurde am Mittwoch von Gesundheitsministerin Leila Haddad vorgestellt. Die Pläne waren "
        "bereits im April vom Verband der Landärzte (VdL) scharf kritisiert worden.\n\n"
        "Der VdL will am 5. Juni in Kornstadt protestieren. Haddad verteidigte die Reform am Donnerstag im "
        "Landtag.\n",
        (g("2025-05-21", None, "Leila Haddad|Haddad", what="Entwurf vorgestellt"),
         g("2025-04-01", "2025-04-30", "VdL|Verband der Landärzte", what="Kritik"),
         p("2025-06-05", None, "VdL|Verband der Landärzte", what="Protest"),
         g("2025-05-22", None, "Leila Haddad|Haddad", what="Verteidigung")),
        "health policy; passives with 'von', an acronym introduced in brackets, Arabic woman's name"),
    Article(
        "de-h3-treffen-liste.txt", "2025-05-22",
        "Drei Landräte einigen sich auf Busnetz\n\n"
        "Am Dienstag trafen sich Marta Kowalczyk, Hamid Rahimi und Sophie van der Berg in Oberwiesen. Die drei "
        "Landräte vereinbarten ein gemeinsames Busnetz.\n\n"
        "Kowalczyk sagte am Mittwoch, die ersten Linien sollen ab dem 1. September fahren. Van der Berg hatte den "
        "Plan schon 2023 vorgeschlagen.\n",
        (g("2025-05-20", None, "Marta Kowalczyk|Kowalczyk", "Hamid Rahimi|Rahimi",
           "Sophie van der Berg|van der Berg", what="Treffen"),
         g("2025-05-21", None, "Marta Kowalczyk|Kowalczyk", what="Kowalczyk sagt"),
         p("2025-09-01", None, what="erste Linien"),
         g("2023-01-01", "2023-12-31", "Sophie van der Berg|van der Berg", what="Vorschlag")),
        "regional politics; a list of three names, Dutch particle at a sentence start"),
    Article(
        "de-h3-fussball-trainer.txt", "2025-05-22",
        "Auenstein trennt sich von Trainer\n\n"
        "Der SV Auenstein hat am Samstag mit 0:4 gegen den FC Brenntal verloren. Zwei Tage später wurde Trainer "
        "Javier Morales Ortega entlassen.\n\n"
        "Morales Ortega war erst im Januar gekommen. Sein Nachfolger soll am Freitag vorgestellt werden.\n",
        (g("2025-05-17", None, "Auenstein|Brenntal", what="Niederlage"),
         g("2025-05-19", None, "Javier Morales Ortega|Morales Ortega", what="Entlassung"),
         g("2025-01-01", "2025-01-31", "Javier Morales Ortega|Morales Ortega", what="gekommen"),
         p("2025-05-23", None, what="Nachfolger vorgestellt")),
        "sport; clubs, a Spanish double surname, 'zwei Tage später', passive"),
    Article(
        "de-h3-band-album.txt", "2025-05-22",
        "Die Nachtfalter legen nach\n\n"
        "Das Quartett Die Nachtfalter hat am Mittwoch sein drittes Album veröffentlicht. Sängerin Ewa Nowak "
        "schrieb alle Texte.\n\n"
        "Gegründet hatte sich die Band 2017 in Lindenau. Die Tour beginnt am 12. September in Lindenau.\n",
        (g("2025-05-21", None, "Nachtfalter", what="Album"),
         g("2017-01-01", "2017-12-31", "Nachtfalter|Lindenau", what="Gründung"),
         p("2025-09-12", None, "Lindenau|Nachtfalter", what="Tourstart")),
        "culture; a band whose name starts with an article, a Polish woman's name"),
    Article(
        "de-h3-norvalien-ministerium.txt", "2025-05-22",
        "Norvalien und Sarmatien verhandeln über Bahnstrecke\n\n"
        "Das Verkehrsministerium von Norvalien hat am Dienstag einen Vertragsentwurf an die Republik Sarmatien "
        "geschickt. Beide Seiten hatten im Januar Gespräche aufgenommen.\n\n"
        "Verkehrsminister Kwame Asante-Boateng reist am Freitag nach Tirnau, in die Hauptstadt Sarmatiens.\n",
        (g("2025-05-20", None, "Verkehrsministerium|Norvalien", what="Entwurf geschickt"),
         g("2025-01-01", "2025-01-31", "Norvalien|Sarmatien", what="Gespräche aufgenommen"),
         p("2025-05-23", None, "Kwame Asante-Boateng|Asante-Boateng", what="Reise")),
        "diplomacy; a ministry of an invented country, 'beide Seiten', Ghanaian double surname"),
    Article(
        "de-h3-brixel-stellen.txt", "2025-05-22",
        "Brixel streicht 400 Stellen\n\n"
        "Brixel hat am Montag den Abbau von 400 Stellen angekündigt. Der Hersteller von Küchengeräten aus Talheim "
        "leidet unter der schwachen Nachfrage.\n\n"
        "Brixel-Chefin Ingrid Sørensen sagte am Dienstag, betriebsbedingte Kündigungen seien nicht geplant. "
        "Bereits 2022 hatte Brixel ein Werk geschlossen.\n",
        (g("2025-05-19", None, "Brixel", what="Abbau angekündigt"),
         g("2025-05-20", None, "Ingrid Sørensen|Sørensen", what="Chefin sagt"),
         g("2022-01-01", "2022-12-31", "Brixel", what="Werk geschlossen")),
        "economy; a company without a company word, 'Brixel-Chefin', Scandinavian name"),
    Article(
        "de-h3-preis-lindqvist.txt", "2025-05-22",
        "Kellner-Preis für Hanna Lindqvist\n\n"
        "Die Chemikerin Prof. Dr. Hanna Lindqvist ist am Mittwoch mit dem Kellner-Preis ausgezeichnet worden.\n\n"
        "Sie hatte 2019 ein Verfahren entwickelt, mit dem sich Kunststoff ohne Hitze zerlegen lässt.\n\n"
        "Am 3. Juli wird sie in Rostal einen öffentlichen Vortrag halten.\n",
        (g("2025-05-21", None, "Hanna Lindqvist|Lindqvist", what="Preis"),
         g("2019-01-01", "2019-12-31", "Hanna Lindqvist|Lindqvist", what="Verfahren entwickelt"),
         p("2025-07-03", None, "Hanna Lindqvist|Lindqvist", what="Vortrag")),
        "science; 'Prof. Dr.', pronouns after paragraph breaks"),
    Article(
        "de-h3-brand-ebersgrund.txt", "2025-05-22",
        "Lagerhalle in Ebersgrund abgebrannt\n\n"
        "In Ebersgrund ist am Dienstagabend eine Lagerhalle abgebrannt. Die Feuerwehr war bis Mittwochmorgen im "
        "Einsatz, verletzt wurde niemand.\n\n"
        "Bereits im Februar hatte es im Nachbarort Weilstetten gebrannt. Die Polizei schließt Brandstiftung nicht "
        "aus.\n",
        (g("2025-05-20", None, "Ebersgrund", what="Brand"),
         g("2025-02-01", "2025-02-28", "Weilstetten", what="Brand im Februar"),
         g("2025-05-20", "2025-05-21", optional=True, what="Einsatz")),
        "local news; places as the where of an event"),
    Article(
        "de-h3-gipfel-khoury.txt", "2025-05-22",
        "Lorasien und Veldmark wollen Zölle senken\n\n"
        "Die Präsidentin von Lorasien, Amira Khoury, und Premierminister Piet de Jong aus Veldmark sind am Montag "
        "in Havelsund zusammengekommen. Am Dienstag vereinbarten die beiden Politiker, die Zölle auf Getreide zu "
        "senken.\n\n"
        "Im Herbst wollen beide Seiten ein Handelsabkommen unterzeichnen.\n",
        (g("2025-05-19", None, "Amira Khoury|Khoury", "Piet de Jong|de Jong", what="Treffen"),
         g("2025-05-20", None, "Amira Khoury|Khoury|Lorasien", what="Vereinbarung"),
         p("2025-09-01", "2025-11-30", "Lorasien|Veldmark|Khoury|de Jong", what="Abkommen")),
        "diplomacy; an apposition 'Die Präsidentin von X, Name,', Dutch particle, 'die beiden Politiker'"),
    Article(
        "de-h3-orchester-kravets.txt", "2025-05-22",
        "Philharmonie Grauburg verlängert mit Kravets\n\n"
        "Die Philharmonie Grauburg hat am Sonntag (18.5.) ihre Saison mit Mahlers Fünfter beendet. Dirigentin "
        "Olena Kravets wurde mit minutenlangem Applaus gefeiert.\n\n"
        "Kravets' Vertrag wurde am Mittwoch bis 2030 verlängert. Die neue Saison beginnt am 14. September.\n",
        (g("2025-05-18", None, "Philharmonie Grauburg|Grauburg", what="Saisonende"),
         g("2025-05-21", None, "Olena Kravets|Kravets", what="Vertrag verlängert"),
         p("2025-09-14", None, what="Saisonbeginn")),
        "culture; an orchestra, Ukrainian woman's name, possessive with an apostrophe"),
    Article(
        "de-h3-landrat-kessler.txt", "2025-05-22",
        "Früherer Landrat Kessler festgenommen\n\n"
        "Der frühere Landrat Bernd Kessler ist am Dienstag in Harlingen festgenommen worden. Kesslers Anwältin "
        "Yasmin El-Amrani legte am Mittwoch Beschwerde ein.\n\n"
        "Die Staatsanwaltschaft Harlingen hatte im Oktober 2024 Ermittlungen gegen Kessler aufgenommen.\n",
        (g("2025-05-20", None, "Bernd Kessler|Kessler", what="Festnahme"),
         g("2025-05-21", None, "Yasmin El-Amrani|El-Amrani", what="Beschwerde"),
         g("2024-10-01", "2024-10-31", "Staatsanwaltschaft|Harlingen", what="Ermittlungen")),
        "crime; possessive 'Kesslers Anwältin', Moroccan double surname"),
    Article(
        "de-h3-raumfahrt-tsa.txt", "2025-05-22",
        "Tessarien schickt Wettersatelliten ins All\n\n"
        "Die Raumfahrtagentur von Tessarien (TSA) hat am Montag ihren ersten Wettersatelliten gestartet. Der Start "
        "war im März von TSA-Direktor Rafael Gómez Salinas verschoben worden.\n\n"
        "Ein zweiter Satellit soll am 20. Juni folgen.\n",
        (g("2025-05-19", None, "TSA|Raumfahrtagentur", what="Start"),
         g("2025-03-01", "2025-03-31", "Rafael Gómez Salinas|Gómez Salinas", what="verschoben"),
         p("2025-06-20", None, what="zweiter Satellit")),
        "science; an agency with an acronym in brackets, 'TSA-Direktor', passive with 'von'"),
    Article(
        "de-h3-handball-meister.txt", "2025-05-22",
        "HSG Mühlbach-Ost ist Meister\n\n"
        "Die Handballerinnen der HSG Mühlbach-Ost haben am Samstag die Meisterschaft gewonnen. Kapitänin Thi Mai "
        "Pham erzielte beim 31:27 gegen den TV Kranzberg zehn Tore.\n\n"
        "Zuletzt war die HSG 2019 Meister geworden. Am 31. Mai spielt das Team im Pokalfinale gegen Kranzberg.\n",
        (g("2025-05-17", None, "Mühlbach-Ost|HSG", what="Meisterschaft"),
         g("2019-01-01", "2019-12-31", "HSG|Mühlbach-Ost", what="Meister 2019"),
         p("2025-05-31", None, "Kranzberg|Mühlbach-Ost|HSG", what="Pokalfinale")),
        "sport; a women's club, Vietnamese name, a short form of the club"),
    # ------------------------------------------------------------------ English
    Article(
        "en-h3-senator-bill.txt", "2025-10-09",
        "Water bill returns to the Senate\n\n"
        "Sen. Maribel Ochoa-Reyes introduced a bill on Tuesday to cap water prices. Ochoa-Reyes said the state "
        "could no longer wait.\n\n"
        "Rep. Dwayne Okafor, a co-sponsor, will hold a hearing on Oct. 21. A similar bill failed in 2023.\n",
        (g("2025-10-07", None, "Maribel Ochoa-Reyes|Ochoa-Reyes", what="bill introduced"),
         p("2025-10-21", None, "Dwayne Okafor|Okafor", what="hearing"),
         g("2023-01-01", "2023-12-31", what="similar bill failed")),
        "legislation; 'Sen.', 'Rep.', a Spanish double surname"),
    Article(
        "en-h3-governor-kova.txt", "2025-10-09",
        "Wrenland budget signed\n\n"
        "Governor Elena Kova signed the state budget on Monday. Kova's office said on Wednesday that teachers "
        "would get a raise in January.\n\n"
        "The budget was passed by the Wrenland Assembly on Sept. 30.\n",
        (g("2025-10-06", None, "Elena Kova|Kova", what="budget signed"),
         g("2025-10-08", None, "Elena Kova|Kova", what="office said"),
         g("2025-09-30", None, "Wrenland Assembly|Wrenland", what="passed")),
        "state politics; possessive 'Kova's office', passive with 'by'"),
    Article(
        "en-h3-fisheries-cfa.txt", "2025-10-09",
        "Cod grounds closed\n\n"
        "The Coastal Fisheries Authority (CFA) closed the northern cod grounds on Tuesday. The CFA will reopen them "
        "on Oct. 20.\n\n"
        "Chidi Eze, who leads the fishermen's union, criticized the decision on Wednesday. Eze said boats had "
        "already lost a month in August.\n",
        (g("2025-10-07", None, "CFA|Coastal Fisheries Authority", what="closed"),
         p("2025-10-20", None, "CFA|Coastal Fisheries Authority", what="reopen"),
         g("2025-10-08", None, "Chidi Eze|Eze", what="criticized")),
        "environment; an acronym introduced in brackets, Nigerian name"),
    Article(
        "en-h3-bridge-alsayed.txt", "2025-10-09",
        "Dunmore opens its new bridge\n\n"
        "The new bridge in Dunmore was opened on Saturday by Mayor Fatima Al-Sayed. It had been designed by "
        "engineer Joost van Dijk in 2019.\n\n"
        "Van Dijk said on Monday that a second bridge could follow.\n",
        (g("2025-10-04", None, "Fatima Al-Sayed|Al-Sayed", what="opened"),
         g("2019-01-01", "2019-12-31", "Joost van Dijk|van Dijk", what="designed"),
         g("2025-10-06", None, "Joost van Dijk|van Dijk", what="said")),
        "local news; passives with 'by', Arabic woman's name, Dutch particle at a sentence start"),
    Article(
        "en-h3-towns-water.txt", "2025-10-09",
        "Three towns share one reservoir\n\n"
        "Orvel, Tanberg and Mistwood signed a water-sharing deal on Monday. The three towns had quarreled over the "
        "Brenn reservoir since the drought of 2022.\n\n"
        "The deal takes effect on Jan. 1.\n",
        (g("2025-10-06", None, "Orvel", "Tanberg", "Mistwood", what="deal signed"),
         g("2022-01-01", "2022-12-31", optional=True, what="drought"),
         p("2026-01-01", None, what="takes effect")),
        "regional; a list of three places as the actors"),
    Article(
        "en-h3-leaders-border.txt", "2025-10-09",
        "Kelmar and Sardova to reopen border\n\n"
        "President Ngozi Adeyemi of Kelmar and Prime Minister Luis Ferrer Campos of Sardova met in Port Alric on "
        "Tuesday. The two leaders agreed on Wednesday to reopen the border.\n\n"
        "They will meet again in December.\n",
        (g("2025-10-07", None, "Ngozi Adeyemi|Adeyemi", "Luis Ferrer Campos|Ferrer Campos", what="met"),
         g("2025-10-08", None, "Adeyemi|Ferrer Campos|Kelmar|Sardova", what="agreed"),
         p("2025-12-01", "2025-12-31", "Adeyemi|Ferrer Campos|Kelmar|Sardova", what="meet again")),
        "diplomacy; 'President X of Y', 'the two leaders', 'They' after a paragraph break"),
    Article(
        "en-h3-band-lanterns.txt", "2025-10-09",
        "The Paper Lanterns pack Hollister\n\n"
        "The Paper Lanterns played a sold-out show in Hollister on Saturday. Singer Mei-Ling Tran had announced "
        "on Friday that she was fit to perform.\n\n"
        "The band will play in Carrow on Nov. 15.\n",
        (g("2025-10-04", None, "Paper Lanterns", what="show"),
         g("2025-10-03", None, "Mei-Ling Tran|Tran", what="announced"),
         p("2025-11-15", None, "Paper Lanterns|Carrow", what="next show")),
        "culture; a band named with 'The', a Chinese-Vietnamese woman's name"),
    Article(
        "en-h3-zentrik-sales.txt", "2025-10-09",
        "Zentrik posts record sales\n\n"
        "Zentrik reported record quarterly sales on Tuesday. Chief executive Aleksandra Wiśniewska said on "
        "Wednesday that demand for its heat pumps kept growing.\n\n"
        "Shares of Zentrik rose 6 percent on Thursday. Zentrik will open a plant in Carvel in 2026.\n",
        (g("2025-10-07", None, "Zentrik", what="sales"),
         g("2025-10-08", None, "Aleksandra Wiśniewska|Wiśniewska", what="CEO said"),
         g("2025-10-09", None, "Zentrik", what="shares rose"),
         p("2026-01-01", "2026-12-31", "Zentrik|Carvel", what="plant")),
        "business; a company without a company word, Polish woman's name"),
    Article(
        "en-h3-surgeon-nwosu.txt", "2025-10-09",
        "Redhill surgeon honored\n\n"
        "Dr. Ifeoma Nwosu, a surgeon at Redhill General Hospital, was named physician of the year on Monday.\n\n"
        "She joined the hospital in 2011 and founded its burns unit.\n\n"
        "She will receive the award in Ashford on Nov. 3.\n",
        (g("2025-10-06", None, "Ifeoma Nwosu|Nwosu", what="named"),
         g("2011-01-01", "2011-12-31", "Ifeoma Nwosu|Nwosu", what="joined"),
         p("2025-11-03", None, "Ifeoma Nwosu|Nwosu", what="award")),
        "health; 'Dr.', pronouns after paragraph breaks, Nigerian woman's name"),
    Article(
        "en-h3-football-harrowgate.txt", "2025-10-09",
        "Mensah double lifts Harrowgate\n\n"
        "Harrowgate United beat Fenwick Rovers 3-1 on Saturday. Striker Kofi Mensah scored twice.\n\n"
        "United will face Ludlow Town on Tuesday, Oct. 14.\n",
        (g("2025-10-04", None, "Harrowgate United|Harrowgate", "Fenwick Rovers|Fenwick", what="match"),
         p("2025-10-14", None, "Harrowgate United|Harrowgate|Ludlow Town", what="next match")),
        "sport; clubs, a short form 'United'"),
    Article(
        "en-h3-averland-health.txt", "2025-10-09",
        "Averland to vaccinate against measles\n\n"
        "The Ministry of Health of Averland said on Monday that 40 cases of measles had been confirmed. The "
        "ministry's spokeswoman, Rania Mansour, said on Tuesday that most cases were children.\n\n"
        "Averland will begin vaccinations on Oct. 15.\n",
        (g("2025-10-06", None, "Ministry of Health|Averland", what="cases confirmed"),
         g("2025-10-07", None, "Rania Mansour|Mansour", what="spokeswoman"),
         p("2025-10-15", None, "Averland", what="vaccinations")),
        "health; a ministry of an invented country, 'the ministry's spokeswoman, Name,'"),
    Article(
        "en-h3-study-vanderlinde.txt", "2025-10-09",
        "Bees remember faces, study finds\n\n"
        "Prof. Willem van der Linde of the University of Castleford published a study on bees on Wednesday. Van "
        "der Linde said the insects recognized their keepers.\n\n"
        "His team had started the work in 2021. He will present the results in Brantwood on Nov. 12.\n",
        (g("2025-10-08", None, "Willem van der Linde|van der Linde", what="published"),
         g("2021-01-01", "2021-12-31", "Willem van der Linde|van der Linde|University of Castleford",
           what="started"),
         p("2025-11-12", None, "Willem van der Linde|van der Linde", what="present")),
        "science; 'Prof.', Dutch particles, 'His team', 'He'"),
    Article(
        "en-h3-quake-tolvar.txt", "2025-10-09",
        "Quake shakes Tolvar\n\n"
        "A magnitude 5.1 earthquake struck near Tolvar on Sunday. In the nearby town of Esker, a school was "
        "damaged.\n\n"
        "Rescue teams from Marrow arrived on Monday. Tolvar was last hit by a strong quake in 1998.\n",
        (g("2025-10-05", None, "Tolvar|Esker", what="earthquake"),
         g("2025-10-06", None, "Marrow", what="rescue teams"),
         g("1998-01-01", "1998-12-31", "Tolvar", what="quake of 1998")),
        "disaster; places as the where of an event"),
    Article(
        "en-h3-nurses-strike.txt", "2025-10-09",
        "Nurses strike at St. Brendan's\n\n"
        "Nurses at St. Brendan's Hospital walked out on Tuesday. The union, led by Grace Achterberg, met hospital "
        "managers on Wednesday without result.\n\n"
        "Both sides will resume talks on Friday.\n",
        (g("2025-10-07", None, "St. Brendan's Hospital|St. Brendan's", what="walkout"),
         g("2025-10-08", None, "Grace Achterberg|Achterberg", what="talks failed"),
         p("2025-10-10", None, "Achterberg|St. Brendan's", what="talks resume")),
        "labour; 'led by Name', 'Both sides'"),
    Article(
        "en-h3-court-castillo.txt", "2025-10-09",
        "Former treasurer gets four years\n\n"
        "Judge Soo-ah Park sentenced former treasurer Rubén Castillo Mora to four years in prison on Wednesday. "
        "Castillo Mora had embezzled town funds between 2018 and 2021.\n\n"
        "His lawyer, Hana Yoshida, said on Thursday that she would appeal.\n",
        (g("2025-10-08", None, "Rubén Castillo Mora|Castillo Mora", what="sentenced"),
         g("2018-01-01", "2021-12-31", "Rubén Castillo Mora|Castillo Mora", what="embezzled"),
         g("2025-10-09", None, "Hana Yoshida|Yoshida", what="lawyer said")),
        "court; Korean woman's name, Spanish double surname, 'His lawyer, Name,'"),
)


def write_articles(folder: Path, articles: tuple[Article, ...] = ARTICLES) -> dict[str, Article]:
    """Write each article into ``folder`` (UTF-8); returns {path as written: article}."""
    return write_files(folder, articles)
