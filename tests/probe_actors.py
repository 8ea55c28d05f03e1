"""A probe corpus for actors: short news pages with the names a careful reader marks as actors.

Every page, person, company, authority, club, party and village here is invented for Chronik
(half German, half English, 100 to 250 words each). The pages carry the furniture of real news
pages: bylines, photo credits and captions, author boxes, reader comments, newsletter and cookie
boxes, "Mehr zum Thema" and "More on this story" lists. The names were chosen so that no lexicon
of ``resources/lexicons`` lists them: finding them must not depend on a name list.

Gold per page, written as a reader would mark the text, before looking at Chronik's output:

    persons   one tuple per person: the accepted spellings (the full name first); an actor whose
              name or one of whose aliases is one of them is that person
    orgs      one tuple per organisation, authority, club or place that must be an actor
    never     names and words that must never be (part of) an actor's name: bylines, credit
              names, commenters, author boxes, role words, month and weekday names,
              capitalised sentence openers

Hard classes covered: names no list knows; Vietnamese, Turkish, Polish, Arabic, Indian, Nordic
and West African names; particles (von, van der, de la, de, bin, al); hyphenated names; titles
(Dr., Prof., Sir, Bürgermeisterin, Sheriff); initials ("J. R. Pemberton"); the German genitive
("Wollgast-Brenners Vorschlag") and the English possessive ("Raghunathan's plan"); acronyms
introduced in brackets; German compounds (Stadtwerke X, Landratsamt Y, Amtsgericht Z); English
"X County Sheriff's Office"; sports clubs ("FC Birkenau 09", "SV Eintracht Mühlbach").

    PAGES                 the pages
    PAGES_HELDOUT         12 more, written after the fixes for PAGES and measured before any change for them
    write_pages(folder)   writes them, one file each, and returns {path: page}

Used by ``bench/actor_probe.py`` (figures, no pass/fail).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from tests.probe_pages import write_files


@dataclass(frozen=True)
class ActorPage:
    name: str  # file name
    lang: str  # "de" or "en"
    date: str  # publication day, given to extract with --date
    text: str
    persons: tuple[tuple[str, ...], ...]
    orgs: tuple[tuple[str, ...], ...]
    never: tuple[str, ...]
    probes: str


_FIRST_DRAFT: tuple[ActorPage, ...] = (
    # ------------------------------------------------------------------ German
    ActorPage(
        "de_gemeinderat.txt", "de", "2026-03-11",
        "Lokales | Oberkirchhain\n\n"
        "Gemeinderat streitet über das neue Freibad\n\n"
        "Von Jasper Quandt\n\n"
        "Oberkirchhain. Bürgermeisterin Dr. Henrike Wollgast-Brenner hat am Dienstag im Gemeinderat einen "
        "Kompromiss für das marode Freibad vorgelegt. Die Stadtwerke Oberkirchhain sollen den Betrieb übernehmen "
        "und das Becken bis zum Sommer sanieren.\n\n"
        "Wollgast-Brenners Vorschlag stieß bei der Opposition auf Skepsis. Fraktionschef Detlef Ammermüller "
        "sagte, die Kosten seien viel zu niedrig angesetzt. Die Stadtwerke hätten schon beim Hallenbad zu "
        "knapp gerechnet. Trotzdem stimmte eine knappe Mehrheit dafür, das Gutachten abzuwarten.\n\n"
        "Ammermüller kündigte an, im April einen eigenen Antrag einzubringen. Die Bürgermeisterin zeigte "
        "sich gelassen: Man werde die Zahlen offenlegen.\n\n"
        "Das Freibad im Sommer 2019. Foto: Lea Thormählen\n\n"
        "Mehr zum Thema\n"
        "Hallenbad bleibt bis Herbst geschlossen\n"
        "Kreistag berät über Schulbusse\n",
        (("Henrike Wollgast-Brenner", "Dr. Henrike Wollgast-Brenner"), ("Detlef Ammermüller",)),
        (("Stadtwerke Oberkirchhain",), ("Oberkirchhain",)),
        ("Jasper Quandt", "Lea Thormählen", "Bürgermeisterin", "Dienstag", "April", "Trotzdem", "Mehr zum Thema",
         "Fraktionschef", "Hallenbad"),
        "hyphenated surname with title, genitive, Stadtwerke compound, byline, photo credit",
    ),
    ActorPage(
        "de_amtsgericht.txt", "de", "2026-02-19",
        "Prozess in Wendelsbrück\n\n"
        "Betrug mit Heizöl: Bewährung für Firmenchef\n\n"
        "Von Greta Lühmann und Ole Brandes\n\n"
        "Das Amtsgericht Wendelsbrück hat den Unternehmer Mehmet Yıldırımoğlu zu einer Bewährungsstrafe von "
        "18 Monaten verurteilt. Richterin Sabine Okonkwo-Fahl sah es als erwiesen an, dass der 51-Jährige "
        "Kunden über Jahre zu viel berechnet hatte.\n\n"
        "Staatsanwalt Dr. Till Hagedorn hatte zwei Jahre ohne Bewährung gefordert. Yıldırımoğlu habe das "
        "Vertrauen älterer Kunden ausgenutzt, sagte Hagedorn. Der Verteidiger, Rechtsanwalt Cem Aksoy, "
        "kündigte an, Berufung zu prüfen.\n\n"
        "Das Landratsamt Wendelsbrück hatte den Fall im vergangenen Herbst angezeigt, nachdem sich mehrere "
        "Rentner beschwert hatten.\n\n"
        "Kommentare (2)\n"
        "Kalle_77 schrieb:\n"
        "Viel zu mildes Urteil, wie immer.\n"
        "Heike Brunsmann schrieb:\n"
        "Gut, dass es überhaupt verhandelt wurde.\n",
        (("Mehmet Yıldırımoğlu",), ("Sabine Okonkwo-Fahl",), ("Till Hagedorn", "Dr. Till Hagedorn"),
         ("Cem Aksoy",)),
        (("Amtsgericht Wendelsbrück",), ("Landratsamt Wendelsbrück",)),
        ("Greta Lühmann", "Ole Brandes", "Kalle_77", "Kalle", "Heike Brunsmann", "Richterin", "Staatsanwalt",
         "Kommentare", "Rechtsanwalt"),
        "Turkish name, hyphenated surname, Amtsgericht/Landratsamt compounds, two-name byline, commenters",
    ),
    ActorPage(
        "de_fussball.txt", "de", "2026-03-02",
        "Sport | Kreisliga\n\n"
        "FC Birkenau 09 dreht das Derby\n\n"
        "Der FC Birkenau 09 hat das Derby gegen den SV Eintracht Mühlbach mit 3:2 gewonnen. Lange sah es "
        "nach einer Niederlage aus: Mühlbachs Kapitän Rasmus Feddersen traf schon nach sieben Minuten, "
        "kurz vor der Pause erhöhte Dragan Stojković auf 2:0.\n\n"
        "Dann schlug die Stunde von Kwame Mensah-Boateng. Der eingewechselte Stürmer traf zweimal per Kopf, "
        "in der Nachspielzeit verwandelte Luca Brentano einen Foulelfmeter. Birkenaus Trainer Zoran Ilić "
        "sprach von einem Sieg der Moral. Mensah-Boatengs Doppelpack sei das Beste gewesen, was er in dieser "
        "Saison gesehen habe.\n\n"
        "Am Sonntag empfängt Birkenau den Tabellenführer.\n\n"
        "Jubel nach dem Ausgleich. Foto: imago/Kai Ritter\n",
        (("Rasmus Feddersen",), ("Dragan Stojković",), ("Kwame Mensah-Boateng",), ("Luca Brentano",),
         ("Zoran Ilić",)),
        (("FC Birkenau 09", "FC Birkenau", "Birkenau"), ("SV Eintracht Mühlbach", "Eintracht Mühlbach")),
        ("Kai Ritter", "imago", "Sonntag", "Kapitän", "Trainer", "Stürmer", "Jubel", "Dann"),
        "sports clubs FC/SV, Ghanaian hyphenated name, Serbian names, club genitive, photo credit",
    ),
    ActorPage(
        "de_nagelstudio.txt", "de", "2026-01-23",
        "Polizeibericht\n\n"
        "Einbruch in Nagelstudio: Inhaberin stellt Täter\n\n"
        "Hollerau. Die Inhaberin eines Nagelstudios in der Hollerauer Innenstadt hat in der Nacht zum Freitag "
        "einen Einbrecher überrascht. Nguyen Thi Thu Trang hörte Geräusche aus dem Laden unter ihrer Wohnung "
        "und alarmierte die Polizeiinspektion Hollerau.\n\n"
        "Nach Angaben der Polizei flüchtete der Mann, ließ aber sein Fahrrad zurück. Trang sagte, sie habe "
        "keine Angst gehabt. Ihr Bruder Nguyen Van Duc betreibt das Geschäft gegenüber und half bei der "
        "Suche. Wenig später nahmen Beamte einen 29-Jährigen fest.\n\n"
        "Polizeisprecherin Miriam Haselböck lobte das besonnene Verhalten der Geschwister.\n\n"
        "Newsletter\n"
        "Die wichtigsten Nachrichten aus Hollerau jeden Morgen in Ihrem Postfach. Jetzt kostenlos abonnieren!\n",
        (("Nguyen Thi Thu Trang", "Trang"), ("Nguyen Van Duc",), ("Miriam Haselböck",)),
        (("Polizeiinspektion Hollerau",), ("Hollerau",)),
        ("Freitag", "Inhaberin", "Newsletter", "Polizeisprecherin", "Wenig", "Postfach", "Nagelstudio"),
        "Vietnamese names (family name first), Polizeiinspektion compound, newsletter box",
    ),
    ActorPage(
        "de_maschinenbau.txt", "de", "2026-02-05",
        "Wirtschaft\n\n"
        "Kessler Maschinenbau streicht 300 Stellen\n\n"
        "Von Paula Engström\n\n"
        "Der Werkzeugmaschinenhersteller Kessler Maschinenbau AG will an seinem Stammsitz in Rabenfeld 300 "
        "Stellen abbauen. Vorstandschefin Katarzyna Wróblewska begründete den Schritt mit der schwachen "
        "Nachfrage aus Asien.\n\n"
        "Wróblewskas Plan sieht vor, die Montage bis Ende 2027 nach Tschechien zu verlagern. Der "
        "Betriebsratsvorsitzende Jörg van der Linden nannte das einen Wortbruch. Van der Linden kündigte "
        "Warnstreiks an. Die Gewerkschaft Metall und Technik (GMT) erklärte, sie stehe hinter der "
        "Belegschaft. Die GMT fordert einen Sozialtarifvertrag.\n\n"
        "Auch der Zulieferer Brückner & Sohn GmbH rechnet mit Folgen.\n\n"
        "Paula Engström ist Wirtschaftsredakteurin und berichtet über die Industrie der Region.\n",
        (("Katarzyna Wróblewska",), ("Jörg van der Linden",)),
        (("Kessler Maschinenbau AG", "Kessler Maschinenbau"), ("Gewerkschaft Metall und Technik", "GMT"),
         ("Brückner & Sohn GmbH", "Brückner & Sohn"), ("Rabenfeld",)),
        ("Paula Engström", "Vorstandschefin", "Wirtschaftsredakteurin", "Betriebsratsvorsitzende"),
        "Polish name with genitive, van der particle at sentence start, acronym in brackets, GmbH/AG, author box",
    ),
    ActorPage(
        "de_partei.txt", "de", "2026-03-16",
        "Landespolitik\n\n"
        "Rücktritt beim Bürgerbund Nord\n\n"
        "Der Landesvorsitzende des Bürgerbunds Nord (BBN), Friedemann von Altenstein, ist am Sonntag "
        "überraschend zurückgetreten. Von Altenstein begründete den Schritt mit gesundheitlichen Gründen.\n\n"
        "In der Partei kursieren andere Erklärungen. Altensteins Rücktritt folgt auf einen Streit mit der "
        "Fraktionsvorsitzenden Wiebke Hansmann-Ilgen über die Liste zur Landtagswahl. Hansmann-Ilgen wollte "
        "mehr Frauen auf vorderen Plätzen. Der BBN will nun im Mai einen neuen Vorstand wählen.\n\n"
        "Kommissarisch führt Schatzmeister Ruprecht Olbers die Geschäfte.\n\n"
        "Ein Kommentar von Martina Zeltner\n\n"
        "Der Rücktritt kommt zur Unzeit. Eine Partei, die sich selbst zerlegt, wählt niemand.\n",
        (("Friedemann von Altenstein", "von Altenstein"), ("Wiebke Hansmann-Ilgen",), ("Ruprecht Olbers",)),
        (("Bürgerbund Nord", "BBN"),),
        ("Martina Zeltner", "Sonntag", "Mai", "Landesvorsitzende", "Schatzmeister", "Kommentar"),
        "von particle at sentence start, genitive without particle, party with acronym, commentary byline",
    ),
    ActorPage(
        "de_schule.txt", "de", "2026-01-14",
        "Bildung\n\n"
        "Gesamtschule bekommt eine Mensa\n\n"
        "Von unserer Redakteurin Sigrun Wehmeyer\n\n"
        "Nach drei Jahren Planung bekommt die Gesamtschule Lindenhof in Sundermühlen eine eigene Mensa. "
        "Schulleiterin Aylin Demirtaş sprach am Mittwoch von einem großen Tag. Bisher aßen die 900 Schüler "
        "in Containern.\n\n"
        "Der Elternbeirat hatte lange gedrängt. Dessen Vorsitzender, Prof. Dr. Rainer Thielmann-Oduya, "
        "sagte, die Eltern hätten fast 40.000 Euro gesammelt. Demirtaş dankte dafür ausdrücklich.\n\n"
        "Der Kreis Sundermühlen trägt den Großteil der Kosten. Landrätin Gesine Paulsen nannte die Mensa ein "
        "Vorbild für andere Schulen.\n\n"
        "Schüler der Klasse 7b beim Richtfest. Bild: Gesamtschule Lindenhof/privat\n",
        (("Aylin Demirtaş",), ("Rainer Thielmann-Oduya", "Prof. Dr. Rainer Thielmann-Oduya"), ("Gesine Paulsen",)),
        (("Gesamtschule Lindenhof",), ("Sundermühlen", "Kreis Sundermühlen")),
        ("Sigrun Wehmeyer", "Mittwoch", "Schulleiterin", "Landrätin", "Elternbeirat", "Bisher", "Dessen"),
        "Turkish name with ş, two titles and a hyphen, Landrätin, byline 'von unserer Redakteurin'",
    ),
    ActorPage(
        "de_klinik.txt", "de", "2026-02-27",
        "Gesundheit\n\n"
        "Neues Herzzentrum am Kreisklinikum\n\n"
        "Hagenstedt. Am Kreisklinikum Hagenstedt hat ein neues Herzkatheterlabor den Betrieb aufgenommen. "
        "Chefarzt Dr. Arjun Venkataraman und sein Team behandelten am ersten Tag sechs Patienten.\n\n"
        "Venkataramans Team war zuvor auf das Klinikum in der Nachbarstadt angewiesen. Für Patienten mit "
        "Herzinfarkt verkürze sich der Weg um bis zu 40 Minuten, sagte der Kardiologe. Landrat Bernd "
        "Hülsmeyer sprach von einer Investition in die Zukunft des Landkreises. Das Landratsamt Hagenstedt "
        "hatte acht Millionen Euro beigesteuert.\n\n"
        "Pflegedirektorin Ruth Abendroth-Kaya sucht noch zwölf Fachkräfte.\n\n"
        "Bild: Kreisklinikum Hagenstedt/Marco Uhlig\n"
        "Über den Autor: Jens Pahlke schreibt seit 2012 für unsere Zeitung über Gesundheit.\n",
        (("Arjun Venkataraman", "Dr. Arjun Venkataraman"), ("Bernd Hülsmeyer",), ("Ruth Abendroth-Kaya",)),
        (("Kreisklinikum Hagenstedt",), ("Landratsamt Hagenstedt",)),
        ("Marco Uhlig", "Jens Pahlke", "Chefarzt", "Landrat", "Pflegedirektorin", "Kardiologe"),
        "Indian name with genitive, Landrat with name over a line break, author box, credit with two names",
    ),
    ActorPage(
        "de_feuerwehr.txt", "de", "2026-01-08",
        "Blaulicht\n\n"
        "Scheunenbrand in Kleinmoorbach\n\n"
        "Von Hauke Rindfleisch\n\n"
        "Kleinmoorbach. Bei einem Großbrand in Kleinmoorbach ist in der Nacht zum Mittwoch eine Scheune "
        "völlig ausgebrannt. Die Freiwillige Feuerwehr Kleinmoorbach war mit 60 Kräften im Einsatz. "
        "Kommandant Uwe Pfisterer sagte, ein Übergreifen auf das Wohnhaus habe verhindert werden können.\n\n"
        "Kreisbrandmeister Hans-Dieter Rümmele lobte die Zusammenarbeit der Wehren. Verletzt wurde niemand. "
        "Die Besitzerin, Landwirtin Elfriede Gansauge, brachte ihre Kälber rechtzeitig in Sicherheit. "
        "Gansauge sagte, sie sei allen Helfern dankbar.\n\n"
        "Die Kriminalpolizei ermittelt zur Brandursache. Rümmele schätzt den Schaden auf 250.000 Euro.\n\n"
        "Leserkommentar von Horst aus Moorbach:\n"
        "Danke an unsere Feuerwehr!\n",
        (("Uwe Pfisterer",), ("Hans-Dieter Rümmele",), ("Elfriede Gansauge",)),
        (("Freiwillige Feuerwehr Kleinmoorbach", "Feuerwehr Kleinmoorbach"), ("Kleinmoorbach",)),
        ("Hauke Rindfleisch", "Horst", "Mittwoch", "Kommandant", "Kreisbrandmeister", "Landwirtin", "Verletzt",
         "Besitzerin"),
        "hyphenated first name, Freiwillige Feuerwehr, apposition role, reader comment",
    ),
    ActorPage(
        "de_theater.txt", "de", "2026-03-20",
        "Kultur\n\n"
        "Seebacher Festspiele mit neuer Intendanz\n\n"
        "Die Stiftung Kulturerbe Seebach hat die Regisseurin Mariam Al-Haddad zur künstlerischen Leiterin "
        "der Seebacher Festspiele berufen. Al-Haddad folgt auf Claas de la Motte, der nach zwölf Jahren "
        "aufhört.\n\n"
        "Al-Haddads Inszenierung von Kleists Zerbrochnem Krug war im vergangenen Sommer der Publikumserfolg "
        "des Festivals. De la Motte sagte, er übergebe an die Beste. Der Stiftungsratsvorsitzende Heribert "
        "Quandel-Maas lobte die Entscheidung.\n\n"
        "Al-Haddad wurde in Damaskus geboren und kam als Studentin nach Deutschland.\n\n"
        "Foto: Stiftung Kulturerbe Seebach / Ines Karrenberg\n\n"
        "Über die Autorin\n"
        "Henny Faltermeier schreibt seit 2010 über Theater und Musik.\n",
        (("Mariam Al-Haddad",), ("Claas de la Motte",), ("Heribert Quandel-Maas",)),
        (("Stiftung Kulturerbe Seebach",), ("Damaskus",)),
        ("Ines Karrenberg", "Henny Faltermeier", "Regisseurin", "Stiftungsratsvorsitzende", "Kleist"),
        "Arabic name with Al- and genitive, de la particle at sentence start, author box",
    ),
    ActorPage(
        "de_wasserverband.txt", "de", "2026-02-11",
        "Umwelt\n\n"
        "Streit um Grundwasser an der oberen Lahnau\n\n"
        "Der Wasserverband Obere Lahnau (WOL) will in Trockenjahren mehr Grundwasser fördern. Dagegen "
        "wehrt sich die Bürgerinitiative Rettet den Mühlteich. Deren Sprecherin Johanna Wittkugel sagte, "
        "die Feuchtwiesen bei Niederhelden würden austrocknen.\n\n"
        "WOL-Geschäftsführer J. P. Reinhold widersprach: Die Messwerte gäben das nicht her. Reinhold "
        "verwies auf ein Gutachten des Ingenieurbüros Scharnweber. Umweltministerin Dörte Kasischke will "
        "im Juni entscheiden. Kasischkes Haus prüfe beide Seiten, sagte ein Sprecher.\n\n"
        "Newsletter abonnieren\n"
        "Keine Nachricht aus Ihrer Region verpassen. Mit Ihrer Anmeldung stimmen Sie unserer "
        "Datenschutzerklärung zu.\n",
        (("Johanna Wittkugel",), ("J. P. Reinhold", "Reinhold"), ("Dörte Kasischke",)),
        (("Wasserverband Obere Lahnau", "WOL"), ("Niederhelden",)),
        ("Juni", "Sprecherin", "Umweltministerin", "Datenschutzerklärung", "Dagegen", "Deren", "Newsletter"),
        "German initials, Wasserverband acronym, genitive of a minister, newsletter box",
    ),
    ActorPage(
        "de_nordbahn.txt", "de", "2026-03-04",
        "Verkehr\n\n"
        "Nordbahn streicht Abendzüge nach Quellbrunn\n\n"
        "Von Till Oberdiek, Quellbrunn\n\n"
        "Die Nordbahn Verkehrsgesellschaft dünnt ab dem Fahrplanwechsel ihr Angebot aus. Nach 21 Uhr fahren "
        "zwischen Quellbrunn und Altenmarschen keine Züge mehr. Das bestätigte Sprecherin Ewa "
        "Szczepańska-Berg am Montag.\n\n"
        "Quellbrunns Bürgermeister Tobias Elsner-Wichmann reagierte empört. Die Stadt Quellbrunn werde "
        "notfalls einen Bus bezahlen. Szczepańska-Berg verwies auf fehlendes Personal: Es fehlten derzeit "
        "40 Lokführer.\n\n"
        "Auch der Fahrgastverband Pro Schiene Nord kritisierte die Pläne.\n\n"
        "(Foto: Till Oberdiek)\n"
        "Mehr zum Thema: Neue Buslinie nach Altenmarschen startet im Herbst\n",
        (("Ewa Szczepańska-Berg",), ("Tobias Elsner-Wichmann",)),
        (("Nordbahn Verkehrsgesellschaft", "Nordbahn"), ("Quellbrunn", "Stadt Quellbrunn"), ("Altenmarschen",),
         ("Pro Schiene Nord",)),
        ("Till Oberdiek", "Montag", "Sprecherin", "Bürgermeister", "Lokführer"),
        "Polish hyphenated name over a line break, town genitive before a role, byline with place",
    ),
    ActorPage(
        "de_interview.txt", "de", "2026-01-29",
        "Interview\n\n"
        "„Das Handwerk findet keine Lehrlinge mehr“\n\n"
        "Ludger Obermaier führt seit 2019 die Kreishandwerkerschaft Talheim. Im Gespräch mit Katrin Uhde "
        "spricht er über leere Werkbänke.\n\n"
        "Herr Obermaier, wie schlimm ist es?\n"
        "Sehr schlimm. In Talheim sind 140 Lehrstellen frei. Die Bäckerei Wendling sucht seit zwei Jahren.\n\n"
        "Was muss passieren?\n"
        "Die Schulen müssen das Handwerk zeigen. Die Handwerkskammer Südheide macht schon viel.\n\n"
        "Das Gespräch führte Katrin Uhde.\n\n"
        "Leserkommentare\n"
        "Anonym schrieb am 29.01.:\n"
        "Dann sollen sie besser zahlen.\n"
        "Bernhard K.:\n"
        "Mein Sohn hat nach drei Absagen aufgegeben.\n",
        (("Ludger Obermaier",),),
        (("Kreishandwerkerschaft Talheim",), ("Handwerkskammer Südheide",), ("Bäckerei Wendling",), ("Talheim",)),
        ("Katrin Uhde", "Anonym", "Bernhard K.", "Bernhard", "Herr", "Sehr", "Leserkommentare"),
        "interview with 'Herr X', interviewer credit, commenters with initial",
    ),
    ActorPage(
        "de_institut.txt", "de", "2026-02-16",
        "Wissenschaft\n\n"
        "Regenwürmer als Klimahelfer\n\n"
        "Forschende des Instituts für Bodenkunde Falkenrode (IBF) haben gezeigt, dass Regenwürmer mehr "
        "Kohlenstoff im Boden binden als gedacht. Die Studie leitete Prof. Ingrid Søgaard, die 2021 aus "
        "Kopenhagen an das Institut kam.\n\n"
        "Søgaards Team vergrub über drei Jahre Messsonden auf 40 Äckern. Doktorand Tomasz Zieliński "
        "wertete die Daten aus. Zieliński sagte, das Ergebnis habe alle überrascht. Die Universität "
        "Falkenrode will das Projekt verlängern. Auch das IBF sucht Geld für eine zweite Phase.\n\n"
        "Bodenproben im Labor. Foto: IBF/Jonas Kettler\n",
        (("Ingrid Søgaard",), ("Tomasz Zieliński",)),
        (("Institut für Bodenkunde Falkenrode", "IBF"), ("Universität Falkenrode",)),
        ("Jonas Kettler", "Forschende", "Doktorand", "Regenwürmer", "Bodenproben"),
        "Danish ø with genitive, Polish name, institute acronym in genitive form, Universität X",
    ),
    ActorPage(
        "de_hof.txt", "de", "2026-03-09",
        "Landwirtschaft\n\n"
        "Milchbauer gibt auf\n\n"
        "Groß Wiesental. Nach 140 Jahren endet auf dem Hof der Familie Tjarks die Milchwirtschaft. "
        "Hinnerk Tjarks verkauft seine 80 Kühe an einen Betrieb in Dänemark. Tjarks' Hof liegt am Rand von "
        "Groß Wiesental.\n\n"
        "Der Milchpreis decke die Kosten nicht mehr, sagte der 58-Jährige. Der Kreisbauernverband Ahlbeck "
        "zählt in diesem Jahr schon elf Aufgaben. Verbandschefin Margarete Oltmanns-Lüders forderte "
        "verlässliche Preise. Ihre Forderung richtet sich an die Molkerei Nordgrün, die größte der Region.\n\n"
        "Tjarks will Ferienwohnungen bauen. Seine Tochter Femke studiert Agrarwirtschaft.\n\n"
        "© Foto: Sven Rademacher\n",
        (("Hinnerk Tjarks",), ("Margarete Oltmanns-Lüders",)),
        (("Kreisbauernverband Ahlbeck",), ("Molkerei Nordgrün",), ("Groß Wiesental",)),
        ("Sven Rademacher", "Verbandschefin", "Milchpreis", "Ihre", "Seine"),
        "genitive with apostrophe after s, place of two words, © credit",
    ),
    ActorPage(
        "de_handball.txt", "de", "2026-03-23",
        "Handball | 3. Liga\n\n"
        "Rotenfels gewinnt in Dornbach\n\n"
        "Der TSV Rotenfels 1862 hat bei der HSG Dornbach-Ulmen mit 31:27 gewonnen. Überragend war "
        "Rückraumspieler Oskar Lindqvist mit neun Toren. Trainerin Jelena Marković lobte vor allem die "
        "Abwehr um Bartosz Nowicki.\n\n"
        "Im März hatte Rotenfels noch drei Spiele in Folge verloren. Marković sagte, die Mannschaft habe "
        "seitdem hart gearbeitet. Dornbachs Coach Eike Sanderbrink haderte mit den Schiedsrichtern.\n\n"
        "Ende Mai spielen beide Teams im Pokal erneut gegeneinander.\n\n"
        "Foto: Sportfoto Weiland\n",
        (("Oskar Lindqvist",), ("Jelena Marković",), ("Bartosz Nowicki",), ("Eike Sanderbrink",)),
        (("TSV Rotenfels 1862", "TSV Rotenfels", "Rotenfels"), ("HSG Dornbach-Ulmen",)),
        ("Sportfoto Weiland", "Weiland", "März", "Mai", "Trainerin", "Rückraumspieler", "Überragend", "Ende"),
        "TSV/HSG clubs, Swedish, Serbian and Polish names, month names, photo agency credit",
    ),
    ActorPage(
        "de_ortsbeirat.txt", "de", "2026-02-24",
        "Unterhausen\n\n"
        "Ortsbeirat will Tempo 30 vor der Kita\n\n"
        "Von Bettina Scharnhorst\n\n"
        "Der Ortsbeirat Unterhausen fordert Tempo 30 auf der Hauptstraße. Ortsvorsteher Gerd Möhlmann "
        "sagte, vor der Kita Sonnenblume komme es fast täglich zu gefährlichen Situationen. Möhlmanns "
        "Antrag wurde einstimmig angenommen.\n\n"
        "Zuständig ist das Straßenverkehrsamt Talheim-Loßburg. Dessen Leiterin Sunita Raghavan-Klee "
        "kündigte eine Verkehrszählung an. Raghavan-Klee sagte, Tempo 30 sei auf Landesstraßen nur "
        "ausnahmsweise erlaubt.\n\n"
        "Weitere Artikel\n"
        "Landrat Meyer-Holt warnt vor Glätte\n"
        "Kita Sonnenblume feiert Jubiläum\n",
        (("Gerd Möhlmann",), ("Sunita Raghavan-Klee",)),
        (("Ortsbeirat Unterhausen",), ("Straßenverkehrsamt Talheim-Loßburg",), ("Kita Sonnenblume",)),
        ("Bettina Scharnhorst", "Meyer-Holt", "Ortsvorsteher", "Zuständig", "Dessen", "Leiterin"),
        "Ortsvorsteher genitive, Indian-German hyphenated name, Amt with hyphenated place, related box",
    ),
    ActorPage(
        "de_glaette.txt", "de", "2026-01-19",
        "Glätte-Unfall auf der B 214\n\n"
        "Vellhausen. Auf der Bundesstraße 214 bei Vellhausen ist am Sonntagmorgen ein Lieferwagen von der "
        "Fahrbahn abgekommen. Der Fahrer, Sören Abeling aus Hemmdorf, wurde leicht verletzt.\n\n"
        "Die Polizeidirektion Vellhausen warnte vor überfrierender Nässe. Einsatzleiter Piotr Kamiński sagte, "
        "der Streudienst der Straßenmeisterei Vellhausen sei bereits unterwegs gewesen. Abeling habe Glück "
        "gehabt.\n\n"
        "Pfarrerin Judith Ohlendorf, die zufällig vorbeikam, leistete Erste Hilfe.\n\n"
        "Mehr zum Thema\n"
        "Winterdienst: Landrat Meyer-Holt verteidigt Sparkurs\n"
        "Unfallserie auf der B 214: Anwohner fordern Blitzer\n",
        (("Sören Abeling",), ("Piotr Kamiński",), ("Judith Ohlendorf",)),
        (("Polizeidirektion Vellhausen",), ("Straßenmeisterei Vellhausen",), ("Vellhausen",)),
        ("Meyer-Holt", "Einsatzleiter", "Pfarrerin", "Sonntagmorgen", "Anwohner", "Winterdienst"),
        "names in a 'Mehr zum Thema' box, apposition 'Der Fahrer, X aus Y', Polish name",
    ),
    ActorPage(
        "de_kirche.txt", "de", "2026-03-27",
        "Kirche\n\n"
        "Gemeinde nimmt Pater aus Nigeria auf\n\n"
        "Die Katholische Pfarrei St. Marien Vellhausen hat einen neuen Seelsorger: Pater Joseph Okafor aus "
        "Enugu. Okafor wird am Sonntag im Hochamt eingeführt. Pfarrer Bernhard Diekmann-Scholle sagte, "
        "ohne Priester aus dem Ausland könnten viele Messen nicht mehr stattfinden.\n\n"
        "Okafors Deutsch ist nach einem Jahr Sprachkurs schon gut. Das Bistum Kronfeld zahlt seine Stelle. "
        "Gemeindereferentin Hatice Yılmaz-Brandt organisiert einen Begrüßungsabend im Pfarrheim.\n\n"
        "Der Begrüßungsabend beginnt um 19 Uhr.\n\n"
        "Text: Clara Wintersohl\n",
        (("Joseph Okafor",), ("Bernhard Diekmann-Scholle",), ("Hatice Yılmaz-Brandt",)),
        (("Pfarrei St. Marien Vellhausen", "Katholische Pfarrei St. Marien Vellhausen", "St. Marien Vellhausen"),
         ("Bistum Kronfeld",), ("Enugu",)),
        ("Clara Wintersohl", "Pater", "Pfarrer", "Gemeindereferentin", "Sonntag", "Hochamt"),
        "Nigerian name with genitive, Pater/Pfarrer titles, Bistum, 'Text:' credit",
    ),
    ActorPage(
        "de_landgericht.txt", "de", "2026-02-02",
        "Justiz\n\n"
        "Zeugin belastet Angeklagten im Brandstifter-Prozess\n\n"
        "Von Moritz Albers\n\n"
        "Im Prozess um eine Serie von Bränden in Hesselburg hat am Landgericht Hesselburg eine Nachbarin "
        "ausgesagt. Lucía de la Fuente gab an, den Angeklagten in der Tatnacht vor der Garage gesehen zu "
        "haben. Die Vorsitzende Richterin Annegret Lindemann-Fuchs ließ sich die Stelle auf einem Plan "
        "zeigen.\n\n"
        "Verteidiger Konstantin Ebbinghaus stellte die Aussage infrage: Es sei zu dunkel gewesen. De la "
        "Fuente blieb dabei. Oberstaatsanwältin Yasemin Korkmaz nannte die Zeugin glaubwürdig.\n\n"
        "Das Urteil soll im April fallen.\n\n"
        "Moritz Albers berichtet für uns vom Landgericht.\n",
        (("Lucía de la Fuente", "Lucia de la Fuente"), ("Annegret Lindemann-Fuchs",), ("Konstantin Ebbinghaus",),
         ("Yasemin Korkmaz",)),
        (("Landgericht Hesselburg",), ("Hesselburg",)),
        ("Moritz Albers", "Richterin", "Verteidiger", "Oberstaatsanwältin", "April", "Nachbarin"),
        "de la particle at sentence start, Spanish accent, Vorsitzende Richterin, author line at the end",
    ),
    # ------------------------------------------------------------------ English
    ActorPage(
        "en_sheriff.txt", "en", "2026-03-10",
        "Local News\n\n"
        "Deputies seize stolen tractors at rural auction\n\n"
        "By Megan Strickland, Staff Writer\n\n"
        "The Harlan Ridge County Sheriff's Office recovered eleven stolen tractors at a livestock auction "
        "near Copper Bend on Tuesday. Sheriff Dwayne T. Colbert said the machines had been taken from farms "
        "in three counties over the winter.\n\n"
        "Colbert's deputies arrested two men at the scene. A third suspect, Brody Halvard, 34, of Copper "
        "Bend, turned himself in later that evening. Officials said the tractors were worth more than "
        "$900,000.\n\n"
        "Farmer Loretta Winnicott, who lost two machines in January, said she cried when she got the call.\n\n"
        "Photo: Courtesy of Harlan Ridge County Sheriff's Office\n\n"
        "Comments\n"
        "TractorTom88 wrote:\n"
        "Great work by the deputies.\n",
        (("Dwayne T. Colbert", "Dwayne Colbert"), ("Brody Halvard",), ("Loretta Winnicott",)),
        (("Harlan Ridge County Sheriff's Office",), ("Copper Bend",)),
        ("Megan Strickland", "Staff Writer", "TractorTom88", "Tuesday", "January", "Officials", "Sheriff",
         "Comments"),
        "County Sheriff's Office, middle initial, possessive, age apposition, staff-writer byline, commenter",
    ),
    ActorPage(
        "en_flood_agency.txt", "en", "2026-02-12",
        "Coastal towns brace for spring tides\n\n"
        "By Harriet Lowe and Samuel Ekwueme\n\n"
        "The Coastal Flood Response Agency (CFRA) has asked six towns along the Marrow Estuary to put up "
        "temporary barriers before next week's spring tides. CFRA director Priya Raghunathan said the "
        "agency expected water levels close to the record of 2014.\n\n"
        "Raghunathan's plan would close the harbour road at Saltcombe for up to four days. Governor Elaine "
        "Whitcombe said the state would pay for the barriers. Local businesses were less pleased: Tobias "
        "Grenfell, who runs a boatyard in Saltcombe, said he could not afford to shut for a week.\n\n"
        "The CFRA will publish hourly forecasts from Monday.\n\n"
        "Picture: Tom Ashby / Getty Images\n",
        (("Priya Raghunathan",), ("Elaine Whitcombe",), ("Tobias Grenfell",)),
        (("Coastal Flood Response Agency", "CFRA"), ("Saltcombe",)),
        ("Harriet Lowe", "Samuel Ekwueme", "Tom Ashby", "Getty", "Monday", "Governor", "Local"),
        "acronym in brackets, Indian name with possessive, two-name byline, Getty credit",
    ),
    ActorPage(
        "en_council.txt", "en", "2026-01-21",
        "Council approves bin collection shake-up\n\n"
        "Brackenford Borough Council has voted to move to fortnightly bin collections from April. Mayor "
        "Olusegun Adeyemi said the change would save £1.2 million a year.\n\n"
        "Adeyemi's budget passed by 31 votes to 19. Councillor Siobhán O'Rourke, who leads the opposition, "
        "warned of rats and overflowing bins. O'Rourke said residents had not been asked. The council's "
        "waste contractor, Greyfield Environmental Ltd, will need new lorries.\n\n"
        "Residents can comment until Friday.\n\n"
        "About the author\n"
        "Daniel Fairclough is our local democracy reporter.\n\n"
        "We use cookies to give you the best experience. Accept all cookies | Manage settings\n",
        (("Olusegun Adeyemi",), ("Siobhán O'Rourke", "Siobhan O'Rourke")),
        (("Brackenford Borough Council",), ("Greyfield Environmental Ltd", "Greyfield Environmental")),
        ("Daniel Fairclough", "April", "Friday", "Mayor", "Councillor", "Residents", "Accept"),
        "Nigerian name with possessive, Irish O' name, Borough Council, Ltd, author box, cookie box",
    ),
    ActorPage(
        "en_football.txt", "en", "2026-03-01",
        "Kettleby Rovers 2-1 Ashworth Town\n\n"
        "By Chris Dunmore at Millfield Park\n\n"
        "Kettleby Rovers FC came from behind to beat Ashworth Town and climb to third. Ashworth led through a "
        "curling free kick from Jamal Okonjo, but Mateusz Grabowski equalised with a header before the break.\n\n"
        "Grabowski's second, a tap-in after 81 minutes, sent the home fans wild. Rovers manager Declan "
        "McFadden said his side had shown real character. Ashworth boss Stellan Rydqvist admitted his "
        "defence switched off.\n\n"
        "Rovers visit Penhallow United on Saturday.\n\n"
        "Comments (3)\n"
        "RoversTillIDie wrote:\n"
        "Grabowski for captain!\n"
        "Posted by GaryB at 9:14pm\n"
        "Ref was a joke.\n",
        (("Mateusz Grabowski",), ("Jamal Okonjo",), ("Declan McFadden",), ("Stellan Rydqvist",)),
        (("Kettleby Rovers FC", "Kettleby Rovers"), ("Ashworth Town",), ("Penhallow United",)),
        ("Chris Dunmore", "RoversTillIDie", "GaryB", "Saturday", "Ref", "Comments"),
        "football clubs, Polish name with possessive, Mc name, byline 'at Ground', commenters",
    ),
    ActorPage(
        "en_shipping.txt", "en", "2026-02-03",
        "Business\n\n"
        "Norwegian shipper buys Tranmere logistics firm\n\n"
        "Halvorsen Maritime ASA has agreed to buy Tranmere Logistics Ltd for £85 million. Chief executive "
        "Ingrid Halvorsen-Dahl said the deal gave the Norwegian group its first foothold in British ports.\n\n"
        "Analyst J. R. Pemberton of Castlegate Securities called the price generous. Pemberton said "
        "Tranmere had lost two big contracts last year. Tranmere founder Gwilym Prydderch will stay on as "
        "an adviser. Prydderch's family owns 40 percent of the shares.\n\n"
        "The deal needs approval from the Competition and Markets Authority.\n\n"
        "Reporting by Aisha Mbeki; Editing by Paul Crandon\n",
        (("Ingrid Halvorsen-Dahl",), ("J. R. Pemberton", "Pemberton"), ("Gwilym Prydderch",)),
        (("Halvorsen Maritime ASA", "Halvorsen Maritime"), ("Tranmere Logistics Ltd", "Tranmere Logistics"),
         ("Castlegate Securities",)),
        ("Aisha Mbeki", "Paul Crandon", "Analyst", "Business"),
        "initials, ASA/Ltd companies, Welsh name with possessive, Reporting/Editing by line",
    ),
    ActorPage(
        "en_court.txt", "en", "2026-03-18",
        "Contractor jailed over collapsed footbridge\n\n"
        "By Leah Vanterpool | Courts Reporter\n\n"
        "A building contractor was sentenced to three years in prison on Wednesday for the collapse of a "
        "footbridge in Pine Hollow that injured nine people. Judge Rosalind Achterberg of the Pine Hollow "
        "District Court said Tariq bin Saleh had ignored repeated warnings from his own engineer.\n\n"
        "Bin Saleh's lawyer, Marcus Delacroix-Whitfield, said his client would appeal. The engineer, Hana "
        "Nakashima, testified last month that she had flagged cracks in the supports. Achterberg called the "
        "case a betrayal of public trust.\n\n"
        "More on this story\n"
        "Footbridge victims sue city\n"
        "Mayor Quentin Oakes orders review of bridges\n",
        (("Rosalind Achterberg",), ("Tariq bin Saleh",), ("Marcus Delacroix-Whitfield",), ("Hana Nakashima",)),
        (("Pine Hollow District Court",), ("Pine Hollow",)),
        ("Leah Vanterpool", "Courts Reporter", "Quentin Oakes", "Wednesday", "Judge"),
        "bin particle at sentence start with possessive, hyphenated surname, Japanese name, related box",
    ),
    ActorPage(
        "en_tides.txt", "en", "2026-02-20",
        "Science\n\n"
        "Seagrass meadows store more carbon than forests, study finds\n\n"
        "Researchers at the Institute for Tidal Research (ITR) in Northmere say seagrass meadows lock away "
        "carbon up to thirty times faster than woodland. The study was led by Dr. Nguyen Thi Hoa, a marine "
        "ecologist who joined the ITR from Hanoi in 2020.\n\n"
        "Nguyen said the findings should change how coastal land is protected. Prof. Sir Alastair Quennell "
        "of the University of Northmere, who was not involved, called the work careful and important. "
        "Quennell warned that dredging had already destroyed half the meadows in the estuary.\n\n"
        "About the author: Rachel Okoye is our science correspondent.\n",
        (("Nguyen Thi Hoa", "Dr. Nguyen Thi Hoa"), ("Alastair Quennell", "Sir Alastair Quennell")),
        (("Institute for Tidal Research", "ITR"), ("University of Northmere",), ("Hanoi",)),
        ("Rachel Okoye", "Researchers", "Science"),
        "Vietnamese name with Dr., Prof. Sir, University of X, acronym, author line",
    ),
    ActorPage(
        "en_hospital.txt", "en", "2026-01-27",
        "Health\n\n"
        "Stroke unit cuts waiting times by half\n\n"
        "The stroke unit at Wexmoor General Hospital has halved the time patients wait for a scan. Dr. Anil "
        "Chaturvedi, who leads the unit, said nurses now send patients straight from the ambulance to the "
        "scanner.\n\n"
        "Chaturvedi's team treated 412 patients last year. The Wexmoor Health Trust plans to copy the "
        "system in its two other hospitals. Trust chair Margaret Ellingham-Shaw praised the staff. Patient "
        "Ernest Dobbin, 77, said he was home within a week.\n\n"
        "Stay informed: Sign up for our morning newsletter\n"
        "By signing up you agree to our privacy policy.\n",
        (("Anil Chaturvedi", "Dr. Anil Chaturvedi"), ("Margaret Ellingham-Shaw",), ("Ernest Dobbin",)),
        (("Wexmoor General Hospital",), ("Wexmoor Health Trust",)),
        ("Patient", "Stay", "Sign", "Health", "Trust chair"),
        "Indian name over a line break with possessive, Hospital/Trust heads, newsletter box",
    ),
    ActorPage(
        "en_election.txt", "en", "2026-03-05",
        "Politics\n\n"
        "Farmers' party picks first Turkish-born candidate\n\n"
        "By Owen Tregarthen, Political Editor\n\n"
        "The Progressive Rural Alliance (PRA) has chosen Kemal Öztürk, a dairy farmer from Elmstead, as its "
        "candidate for the Wyvern Valley seat. Öztürk's campaign will focus on milk prices and rural buses.\n\n"
        "Senator Beatrix van der Meulen, who founded the PRA, introduced him at a rally on Saturday. Van der "
        "Meulen said the party wanted candidates who work the land. The PRA won 11 percent in the last "
        "state election.\n\n"
        "Öztürk came to the country at the age of six.\n\n"
        "Owen Tregarthen is political editor of the Wyvern Gazette.\n",
        (("Kemal Öztürk",), ("Beatrix van der Meulen", "van der Meulen")),
        (("Progressive Rural Alliance", "PRA"), ("Elmstead",)),
        ("Owen Tregarthen", "Political Editor", "Saturday", "Senator", "Wyvern Gazette"),
        "Turkish name with possessive, van der particle at sentence start, party acronym",
    ),
    ActorPage(
        "en_wildfire.txt", "en", "2026-03-25",
        "Grass fire forces evacuation of trailer park\n\n"
        "By KTVW Staff\n\n"
        "A grass fire pushed by strong winds forced about 200 people from the Sagebrush Trailer Park on "
        "Thursday. The Dry Creek Fire Protection District said crews stopped the fire about 50 yards from "
        "the first homes.\n\n"
        "Battalion Chief Lorena Villaseñor said the fire started along the railroad tracks. Firefighters "
        "from three departments helped. The Millbrook County Office of Emergency Services opened a shelter "
        "at Juniper Middle School. Resident Earl Pettibone said he left with only his dog.\n\n"
        "Authorities have not said what caused the fire.\n\n"
        "Copyright 2026 KTVW. All rights reserved.\n",
        (("Lorena Villaseñor",), ("Earl Pettibone",)),
        (("Dry Creek Fire Protection District",), ("Millbrook County Office of Emergency Services",),
         ("Juniper Middle School",), ("Sagebrush Trailer Park",)),
        ("KTVW Staff", "Thursday", "Battalion Chief", "Firefighters", "Authorities", "Resident", "Copyright"),
        "Spanish ñ with a rank title, District/Office heads, station byline, sentence-initial plurals",
    ),
    ActorPage(
        "en_school_board.txt", "en", "2026-02-09",
        "School board delays four-day week\n\n"
        "By Natalie Quist\n\n"
        "The Fairhaven Unified School District board voted 4-3 on Monday to delay a four-day school week "
        "until 2027. Board President Hamid Rezaei had asked for more time to survey parents. Rezaei's "
        "motion passed after three hours of public comment.\n\n"
        "Superintendent Dr. Keisha Montgomery-Lyle said the district could save $2 million a year on buses. "
        "Teachers union leader Aurelio Banuelos welcomed the delay. Montgomery-Lyle will present a survey in "
        "June.\n\n"
        "Newsletter: Get the Fairhaven Daily in your inbox every morning. Subscribe\n",
        (("Hamid Rezaei",), ("Keisha Montgomery-Lyle", "Dr. Keisha Montgomery-Lyle"), ("Aurelio Banuelos",)),
        (("Fairhaven Unified School District",),),
        ("Natalie Quist", "Monday", "June", "Superintendent", "Board President", "Teachers", "Subscribe"),
        "Iranian name with possessive, Superintendent Dr. with hyphen, School District, newsletter",
    ),
    ActorPage(
        "en_police_uk.txt", "en", "2026-01-16",
        "Man charged after cash machine raid\n\n"
        "A man has been charged after a cash machine was ripped from the wall of a shop in Holloway Lane, "
        "Westmarch. Aleksander Wiśniewski, 42, of no fixed address, will appear before Westmarch "
        "Magistrates' Court on Monday.\n\n"
        "Detective Inspector Gareth Pryce of Westmarch Police said officers had found the machine in a "
        "field. Wiśniewski was arrested at a petrol station on the A38. Shop owner Rajinder Kaur Sandhu "
        "said the damage would take weeks to repair.\n\n"
        "The shop front after the raid. Picture: SWNS\n\n"
        "Have your say\n"
        "Mike from Westmarch: Good riddance.\n",
        (("Aleksander Wiśniewski",), ("Gareth Pryce",), ("Rajinder Kaur Sandhu", "Rajinder Sandhu")),
        (("Westmarch Magistrates' Court", "Westmarch Magistrates Court"), ("Westmarch Police",), ("Westmarch",)),
        ("SWNS", "Mike", "Monday", "Detective Inspector", "Have your say"),
        "Polish name with age, Magistrates' Court, Punjabi name of three words, SWNS credit, commenter",
    ),
    ActorPage(
        "en_startup.txt", "en", "2026-03-13",
        "Tech\n\n"
        "Ink startup raises $14 million\n\n"
        "Quillfeather Labs, a start-up that makes recyclable printer ink, has raised $14 million from "
        "Brightwater Ventures. Co-founders Ravi Subramaniam and Chloé Marchetti started the company in a "
        "garage in Eastbridge four years ago.\n\n"
        "Marchetti's first prototype used soy oil. Subramaniam said the money would pay for a factory "
        "in Eastbridge and 60 jobs. Brightwater partner Tomás Iglesias Ruiz will join the board.\n\n"
        "Related coverage\n"
        "Eastbridge mayor Paulina Drost wants more factories\n\n"
        "Photo by Jenna Kowalke for the Eastbridge Courier\n",
        (("Ravi Subramaniam",), ("Chloé Marchetti", "Chloe Marchetti"), ("Tomás Iglesias Ruiz", "Tomas Iglesias Ruiz")),
        (("Quillfeather Labs",), ("Brightwater Ventures",), ("Eastbridge",)),
        ("Jenna Kowalke", "Paulina Drost", "Eastbridge Courier", "Co-founders", "Tech"),
        "pair of co-founders, French accent with possessive, Spanish double surname, related box, photo by",
    ),
    ActorPage(
        "en_transit.txt", "en", "2026-02-25",
        "Transit strike looms after talks collapse\n\n"
        "Talks between the Northern Lines Transit Authority (NLTA) and its drivers broke down on Tuesday, "
        "raising the prospect of a strike next month. NLTA spokesperson Faisal Haddad said the authority "
        "had offered a 4 percent raise.\n\n"
        "Transit Workers Union Local 412 president Deborah Oyelaran-Watts called the offer an insult. "
        "Oyelaran-Watts said drivers had not had a real raise in six years. Haddad's statement did not "
        "mention overtime, which is the main dispute.\n\n"
        "What readers say\n"
        "Commuter_Jane: I'll be working from home then.\n"
        "Stanley W.: Pay them properly.\n",
        (("Faisal Haddad",), ("Deborah Oyelaran-Watts",)),
        (("Northern Lines Transit Authority", "NLTA"), ("Transit Workers Union Local 412", "Transit Workers Union")),
        ("Commuter_Jane", "Stanley W.", "Stanley", "Tuesday", "spokesperson"),
        "Arabic name with possessive, union local, hyphenated Yoruba name, commenters with colon",
    ),
    ActorPage(
        "en_church.txt", "en", "2026-03-29",
        "Village church saved by bake sales\n\n"
        "St. Aidan's Church in Oakhurst will stay open after villagers raised £180,000 for a new roof. The "
        "Rev. Matthias Oberholzer, who came to Oakhurst from Switzerland in 2015, said he had never seen "
        "anything like it.\n\n"
        "Oberholzer thanked the Oakhurst Village Association, which held 40 bake sales in two years. Its "
        "chairwoman, Dorothy Fenwick-Hale, said the youngest baker was seven. The Diocese of Wexbury added "
        "£20,000.\n\n"
        "Words and pictures: Graham Tull\n",
        (("Matthias Oberholzer",), ("Dorothy Fenwick-Hale",)),
        (("St. Aidan's Church", "St Aidan's Church"), ("Oakhurst Village Association",), ("Diocese of Wexbury",),
         ("Oakhurst",)),
        ("Graham Tull", "Rev.", "Its"),
        "Rev. title, German name in English, Diocese of X, 'Words and pictures:' credit",
    ),
    ActorPage(
        "en_grain.txt", "en", "2026-01-12",
        "Grain co-op opens new silo\n\n"
        "By Marcy Lindqvist-Ober\n\n"
        "The Prairie Grain Cooperative opened a 40,000-tonne silo near Halsey Junction on Friday. The silo "
        "was built with a loan from the Farm Credit Bank of Dakota Plains. Co-op president Jan-Willem de "
        "Boer, who farms 2,000 acres of wheat, said members would no longer have to truck grain 90 miles.\n\n"
        "De Boer said the silo would pay for itself within eight years. State agriculture secretary Hollis "
        "Granger cut the ribbon. Granger's department had paid for the access road.\n\n"
        "Marcy Lindqvist-Ober covers agriculture for the Plains Register.\n",
        (("Jan-Willem de Boer", "de Boer"), ("Hollis Granger",)),
        (("Prairie Grain Cooperative",), ("Farm Credit Bank of Dakota Plains",), ("Halsey Junction",)),
        ("Marcy Lindqvist-Ober", "Plains Register", "Friday", "Co-op president"),
        "Dutch hyphenated first name with de particle split over a line, possessive, bank of X",
    ),
    ActorPage(
        "en_india.txt", "en", "2026-02-17",
        "Raghavpur to ban plastic bags from June\n\n"
        "RAGHAVPUR: The Raghavpur Municipal Corporation (RMC) will ban single-use plastic bags from June 1. "
        "Municipal commissioner Lakshmi Narayanan Iyer announced the decision on Monday after a meeting "
        "with traders.\n\n"
        "Iyer's order allows shops a month to use up their stock. The Raghavpur Traders Association, led "
        "by Suresh Bhandari, asked for six months. Bhandari said cloth bags cost five times as much. The RMC "
        "will fine repeat offenders 5,000 rupees.\n\n"
        "Environmental activist Meenakshi Sundaram welcomed the ban.\n\n"
        "(With inputs from agencies)\n",
        (("Lakshmi Narayanan Iyer",), ("Suresh Bhandari",), ("Meenakshi Sundaram",)),
        (("Raghavpur Municipal Corporation", "RMC"), ("Raghavpur Traders Association",), ("Raghavpur",)),
        ("June", "Monday", "Municipal commissioner", "Environmental"),
        "Tamil three-word name, Indian dateline in capitals, Municipal Corporation acronym",
    ),
    ActorPage(
        "en_water.txt", "en", "2026-03-07",
        "Desalination plant to double capacity\n\n"
        "By Omar Farouk Staff Reporter\n\n"
        "The Ministry of Water and Irrigation will double the capacity of the Al-Qasr desalination plant by "
        "2028. Minister Sheikh Khalid bin Rashid Al-Mansouri said the country's demand for water was "
        "growing by four percent a year.\n\n"
        "Dr. Layla Haddadin, who heads the plant, said the expansion would use solar power. Haddadin's "
        "engineers tested the panels for two years. The contract went to Gulfstream Water Technologies, a "
        "firm based in Dubai.\n\n"
        "Sheikh Khalid also announced a campaign to fix leaking pipes.\n",
        (("Khalid bin Rashid Al-Mansouri", "Sheikh Khalid bin Rashid Al-Mansouri", "Sheikh Khalid"),
         ("Layla Haddadin", "Dr. Layla Haddadin")),
        (("Ministry of Water and Irrigation",), ("Gulfstream Water Technologies",), ("Dubai",)),
        ("Omar Farouk", "Staff Reporter", "Minister"),
        "Arabic name with Sheikh, bin and Al-, Ministry of X, byline without comma",
    ),
    ActorPage(
        "en_press_release.txt", "en", "2026-02-06",
        "FOR IMMEDIATE RELEASE\n\n"
        "Verdant Grid Solutions to build battery park in Kilbride\n\n"
        "KILBRIDE, Feb. 6, 2026 – Verdant Grid Solutions Inc. today announced plans for a 200-megawatt "
        "battery storage park outside Kilbride. Chief executive Marisol Echeverría said construction would "
        "start in the autumn.\n\n"
        "\"Kilbride has the grid connection and the people we need,\" Echeverría said. The project is backed "
        "by the Kilbride Economic Development Board, whose chairman Fintan Mulcahy called it the largest "
        "investment in the town's history.\n\n"
        "Media contact:\n"
        "Jordan Blake\n"
        "press@verdantgrid.example\n",
        (("Marisol Echeverría", "Marisol Echeverria"), ("Fintan Mulcahy",)),
        (("Verdant Grid Solutions Inc.", "Verdant Grid Solutions"), ("Kilbride Economic Development Board",),
         ("Kilbride",)),
        ("Jordan Blake", "Jordan", "FOR IMMEDIATE RELEASE", "Media contact", "Feb"),
        "press release with a media contact, Spanish accent in a quote attribution",
    ),
    ActorPage(
        "en_live.txt", "en", "2026-01-30",
        "LIVE: Warehouse fire in Dunmore Quay\n\n"
        "10:42 Posted by Hannah Cole\n"
        "Fire Marshal Trevor Okafor says the blaze at the Ridgeway Foods warehouse is now contained. Two "
        "firefighters were treated for smoke inhalation.\n\n"
        "10:15 Posted by Hannah Cole\n"
        "The Dunmore Quay Harbour Authority has closed berths 4 to 7. Harbour master Ines Castellanos-Byrne "
        "said ships were being sent to the north quay.\n\n"
        "09:50 Posted by Liam Ostrowski\n"
        "Okafor's crews have been at the scene since 6am. Ridgeway Foods said all 85 night-shift workers "
        "got out safely.\n",
        (("Trevor Okafor",), ("Ines Castellanos-Byrne",)),
        (("Ridgeway Foods",), ("Dunmore Quay Harbour Authority",), ("Dunmore Quay",)),
        ("Hannah Cole", "Liam Ostrowski", "Fire Marshal", "Harbour master", "LIVE"),
        "live blog with 'Posted by' lines, rank title, hyphenated surname",
    ),
)


#: A second paragraph for the pages the first draft left under 100 words, written after the
#: fixes of the first rounds and before the system saw them: (the sentence it follows, the
#: paragraph, its persons, organisations/places, never-names), added to the page's gold.
_MORE: dict[str, tuple[str, str, tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...], tuple[str, ...]]] = {
 "de_partei.txt": ("Kommissarisch führt Schatzmeister Ruprecht Olbers die Geschäfte.",
   "Der Kreisverband Nordmarsch des BBN stellte sich hinter Hansmann-Ilgen. Kreischef Ewald Timmermann-Rohde sagte, die Basis wolle einen Neuanfang.",
   (("Ewald Timmermann-Rohde",),), (("Kreisverband Nordmarsch",),), ("Kreischef", "Basis")),
 "de_schule.txt": ("Landrätin Gesine Paulsen nannte die Mensa ein Vorbild für andere Schulen.",
   "Betreiben wird die Mensa der Caterer Frischküche Sundermühlen GmbH. Küchenchefin Dragica Horvat will jeden Tag ein vegetarisches Gericht anbieten.",
   (("Dragica Horvat",),), (("Frischküche Sundermühlen GmbH", "Frischküche Sundermühlen"),), ("Küchenchefin", "Caterer")),
 "de_feuerwehr.txt": ("Rümmele schätzt den Schaden auf 250.000 Euro.",
   "Auch die Nachbarwehr aus Großmoorbach half beim Löschen. Deren Wehrführer Lennart Siebels sagte, die Zusammenarbeit klappe seit Jahren gut.",
   (("Lennart Siebels",),), (("Großmoorbach",),), ("Nachbarwehr",)),
 "de_theater.txt": ("Der Stiftungsratsvorsitzende Heribert Quandel-Maas lobte die Entscheidung.",
   "Auch der Förderverein Seebacher Festspiele begrüßte die Wahl. Dessen Sprecherin Annika Vesterlund sagte, Al-Haddad bringe frischen Wind.",
   (("Annika Vesterlund",),), (("Förderverein Seebacher Festspiele",),), ("Sprecherin", "Dessen")),
 "de_wasserverband.txt": ("Kasischkes Haus prüfe beide Seiten, sagte ein Sprecher.",
   "Der Landesverband der Fischereivereine warnte zusätzlich vor wärmerem Wasser in den Teichen. Vorsitzender Gregor Wiesinger-Pohl forderte ein Messprogramm.",
   (("Gregor Wiesinger-Pohl",),), (), ("Vorsitzender", "Teichen")),
 "de_nordbahn.txt": ("Auch der Fahrgastverband Pro Schiene Nord kritisierte die Pläne.",
   "Dessen Vorsitzender Arne Kühlmann-Jessen sagte, Pendler aus Altenmarschen müssten nun wieder mit dem Auto fahren. Die Kreisverwaltung prüft einen Rufbus.",
   (("Arne Kühlmann-Jessen",),), (), ("Pendler", "Rufbus")),
 "de_interview.txt": ("Die Schulen müssen das Handwerk zeigen. Die Handwerkskammer Südheide macht schon viel.",
   "Und die Betriebe selbst?\nViele bilden gut aus. Der Dachdeckermeister Frerk Albers in Talheim hat in diesem Jahr vier Lehrlinge eingestellt, das ist ein gutes Beispiel.",
   (("Frerk Albers",),), (), ("Dachdeckermeister", "Betriebe")),
 "de_institut.txt": ("Auch das IBF sucht Geld für eine zweite Phase.",
   "Unterstützung kommt vom Landesbauernverband Falkenrode. Präsidentin Hedwig Ostendorp-Kaya sagte, die Landwirte wollten wissen, wie sie ihre Böden schützen könnten.",
   (("Hedwig Ostendorp-Kaya",),), (("Landesbauernverband Falkenrode",),), ("Präsidentin", "Landwirte")),
 "de_hof.txt": ("Seine Tochter Femke studiert Agrarwirtschaft.",
   "Die Kühe gehen an den Betrieb von Mads Kristoffersen bei Esbjerg. Kristoffersen sagte, die Tiere seien gesund und gut gehalten.",
   (("Mads Kristoffersen",),), (("Esbjerg",),), ("Tiere",)),
 "de_handball.txt": ("Dornbachs Coach Eike Sanderbrink haderte mit den Schiedsrichtern.",
   "Für Dornbach trafen Mirko Tomašević und Jonte Brüggemann je fünfmal. Tomašević verletzte sich kurz vor Schluss am Knöchel und fällt wohl aus.",
   (("Mirko Tomašević",), ("Jonte Brüggemann",)), (), ("Knöchel", "Schluss")),
 "de_ortsbeirat.txt": ("Raghavan-Klee sagte, Tempo 30 sei auf Landesstraßen nur ausnahmsweise erlaubt.",
   "Die Elterninitiative Sicherer Schulweg Unterhausen sammelte bereits 400 Unterschriften. Sprecherin Meryem Aydın-Fricke übergab sie am Montag dem Ortsvorsteher.",
   (("Meryem Aydın-Fricke",),), (), ("Sprecherin", "Montag", "Unterschriften")),
 "de_glaette.txt": ("Pfarrerin Judith Ohlendorf, die zufällig vorbeikam, leistete Erste Hilfe.",
   "Der Lieferwagen gehört der Spedition Hemmdorfer Frischdienst. Disponent Kasimir Nowak-Ehlers sagte, die Ware sei verloren, der Fahrer aber zum Glück wohlauf.",
   (("Kasimir Nowak-Ehlers",),), (("Spedition Hemmdorfer Frischdienst", "Hemmdorfer Frischdienst"),), ("Disponent", "Ware")),
 "de_kirche.txt": ("Gemeindereferentin Hatice Yılmaz-Brandt organisiert einen Begrüßungsabend im Pfarrheim.",
   "Okafor ist nicht der erste Priester aus Afrika im Bistum. Generalvikar Dr. Clemens Hüsing sagte, derzeit arbeiteten dort elf Priester aus Nigeria, Ghana und Kenia.",
   (("Clemens Hüsing", "Dr. Clemens Hüsing"),), (("Nigeria",), ("Ghana",), ("Kenia",)), ("Generalvikar", "Priester")),
 "de_landgericht.txt": ("Oberstaatsanwältin Yasemin Korkmaz nannte die Zeugin glaubwürdig.",
   "Als nächster Zeuge soll ein Gutachter des Landeskriminalamts aussagen. Die Brandserie hatte in Hesselburg im Sommer 2025 für große Unruhe gesorgt.",
   (), (), ("Gutachter", "Brandserie", "Sommer")),
 "en_council.txt": ("O'Rourke said residents had not been asked.",
   "The Brackenford Tenants' Federation also opposed the change. Its secretary, Winifred Achebe-Lowe, said flats without gardens had nowhere to store extra bins.",
   (("Winifred Achebe-Lowe",),), (("Brackenford Tenants' Federation",),), ("secretary", "Its")),
 "en_football.txt": ("Ashworth boss Stellan Rydqvist admitted his defence switched off.",
   "Kettleby goalkeeper Tobiasz Wrona made three fine saves in the second half. Wrona joined on loan from Garston Athletic in January.",
   (("Tobiasz Wrona",),), (("Garston Athletic",),), ("January", "goalkeeper")),
 "en_shipping.txt": ("Prydderch's family owns 40 percent of the shares.",
   "The Tranmere Port Users Group said it welcomed the deal. Its chair, Oluwadamilare Bankole, said more investment was long overdue.",
   (("Oluwadamilare Bankole",),), (("Tranmere Port Users Group",),), ("chair", "Its")),
 "en_hospital.txt": ("Patient Ernest Dobbin, 77, said he was home within a week.",
   "The unit's lead nurse, Grainne McAleese, said the team now trains paramedics from the Wexmoor Ambulance Service.",
   (("Grainne McAleese",),), (("Wexmoor Ambulance Service",),), ("lead nurse",)),
 "en_school_board.txt": ("Montgomery-Lyle will present a survey in June.",
   "Parent Tobias Lindqvist-Amara, who has three children in the district, said working families could not find childcare for a fifth day.",
   (("Tobias Lindqvist-Amara",),), (), ("Parent",)),
 "en_police_uk.txt": ("Shop owner Rajinder Kaur Sandhu said the damage would take weeks to repair.",
   "A spokesman for Westmarch Council said the pavement outside the shop would stay closed until Friday.",
   (), (("Westmarch Council",),), ("Friday", "spokesman")),
 "en_startup.txt": ("Brightwater partner Tomás Iglesias Ruiz will join the board.",
   "Quillfeather already supplies the Eastbridge Public Library with ink. Librarian Sunniva Haugland said the cartridges lasted longer than the old ones.",
   (("Sunniva Haugland",),), (("Eastbridge Public Library",),), ("Librarian",)),
 "en_transit.txt": ("Haddad's statement did not mention overtime, which is the main dispute.",
   "Commuter groups urged both sides back to the table. Lucinda Ferreira-Mbeki, who chairs the Northern Lines Riders Council, said a strike would hit shift workers hardest.",
   (("Lucinda Ferreira-Mbeki",),), (("Northern Lines Riders Council",),), ("Commuter",)),
 "en_church.txt": ("The Diocese of Wexbury added £20,000.",
   "The new roof was fitted by Harrowby & Daughters, a family firm of slaters from Kettleby. Foreman Ambrose Teague said the old timbers were in better shape than feared.",
   (("Ambrose Teague",),), (("Harrowby & Daughters",), ("Kettleby",)), ("Foreman", "slaters")),
 "en_grain.txt": ("Granger's department had paid for the access road.",
   "The Halsey Junction Rail Spur, run by a short-line railroad, will carry the grain to the coast. Its manager, Dominika Szewczyk, said trains would run twice a week.",
   (("Dominika Szewczyk",),), (), ("manager", "Its")),
 "en_india.txt": ("The RMC will fine repeat offenders 5,000 rupees.",
   "The ban follows a similar step in neighbouring Devgarh, where the municipal body reported a sharp fall in plastic waste within a year.",
   (), (("Devgarh",),), ()),
 "en_water.txt": ("The contract went to Gulfstream Water Technologies, a firm based in Dubai.",
   "Engineers from the Arabian Institute of Solar Energy (AISE) will monitor the panels. AISE researcher Dr. Yousef Al-Khatib said the plant could become a model for the region.",
   (("Yousef Al-Khatib", "Dr. Yousef Al-Khatib"),), (("Arabian Institute of Solar Energy", "AISE"),), ("Engineers", "researcher")),
 "en_press_release.txt": ("whose chairman Fintan Mulcahy called it the largest investment in the town's history.",
   "Verdant Grid Solutions expects to create 45 permanent jobs. The company has already agreed a training scheme with Kilbride Technical College.",
   (), (("Kilbride Technical College",),), ()),
 "en_live.txt": ("Ridgeway Foods said all 85 night-shift workers got out safely.",
   "09:20 Posted by Liam Ostrowski\nNeighbour Agnieszka Borowiec said she woke to the sound of breaking glass and saw flames above the warehouse roof.",
   (("Agnieszka Borowiec",),), (), ("Neighbour",)),
}


def _with_more(page: ActorPage) -> ActorPage:
    more = _MORE.get(page.name)
    if more is None:
        return page
    anchor, para, persons, orgs, never = more
    at = page.text.index(anchor) + len(anchor)
    at = page.text.find("\n", at)
    at = len(page.text) if at < 0 else at
    text = page.text[:at] + "\n\n" + para + page.text[at:]
    return replace(page, text=text, persons=page.persons + persons, orgs=page.orgs + orgs, never=page.never + never)


PAGES: tuple[ActorPage, ...] = tuple(_with_more(p) for p in _FIRST_DRAFT)

#: Written after the fixes the first 40 pages led to, and measured before any change for them: a
#: held-out batch, so that the probe keeps a figure for names nobody tuned the lexicons to.
PAGES_HELDOUT: tuple[ActorPage, ...] = (
    ActorPage(
        "de_held_bauausschuss.txt", "de", "2026-04-14",
        "Lokales\n\n"
        "Bauausschuss lehnt Windpark ab\n\n"
        "Von Gunda Reimers\n\n"
        "Eschenried. Der Bauausschuss der Gemeinde Eschenried hat den geplanten Windpark am Kalkberg "
        "abgelehnt. Der Projektierer Nordwind Energieprojekte GmbH will dennoch weitermachen. Geschäftsführer "
        "Dr. Ansgar Tiedemann-Bruhns sagte, man werde beim Landkreis Widerspruch einlegen.\n\n"
        "Ausschussvorsitzender Kasimir Wolff begründete das Nein mit dem Artenschutz. Am Kalkberg brüte der "
        "Rotmilan. Tiedemann-Bruhns hält das Gutachten des Naturschutzbunds Eschenried für veraltet. "
        "Wolffs Fraktion will im Mai eine Bürgerversammlung einberufen.\n\n"
        "Der Kalkberg im Herbst. Foto: Gunda Reimers\n\n"
        "Kommentare (1)\n"
        "Windkraftfan schrieb:\n"
        "Schade für das Klima.\n",
        (("Ansgar Tiedemann-Bruhns", "Dr. Ansgar Tiedemann-Bruhns"), ("Kasimir Wolff",)),
        (("Nordwind Energieprojekte GmbH", "Nordwind Energieprojekte"), ("Eschenried", "Gemeinde Eschenried"),
         ("Naturschutzbund Eschenried",)),
        ("Gunda Reimers", "Windkraftfan", "Mai", "Rotmilan", "Geschäftsführer", "Ausschussvorsitzender",
         "Kommentare"),
        "held out: GmbH with a German noun before, genitive of a surname, dateline, photo credit, commenter",
    ),
    ActorPage(
        "de_held_tafel.txt", "de", "2026-04-02",
        "Soziales\n\n"
        "Tafel braucht neue Fahrer\n\n"
        "Die Tafel Ostheide sucht dringend ehrenamtliche Fahrer. Seit Januar holen nur noch vier Helfer die "
        "Lebensmittel bei den Supermärkten ab, sagte Vorsitzende Theodora Papadopoulou. Viele ältere Helfer "
        "hätten aufgehört.\n\n"
        "Unterstützung kommt von der Volksbank Ostheide, die einen Kühlwagen bezahlt hat. Filialleiter Levente "
        "Szabó übergab die Schlüssel am Freitag. Papadopoulou hofft, dass sich nun mehr Freiwillige melden. "
        "Wer helfen will, kann sich bei der Koordinatorin Ilse-Marie Brockhoff melden.\n\n"
        "Mehr zum Thema\n"
        "Kleiderkammer Ostheide zieht um\n",
        (("Theodora Papadopoulou",), ("Levente Szabó",), ("Ilse-Marie Brockhoff",)),
        (("Tafel Ostheide",), ("Volksbank Ostheide",)),
        ("Januar", "Freitag", "Vorsitzende", "Filialleiter", "Koordinatorin", "Unterstützung", "Kleiderkammer Ostheide"),
        "held out: Greek and Hungarian names, hyphenated first name, named head 'Tafel', related box",
    ),
    ActorPage(
        "de_held_prozess.txt", "de", "2026-04-21",
        "Gericht\n\n"
        "Freispruch für Pflegekraft\n\n"
        "Von Bastian Löffelholz\n\n"
        "Das Amtsgericht Lichtenhagen hat eine Pflegekraft vom Vorwurf der Körperverletzung freigesprochen. "
        "Die 44-jährige Oksana Hrytsenko hatte einen Bewohner des Seniorenheims Abendrot angeblich grob "
        "behandelt. Richter Malte Osterkamp sah dafür keine Beweise.\n\n"
        "Hrytsenkos Anwalt, Ferhat Doğan, sprach von einer Rufmordkampagne. Die Heimleitung habe die "
        "Vorwürfe nie geprüft. Staatsanwältin Friederike zu Solms-Lautern kündigte an, das Urteil zu prüfen.\n\n"
        "Bastian Löffelholz ist Gerichtsreporter und berichtet seit 2018 aus dem Amtsgericht.\n",
        (("Oksana Hrytsenko",), ("Malte Osterkamp",), ("Ferhat Doğan",),
         ("Friederike zu Solms-Lautern",)),
        (("Amtsgericht Lichtenhagen",), ("Seniorenheim Abendrot", "Seniorenheims Abendrot")),
        ("Bastian Löffelholz", "Richter", "Staatsanwältin", "Heimleitung", "Gerichtsreporter"),
        "held out: Ukrainian name with genitive, 'zu' particle with a hyphenated surname, author box",
    ),
    ActorPage(
        "de_held_sport.txt", "de", "2026-04-27",
        "Fußball | Landesliga\n\n"
        "SpVgg Hollenbach siegt im Spitzenspiel\n\n"
        "Die SpVgg Hollenbach hat das Spitzenspiel beim VfR Kranichstein mit 2:1 gewonnen. Vor 600 Zuschauern "
        "traf zunächst Kranichsteins Torjäger Jesper Halvorsen. Nach der Pause drehten Ilkay Bozkurt und "
        "Kenji Watanabe das Spiel.\n\n"
        "Hollenbachs Trainer Waldemar Pietsch lobte die Moral. Watanabe sei der Beste auf dem Platz gewesen. "
        "Kranichsteins Coach Reto Brunner haderte mit einem nicht gegebenen Elfmeter.\n\n"
        "Foto: Sportfotografie Kessler\n",
        (("Jesper Halvorsen",), ("Ilkay Bozkurt",), ("Kenji Watanabe",), ("Waldemar Pietsch",), ("Reto Brunner",)),
        (("SpVgg Hollenbach",), ("VfR Kranichstein",)),
        ("Sportfotografie Kessler", "Kessler", "Trainer", "Coach", "Torjäger", "Zuschauern"),
        "held out: club forms SpVgg/VfR, Japanese and Swiss names, club genitive before a role",
    ),
    ActorPage(
        "de_held_hochschule.txt", "de", "2026-04-09",
        "Wissenschaft\n\n"
        "Hochschule entwickelt Pflanzenkohle aus Laub\n\n"
        "Forschende der Technischen Hochschule Weserbergland haben ein Verfahren entwickelt, aus Herbstlaub "
        "Pflanzenkohle herzustellen. Projektleiterin Prof. Dr. Marit Kjellberg-Anders sagte, die Kohle könne "
        "Dünger ersetzen. Finanziert wird das Projekt von der Deutschen Bundesstiftung Weserland (DBW).\n\n"
        "Kjellberg-Anders arbeitet dafür mit dem Kompostwerk Hameln-Süd zusammen. Dessen Betriebsleiter "
        "Giorgos Antoniadis liefert jede Woche zwei Tonnen Laub. Die DBW will das Projekt bis 2028 fördern.\n\n"
        "Bild: TH Weserbergland\n",
        (("Marit Kjellberg-Anders", "Prof. Dr. Marit Kjellberg-Anders"), ("Giorgos Antoniadis",)),
        (("Technische Hochschule Weserbergland", "TH Weserbergland"), ("Deutsche Bundesstiftung Weserland", "DBW"),
         ("Kompostwerk Hameln-Süd",)),
        ("Projektleiterin", "Betriebsleiter", "Forschende", "Dessen", "Herbstlaub"),
        "held out: adjective + Hochschule, acronym in brackets, named head with a hyphenated place, Greek name",
    ),
    ActorPage(
        "de_held_bahnhof.txt", "de", "2026-04-30",
        "Blaulicht\n\n"
        "Mann am Bahnhof Kirchweyhe verletzt\n\n"
        "Kirchweyhe. Am Bahnhof Kirchweyhe ist ein 31-Jähriger bei einem Streit schwer verletzt worden. Die "
        "Bundespolizei nahm zwei Männer fest. Ein Zeuge, Jamshid Karimov (52), hatte die Polizei gerufen.\n\n"
        "Nach Angaben von Polizeisprecherin Hanne Bruhns-Tietjen war der Streit in einem Regionalzug der "
        "Weserbahn ausgebrochen. Karimov sagte, er habe nur helfen wollen. Die Weserbahn prüft nun, ob sie "
        "mehr Sicherheitspersonal einsetzt.\n\n"
        "Leserkommentar von Ute aus Weyhe:\n"
        "Das wird immer schlimmer.\n",
        (("Jamshid Karimov",), ("Hanne Bruhns-Tietjen",)),
        (("Kirchweyhe",), ("Bundespolizei",), ("Weserbahn",)),
        ("Ute", "Polizeisprecherin", "Zeuge", "Angaben", "Leserkommentar"),
        "held out: Uzbek name with age, dateline, commenter, company named alone",
    ),
    ActorPage(
        "en_held_zoning.txt", "en", "2026-04-15",
        "Planning board rejects gravel pit\n\n"
        "By Corliss Whitmore, Staff Reporter\n\n"
        "The Ashford Township Planning Board voted 5-2 on Tuesday to reject a gravel pit on Quarry Hill Road. "
        "The applicant, Redstone Aggregates LLC, says it will appeal to the Superior Court.\n\n"
        "Board chair Magdalena Okonkwo-Reyes said trucks would pass an elementary school every four minutes. "
        "Redstone's attorney, Fitzgerald Amankwah, called the decision political. Resident Ysolde Pennington, "
        "who lives next to the site, said neighbors had collected 600 signatures.\n\n"
        "Okonkwo-Reyes said the board would put its reasons in writing by May.\n\n"
        "Comments\n"
        "HillDweller wrote:\n"
        "Thank you, board!\n",
        (("Magdalena Okonkwo-Reyes",), ("Fitzgerald Amankwah",), ("Ysolde Pennington",)),
        (("Ashford Township Planning Board",), ("Redstone Aggregates LLC", "Redstone Aggregates")),
        ("Corliss Whitmore", "Staff Reporter", "HillDweller", "Tuesday", "May", "Board chair", "Resident"),
        "held out: LLC, possessive of a company, Ghanaian name as attorney, staff byline, commenter",
    ),
    ActorPage(
        "en_held_ferry.txt", "en", "2026-04-08",
        "Island ferry returns after repairs\n\n"
        "The car ferry between Port Cellan and the island of Inishgrane is running again after six weeks of "
        "repairs. Skerry Ferries Ltd said the MV Gannet had a new gearbox fitted in Belfast.\n\n"
        "Islanders had to rely on a small passenger boat run by fisherman Donal Ó Súilleabháin. Councillor "
        "Bríd Nic Giolla Phádraig said the outage showed the island needed a second ferry. Skerry Ferries "
        "managing director Hamish Drummond-Leask apologised to passengers.\n\n"
        "Picture: Brendan Moss / Harbour Images\n",
        (("Donal Ó Súilleabháin",), ("Bríd Nic Giolla Phádraig",), ("Hamish Drummond-Leask",)),
        (("Skerry Ferries Ltd", "Skerry Ferries"), ("Port Cellan",), ("Inishgrane",), ("Belfast",)),
        ("Brendan Moss", "Harbour Images", "Councillor", "Islanders", "MV Gannet", "Gannet", "Island"),
        "held out: Irish names with Ó and Nic, Ltd, island place, picture credit",
    ),
    ActorPage(
        "en_held_clinic.txt", "en", "2026-04-23",
        "Health\n\n"
        "Mobile clinic reaches remote villages\n\n"
        "A mobile eye clinic run by the Sunrise Vision Trust has screened 3,000 people in the hill villages "
        "around Kalimpur since January. Ophthalmologist Dr. Farhana Chowdhury said one in five needed glasses "
        "and many had untreated cataracts.\n\n"
        "Chowdhury's team travels in a converted bus donated by Meridian Motors. District health officer "
        "Rabindra Nath Ghosh said the state would pay for 400 cataract operations. Villager Tashi Dorjee, "
        "68, said he could read again for the first time in ten years.\n\n"
        "About the writer: Ananya Mukherjee reports on health for the Eastern Chronicle.\n",
        (("Farhana Chowdhury", "Dr. Farhana Chowdhury"), ("Rabindra Nath Ghosh",), ("Tashi Dorjee",)),
        (("Sunrise Vision Trust",), ("Meridian Motors",), ("Kalimpur",)),
        ("Ananya Mukherjee", "Eastern Chronicle", "January", "Ophthalmologist", "Villager"),
        "held out: Bengali three-word name, Tibetan name with age, Trust, author line 'About the writer'",
    ),
    ActorPage(
        "en_held_union.txt", "en", "2026-04-17",
        "Warehouse workers vote to strike\n\n"
        "By Priyanka Sethi-Cole\n\n"
        "Workers at the Northgate distribution centre of Castlebridge Retail plc have voted to strike over "
        "pay. The Warehouse and Logistics Union (WLU) said 81 percent of members backed action.\n\n"
        "WLU regional secretary Kieran O'Halloran said the company had offered less than inflation. A "
        "Castlebridge spokeswoman said talks would continue. Shift leader Mihaela Constantinescu, who has "
        "worked at the site for eleven years, said many colleagues needed second jobs.\n\n"
        "O'Halloran's union has called the first walkout for May 3.\n",
        (("Kieran O'Halloran",), ("Mihaela Constantinescu",)),
        (("Castlebridge Retail plc", "Castlebridge Retail"), ("Warehouse and Logistics Union", "WLU")),
        ("Priyanka Sethi-Cole", "May", "spokeswoman", "Shift leader"),
        "held out: plc, union acronym with 'and', Irish O' with possessive, Romanian name",
    ),
    ActorPage(
        "en_held_museum.txt", "en", "2026-04-04",
        "Arts\n\n"
        "Museum returns carved door to Ghana\n\n"
        "The Harwick Museum of World Cultures has returned a carved palace door to the Asante royal court. "
        "Director Philippa Strathearn handed it over at a ceremony in Kumasi on Saturday.\n\n"
        "The door was taken by a British officer in 1896. Nana Kwadwo Asamoah-Boadu, a spokesman for the "
        "palace, thanked the museum. Strathearn said three more objects would follow. Curator Jun-ho Park, "
        "who researched the door's history, said records showed how it was taken.\n\n"
        "Share this article\n"
        "Follow us on social media\n",
        (("Philippa Strathearn",), ("Kwadwo Asamoah-Boadu", "Nana Kwadwo Asamoah-Boadu"), ("Jun-ho Park",)),
        (("Harwick Museum of World Cultures",), ("Kumasi",)),
        ("Saturday", "Director", "Curator", "Share", "Follow"),
        "held out: Museum of X, Ghanaian title Nana, Korean hyphenated given name, share box",
    ),
    ActorPage(
        "en_held_wildfire.txt", "en", "2026-04-29",
        "Crews contain brush fire near Sable Creek\n\n"
        "Posted by KRSN Newsroom\n\n"
        "Firefighters have contained a 40-acre brush fire that threatened homes near Sable Creek on Monday "
        "night. The Corvallo County Fire Authority said no structures were lost.\n\n"
        "Division Chief Marisela Quintanilla said the fire was caused by a spark from a mower. Homeowner "
        "Thaddeus Oyelowo used a garden hose to wet his roof until crews arrived. Quintanilla thanked the "
        "Sable Creek Volunteer Fire Company for its quick response.\n\n"
        "Copyright 2026 KRSN. All rights reserved.\n",
        (("Marisela Quintanilla",), ("Thaddeus Oyelowo",)),
        (("Corvallo County Fire Authority",), ("Sable Creek Volunteer Fire Company",), ("Sable Creek",)),
        ("KRSN Newsroom", "KRSN", "Monday", "Division Chief", "Homeowner", "Firefighters", "Copyright"),
        "held out: rank title, Fire Company, station byline with 'Posted by'",
    ),
)


def write_pages(folder: Path, pages: tuple[ActorPage, ...] = PAGES) -> dict[str, ActorPage]:
    """Write each page into ``folder`` (UTF-8); returns {path as written: page}."""
    return write_files(folder, pages)
