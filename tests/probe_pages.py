"""A probe corpus of news pages as a user saves them: publication dates in each outlet's usual layout.

Every page here is invented for Chronik (names, quotes and figures are made up; the events of
``PAGES`` are only the kind of news of February to May 2025; ``PAGES_MORE`` is set in March 2024 in
fictional towns, with the furniture of more kinds of outlets and countries: US local TV, British
tabloids, Indian, Australian, Irish and Canadian sites, Swiss, Austrian and German regional papers,
press releases, blogs, newsletters saved as mail, PDF text, live pages, obituaries, event notices).  Each imitates how a page of one kind of outlet
looks once saved: copied from the browser (menus, kicker, headline, byline and date block,
reading-time lines, photo captions, "Mehr zum Thema" boxes, reader comments), saved as HTML
(metadata, JSON-LD, ``<time>`` elements) or exported as Markdown by a reader app (front matter).

``want`` is what a user would accept as the publication date: the day the page itself shows as
first published, or ``None`` where the page does not show it (then only "unknown" is right).
A day that is not ``want`` is wrong, whatever else the page names.

    PAGES                 the pages (name, text, want, what it probes)
    write_pages(folder)   writes them, one file each, and returns {path: page}

Used by ``tests/unit/test_pubdate_probe.py`` (each page alone must be right or, where
``want`` is None, unknown) and ``bench/pubdate_probe.py`` (right / unknown / wrong through
``chronik extract --json``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar


@dataclass(frozen=True)
class Page:
    name: str  # file name; the extension decides the reader (.txt, .html, .md)
    text: str
    want: str | None  # ISO day, or None: the page does not show its day
    probes: str  # what the page tests, in a few words
    #: words of the date block and byline that must never become an actor
    not_actors: tuple[str, ...] = ()


# ---------------------------------------------------------------------------
# body paragraphs, our own words (German and English), reused across pages
# ---------------------------------------------------------------------------

DE_RIAD = (
    "Vertreter der USA und Russlands haben in der saudischen Hauptstadt Riad erstmals seit Beginn "
    "des Krieges ausführlich über eine mögliche Waffenruhe in der Ukraine gesprochen. Die Ukraine "
    "selbst saß nicht mit am Tisch, was in Kiew auf scharfe Kritik stieß.\n\n"
    "Nach Angaben aus Delegationskreisen dauerte das Treffen mehr als vier Stunden. Beide Seiten "
    "vereinbarten, ihre Botschaften wieder mit mehr Personal zu besetzen. Ein weiteres Treffen "
    "soll in den kommenden Wochen folgen, hieß es.\n\n"
    "Der ukrainische Präsident Wolodymyr Selenskyj sagte, sein Land werde keine Vereinbarung "
    "anerkennen, die ohne Kiew getroffen werde. Auch mehrere europäische Regierungen forderten, "
    "an den Gesprächen beteiligt zu werden.\n"
)
DE_ZOLL = (
    "Die Europäische Union will auf die angekündigten US-Zölle auf Stahl und Aluminium mit "
    "eigenen Gegenmaßnahmen reagieren. Die EU-Kommission legte dazu eine Liste mit Waren vor, "
    "auf die ab April höhere Abgaben fällig werden könnten.\n\n"
    "Handelskommissar Maroš Šefčovič sagte in Brüssel, man bleibe offen für Verhandlungen. "
    "Die Wirtschaft in Deutschland zeigte sich besorgt über eine mögliche Spirale aus Zöllen "
    "und Gegenzöllen.\n"
)
DE_WAFFENRUHE = (
    "Die Ukraine hat sich nach Gesprächen mit den USA im saudischen Dschidda zu einer "
    "30-tägigen Waffenruhe bereit erklärt. Washington nimmt im Gegenzug die Weitergabe von "
    "Geheimdienstinformationen und die Militärhilfe wieder auf.\n\n"
    "Nun liege der Ball bei Moskau, sagte US-Außenminister Marco Rubio nach dem Treffen. Der "
    "Kreml kündigte an, den Vorschlag zunächst prüfen zu wollen.\n"
)
DE_WAHL = (
    "Nach der Bundestagswahl haben die Gespräche über eine neue Regierung begonnen. Die Union "
    "ist als stärkste Kraft aus der Wahl hervorgegangen und will rasch mit der SPD verhandeln.\n\n"
    "CDU-Chef Friedrich Merz sagte, er wolle bis Ostern eine Regierung bilden. Die SPD beriet "
    "in Berlin über ihr Vorgehen.\n"
)
DE_KONKLAVE = (
    "Im Vatikan hat das Konklave zur Wahl eines neuen Papstes begonnen. Mehr als 130 Kardinäle "
    "zogen in die Sixtinische Kapelle ein, nachdem die Türen hinter ihnen geschlossen worden "
    "waren.\n\n"
    "Vor dem Petersdom warteten Tausende Gläubige auf ein Zeichen aus dem Schornstein. Am "
    "ersten Abend stieg schwarzer Rauch auf.\n"
)
EN_RIYADH = (
    "Senior officials from the United States and Russia met in the Saudi capital on the first "
    "day of talks about ending the war in Ukraine, without any Ukrainian officials in the room.\n\n"
    "The meeting lasted more than four hours, according to people familiar with it. Both sides "
    "agreed to restore staff at their embassies and to keep talking in the coming weeks.\n\n"
    "Ukrainian President Volodymyr Zelensky said his country would not accept any deal made "
    "without it, and several European governments asked to be included in future rounds.\n"
)
EN_TARIFFS = (
    "The European Union announced countermeasures against new US tariffs on steel and "
    "aluminium, publishing a list of goods that could face higher duties from April.\n\n"
    "Trade Commissioner Maros Sefcovic told reporters in Brussels that the bloc remained open "
    "to negotiations. Business groups warned of a spiral of tit-for-tat measures.\n"
)
EN_CEASEFIRE = (
    "Ukraine said it was ready to accept a 30-day ceasefire after talks with US officials in the "
    "Saudi city of Jeddah. In return, Washington lifted its pause on military aid and "
    "intelligence sharing.\n\n"
    "Secretary of State Marco Rubio said the ball was now in Russia's court. The Kremlin said "
    "it would study the proposal before giving an answer.\n"
)
EN_CONCLAVE = (
    "Cardinals gathered in the Sistine Chapel to begin the secret vote for a new pope, after the "
    "doors were closed behind them.\n\n"
    "Thousands of pilgrims waited in St Peter's Square for a sign from the chimney. Black smoke "
    "rose on the first evening, meaning no one had yet been chosen.\n"
)

#: a long report's further paragraphs: earlier days of the story, a weekday, a quoted year
DE_LONG = (
    "Bereits am 12. Februar hatten Trump und Putin mehr als eine Stunde miteinander telefoniert. "
    "Danach hatte das Weiße Haus erklärt, beide Präsidenten wollten sich bald persönlich treffen.\n\n"
    "Am Montag waren in Paris mehrere europäische Regierungschefs zu einem kurzfristig einberufenen "
    "Treffen zusammengekommen. Sie berieten über Sicherheitsgarantien für die Ukraine und über die "
    "Frage, ob europäische Truppen eine Waffenruhe absichern könnten.\n\n"
    "Die Ukraine wehrt sich seit Februar 2022 gegen die russische Invasion. Nach Schätzungen westlicher "
    "Geheimdienste sind auf beiden Seiten Hunderttausende Soldaten getötet oder verwundet worden.\n\n"
    "Außenminister Marco Rubio sagte nach dem Treffen, es sei nur ein erster Schritt gewesen. Die "
    "schwierigen Fragen lägen noch vor allen Beteiligten. Sein russischer Kollege Sergej Lawrow "
    "sprach von einem nützlichen Gespräch.\n\n"
    "In Kiew wurde das Treffen mit Argwohn verfolgt. Präsident Selenskyj verschob eine geplante Reise "
    "nach Saudi-Arabien, um nicht den Eindruck zu erwecken, er billige die Gespräche.\n"
) * 2
EN_LONG = (
    "Trump and Putin spoke by phone on Feb. 12 for more than an hour, after which the White House "
    "said the two leaders intended to meet in person soon.\n\n"
    "On Monday, several European leaders gathered in Paris for a hastily arranged meeting to discuss "
    "security guarantees for Ukraine and whether European troops could help secure a ceasefire.\n\n"
    "Ukraine has been fighting Russia's full-scale invasion since February 2022. Western intelligence "
    "estimates put the number of killed and wounded on both sides in the hundreds of thousands.\n\n"
    "Rubio said after the meeting that it was only a first step and that the hard questions still "
    "lay ahead. His Russian counterpart Sergei Lavrov called the talks useful.\n"
) * 2

DE_MENU = "Zum Inhalt springen\nStartseite\nPolitik\nAusland\nWirtschaft\nVideo\nSuche\n\n"
EN_MENU = "Skip to main content\nHome\nWorld\nBusiness\nPolitics\nVideo\nSearch\n\n"


def _p(name: str, text: str, want: str | None, probes: str, not_actors: tuple[str, ...] = ()) -> Page:
    return Page(name, text, want, probes, not_actors)


PAGES: tuple[Page, ...] = (
    # ------------------------------------------------------------------ German, copied text
    _p("de-public-broadcaster-stand.txt",
       f"{DE_MENU}Ukraine-Gespräche in Riad\nUSA und Russland beraten ohne Kiew\n"
       "Stand: 18.02.2025 14:31 Uhr\n\n"
       "Erstmals seit Jahren verhandeln Washington und Moskau direkt. Die Ukraine ist nicht dabei.\n\n"
       f"Von Anna Beispiel, ARD-Studio Moskau\n\n{DE_RIAD}\n"
       "Mehr zum Thema\nSelenskyj reist in die Türkei 17.02.2025\nEuropäer beraten in Paris 17.02.2025\n",
       "2025-02-18", "'Stand:' label; related list with the day before", ("Anna Beispiel",)),
    _p("de-magazine-bare-line.txt",
       "Menü\nSPIEGEL+\nAusland\n\nGespräche in Riad\nWarum Europa plötzlich am Katzentisch sitzt\n"
       "Die USA verhandeln mit Russland über die Ukraine, die Europäer schauen zu. Eine Analyse.\n"
       "Von Max Muster, Brüssel\n18.02.2025, 19.02 Uhr\n• 4 Min\nArtikel anhören\n\n"
       "Außenminister bei einem früheren Treffen in Brüssel im Oktober 2024 Foto: Erika Beispiel / AFP\n\n"
       f"{DE_RIAD}",
       "2025-02-18", "bare date line under the byline, old caption", ("Max Muster", "Erika Beispiel")),
    _p("de-weekly-date-and-source.txt",
       f"{DE_MENU}Ukraine-Krieg\nKiew fordert Platz am Verhandlungstisch\n\n"
       "18. Februar 2025, 16:40 Uhr Quelle: ZEIT ONLINE, dpa, AFP, mst\n\n"
       f"{DE_RIAD}\n128 Kommentare\n\nleser_2000\n18. Februar 2025, 17:05 Uhr\nDas war zu erwarten.\n",
       "2025-02-18", "date with 'Quelle:' on one line; comments below"),
    _p("de-weekly-updated-first.txt",
       f"{DE_MENU}Bundestagswahl\nUnion lädt SPD zu Sondierungen ein\n\n"
       "Aktualisiert am 25. Februar 2025, 8:12 Uhr\nVeröffentlicht am 24. Februar 2025, 18:30 Uhr\n\n"
       f"{DE_WAHL}",
       "2025-02-24", "update stamp before the first-published stamp"),
    _p("de-daily-aktualisiert-lesezeit.txt",
       "FAZ\nPolitik\nWirtschaft\nFeuilleton\n\nHandelsstreit\nEU kündigt Gegenzölle an\n\n"
       "Von Max Muster, Brüssel\nAktualisiert am 12.03.2025-10:44\nLesezeit: 3 Min.\n\n"
       "Ursula von der Leyen am 2. Februar 2025 in Brüssel Bild: Reuters\n\n"
       f"{DE_ZOLL}",
       "2025-03-12", "'Aktualisiert am' glued to the clock time; caption with another day", ("Max Muster",)),
    _p("de-daily-date-lesezeit.txt",
       "Süddeutsche Zeitung\nPolitik\nMeinung\n\nHandel\nBrüssel schlägt zurück\n\n"
       "12. März 2025, 18:20 Uhr\nLesezeit: 3 Min.\n\n"
       f"{DE_ZOLL}\nQuelle: dpa\n\nKommentare\nLeserin_B vor 2 Stunden\nEndlich eine klare Antwort.\n",
       "2025-03-12", "bare date line with reading time; comments with relative times"),
    _p("de-news-tv-quelle.txt",
       "Startseite\nPolitik\nUkraine\n\nVorschlag aus Dschidda\nUkraine stimmt Waffenruhe zu – Moskau am Zug\n"
       "11.03.2025, 19:02 Uhr\nArtikel anhören\n\n"
       f"{DE_WAFFENRUHE}\nQuelle: ntv.de, mli/dpa/rts\n\n"
       "Mehr zum Thema\n07.03.2025 Trump droht Russland mit Sanktionen\n",
       "2025-03-11", "date line under the headline; related teaser with its own day"),
    _p("de-second-tv-pipe.txt",
       "heute\nNachrichten\nPolitik\nUkraine\n\nWaffenruhe-Vorschlag:\nKiew sagt Ja – nun ist Moskau am Zug\n"
       "11.03.2025 | 20:15\nvon Max Muster\n\n"
       "Video\nSo reagiert der Kreml\nDatum: 10.03.2025\n2:14 min\n\n"
       f"{DE_WAFFENRUHE}",
       "2025-03-11", "'dd.mm.yyyy | hh:mm'; a video teaser labelled with an older 'Datum:'", ("Max Muster",)),
    _p("de-radio-weekday-pipe.txt",
       "Deutschlandfunk\nNachrichten\nPolitik\nAudio\n\nUkraine-Krieg\nUSA und Russland sprechen in Riad\n"
       "Di 18.02.2025 | 14:31 Uhr\n\n"
       f"{DE_RIAD}\nDiese Nachricht wurde am 18.02.2025 im Programm Deutschlandfunk gesendet.\n",
       "2025-02-18", "abbreviated weekday, date, pipe, clock"),
    _p("de-austrian-online-seit.txt",
       "news\nPolitik\nAusland\nInland\n\nUkraine\nKiew reagiert verärgert auf Riad-Treffen\n\n"
       "Online seit heute, 14.31 Uhr\n\n"
       f"{DE_RIAD}\nred, ORF.at/Agenturen\n",
       None, "'Online seit heute' without a date: unknown", ("ORF",)),
    _p("de-austrian-publiziert.txt",
       "news\nPolitik\nAusland\n\nKonklave\nSchwarzer Rauch über der Sixtinischen Kapelle\n\n"
       "Publiziert am 07.05.2025 21.10 Uhr\n\n"
       f"{DE_KONKLAVE}\nred, ORF.at/Agenturen\n",
       "2025-05-07", "'Publiziert am' with a dotted clock"),
    _p("de-swiss-daily.txt",
       "Startseite\nInternational\nSchweiz\nMeinung\n\nHandelskonflikt\nDie EU antwortet Washington mit Gegenzöllen\n"
       "Max Muster, Brüssel\n12.03.2025, 05.30 Uhr\n4 min\nMerken\nDrucken\nTeilen\n\n"
       f"{DE_ZOLL}",
       "2025-03-12", "place byline, date line, '4 min'", ("Max Muster",)),
    _p("de-swiss-broadcaster.txt",
       "News\nInternational\nSchweiz\nSport\n\nVatikan\nDas Konklave hat begonnen\n\n"
       "Mittwoch, 07.05.2025, 17:05 Uhr\nAktualisiert am 07.05.2025, 21:40 Uhr\n\n"
       f"{DE_KONKLAVE}",
       "2025-05-07", "weekday, date, clock; then an update of the same day"),
    _p("de-intl-broadcaster.txt",
       "Themen\nDeutschland\nWelt\n\nHandel\nEU reagiert auf US-Zölle\nMax Muster\n12.03.2025\n\n"
       "Brüssel will nicht tatenlos zusehen. Welche Waren betroffen sind.\n\n"
       f"{DE_ZOLL}\n\nDas könnte Sie auch interessieren\nZölle: Was auf Verbraucher zukommt\n10.03.2025\n",
       "2025-03-12", "date under the author name; related teaser with an older day", ("Max Muster",)),
    _p("de-regional-stand-von.txt",
       "Startseite\nPolitik\n\nStand: 25.02.2025, 06:04 Uhr\nVon: Max Muster\nKommentare\nDrucken\nTeilen\n\n"
       "Nach der Wahl: Merz will schnell regieren\n\n"
       f"{DE_WAHL}",
       "2025-02-25", "'Stand:' before the headline, 'Von:' byline", ("Max Muster",)),
    _p("de-portal-aktualisiert-lesedauer.txt",
       "Nachrichten\nPolitik\nDeutschland\n\nSondierungen\nUnion und SPD treffen sich am Freitag\n"
       "Aktualisiert am 26.02.2025 - 08:12 Uhr\nLesedauer: 3 Min.\n\n"
       f"{DE_WAHL}",
       "2025-02-26", "'Aktualisiert am … - hh:mm Uhr' and 'Lesedauer'"),
    _p("de-liveblog-stand.txt",
       "Liveblog\nKrieg gegen die Ukraine ++ Selenskyj weist Kritik aus Washington zurück ++\n"
       "Stand: 19.02.2025 23:12 Uhr\n\n"
       "23:12 Uhr\nSelenskyj: Wir lassen uns nicht unter Druck setzen\n"
       "Der ukrainische Präsident hat Äußerungen aus den USA zurückgewiesen.\n\n"
       "18:40 Uhr\nEuropäer beraten erneut\nIn Paris kamen mehrere Regierungschefs zusammen.\n\n"
       "07:05 Uhr\nDrohnenangriffe in der Nacht\nDie Luftwaffe meldete mehr als 100 Drohnen.\n\n"
       "Die Ereignisse vom Dienstag zum Nachlesen:\nLiveblog vom 18.02.2025\n",
       "2025-02-19", "live blog: clock-only entries, a link to yesterday's blog"),
    _p("de-liveblog-update-entries.txt",
       "Newsticker\nUkraine-Krieg im Ticker: Gespräche in Riad\nErstellt: 18.02.2025, 06:10 Uhr\n\n"
       "Update vom Dienstag, 18. Februar, 16.40 Uhr: Das Treffen in Riad ist nach mehr als vier "
       "Stunden zu Ende gegangen.\n\n"
       "Update vom Dienstag, 18. Februar, 09.15 Uhr: Die Delegationen sind eingetroffen. Seit "
       "Februar 2022 herrscht Krieg.\n\n"
       "Update vom Montag, 17. Februar, 21.30 Uhr: In Paris beraten europäische Regierungschefs.\n",
       "2025-02-18", "ticker entries without a year over two days; 'Erstellt:' header"),
    _p("de-anniversary-with-stand.txt",
       f"{DE_MENU}Drei Jahre Krieg\nGedenken in Kiew und Berlin\nStand: 24.02.2025 10:00 Uhr\n\n"
       "Am 24. Februar 2022 begann die russische Vollinvasion der Ukraine. Seither sind "
       "Zehntausende Menschen getötet worden.\n\n"
       "In Kiew legten Staatsgäste aus mehreren Ländern Kränze nieder. In Berlin versammelten "
       "sich Hunderte Menschen vor der russischen Botschaft.\n",
       "2025-02-24", "a quoted historic day in the body; the label is the date"),
    _p("de-quoted-statement.txt",
       f"{DE_MENU}Handelsstreit\nEU veröffentlicht Liste möglicher Gegenzölle\n"
       "Stand: 13.03.2025 09:20 Uhr\n\n"
       "In der Erklärung der Kommission vom 12. März 2025 heißt es, man wolle die Interessen der "
       "Europäer schützen.\n\n"
       f"{DE_ZOLL}",
       "2025-03-13", "a quoted document's date before the body; the label wins"),
    _p("de-update-and-published-labels.txt",
       f"{DE_MENU}Sondierungen\nUnion und SPD vertagen sich\n\n"
       "Zuletzt aktualisiert: 28.02.2025, 07:10 Uhr\nVeröffentlicht: 27.02.2025, 19:45 Uhr\n\n"
       f"{DE_WAHL}",
       "2025-02-27", "'Zuletzt aktualisiert' before 'Veröffentlicht'"),
    _p("de-erstellt-aktualisiert.txt",
       f"{DE_MENU}Konklave\nKardinäle ziehen in die Kapelle ein\n\n"
       "Erstellt: 07.05.2025, 16:00 Uhr | Aktualisiert: 08.05.2025, 06:30 Uhr\n\n"
       f"{DE_KONKLAVE}",
       "2025-05-07", "'Erstellt: … | Aktualisiert: …' on one line, different days"),
    _p("de-relative-and-absolute.txt",
       "Startseite\nNews\n\nUkraine\nKiew stimmt Waffenruhe zu\nvor 3 Stunden · 11.03.2025, 19:40 Uhr\n\n"
       f"{DE_WAFFENRUHE}",
       "2025-03-11", "'vor 3 Stunden' then the absolute stamp"),
    _p("de-short-date.txt",
       "Wien\nPolitik\n\nKonklave\nDer erste Wahlgang bringt kein Ergebnis\n7.5.2025\n\n"
       f"{DE_KONKLAVE}",
       "2025-05-07", "a date without leading zeros, 'd.m.yyyy'"),
    _p("de-dateline-agency.txt",
       "Politik\n\nHandelsstreit\nEU droht mit Gegenzöllen\n\n"
       "Brüssel, 12.3.2025 (APA) – Die Europäische Union will auf die angekündigten US-Zölle mit "
       "eigenen Maßnahmen reagieren. Die Kommission legte dazu eine Liste vor.\n\n"
       "Handelskommissar Maroš Šefčovič sagte, man bleibe offen für Verhandlungen.\n",
       "2025-03-12", "place dateline with a short date and an agency"),
    _p("de-caption-only.txt",
       f"{DE_MENU}Ukraine-Krieg\nKiew fordert mehr Luftabwehr\n\n"
       "Selenskyj bei einem Besuch in Brüssel am 17. Oktober 2024. Foto: Max Muster/dpa\n\n"
       f"{DE_RIAD}",
       None, "only a file photo's caption has a day: unknown"),
    _p("de-related-only.txt",
       f"{DE_MENU}Ukraine-Krieg\nKiew fordert mehr Luftabwehr\n\n{DE_RIAD}\n"
       "Mehr zum Thema\nRiad: Was bisher bekannt ist 17.02.2025\nSelenskyj in Ankara 16.02.2025\n",
       None, "only the related box has days: unknown"),
    _p("de-comments-only.txt",
       f"{DE_MENU}Ukraine-Krieg\nKiew fordert mehr Luftabwehr\n\n{DE_RIAD}\n"
       "Kommentare (3)\n\nLeser123\n19.02.2025, 08:15 Uhr\nDas ist doch absehbar gewesen.\n\n"
       "Marta_K\n19.02.2025, 09:02 Uhr\nEuropa muss jetzt handeln.\n",
       None, "only reader comments have days: unknown"),
    _p("de-history-only.txt",
       f"{DE_MENU}Hintergrund\nWie der Krieg begann\n\n"
       "Am 24. Februar 2022 begann die russische Vollinvasion der Ukraine. Schon 2014 hatte "
       "Russland die Krim besetzt.\n\nSeither wurden mehrere Anläufe für Gespräche unternommen, "
       "zuletzt ohne Ergebnis.\n",
       None, "a historic day in the body only: unknown"),
    _p("de-future-date-only.txt",
       f"{DE_MENU}Wahl\nWas bei der Wahl am Sonntag wichtig wird\n\n"
       "Die Bundestagswahl findet am Sonntag, 23. Februar 2025, statt. Rund 59 Millionen Menschen "
       "sind wahlberechtigt.\n\nDie Wahllokale werden um 8 Uhr öffnen und um 18 Uhr schließen.\n",
       None, "only an announced future day: unknown"),
    _p("de-event-box.txt",
       f"{DE_MENU}Wahl\nWas Sie zur Bundestagswahl wissen müssen\n\nWann: Sonntag, 23. Februar 2025, 8 bis 18 Uhr\n"
       "Wo: in Ihrem Wahllokal oder per Brief\n\n"
       "Rund 59 Millionen Menschen sind wahlberechtigt. Wer per Brief wählen will, sollte die Unterlagen früh "
       "beantragen, rät die Bundeswahlleiterin.\n",
       None, "an event box's day ('Wann: …') and no day of writing: unknown"),
    _p("de-body-today.txt",
       f"{DE_MENU}Drei Jahre Krieg\n\n"
       "Heute, am Montag, 24. Februar 2025, jährt sich der russische Überfall auf die Ukraine zum "
       "dritten Mal. In Kiew werden zahlreiche Staatsgäste erwartet.\n\n"
       "Am Vormittag legten Vertreter mehrerer Länder Kränze nieder.\n",
       "2025-02-24", "the only date is in the body, named as today"),
    # ------------------------------------------------------------------ English, copied text
    _p("en-wire-header-and-dateline.txt",
       f"{EN_MENU}World\nEurope\n\nUS and Russian officials hold first talks on Ukraine in Riyadh\n"
       "By Jane Doe and John Roe\nFebruary 18, 2025 2:31 PM GMT+1 Updated 2 hours ago\n\n"
       "RIYADH, Feb 18 (Reuters) - Senior officials from the United States and Russia met on "
       "Tuesday for talks about ending the war in Ukraine, without Ukrainian officials present.\n\n"
       f"{EN_RIYADH}\nReporting by Jane Doe; Editing by John Roe\n\nRead Next\n"
       "Zelensky visits Turkey as talks begin elsewhere February 17, 2025\n",
       "2025-02-18", "wire header line with GMT+1 and 'Updated'; dateline without a year",
       ("Jane Doe", "John Roe")),
    _p("en-wire-dateline-only.txt",
       "World\n\nUS and Russian officials hold talks on Ukraine\n\n"
       "KYIV, Feb 18 (Reuters) - Ukraine was not invited to talks between US and Russian officials, "
       "President Volodymyr Zelensky said. Russia launched its full-scale invasion in February 2022.\n\n"
       "Zelensky said his country would not accept any deal made without it.\n",
       None, "a wire dateline without any year of its own: unknown"),
    _p("en-agency-updated.txt",
       "AP\nWorld News\nU.S. News\nPolitics\n\nUkraine agrees to a 30-day ceasefire proposal\n"
       "By JANE DOE and JOHN ROE\nUpdated 3:45 PM EDT, March 11, 2025\nShare\n\n"
       "JEDDAH, Saudi Arabia (AP) — Ukraine said Tuesday that it was ready to accept a ceasefire "
       "proposal after talks with US officials.\n\n"
       f"{EN_CEASEFIRE}\nRelated Stories\nWhat to know about the aid pause\n3 days ago\n",
       "2025-03-11", "'Updated <clock> <tz>, Month d, yyyy'; '(AP) —' dateline"),
    _p("en-public-broadcaster.txt",
       "Home\nNews\nSport\nWeather\n\nUS and Russia agree to keep talking after Riyadh meeting\n"
       "18 February 2025\nShare\nSave\nJane Doe\nDiplomatic correspondent\nReporting from Riyadh\n\n"
       "Getty Images\nThe delegations met in a palace in the Saudi capital\n\n"
       f"{EN_RIYADH}",
       "2025-02-18", "a bare 'd Month yyyy' line", ("Jane Doe",)),
    _p("en-public-broadcaster-relative.txt",
       "Home\nNews\nSport\n\nUS and Russia agree to keep talking\n2 hours ago\nShare\nSave\nJane Doe\n\n"
       f"{EN_RIYADH}",
       None, "'2 hours ago' only: unknown"),
    _p("en-daily-first-published.txt",
       "News\nOpinion\nSport\nCulture\n\nUkraine\nEurope scrambles after being left out of Riyadh talks\n"
       "Jane Doe in Brussels\nWed 19 Feb 2025 00.15 GMT\nFirst published on Tue 18 Feb 2025 22.40 GMT\n\n"
       f"{EN_RIYADH}\n\nMost viewed\n",
       "2025-02-18", "last-modified stamp first, first-published the day before", ("Jane Doe",)),
    _p("en-daily-single-stamp.txt",
       "News\nOpinion\nSport\n\nTrade\nEU announces countermeasures against US tariffs\n"
       "Jane Doe in Brussels\nWed 12 Mar 2025 14.31 GMT\n\n"
       f"{EN_TARIFFS}\n\nComments (212)\nReaderOne\n12 Mar 2025 15:02\nAbout time.\n",
       "2025-03-12", "'Wed 12 Mar 2025 14.31 GMT'; comments with a day"),
    _p("en-cable-updated-published.txt",
       "CNN\nWorld\nPolitics\n\nUkraine accepts US proposal for 30-day ceasefire\n"
       "By Jane Doe, CNN\n5 minute read\nUpdated 8:10 AM EDT, Wed March 12, 2025\n"
       "Published 9:40 PM EDT, Tue March 11, 2025\n\n"
       f"{EN_CEASEFIRE}",
       "2025-03-11", "'Updated' line before 'Published' line on the day before"),
    _p("en-cable-split-lines.txt",
       "CNN\nWorld\n\nCardinals begin conclave to choose a new pope\nBy Jane Doe, CNN\n4 minute read\n"
       "Updated\n3:45 PM EDT, Wed May 7, 2025\n\n"
       f"{EN_CONCLAVE}",
       "2025-05-07", "label and date on separate lines"),
    _p("en-national-daily.txt",
       "Skip to content\nWorld\nU.S.\nPolitics\n\nEurope Draws Up Countermeasures to U.S. Tariffs\n"
       "The bloc published a list of goods that could face higher duties from April.\n"
       "By Jane Doe\nReporting from Brussels\nMarch 12, 2025\nUpdated 4:02 p.m. ET\n\n"
       f"{EN_TARIFFS}",
       "2025-03-12", "'Month d, yyyy' then 'Updated <clock> ET'"),
    _p("en-national-daily-abbrev.txt",
       "Skip to content\nWorld\n\nUkraine Accepts Cease-Fire Plan\nBy Jane Doe\nMarch 11, 2025, 6:02 p.m. ET\n\n"
       f"{EN_CEASEFIRE}",
       "2025-03-11", "'Month d, yyyy, h:mm p.m. ET'"),
    _p("en-abbrev-month-dot.txt",
       "Skip to content\nWorld\n\nU.S. and Russia Meet in Riyadh\nBy Jane Doe\nFeb. 18, 2025\n\n"
       f"{EN_RIYADH}",
       "2025-02-18", "'Feb. 18, 2025'"),
    _p("en-politics-us-numeric.txt",
       "Politics\nCongress\nWhite House\n\nRubio says ball is in Russia's court\nBy JANE DOE\n"
       "03/11/2025 06:02 PM EDT\nUpdated: 03/11/2025 08:40 PM EDT\n\n"
       f"{EN_CEASEFIRE}",
       "2025-03-11", "US numeric date with a clock and time zone"),
    _p("en-politics-at-clock.txt",
       "Politics\n\nWhat the tariff fight means for Europe\nBy Jane Doe\n"
       "March 12, 2025 at 10:00 a.m. EDT\n\n"
       f"{EN_TARIFFS}",
       "2025-03-12", "'Month d, yyyy at 10:00 a.m. EDT'"),
    _p("en-gulf-published-on.txt",
       "News\nMiddle East\nExplained\n\nWhat happened at the US-Russia talks in Riyadh?\n"
       "Published On 18 Feb 2025\n18 Feb 2025\nSave articles to read later and create your own reading list.\n\n"
       f"{EN_RIYADH}",
       "2025-02-18", "'Published On d Mon yyyy'"),
    _p("en-kyiv-paper.txt",
       "News\nUkraine\nWar\n\nZelensky: Ukraine will not accept deals made without it\nby Jane Doe\n"
       "February 18, 2025 2:31 PM\n3 min read\n\n"
       f"{EN_RIYADH}\nMost popular\nRelated: Europe meets in Paris February 17, 2025 9:10 PM\n",
       "2025-02-18", "'Month d, yyyy h:mm PM' then '3 min read'", ("Jane Doe",)),
    _p("en-intl-broadcaster-us-date.txt",
       "Topics\nGermany\nWorld\n\nEU hits back at US tariffs\nJane Doe\n03/12/2025\nMarch 12, 2025\n\n"
       "Brussels unveiled its response to Washington's new duties.\n\n"
       f"{EN_TARIFFS}",
       "2025-03-12", "'mm/dd/yyyy' then the written date"),
    _p("en-ambiguous-slash-only.txt",
       "Topics\nWorld\n\nEU hits back at US tariffs\nJane Doe\n03/04/2025\n\n"
       f"{EN_TARIFFS}",
       None, "only an ambiguous slash date: unknown"),
    _p("en-body-weekday-only.txt",
       "World\n\nTalks in Riyadh\n\nOfficials met on Tuesday in Riyadh, people familiar with the talks said. "
       "The war began with the full-scale invasion in February 2022.\n\n"
       f"{EN_RIYADH}",
       None, "no day of writing at all: unknown"),
    _p("en-related-only.txt",
       f"{EN_MENU}Ukraine\nZelensky warns against deals without Kyiv\n\n{EN_RIYADH}\n"
       "Read more\nEurope meets in Paris\nFebruary 17, 2025\nWhat the talks could bring\nFebruary 16, 2025\n",
       None, "only the related box has days: unknown"),
    _p("en-liveblog.txt",
       "Live\nPope election live: black smoke after first vote\nUpdated 9:12 PM GMT+2, Wed May 7, 2025\n\n"
       "9:12 PM\nBlack smoke rises from the chimney\nThe first ballot produced no winner.\n\n"
       "5:40 PM\nDoors of the chapel closed\nThe cardinals are now sealed inside.\n\n"
       "Yesterday's coverage: May 6, 2025\n",
       "2025-05-07", "live page with clock-only entries"),
    # ------------------------------------------------------------------ glued and closing forms
    _p("de-radio-closing-sentence.txt",
       "Nachrichten\nPolitik\n\nUkraine-Krieg\nUSA und Russland sprechen in Riad\n\n"
       f"{DE_RIAD}\nDiese Nachricht wurde am 18.02.2025 im Programm Deutschlandfunk gesendet.\n",
       "2025-02-18", "the only date in a closing 'Diese Nachricht wurde am … gesendet'"),
    _p("de-portal-glued-lesedauer.txt",
       "Nachrichten\nPolitik\n\nSondierungen\nUnion und SPD treffen sich am Freitag\n"
       "Aktualisiert am 26.02.2025 - 08:12 UhrLesedauer: 3 Min.\n\n"
       f"{DE_WAHL}",
       "2025-02-26", "stamp and reading time run together by the copy"),
    _p("de-magazine-issue-number.txt",
       "Menü\nAusland\n\nKonklave\nWie die Kardinäle wählen\nVon Max Muster, Rom\n"
       "07.05.2025, 13.00 Uhr • aus DER SPIEGEL 19/2025\n\n"
       f"{DE_KONKLAVE}",
       "2025-05-07", "date line with the print issue '19/2025' after it"),
    _p("de-swiss-one-line-byline.txt",
       "Startseite\nInternational\n\nHandelskonflikt\nDie EU antwortet Washington\n"
       "Max Muster, Brüssel 12.03.2025, 05.30 Uhr 4 min\n\n"
       f"{DE_ZOLL}",
       "2025-03-12", "author, place, date, clock and reading time on one line", ("Max Muster",)),
    _p("en-gulf-glued.txt",
       "News\nMiddle East\n\nWhat happened at the US-Russia talks in Riyadh?\n"
       "Published On 18 Feb 202518 Feb 2025\nSave articles to read later\n\n"
       f"{EN_RIYADH}",
       "2025-02-18", "'Published On' with the date repeated and glued"),
    _p("en-intl-broadcaster-glued.txt",
       "Topics\nWorld\n\nEU hits back at US tariffs\nJane Doe\n03/12/2025March 12, 2025\n\n"
       f"{EN_TARIFFS}",
       "2025-03-12", "numeric and written date glued ('03/12/2025March 12, 2025')"),
    _p("en-national-daily-glued.txt",
       "Skip to content\nWorld\n\nEurope Draws Up Countermeasures\nBy Jane Doe\n"
       "March 12, 2025Updated 4:02 p.m. ET\n\n"
       f"{EN_TARIFFS}",
       "2025-03-12", "'March 12, 2025Updated 4:02 p.m. ET' glued", ("ET",)),
    _p("en-network-updated-on.txt",
       "Politics\nWorld\n\nUkraine accepts ceasefire proposal\n"
       "Updated on: March 11, 2025 / 6:02 PM EDT / Example News\n\n"
       f"{EN_CEASEFIRE}",
       "2025-03-11", "'Updated on: Month d, yyyy / h:mm PM EDT / outlet'", ("Example News",)),
    _p("en-financial-no-comma.txt",
       "Home\nWorld\n\nBrussels readies its answer to tariffs\nJane Doe in Brussels\nPublished March 12 2025\n\n"
       f"{EN_TARIFFS}",
       "2025-03-12", "'Published Month d yyyy' without a comma"),
    _p("en-euro-day-first.txt",
       "News\nEurope\n\nEU hits back at US tariffs\nBy Jane Doe\n"
       "Published on 12/03/2025 - 14:31 GMT+1 • Updated 16:02\n\n"
       f"{EN_TARIFFS}",
       "2025-03-12", "'12/03/2025 - 14:31 GMT+1': a European zone reads it day first"),
    _p("en-slash-no-zone.txt",
       "News\nEurope\n\nEU hits back at US tariffs\nBy Jane Doe\n12/03/2025\n\n"
       f"{EN_TARIFFS}",
       None, "'12/03/2025' without a zone or weekday: either order, unknown"),
    _p("en-uk-weekday-line.txt",
       "News\nWorld\n\nBlack smoke after first vote\nJane Doe\nWednesday 7 May 2025 21:12, UK\n\n"
       f"{EN_CONCLAVE}",
       "2025-05-07", "'Wednesday 7 May 2025 21:12, UK'", ("UK",)),
    _p("en-days-ago-only.txt",
       "News\nWorld\n\nBlack smoke after first vote\n2 days ago\nJane Doe\n\n"
       f"{EN_CONCLAVE}",
       None, "'2 days ago' only: unknown"),
    # ------------------------------------------------------------------ long pages
    _p("de-long-stand-box-comments.txt",
       f"{DE_MENU}Ukraine-Gespräche in Riad\nEin erster Schritt, mehr nicht\nStand: 18.02.2025 19:40 Uhr\n\n"
       f"{DE_RIAD}\nMehr zum Thema\nSelenskyj in Ankara 17.02.2025\nEuropäer in Paris 17.02.2025\n\n{DE_LONG}\n"
       "Kommentare\n\nleser77\n19.02.2025, 07:12 Uhr\nMal abwarten.\n",
       "2025-02-18", "a long report: 'Stand:', a box in the middle, earlier days in the body, comments"),
    _p("en-long-wire.txt",
       f"{EN_MENU}US and Russia agree to keep talking after Riyadh meeting\nBy Jane Doe\n"
       "February 18, 2025 7:40 PM GMT+1 Updated 3 hours ago\n\n"
       f"RIYADH, Feb 18 (Reuters) - {EN_RIYADH}\n{EN_LONG}\nReporting by Jane Doe; Editing by John Roe\n",
       "2025-02-18", "a long wire report with earlier days in its body", ("Jane Doe", "John Roe")),
    _p("de-long-no-stamp.txt",
       f"{DE_MENU}Ukraine-Gespräche in Riad\nEin erster Schritt, mehr nicht\n\n{DE_RIAD}\n{DE_LONG}",
       None, "a long report without a date line, its body naming earlier days and weekdays: unknown"),
    _p("en-long-no-stamp.txt",
       f"{EN_MENU}US and Russia agree to keep talking\n\n{EN_RIYADH}\n{EN_LONG}",
       None, "the same in English: unknown"),
    # ------------------------------------------------------------------ traps: other days around the article's
    _p("de-widget-and-bare-line.txt",
       "Freitag, 2. Mai 2025\nStartseite\nPolitik\nAusland\n\nUkraine-Krieg\nKiew fordert Platz am Tisch\n"
       "Von Max Muster\n18.02.2025\n\n"
       f"{DE_RIAD}",
       "2025-02-18", "the site's date of the day it was saved above the headline, the article's date below"),
    _p("en-widget-and-bare-line.txt",
       "Friday, May 2, 2025\nHome\nWorld\n\nEurope scrambles after Riyadh talks\nBy Jane Doe\n18 February 2025\n\n"
       f"{EN_RIYADH}",
       "2025-02-18", "a widget's date at the top, the article's bare date under the byline"),
    _p("de-teaser-above-headline.txt",
       f"{DE_MENU}Video\nTagesschau 20 Uhr\n17.02.2025 | 20:00 Uhr\n\nUkraine-Gespräche\nUSA und Russland beraten in Riad\n"
       "Stand: 18.02.2025 14:31 Uhr\n\n"
       f"{DE_RIAD}",
       "2025-02-18", "a video teaser's date and time above the headline, the article's 'Stand:' below"),
    _p("en-teaser-above-headline.txt",
       "Home\nWorld\n\nWatch: What the talks mean\nFebruary 17, 2025 9:10 PM\n\n"
       "US and Russian officials meet in Riyadh\nBy Jane Doe\nFebruary 18, 2025 2:31 PM\n\n"
       f"{EN_RIYADH}",
       "2025-02-18", "a teaser's timed date above the headline, the article's below"),
    _p("en-teaser-label-below.txt",
       "Home\nNews\nWorld\n\nEurope scrambles after Riyadh talks\n18 February 2025\nJane Doe\nDiplomatic correspondent\n\n"
       f"{EN_RIYADH}\nPeace plan: what we know so far\nUpdated 10 February 2025\n\nHow the war began\nPublished 24 February 2024\n",
       "2025-02-18", "teasers with labelled days below the body, no box header", ("Jane Doe",)),
    _p("en-unlabelled-comments.txt",
       "Home\nWorld\n\nEU announces countermeasures against US tariffs\nBy Jane Doe\n12 March 2025\n\n"
       f"{EN_TARIFFS}\nWhat readers think\n\nReaderOne\n13 March 2025 08:15\nAbout time someone stood up.\n\n"
       "ReaderTwo\n13 March 2025 09:40\nThis will hurt us all.\n",
       "2025-03-12", "reader comments under an unknown header with dated, timed lines"),
    _p("de-print-edition-note.txt",
       f"{DE_MENU}Handel\nBrüssel schlägt zurück\n12. März 2025, 16:40 Uhr\n\n{DE_ZOLL}\n"
       "Erschienen in DIE ZEIT Nr. 12/2025, 14. März 2025\n",
       "2025-03-12", "the print edition's later day at the end"),
    _p("de-tv-programme-note.txt",
       f"{DE_MENU}Ukraine-Gespräche\nUSA und Russland beraten ohne Kiew\nStand: 18.02.2025 22:15 Uhr\n\n{DE_RIAD}\n"
       "Dieses Thema im Programm:\nÜber dieses Thema berichtete die tagesschau am 18. Februar 2025 um 20:00 Uhr.\n",
       "2025-02-18", "a programme note of the same day below the body"),
    _p("de-read-also-inline.txt",
       f"{DE_MENU}Ukraine-Krieg\nSelenskyj warnt vor Deal ohne Kiew\n19.02.2025, 08:15 Uhr\n\n"
       "Lesen Sie auch: Was in Riad besprochen wurde (18.02.2025)\n\n"
       f"{DE_RIAD}",
       "2025-02-19", "an inline 'Lesen Sie auch' teaser with yesterday's date"),
    _p("en-old-photo-caption-first.txt",
       "World\n\nZelensky says Ukraine will not accept deals made without it\n"
       "Volodymyr Zelensky at a summit in Brussels on October 17, 2024. Photo: Jane Doe/Reuters\n"
       "February 18, 2025 2:31 PM\n\n"
       f"{EN_RIYADH}",
       "2025-02-18", "a file photo's dated caption above the date line"),
    _p("de-interview-note.txt",
       f"{DE_MENU}Interview\n„Europa muss jetzt handeln“\n25.02.2025, 06:00 Uhr\n\n"
       "Die Politologin Erika Beispiel über die Gespräche in Riad und die Rolle Europas.\n\n"
       "Frage: Frau Beispiel, was bedeutet das Treffen für Kiew?\n\n"
       "Erika Beispiel: Es zeigt, dass über die Ukraine hinweg verhandelt wird. Das ist gefährlich.\n\n"
       "Das Gespräch führte Max Muster am 24. Februar 2025 in Berlin.\n",
       "2025-02-25", "an interview's note of the day before it appeared", ("Max Muster",)),
    _p("en-explainer-past-dates.txt",
       f"{EN_MENU}Explainer\nHow the war reached the negotiating table\n\n"
       "Russia launched its full-scale invasion on February 24, 2022. Talks in Istanbul in spring 2022 "
       "collapsed, and fighting has continued ever since.\n\n"
       "In November 2024 Donald Trump won the US election, promising to end the war quickly.\n",
       None, "an explainer naming only days long past: unknown"),
    _p("de-chronology-only.txt",
       f"{DE_MENU}Chronologie\nDer Weg zu den Gesprächen\n\n"
       "12. Februar 2025: Trump und Putin telefonieren.\n\n"
       "14. Februar 2025: Münchner Sicherheitskonferenz beginnt.\n\n"
       "18. Februar 2025: Delegationen treffen sich in Riad.\n",
       None, "a chronology of days and no day of writing: unknown"),
    # ------------------------------------------------------------------ saved HTML
    _p("de-saved-meta.html",
       "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Ukraine-Gespräche in Riad</title>"
       "<meta property='article:published_time' content='2025-02-18T14:31:00+01:00'>"
       "<meta property='article:modified_time' content='2025-02-19T08:00:00+01:00'></head><body>"
       "<nav><a href='/'>Startseite</a> <a href='/politik'>Politik</a></nav><article>"
       "<h1>Ukraine-Gespräche in Riad</h1><p>Stand: 19.02.2025 08:00 Uhr</p>"
       + "".join(f"<p>{p}</p>" for p in DE_RIAD.split("\n\n")) + "</article></body></html>",
       "2025-02-18", "meta published_time, a later 'Stand:' in the text"),
    _p("en-saved-jsonld.html",
       "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>EU hits back</title>"
       "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"EU hits back\", "
       "\"dateModified\": \"2025-03-13T09:00:00Z\", \"datePublished\": \"2025-03-12T10:00:00Z\"}</script>"
       "</head><body><article><h1>EU hits back at US tariffs</h1>"
       + "".join(f"<p>{p}</p>" for p in EN_TARIFFS.split("\n\n")) + "</article></body></html>",
       "2025-03-12", "JSON-LD datePublished after dateModified"),
    _p("en-saved-sidebar-time.html",
       "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Ceasefire</title></head><body>"
       "<aside><h2>Latest</h2><ul><li><a href='/a'>Aid pause explained</a> <time datetime='2025-03-04'>4 Mar</time></li>"
       "<li><a href='/b'>Leaders meet in London</a> <time datetime='2025-03-02'>2 Mar</time></li></ul></aside>"
       "<article><h1>Ukraine accepts ceasefire proposal</h1><p>By Jane Doe</p>"
       "<p><time datetime='2025-03-11T18:02:00-04:00'>March 11, 2025</time></p>"
       + "".join(f"<p>{p}</p>" for p in EN_CEASEFIRE.split("\n\n")) + "</article></body></html>",
       "2025-03-11", "a sidebar's <time> elements before the article's own"),
    _p("de-saved-video-jsonld.html",
       "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Konklave</title>"
       "<script type='application/ld+json'>[{\"@type\": \"VideoObject\", \"name\": \"Der Papst ist tot\", "
       "\"datePublished\": \"2025-04-21T10:00:00+02:00\"}, {\"@type\": \"NewsArticle\", \"headline\": \"Konklave\", "
       "\"datePublished\": \"2025-05-07T17:05:00+02:00\"}]</script></head><body><article><h1>Das Konklave hat begonnen</h1>"
       + "".join(f"<p>{p}</p>" for p in DE_KONKLAVE.split("\n\n")) + "</article></body></html>",
       "2025-05-07", "an embedded video's JSON-LD date before the article's"),
    _p("de-saved-utc-midnight.html",
       "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Drohnenangriffe</title>"
       "<meta property='article:published_time' content='2025-03-11T23:40:00Z'></head><body><article>"
       "<h1>Ukraine stimmt Waffenruhe zu</h1><p>12.03.2025, 00:40 Uhr</p>"
       + "".join(f"<p>{p}</p>" for p in DE_WAFFENRUHE.split("\n\n")) + "</article></body></html>",
       "2025-03-12", "metadata in UTC on the evening before the local day the page shows"),
    _p("de-saved-text-only.html",
       "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Konklave</title></head><body>"
       "<header><a href='/'>Startseite</a></header><main><h1>Das Konklave hat begonnen</h1>"
       "<p>Veröffentlicht am 7. Mai 2025, 17:05 Uhr</p>"
       + "".join(f"<p>{p}</p>" for p in DE_KONKLAVE.split("\n\n"))
       + "<h2>Mehr zum Thema</h2><p>Der Papst ist tot 21.04.2025</p></main></body></html>",
       "2025-05-07", "'Veröffentlicht am d. Monat yyyy, hh:mm Uhr' in the page text"),
    # ------------------------------------------------------------------ Markdown from reader apps
    _p("de-clipper-created.md",
       "---\ntitle: \"Ukraine-Gespräche in Riad\"\nsource: \"https://example.org/ausland/riad-100.html\"\n"
       "author:\n  - \"[[Anna Beispiel]]\"\npublished:\ncreated: 2025-05-02\ndescription: \"USA und Russland beraten ohne Kiew\"\n"
       "tags:\n  - \"clippings\"\n---\n"
       "# Ukraine-Gespräche in Riad\n\nStand: 18.02.2025 14:31 Uhr\n\n"
       f"{DE_RIAD}",
       "2025-02-18", "a clipper's 'created' (the day it was saved) is not the publication day"),
    _p("en-clipper-published.md",
       "---\ntitle: \"EU hits back at US tariffs\"\nsource: \"https://example.com/world/eu-tariffs\"\n"
       "published: 2025-03-12\ncreated: 2025-05-02\n---\n"
       "# EU hits back at US tariffs\n\n"
       f"{EN_TARIFFS}",
       "2025-03-12", "front matter 'published' beside 'created'"),
    _p("en-reader-saved-on.md",
       "# Europe scrambles after Riyadh talks\n\nSaved on May 2, 2025\n\n[Read the original](https://example.com/world/riyadh)\n\n"
       "By Jane Doe\n\n18 February 2025\n\n"
       f"{EN_RIYADH}",
       "2025-02-18", "the reader app's 'Saved on' day above the article's own date"),
    _p("de-reader-abgerufen.md",
       "# Kiew fordert Platz am Tisch\n\nAbgerufen am 2. Mai 2025\n\n"
       f"{DE_RIAD}",
       None, "only the day the page was retrieved: unknown"),
    _p("en-reader-export.md",
       "# Cardinals begin conclave to choose a new pope\n\n*By Jane Doe · May 7, 2025*\n\n"
       f"{EN_CONCLAVE}\n## Related\n\n- [Pope dies at 88](https://example.com/pope) — April 21, 2025\n",
       "2025-05-07", "byline and date in emphasis; a related list with another day"),
    _p("de-reader-export.md",
       "# Schwarzer Rauch über der Sixtinischen Kapelle\n\n**07.05.2025, 21:10 Uhr** · Von Max Muster\n\n"
       f"{DE_KONKLAVE}",
       "2025-05-07", "bold date, then the byline on the same line"),
)


# ---------------------------------------------------------------------------
# a second set: outlets of more kinds and countries, March 2024, fictional places
# and people (Dunmore Falls, Kleinfeld an der Auer, ...); our own words throughout
# ---------------------------------------------------------------------------

EN_FLOOD = (
    "Crews in Dunmore Falls spent the weekend pumping water out of basements after the Keller River "
    "rose almost four feet above its banks on the east side of town.\n\n"
    "Mayor Ruth Calloway said no one had been hurt, but at least thirty homes on Alder Street were "
    "cut off for several hours. The county opened a shelter at the middle school gym.\n\n"
    "Forecasters expect drier weather for the rest of the week, and the river is expected to fall "
    "back below flood stage by Wednesday, officials said.\n"
)
EN_COUNCIL = (
    "Councillors in Westhaven voted narrowly to close the old Harbour Road library and move its "
    "collection into the new civic centre, ending a dispute that has run for more than a year.\n\n"
    "Opponents said the branch was the only quiet place for many pupils in the area to study. "
    "Council leader Priya Marsh said the savings would keep two other branches open longer.\n\n"
    "The decision still needs the approval of the full cabinet, which meets later this month.\n"
)
EN_MINE = (
    "Rescue teams reached eleven workers who had been trapped for two days in a collapsed tunnel "
    "at a copper mine near the town of Karvala, the state's disaster agency said.\n\n"
    "All of them were taken to the district hospital, where doctors said they were weak but in "
    "stable condition. The company running the mine has been ordered to halt work at the site.\n"
)
DE_HOCHWASSER = (
    "In Kleinfeld an der Auer sind am Wochenende mehrere Keller vollgelaufen, nachdem der Fluss "
    "nach tagelangem Regen über die Ufer getreten war. Die Feuerwehr war mit mehr als sechzig "
    "Kräften im Einsatz.\n\n"
    "Bürgermeisterin Helga Sommerauer sagte, verletzt worden sei niemand. Die Uferstraße bleibe "
    "aber vorerst gesperrt, weil der Pegel nur langsam sinke.\n\n"
    "Der Wetterdienst rechnet für die kommenden Tage mit trockenerem Wetter. Die Schäden sollen "
    "in der nächsten Woche begutachtet werden.\n"
)
DE_STADTRAT = (
    "Der Gemeinderat von Obertal hat nach langer Debatte beschlossen, das alte Hallenbad zu "
    "schließen und stattdessen ein neues Familienbad am Stadtrand zu planen.\n\n"
    "Die Opposition kritisierte, dass Schulen und Vereine dann weite Wege hätten. Der "
    "Bürgermeister Konrad Feistl verwies auf die hohen Kosten für die Sanierung des Gebäudes.\n\n"
    "Eine Bürgerinitiative kündigte an, Unterschriften für ein Bürgerbegehren zu sammeln.\n"
)


PAGES_MORE: tuple[Page, ...] = (
    # ------------------------------------------------------------------ English, local TV and US dailies
    _p("en-localtv-posted-updated.txt",
       "Skip to content\nNews\nWeather\nTraffic\nWatch Live\n\nDunmore Falls cleans up after river floods east side\n"
       "by: Dana Whitcombe\nPosted: Mar 3, 2024 / 02:15 PM CST\nUpdated: Mar 4, 2024 / 09:40 AM CST\n\n"
       f"{EN_FLOOD}\nCopyright 2024 Nexstar-like Media Inc. All rights reserved.\n",
       "2024-03-03", "local TV 'Posted: Mon d, yyyy / hh:mm PM CST' then 'Updated:'", ("Dana Whitcombe",)),
    _p("en-localtv-updated-first.txt",
       "News\nLocal\n\nRiver crests in Dunmore Falls\nUpdated: Mar 4, 2024 / 09:40 AM CST\n"
       "Posted: Mar 3, 2024 / 02:15 PM CST\nby: Dana Whitcombe\n\n"
       f"{EN_FLOOD}",
       "2024-03-03", "'Updated:' above 'Posted:' on a local TV page", ("Dana Whitcombe",)),
    _p("en-localtv-posted-at.txt",
       "Menu\nNews\nWeather\n\nAlder Street residents wait for the water to go down\n"
       "By: Dana Whitcombe\nPosted at 2:15 PM, Mar 03, 2024\nand last updated 9:40 AM, Mar 04, 2024\n\n"
       f"{EN_FLOOD}",
       "2024-03-03", "'Posted at h:mm PM, Mon dd, yyyy' with the clock first", ("Dana Whitcombe",)),
    _p("en-us-daily-abbrev-dots.txt",
       "Subscribe\nLocal\nPolitics\n\nShelter opens at middle school as river rises\n"
       "Dana Whitcombe\nThe Dunmore Courier\nPublished Mar. 3, 2024 at 2:15 p.m. CST\n\n"
       f"{EN_FLOOD}",
       "2024-03-03", "'Published Mar. 3, 2024 at 2:15 p.m. CST'"),
    _p("en-us-wire-clock-weekday.txt",
       "World\n\nEleven miners rescued after two days underground\nPublished 2:15 PM EST, Sunday, March 3, 2024\n\n"
       f"{EN_MINE}",
       "2024-03-03", "'Published <clock> <zone>, Weekday, Month d, yyyy'"),
    _p("en-amp-yahoo-like.txt",
       "AMP\nNews\n\nDunmore Falls river expected to fall by Wednesday\nDana Whitcombe\n"
       "Sun, March 3, 2024 at 2:15 PM CST\n3 min read\n\n"
       f"{EN_FLOOD}",
       "2024-03-03", "AMP page: 'Sun, March 3, 2024 at 2:15 PM CST' and '3 min read'"),
    # ------------------------------------------------------------------ UK, Ireland, Canada
    _p("en-uk-tabloid-published-updated.txt",
       "Home\nNews\nSport\nTV&Showbiz\n\nLibrary row ends as Westhaven council votes to close branch\n"
       "By JANE ROE FOR EXAMPLEONLINE\nPublished: 14:02 GMT, 3 March 2024 | Updated: 09:15 GMT, 4 March 2024\n\n"
       f"{EN_COUNCIL}\nShare or comment on this article:\n\nComments 48\n\nreader_uk, Leeds, 1 day ago\nShameful.\n",
       "2024-03-03", "tabloid 'Published: hh:mm GMT, d Month yyyy | Updated: ...'", ("JANE ROE",)),
    _p("en-uk-tabloid-bst-comments.txt",
       "Home\nNews\n\nCouncil confirms library move\nBy JANE ROE\n"
       "Updated: 09:15 BST, 9 April 2024\n\n"
       f"{EN_COUNCIL}\nComments\n\nMarkT, Westhaven\n10 April 2024 08:15\nA sad day for the town.\n",
       "2024-04-09", "tabloid with only an 'Updated:' stamp in BST; a comment the next day", ("JANE ROE",)),
    _p("en-irish-daily.txt",
       "News\nIreland\nWorld\n\nWesthaven library to close after council vote\n"
       "Jane Roe\nSun Mar 3 2024 - 14:02\n\n"
       f"{EN_COUNCIL}",
       "2024-03-03", "'Sun Mar 3 2024 - 14:02' (weekday, month, day, year)"),
    _p("en-canada-published-last-updated.txt",
       "News\nLocal News\n\nHarbour Road branch to close, council decides\nJane Roe\n"
       "Published Mar 03, 2024  •  Last updated Mar 04, 2024  •  3 minute read\n\n"
       f"{EN_COUNCIL}\nJoin the conversation\n",
       "2024-03-03", "'Published Mon dd, yyyy • Last updated ... • 3 minute read'"),
    # ------------------------------------------------------------------ India and Australia
    _p("en-india-last-updated.txt",
       "Home\nIndia\nWorld\n\nEleven workers rescued from collapsed Karvala mine tunnel\n"
       "Last Updated : 03 Mar 2024, 02:15 PM IST\n\n"
       f"{EN_MINE}",
       "2024-03-03", "'Last Updated : dd Mon yyyy, hh:mm PM IST' with a space before the colon"),
    _p("en-india-published-updated.txt",
       "India News\n\nKarvala mine: all eleven workers safe\nBy Anil Varghese\n"
       "Published: March 03, 2024 14:15 IST | Updated: March 04, 2024 08:02 IST\n\n"
       f"{EN_MINE}",
       "2024-03-03", "'Published: Month dd, yyyy hh:mm IST | Updated: ...'", ("Anil Varghese",)),
    _p("en-india-pti-updated-dash.txt",
       "National\n\nMine rescue ends after two days\nUpdated - March 03, 2024 at 02:15 PM.\n\n"
       "Karvala, Mar 3 (PTI) Rescue teams reached eleven workers who had been trapped in a collapsed "
       "tunnel at a copper mine, officials said on Sunday.\n\n"
       f"{EN_MINE}",
       "2024-03-03", "'Updated - Month dd, yyyy at hh:mm PM.' and a PTI dateline without a year"),
    _p("en-australia-posted-updated.txt",
       "ABC-like News\nJust In\nAustralia\n\nRescuers reach trapped miners\nBy Jane Roe\n"
       "Posted Sun 3 Mar 2024 at 2:15pm, updated Mon 4 Mar 2024 at 9:40am\n\n"
       f"{EN_MINE}",
       "2024-03-03", "'Posted Sun 3 Mar 2024 at 2:15pm, updated Mon ...'", ("Jane Roe",)),
    _p("en-australia-updated-first-published.txt",
       "National\n\nCouncil votes to shut library\nBy Jane Roe\n"
       "Updated March 4, 2024 — 9.40am, first published March 3, 2024 — 2.15pm\n\n"
       f"{EN_COUNCIL}",
       "2024-03-03", "'Updated ... — 9.40am, first published ... — 2.15pm' on one line", ("Jane Roe",)),
    _p("en-australia-aedt.txt",
       "News\n\nFlood clean-up begins\nJane Roe\n3 March 2024, 2:15pm AEDT\n\n"
       f"{EN_FLOOD}",
       "2024-03-03", "'d Month yyyy, h:mmpm AEDT'"),
    # ------------------------------------------------------------------ press releases, blogs, mail, PDF
    _p("en-press-release.txt",
       "FOR IMMEDIATE RELEASE\n\nMarch 3, 2024\n\nContact: Lena Fairweather, press@example.org\n\n"
       "Westhaven Libraries Trust welcomes council decision\n\n"
       f"{EN_COUNCIL}\nAbout the Trust\nFounded in 1998, the Trust runs reading programmes in eleven towns.\n\n"
       "###\n\n© 2024 Westhaven Libraries Trust\n",
       "2024-03-03", "a press release: 'FOR IMMEDIATE RELEASE', the date on its own line, founding year",
       ("Lena Fairweather",)),
    _p("en-press-release-wire-dateline.txt",
       "News provided by\nKarvala Copper Ltd.\n03 Mar, 2024, 08:30 ET\n\n"
       "KARVALA, India, March 3, 2024 /PRNewswire/ -- Karvala Copper Ltd. said all eleven workers "
       "were brought to the surface safely and thanked the rescue teams for their work.\n\n"
       f"{EN_MINE}",
       "2024-03-03", "a wire release: 'dd Mon, yyyy, hh:mm ET' and 'PLACE, Month d, yyyy /Wire/ --'"),
    _p("en-blog-posted-on.txt",
       "The Alder Street Diary\nHome\nAbout\nArchives\n\nWhat the flood took from our street\n"
       "Posted on March 3, 2024 by marta_k\n\n"
       f"{EN_FLOOD}\n4 thoughts on “What the flood took from our street”\n\n"
       "Ben says:\nMarch 5, 2024 at 8:12 am\nStay safe, Marta.\n",
       "2024-03-03", "blog 'Posted on ... by user'; a comment two days later"),
    _p("en-blog-comments-only.txt",
       "The Alder Street Diary\nHome\nAbout\n\nWhat the flood took from our street\n\n"
       f"{EN_FLOOD}\n2 thoughts on “What the flood took from our street”\n\n"
       "Ben says:\nMarch 5, 2024 at 8:12 am\nStay safe, Marta.\n\n"
       "Lou says:\nMarch 6, 2024 at 7:40 pm\nWe lost our car too.\n",
       None, "a blog post whose only days are its comments': unknown"),
    _p("en-newsletter-email.txt",
       "From: The Morning Brief <brief@example.com>\nDate: Sun, 3 Mar 2024 07:02:11 +0000\n"
       "Subject: Flood clean-up, a library vote and a rescue\nTo: reader@example.net\n\n"
       "Good morning. Here is what you need to know today.\n\n"
       f"{EN_FLOOD}\nYou are receiving this because you signed up. Unsubscribe\n",
       "2024-03-03", "a newsletter saved as mail: 'Date: Sun, 3 Mar 2024 07:02:11 +0000'"),
    _p("en-pdf-page-header.txt",
       "THE DUNMORE COURIER      Sunday, March 3, 2024      A3\n\n"
       "RIVER FLOODS EAST SIDE\nBy Dana Whitcombe\nStaff writer\n\n"
       "Crews in Dunmore Falls spent the weekend pumping water out of base-\nments after the Keller River "
       "rose almost four feet above its banks.\n\n"
       f"{EN_FLOOD}\nContinued on A6\n",
       "2024-03-03", "PDF text: the paper's page header with the day and a page number", ("Dana Whitcombe",)),
    # ------------------------------------------------------------------ live pages
    _p("en-liveblog-clock-entries.txt",
       "Live\nDunmore Falls flooding: latest updates\nSun 3 Mar 2024 16.05 GMT\n\n"
       "18:40\nRiver level begins to fall\nThe gauge at the town bridge dropped for the first time since Friday.\n\n"
       "17:15\nShelter opens\nThe county has opened a shelter at the middle school gym for families from Alder Street.\n\n"
       "16:05\nWelcome\nWe will bring you the latest on the flooding through the evening.\n",
       "2024-03-03", "a live page: a header stamp, then clock-only entries"),
    _p("en-liveblog-clock-only.txt",
       "Live\nDunmore Falls flooding: latest updates\n12 min ago\n\n"
       "18:40\nRiver level begins to fall\nThe gauge at the town bridge dropped for the first time since Friday.\n\n"
       "17:15\nShelter opens\nThe county has opened a shelter at the middle school gym for families from Alder Street.\n",
       None, "a live page with clock times and '12 min ago' only: unknown"),
    # ------------------------------------------------------------------ traps
    _p("en-related-list-only.txt",
       "Home\nLocal\n\nWhat the Westhaven library vote means for families\n\n"
       f"{EN_COUNCIL}\nRelated Articles\nLibrary campaigners march on town hall\nFebruary 27, 2024\n"
       "Budget gap forces council to look at closures\nFebruary 12, 2024\n",
       None, "only the related-articles list has days: unknown"),
    _p("en-copyright-only.txt",
       "Home\nLocal\n\nWhat the Westhaven library vote means for families\n\n"
       f"{EN_COUNCIL}\n© 2024 Westhaven Gazette. All rights reserved.\nTerms of Use | Privacy Policy\n",
       None, "a copyright year only: unknown"),
    _p("en-cookie-notice-and-date.txt",
       "We value your privacy\nWe updated our Privacy Policy on January 15, 2024. We and our partners use "
       "cookies to store and access information on your device. Accept all | Manage options\n\n"
       "Home\nLocal\n\nWesthaven library to close\nBy Jane Roe\nMarch 3, 2024\n\n"
       f"{EN_COUNCIL}",
       "2024-03-03", "a cookie notice's date above the article's own date line"),
    _p("en-cookie-notice-only.txt",
       "We value your privacy\nWe updated our Privacy Policy on January 15, 2024. We and our partners use "
       "cookies to store and access information on your device. Accept all | Manage options\n\n"
       "Home\nLocal\n\nWesthaven library to close\n\n"
       f"{EN_COUNCIL}",
       None, "a cookie notice's date only: unknown"),
    _p("en-event-announcement.txt",
       "What's On\n\nRiverside Clean-Up Day\n\nWhen: Saturday, April 13, 2024, 10 a.m. to 2 p.m.\n"
       "Where: Alder Street Park\n\n"
       "Volunteers are invited to help clear mud and rubbish from the riverbank. Gloves and bags "
       "will be provided, and the volunteer fire company will serve lunch.\n",
       None, "an event announcement's day to come only: unknown"),
    _p("en-event-future-with-posted.txt",
       "Community\n\nRiverside Clean-Up Day set for April\nPosted March 3, 2024\n\n"
       "The town will hold a clean-up day on Saturday, April 13, 2024, along the riverbank. "
       "Volunteers are invited to help clear mud and rubbish, and gloves and bags will be provided.\n",
       "2024-03-03", "a posting day and the event's later day in the body"),
    _p("en-obituary-with-published.txt",
       "Obituaries\n\nEdith Marlowe Hargreave\nMarch 14, 1941 – February 27, 2024\n\n"
       "Edith Marlowe Hargreave, 82, of Dunmore Falls, died peacefully at home. She was born March 14, "
       "1941, in Keller Crossing and taught at the town's primary school for thirty-one years.\n\n"
       "A memorial service will be held on Saturday, March 9, 2024, at the First Street chapel.\n\n"
       "Published by The Dunmore Courier on Mar. 3, 2024.\n",
       "2024-03-03", "an obituary: birth and death days, a service to come, the publisher's line at the end"),
    _p("en-obituary-no-published.txt",
       "Obituaries\n\nEdith Marlowe Hargreave\nMarch 14, 1941 – February 27, 2024\n\n"
       "Edith Marlowe Hargreave, 82, of Dunmore Falls, died peacefully at home. She was born March 14, "
       "1941, in Keller Crossing and taught at the town's primary school for thirty-one years.\n\n"
       "A memorial service will be held on Saturday, March 9, 2024, at the First Street chapel.\n",
       None, "an obituary with birth and death days only: unknown"),
    _p("en-first-published-year-only.txt",
       "Guides\n\nHow to protect your home from river flooding\n\n"
       "First published in 2019, this article was updated on March 3, 2024.\n\n"
       "Sandbags, sealed vents and raised sockets can keep most of the water out of a basement, "
       "engineers say. Homeowners should also check whether their insurance covers flood damage.\n",
       None, "'First published in 2019, this article was updated on ...': the first day is not shown"),
    _p("en-profile-born.txt",
       "People\n\nRuth Calloway\n\nRuth Calloway (born 14 March 1961) is an American politician who has "
       "served as mayor of Dunmore Falls since the town's last election.\n\n"
       "Before entering politics she ran a hardware store on First Street for two decades.\n",
       None, "a profile with a birth date only: unknown"),
    _p("en-sports-kickoff.txt",
       "Sport\nFootball\n\nWesthaven Town face must-win game\nBy Jane Roe | March 3, 2024\n\n"
       "Kick-off: Saturday, March 9, 2024, 3pm\n\n"
       "Westhaven Town need a win against Harbour Rovers to stay out of the relegation places, and "
       "the manager said the squad knew exactly what was at stake this time.\n",
       "2024-03-03", "'By Name | Month d, yyyy' and a kick-off day to come", ("Jane Roe",)),
    _p("en-originally-published-footer.txt",
       "Local\n\nRiver falls back below flood stage\n\n"
       f"{EN_FLOOD}\nThis story was originally published March 3, 2024, 2:15 PM.\n",
       "2024-03-03", "'This story was originally published ...' at the end"),
    _p("en-published-relative-only.txt",
       "News\n\nLibrary to close after council vote\nPublished 3 hours ago\nUpdated 1 hour ago\n\n"
       f"{EN_COUNCIL}",
       None, "'Published 3 hours ago': unknown"),
    # ------------------------------------------------------------------ Swiss and Austrian
    _p("de-swiss-publiziert-aktualisiert.txt",
       "Startseite\nSchweiz\nAusland\nSport\n\nHochwasser\nKeller in Kleinfeld unter Wasser\n"
       "Publiziert: 03.03.2024, 14:02 Uhr\nAktualisiert: 04.03.2024, 08:10 Uhr\n\n"
       f"{DE_HOCHWASSER}",
       "2024-03-03", "Swiss 'Publiziert: dd.mm.yyyy, hh:mm Uhr' then 'Aktualisiert:'"),
    _p("de-swiss-publiziert-heute.txt",
       "Startseite\nSchweiz\n\nHochwasser\nKeller in Kleinfeld unter Wasser\nPubliziert heute um 14:02 Uhr\n\n"
       f"{DE_HOCHWASSER}",
       None, "'Publiziert heute um 14:02 Uhr': no day, unknown"),
    _p("de-swiss-aktualisiert-vor.txt",
       "News\nRegion\n\nUferstraße bleibt gesperrt\nAktualisiert vor 2 Stunden\n\n"
       f"{DE_HOCHWASSER}",
       None, "'Aktualisiert vor 2 Stunden': unknown"),
    _p("de-austrian-erstellt-am.txt",
       "Steiermark\nPolitik\nWirtschaft\n\nObertal\nHallenbad wird geschlossen\n"
       "Erstellt am 03.03.2024 um 14:02 Uhr | Aktualisiert am 04.03.2024 um 08:10 Uhr\n\n"
       f"{DE_STADTRAT}",
       "2024-03-03", "'Erstellt am … um … Uhr | Aktualisiert am …' (Austrian regional)"),
    _p("de-austrian-forum-postings.txt",
       "Inland\n\nGemeinderat\nObertal sperrt sein Hallenbad zu\nErika Musterfrau\n3. März 2024, 14:02\n\n"
       f"{DE_STADTRAT}\nForum\n128 Postings\n\nbadegast_77\n3. März 2024, 15:10\nSchade um das schöne Bad.\n",
       "2024-03-03", "'d. Monat yyyy, hh:mm' under the author; forum postings below", ("Erika Musterfrau",)),
    # ------------------------------------------------------------------ German regional papers
    _p("de-regional-von-pipe-short-year.txt",
       "Lokales\nKleinfeld\nSport\n\nHochwasser in Kleinfeld\nFeuerwehr pumpt Keller leer\n"
       "Von Erika Musterfrau | 03.03.24, 14:02 Uhr\n\n"
       f"{DE_HOCHWASSER}",
       "2024-03-03", "'Von Name | dd.mm.yy, hh:mm Uhr' with a two-digit year", ("Erika Musterfrau",)),
    _p("de-regional-updated-short-year.txt",
       "Lokales\n\nHochwasser\nFeuerwehr pumpt Keller leer\nAktualisiert: 04.03.24, 09:10 Uhr\n"
       "Von Erika Musterfrau | 03.03.24, 14:02 Uhr\n\n"
       f"{DE_HOCHWASSER}",
       "2024-03-03", "an update stamp above 'Von Name | dd.mm.yy, hh:mm Uhr'", ("Erika Musterfrau",)),
    _p("de-regional-updated-above-byline.txt",
       "Lokales\n\nHochwasser\nFeuerwehr pumpt Keller leer\nAktualisiert: 04.03.2024, 09:10 Uhr\n"
       "Von Erika Musterfrau | 03.03.2024, 14:02 Uhr\n\n"
       f"{DE_HOCHWASSER}",
       "2024-03-03", "the same with four-digit years", ("Erika Musterfrau",)),
    _p("en-updated-above-byline-date.txt",
       "Local\n\nShelter opens as river rises\nUpdated March 4, 2024, 9:40 a.m.\n"
       "By Dana Whitcombe | March 3, 2024, 2:15 p.m.\n\n"
       f"{EN_FLOOD}",
       "2024-03-03", "'Updated ...' above 'By Name | Month d, yyyy, h:mm p.m.'", ("Dana Whitcombe",)),
    _p("de-regional-amp-erstellt.txt",
       "AMP\nRegion\n\nObertal schließt Hallenbad\nAktualisiert: 04.03.2024 - 09:10 | Erstellt: 03.03.2024 - 14:02\n\n"
       f"{DE_STADTRAT}",
       "2024-03-03", "'Aktualisiert: … | Erstellt: …' on one line (AMP page)"),
    _p("de-cookie-stand-above.txt",
       "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu "
       "analysieren. Stand der Datenschutzerklärung: 01.02.2024. Alle akzeptieren | Einstellungen\n\n"
       "Lokales\n\nHochwasser\nFeuerwehr pumpt Keller leer\n03.03.2024, 14:02 Uhr\n\n"
       f"{DE_HOCHWASSER}",
       "2024-03-03", "a cookie banner's 'Stand' date above the article's date line"),
    _p("de-press-release.txt",
       "Pressemitteilung\n\nPressemitteilung vom 03.03.2024\n\nStadtwerke Obertal begrüßen Planung für neues Familienbad\n\n"
       f"{DE_STADTRAT}\nPressekontakt: Lena Holzer, presse@example.de\n",
       "2024-03-03", "'Pressemitteilung vom dd.mm.yyyy'; the press contact is no actor", ("Lena Holzer",)),
    _p("de-blog-veroeffentlicht-von.txt",
       "Mein Kleinfeld – ein Blog\nStartseite\nÜber mich\n\nAls die Auer in unseren Keller kam\n"
       "Veröffentlicht am 3. März 2024 von kathrin\n\n"
       f"{DE_HOCHWASSER}\n3 Kommentare\n\nJonas\n5. März 2024 um 08:12\nAlles Gute euch!\n",
       "2024-03-03", "blog 'Veröffentlicht am … von user'; a comment two days later"),
    _p("de-newsletter-outlook.txt",
       "Von: Stadtwerke Obertal <info@example.de>\nGesendet: Sonntag, 3. März 2024 07:02\n"
       "An: leser@example.de\nBetreff: Neuigkeiten zum Familienbad\n\n"
       "Liebe Leserinnen und Leser,\n\n"
       f"{DE_STADTRAT}\nSie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden\n",
       "2024-03-03", "a newsletter saved from a mail program: 'Gesendet: Sonntag, 3. März 2024 07:02'"),
    _p("de-pdf-page-header.txt",
       "Seite 4 | Sonntag, 3. März 2024 | Kleinfelder Bote\n\nLOKALES\n\nDie Auer tritt über die Ufer\n\n"
       "In Kleinfeld an der Auer sind am Wochenende mehrere Kel-\nler vollgelaufen.\n\n"
       f"{DE_HOCHWASSER}",
       "2024-03-03", "PDF text: page, weekday and date, paper's name in the page header"),
    _p("de-ticker-clock-only.txt",
       "Liveticker\nHochwasser in Kleinfeld: Alle Entwicklungen\n\n"
       "+++ 18:40 Uhr +++ Der Pegel sinkt erstmals seit Freitag.\n\n"
       "+++ 17:15 Uhr +++ In der Turnhalle der Mittelschule ist eine Notunterkunft eingerichtet worden.\n\n"
       "+++ 16:05 Uhr +++ Die Uferstraße ist gesperrt.\n",
       None, "a ticker with clock-only entries: unknown"),
    _p("de-ticker-clock-stand.txt",
       "Liveticker\nHochwasser in Kleinfeld: Alle Entwicklungen\nStand: 03.03.2024, 18:40 Uhr\n\n"
       "+++ 18:40 Uhr +++ Der Pegel sinkt erstmals seit Freitag.\n\n"
       "+++ 17:15 Uhr +++ In der Turnhalle der Mittelschule ist eine Notunterkunft eingerichtet worden.\n",
       "2024-03-03", "a ticker with a 'Stand:' header and clock-only entries"),
    _p("de-related-meistgelesen.txt",
       "Lokales\n\nHochwasser\nWas die Flut in Kleinfeld angerichtet hat\n\n"
       f"{DE_HOCHWASSER}\nMeistgelesen\nUferstraße: Anwohner fordern Schutzwall 27.02.2024\n"
       "Neuer Pegel an der Auer 12.02.2024\n",
       None, "only a 'Meistgelesen' list has days: unknown"),
    _p("de-obituary-only-life-dates.txt",
       "Traueranzeigen\n\nNachruf\nKlara Wendlinger\n\n"
       "Klara Wendlinger, geboren am 12. Mai 1938 in Obertal, ist am 28. Februar 2024 im Alter von "
       "85 Jahren gestorben. Sie leitete jahrzehntelang die Bücherei der Gemeinde.\n\n"
       "Die Trauerfeier findet am Freitag, 8. März 2024, in der Pfarrkirche statt.\n",
       None, "an obituary with birth, death and funeral days only: unknown"),
    _p("de-event-announcement.txt",
       "Veranstaltungen\n\nFlohmarkt am Auerufer\n\n"
       "Am Samstag, 13. April 2024, lädt der Heimatverein zum großen Flohmarkt am Auerufer ein. "
       "Der Erlös geht an Familien, deren Keller beim Hochwasser vollgelaufen sind.\n\n"
       "Beginn: 9 Uhr. Standgebühr: 10 Euro.\n",
       None, "an event announcement's day to come only: unknown"),
    _p("de-copyright-only.txt",
       "Lokales\n\nHochwasser\nWas die Flut in Kleinfeld angerichtet hat\n\n"
       f"{DE_HOCHWASSER}\n© 2024 Kleinfelder Bote GmbH. Alle Rechte vorbehalten.\nImpressum | Datenschutz\n",
       None, "a copyright year only: unknown"),
    _p("de-first-appeared-earlier.txt",
       "Ratgeber\n\nSo schützen Sie Ihr Haus vor Hochwasser\n\n"
       "Dieser Artikel erschien erstmals am 12. Mai 2019 und wurde am 3. März 2024 aktualisiert.\n\n"
       "Sandsäcke, dichte Kellerfenster und höher gelegte Steckdosen halten das meiste Wasser fern, "
       "sagen Fachleute. Hausbesitzer sollten außerdem prüfen, ob ihre Versicherung Elementarschäden deckt.\n",
       "2019-05-12", "'Dieser Artikel erschien erstmals am … und wurde am … aktualisiert'"),
    _p("de-quoted-older-letter.txt",
       "Lokales\n\nHallenbad\nStreit um das Bad geht weiter\nVon Erika Musterfrau\n03.03.2024\n\n"
       "In einem Schreiben vom 14. Februar 2024 hatte die Bürgerinitiative den Gemeinderat aufgefordert, "
       "die Schließung zu überdenken.\n\n"
       f"{DE_STADTRAT}",
       "2024-03-03", "a quoted letter's older day in the body, the date line under the byline", ("Erika Musterfrau",)),
    # ------------------------------------------------------------------ more labels of record
    _p("de-press-release-den.txt",
       "Presse\n\nStadtwerke Obertal planen neues Familienbad\n\n"
       "Obertal, den 03.03.2024 – Die Stadtwerke Obertal haben die ersten Pläne für ein neues Familienbad "
       "am Stadtrand vorgestellt. Der Gemeinderat hatte zuvor die Schließung des alten Hallenbades beschlossen.\n\n"
       f"{DE_STADTRAT}",
       "2024-03-03", "a press release's dateline 'Ort, den dd.mm.yyyy –'"),
    _p("de-ausgabe-vom.txt",
       "E-Paper\nKleinfelder Bote\nAusgabe vom 03.03.2024\n\nDie Auer tritt über die Ufer\n\n"
       f"{DE_HOCHWASSER}",
       "2024-03-03", "an e-paper's 'Ausgabe vom dd.mm.yyyy'"),
    _p("de-sendedatum.txt",
       "Mediathek\nRegionalmagazin\n\nHochwasser in Kleinfeld\nSendedatum: 03.03.2024\nDauer: 4 Min.\n\n"
       f"{DE_HOCHWASSER}",
       "2024-03-03", "a broadcaster's 'Sendedatum: dd.mm.yyyy'"),
    _p("de-erscheinungsdatum.txt",
       "Amtsblatt\n\nBekanntmachung zum Hallenbad\nErscheinungsdatum: 03.03.2024\n\n"
       f"{DE_STADTRAT}",
       "2024-03-03", "'Erscheinungsdatum: dd.mm.yyyy'"),
    _p("de-pdf-stand-month.txt",
       "Seite 1 von 3\n\nInformationen zum Hochwasserschutz\nStand: März 2024\n\n"
       f"{DE_HOCHWASSER}",
       None, "a leaflet's 'Stand: März 2024' gives a month only: no day"),
    _p("de-yearless-weekday-header.txt",
       "Lokales\n\nHochwasser\nFeuerwehr pumpt Keller leer\nSonntag, 3. März, 14:02 Uhr\n\n"
       f"{DE_HOCHWASSER}\nDie Schäden des Hochwassers von 2024 sollen aus einem Fonds beglichen werden, "
       "kündigte die Gemeinde an.\n",
       "2024-03-03", "a date line with weekday but no year; the body names 2024"),
    _p("en-issued-label.txt",
       "Newsroom\n\nCouncil confirms library decision\nIssued: 3 March 2024\n\n"
       f"{EN_COUNCIL}",
       "2024-03-03", "'Issued: d Month yyyy' (a council's news release)"),
    _p("en-release-date-label.txt",
       "Press release\n\nLibrary services to move to the civic centre\nRelease date: 3 March 2024\n\n"
       f"{EN_COUNCIL}",
       "2024-03-03", "'Release date: d Month yyyy'"),
    _p("en-publication-date-label.txt",
       "Report\n\nFlood response review\nPublication date: 03/03/2024\nLast reviewed: 10/03/2024\n\n"
       f"{EN_FLOOD}",
       "2024-03-03", "'Publication date: 03/03/2024': day and month equal, either order; the review date ambiguous"),
    _p("en-date-of-publication-written.txt",
       "Report\n\nFlood response review\nDate of publication: 3 March 2024\n\n"
       f"{EN_FLOOD}",
       "2024-03-03", "'Date of publication: d Month yyyy'"),
    _p("en-ordinal-no-comma.txt",
       "Local News\n\nRiver expected to drop by Wednesday\nMarch 3rd 2024, 2:15 PM\nBy Dana Whitcombe\n\n"
       f"{EN_FLOOD}",
       "2024-03-03", "'March 3rd 2024' with an ordinal and no comma", ("Dana Whitcombe",)),
    _p("en-india-slash-desk.txt",
       "City\n\nKarvala rescue: eleven miners safe\nCity Desk / Karvala / Updated: Mar 3, 2024, 14:15 IST\n\n"
       f"{EN_MINE}",
       "2024-03-03", "'Desk / Place / Updated: Mon d, yyyy, hh:mm IST'"),
    _p("en-nz-comma-month.txt",
       "News\n\nCouncil votes to shut library\nBy Jane Roe\n3 Mar, 2024 02:15 PM\n3 mins to read\n\n"
       f"{EN_COUNCIL}",
       "2024-03-03", "'d Mon, yyyy hh:mm PM' and 'mins to read'", ("Jane Roe",)),
    _p("en-yearless-weekday-only.txt",
       "Local\n\nRiver expected to drop by Wednesday\nSunday, March 3\n\n"
       f"{EN_FLOOD}",
       None, "'Sunday, March 3' with no year anywhere: unknown"),
    _p("en-headline-future-date.txt",
       "Elections\n\nWesthaven votes on April 18, 2024: what you need to know\n\n"
       "Voters in Westhaven will choose a new council, and the library closure is expected to be the main "
       "issue of the campaign, according to candidates from all parties.\n",
       None, "a day to come in the headline only: unknown"),
    # ------------------------------------------------------------------ more furniture with other days
    _p("de-headline-future-date.txt",
       "Wahl\n\nGemeinderatswahl am 14. April 2024: Was Sie wissen müssen\n\n"
       "In Obertal wird ein neuer Gemeinderat gewählt. Die Zukunft des Hallenbades dürfte das wichtigste Thema "
       "des Wahlkampfs werden, sagen Kandidaten aller Listen.\n",
       None, "a day to come in a preview's headline only: unknown"),
    _p("en-dont-miss-box-only.txt",
       "Home\nLocal\n\nWhat the Westhaven library vote means for families\n\n"
       f"{EN_COUNCIL}\nDon't Miss\nLibrary campaigners march on town hall\nFebruary 27, 2024\n"
       "Budget gap forces council to look at closures\nFebruary 12, 2024\n",
       None, "only a 'Don't Miss' box has days: unknown"),
    _p("de-auch-lesenswert-only.txt",
       "Lokales\n\nHochwasser\nWas die Flut in Kleinfeld angerichtet hat\n\n"
       f"{DE_HOCHWASSER}\nAuch lesenswert\nUferstraße: Anwohner fordern Schutzwall\n27.02.2024\n"
       "Neuer Pegel an der Auer\n12.02.2024\n",
       None, "only an 'Auch lesenswert' box has days: unknown"),
    _p("de-leserdebatte-only.txt",
       "Lokales\n\nHochwasser\nWas die Flut in Kleinfeld angerichtet hat\n\n"
       f"{DE_HOCHWASSER}\nLeserdebatte\n\nauerfan\n05.03.2024, 08:15 Uhr\nDie Stadt hätte früher handeln müssen.\n\n"
       "Kleinfelderin\n05.03.2024, 09:02 Uhr\nDanke an die Feuerwehr!\n",
       None, "only a 'Leserdebatte' has days: unknown"),
    _p("de-cookie-only.txt",
       "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu "
       "analysieren. Stand der Datenschutzerklärung: 01.02.2024. Alle akzeptieren | Einstellungen\n\n"
       "Lokales\n\nHochwasser\nFeuerwehr pumpt Keller leer\n\n"
       f"{DE_HOCHWASSER}",
       None, "a cookie banner's 'Stand' date only: unknown"),
    _p("de-video-teaser-above.txt",
       "Lokales\nVideo vom 02.03.2024\nSo stieg die Auer über Nacht\n\n"
       "Hochwasser\nFeuerwehr pumpt Keller leer\nVon Erika Musterfrau\n03.03.2024, 14:02 Uhr\n\n"
       f"{DE_HOCHWASSER}",
       "2024-03-03", "a 'Video vom' teaser above the article's own date line", ("Erika Musterfrau",)),
    _p("de-archivbild-caption.txt",
       "Lokales\n\nObertal schließt Hallenbad\nVon Erika Musterfrau\n03.03.2024\n\n"
       "Archivbild vom 12.05.2019: Das Hallenbad bei seiner letzten Sanierung. Foto: Lena Holzer\n\n"
       f"{DE_STADTRAT}",
       "2024-03-03", "an archive photo's dated caption below the date line", ("Erika Musterfrau", "Lena Holzer")),
    _p("en-last-reviewed-health.txt",
       "Health\n\nStaying safe after a flood\nMedically reviewed by Dr. Lena Fairweather\n"
       "Published March 3, 2024\nLast reviewed March 10, 2024\n\n"
       "Flood water can carry sewage and chemicals, so doctors advise wearing gloves and boots when cleaning "
       "up, and throwing away any food that has touched the water.\n",
       "2024-03-03", "'Published' and 'Last reviewed' (a health site); the reviewer is no actor", ("Lena Fairweather",)),
    _p("en-fixture-box-and-byline.txt",
       "Sport\n\nWesthaven Town 2-1 Harbour Rovers\nBy Jane Roe\nSun 3 Mar 2024 17.40 GMT\n\n"
       "Next match: Harbour Rovers v Westhaven Town, Sat 9 Mar 2024, 15:00\n\n"
       "Westhaven Town climbed out of the relegation places with a late winner, and the manager said the "
       "squad had shown exactly the spirit the club needed at this stage of the season.\n",
       "2024-03-03", "a 'Next match' box with a day to come below the date line", ("Jane Roe",)),
    # ------------------------------------------------------------------ notes, corrections, platforms
    _p("en-editors-note-originally.txt",
       "Local\n\nWhat the flood maps show\nUpdated March 3, 2024\n\n"
       "Editor's note: This article was originally published on Feb. 12, 2024. It has been updated with new figures.\n\n"
       f"{EN_FLOOD}",
       "2024-02-12", "an editor's note giving the first day under a later 'Updated' line"),
    _p("en-correction-note-below.txt",
       "Local\n\nShelter opens as river rises\nBy Dana Whitcombe\nMarch 3, 2024\n\n"
       f"{EN_FLOOD}\nCorrection, March 5, 2024: An earlier version of this article misstated the number of homes cut off.\n",
       "2024-03-03", "a correction's later day below the body", ("Dana Whitcombe",)),
    _p("en-newsletter-platform.txt",
       "The Riverside Letter\nSubscribe\nSign in\n\nWhat the flood took from Alder Street\nNotes from a week of mud\n"
       "Dana Whitcombe\nMar 03, 2024 ∙ Paid\n12\n3\nShare\n\n"
       f"{EN_FLOOD}",
       "2024-03-03", "a newsletter platform's 'Mon dd, yyyy ∙ Paid' line", ("Dana Whitcombe",)),
    _p("en-blog-platform-read-time.txt",
       "Open in app\nSign up\n\nWhat the flood taught our town\nDana Whitcombe\nFollow\n5 min read\n·\nMar 3, 2024\n\n"
       f"{EN_FLOOD}",
       "2024-03-03", "a blog platform: 'Follow', '5 min read', '·' and the date on their own lines", ("Dana Whitcombe",)),
    _p("en-uk-slash-gmt.txt",
       "News\n\nCouncil votes to shut library\nPublished: 04/03/2024 14:02 GMT\n\n"
       f"{EN_COUNCIL}",
       "2024-03-04", "'04/03/2024 14:02 GMT': a British page reads it day first"),
    _p("en-podcast-aired.txt",
       "Podcasts\n\nThe Riverside Hour\nEpisode 112: After the flood\nAired March 3, 2024\n48 min\n\n"
       f"{EN_FLOOD}",
       "2024-03-03", "a podcast's 'Aired Month d, yyyy'"),
    _p("en-today-clock-only.txt",
       "Local\n\nRiver expected to drop by Wednesday\nToday, 2:15 PM\n\n"
       f"{EN_FLOOD}",
       None, "'Today, 2:15 PM': no day, unknown"),
    _p("de-gestern-clock-only.txt",
       "Lokales\n\nFeuerwehr pumpt Keller leer\nGestern, 14:02 Uhr\n\n"
       f"{DE_HOCHWASSER}",
       None, "'Gestern, 14:02 Uhr': no day, unknown"),
    _p("de-von-comma-date.txt",
       "Lokales\n\nHochwasser\nFeuerwehr pumpt Keller leer\nVon Erika Musterfrau, 03.03.2024, 14:02 Uhr\n\n"
       f"{DE_HOCHWASSER}",
       "2024-03-03", "'Von Name, dd.mm.yyyy, hh:mm Uhr' on one line", ("Erika Musterfrau",)),
    _p("de-name-dot-date-lesezeit.txt",
       "Lokales\n\nHochwasser\nFeuerwehr pumpt Keller leer\nErika Musterfrau · 03.03.2024 · 3 Min. Lesezeit\n\n"
       f"{DE_HOCHWASSER}",
       "2024-03-03", "'Name · dd.mm.yyyy · 3 Min. Lesezeit'", ("Erika Musterfrau",)),
    _p("de-podcast-folge-vom.txt",
       "Podcast\n\nKleinfeld hört zu\nFolge vom 03.03.2024\nDauer 32 Minuten\n\n"
       f"{DE_HOCHWASSER}",
       "2024-03-03", "a podcast's 'Folge vom dd.mm.yyyy'"),
    _p("de-one-line-veroeffentlicht-aktualisiert.txt",
       "Lokales\n\nObertal schließt Hallenbad\n"
       "Veröffentlicht am 03.03.2024 um 14:02 Uhr, aktualisiert am 04.03.2024 um 08:10 Uhr\n\n"
       f"{DE_STADTRAT}",
       "2024-03-03", "'Veröffentlicht am … um … Uhr, aktualisiert am …' on one line"),
    _p("de-mez-suffix.txt",
       "Politik\n\nObertal schließt Hallenbad\n03.03.2024, 14:02 Uhr MEZ\n\n"
       f"{DE_STADTRAT}",
       "2024-03-03", "'dd.mm.yyyy, hh:mm Uhr MEZ'"),
    _p("de-redaktionshinweis.txt",
       "Ratgeber\n\nSo schützen Sie Ihr Haus vor Hochwasser\nAktualisiert am 03.03.2024\n\n"
       "Hinweis der Redaktion: Dieser Text wurde erstmals am 12.05.2019 veröffentlicht und aktualisiert.\n\n"
       f"{DE_HOCHWASSER}",
       "2019-05-12", "an editor's note with the first day under a later 'Aktualisiert am'"),
    # ------------------------------------------------------------------ widgets, boxes, feeds
    _p("de-widget-weather-only.txt",
       "Sonntag, 10. März 2024 | Kleinfeld 8 °C\nStartseite\nLokales\nSport\n\nHochwasser\nFeuerwehr pumpt Keller leer\n"
       "vor 2 Stunden\n\n"
       f"{DE_HOCHWASSER}",
       None, "only the site's date-and-weather widget of the day it was saved: unknown"),
    _p("en-widget-todays-paper-only.txt",
       "Sunday, March 10, 2024\nToday's Paper\nSubscribe\n\nLocal\n\nShelter opens as river rises\n\n"
       f"{EN_FLOOD}",
       None, "only the site's 'Today's Paper' date widget: unknown"),
    _p("de-match-box-and-date.txt",
       "Sport\nFußball\n\nObertal siegt in letzter Minute\nSa., 02.03.2024, 15:30 Uhr | 24. Spieltag\nFC Obertal – SV Kleinfeld 2:1\n\n"
       "Von Erika Musterfrau\n03.03.2024, 09:12 Uhr\n\n"
       "Der FC Obertal hat das Derby gegen den SV Kleinfeld mit einem späten Treffer gewonnen. Trainer Konrad "
       "Feistl lobte nach dem Spiel die Moral seiner Mannschaft, die lange zurückgelegen hatte.\n",
       "2024-03-03", "a match box with the kick-off day under the headline, the report's own date below",
       ("Erika Musterfrau",)),
    _p("en-embedded-post-only.txt",
       "Local\n\nTown warns residents to stay off flooded roads\n\n"
       f"{EN_FLOOD}\n"
       "Please stay away from Alder Street while crews are working. pic.twitter.com/x1y2z3\n"
       "— Dunmore Falls Town (@dunmorefalls) March 2, 2024\n\n"
       "Officials asked drivers to respect the closures.\n",
       None, "only an embedded post's day (a lower bound at most): unknown"),
    _p("en-obituary-born-died-labels.txt",
       "Obituaries\n\nHarold Pennick\nBorn: June 2, 1938 | Died: February 27, 2024\n\n"
       "Harold Pennick ran the feed store on First Street for forty years and coached the town's youth "
       "baseball team, friends and family remembered.\n",
       None, "an obituary's 'Born: … | Died: …' line only: unknown"),
    _p("en-india-one-line-pipes.txt",
       "India\n\nKarvala mine rescue ends\nWritten by Anil Varghese | Karvala | Updated: March 3, 2024 14:15 IST\n\n"
       f"{EN_MINE}",
       "2024-03-03", "'Written by Name | Place | Updated: Month d, yyyy hh:mm IST'", ("Anil Varghese",)),
    _p("en-feed-rfc-date.txt",
       "Dunmore Courier – Local\n\nShelter opens as river rises\nSun, 03 Mar 2024 14:02:11 GMT\n\n"
       f"{EN_FLOOD}",
       "2024-03-03", "a feed reader's RFC date 'Sun, 03 Mar 2024 14:02:11 GMT'"),
    _p("de-iso-stamp-line.txt",
       "Lokales\n\nFeuerwehr pumpt Keller leer\n2024-03-03T14:02:00+01:00\n\n"
       f"{DE_HOCHWASSER}",
       "2024-03-03", "an ISO timestamp on its own line"),
    _p("de-ad-offer-only.txt",
       "Lokales\n\nAnzeige\nNur bis 31.03.2024: 20 % auf alle Kellerfenster\n\nHochwasser\nWas die Flut angerichtet hat\n\n"
       f"{DE_HOCHWASSER}",
       None, "only an advertisement's offer deadline: unknown"),
    _p("de-job-deadline-only.txt",
       "Stellenmarkt\n\nDie Gemeinde Obertal sucht eine Leitung für das neue Familienbad (m/w/d)\n"
       "Bewerbungsschluss: 15.04.2024\n\n"
       "Die Gemeinde sucht eine erfahrene Fachkraft, die den Aufbau des neuen Bades begleitet und das Team "
       "von rund zwanzig Beschäftigten führt.\n",
       None, "a job advert's application deadline only: unknown"),
    _p("de-letzte-aenderung.txt",
       "Gemeinde Obertal\nRathaus\n\nHallenbad: Fragen und Antworten\nLetzte Änderung: 04.03.2024\n\n"
       f"{DE_STADTRAT}",
       "2024-03-04", "'Letzte Änderung: dd.mm.yyyy' (an update stamp alone)"),
    _p("en-revised-label.txt",
       "Guides\n\nFlood help for renters\nRevised: March 4, 2024\n\n"
       "Renters whose homes were flooded can ask the county for emergency help with rent and deposits, "
       "and landlords must make repairs within a reasonable time, the guide explains.\n",
       "2024-03-04", "'Revised: Month d, yyyy' (an update stamp alone)"),
    # ------------------------------------------------------------------ more shapes of the date itself
    _p("en-uk-regional-caps-month.txt",
       "News\nLocal News\n\nWesthaven library to close after vote\nJane Roe\n14:02, 3 MAR 2024\nUpdated09:15, 4 MAR 2024\n\n"
       f"{EN_COUNCIL}",
       "2024-03-03", "'hh:mm, d MON yyyy' with the month in capitals; 'Updated' glued to the clock", ("Jane Roe",)),
    _p("en-month-day-year-no-comma.txt",
       "Local\n\nRiver expected to drop by Wednesday\nMar 03 2024\n\n"
       f"{EN_FLOOD}",
       "2024-03-03", "'Mon dd yyyy' without a comma"),
    _p("en-india-dashed-day-first.txt",
       "City\n\nKarvala mine rescue ends\nUpdated: 04-03-2024 14:15 IST\n\n"
       f"{EN_MINE}",
       "2024-03-04", "'04-03-2024 14:15 IST': a dashed date, day first after IST (Indian, Irish and Israeli time all write the day first)"),
    _p("en-year-first-slashes.txt",
       "World\n\nEleven miners rescued\n2024/03/03 14:15\n\n"
       f"{EN_MINE}",
       "2024-03-03", "'yyyy/mm/dd hh:mm' (year first)"),
    _p("en-ordinal-of-month.txt",
       "Community\n\nClean-up volunteers thanked\nPublished on the 3rd of March 2024\n\n"
       f"{EN_FLOOD}",
       "2024-03-03", "'Published on the 3rd of March 2024'"),
    _p("en-comments-no-header-reply.txt",
       "The Alder Street Diary\nHome\nAbout\n\nWhat the flood took from our street\n\n"
       f"{EN_FLOOD}\nBen\nMarch 5, 2024 at 8:12 am\nStay safe, Marta.\nReply\n\n"
       "Lou\nMarch 6, 2024 at 7:40 pm\nWe lost our car too.\nReply\n",
       None, "comments without a header, each with 'Reply': unknown"),
    _p("de-erschienen-in-print.txt",
       "Archiv\n\nDie Auer tritt über die Ufer\nErschienen in: Kleinfelder Bote, 03.03.2024, S. 4\n\n"
       f"{DE_HOCHWASSER}",
       "2024-03-03", "'Erschienen in: Zeitung, dd.mm.yyyy, S. 4'"),
    _p("de-weekday-clock-only.txt",
       "Lokales\n\nFeuerwehr pumpt Keller leer\nSonntag, 14:02 Uhr\n\n"
       f"{DE_HOCHWASSER}",
       None, "'Sonntag, 14:02 Uhr' without a date: unknown"),
    # ------------------------------------------------------------------ letters, footers, republications
    _p("de-impressum-stand-footer.txt",
       "Lokales\n\nHochwasser\nWas die Flut in Kleinfeld angerichtet hat\n\n"
       f"{DE_HOCHWASSER}\nImpressum | Datenschutz | AGB (Stand: 01.01.2024) | Kontakt\n",
       None, "only the footer's terms 'Stand:' has a day: unknown"),
    _p("en-footer-terms-updated.txt",
       "Local\n\nWhat the Westhaven library vote means for families\n\n"
       f"{EN_COUNCIL}\nAbout us | Contact | Terms of Use (updated January 1, 2024) | Privacy Policy\n",
       None, "only the footer's terms update has a day: unknown"),
    _p("de-leserbrief-zum-artikel.txt",
       "Leserbriefe\n\nZum Artikel „Obertal schließt Hallenbad“ vom 03.03.2024\n\n"
       "Ich bin seit vierzig Jahren jede Woche in diesem Bad geschwommen, und mit mir viele Ältere aus dem Ort. "
       "Ein Familienbad am Stadtrand ist für uns ohne Auto kaum zu erreichen, das sollte der Gemeinderat bedenken.\n\n"
       "Hildegard Auer, Obertal\n",
       None, "a reader's letter naming the day of the article it answers: unknown"),
    _p("en-letter-in-response.txt",
       "Letters\n\nIn response to “Westhaven library to close” (March 3, 2024)\n\n"
       "I have used the Harbour Road branch every week for twenty years, as have many of my neighbours, and "
       "the civic centre is two bus rides away for anyone on our side of town. The council should think again.\n\n"
       "Margaret Tully, Westhaven\n",
       None, "a letter naming the day of the article it answers: unknown"),
    _p("de-republished-no-date.txt",
       "Meinung\n\nWarum Obertal sein Bad braucht\n\n"
       "Dieser Artikel erschien zuerst auf Kleinfeld Online.\n\n"
       f"{DE_STADTRAT}",
       None, "a note of first appearance elsewhere without a day: unknown"),
    # ------------------------------------------------------------------ a last round of outlet shapes
    _p("de-date-then-author.txt",
       "IT-News\n\nStadtwerke stellen Pegel-App vor\n3. März 2024, 14:02 Uhr, Erika Musterfrau\n\n"
       f"{DE_HOCHWASSER}",
       "2024-03-03", "'d. Monat yyyy, hh:mm Uhr, Name' (date before the author)", ("Erika Musterfrau",)),
    _p("en-localtv-updated-relative.txt",
       "News\nWeather\n\nShelter opens as river rises\nBy Dana Whitcombe\n"
       "Published: Mar. 3, 2024 at 2:15 PM CST|Updated: 18 hours ago\n\n"
       f"{EN_FLOOD}",
       "2024-03-03", "'Published: … CST|Updated: 18 hours ago' glued with a pipe", ("Dana Whitcombe",)),
    _p("en-localtv-ordinal-weekday.txt",
       "Local\n\nRiver expected to drop by Wednesday\nSun, March 3rd 2024, 2:15 PM CST\n\n"
       f"{EN_FLOOD}",
       "2024-03-03", "'Sun, March 3rd 2024, 2:15 PM CST'"),
    _p("en-au-handle-read-time.txt",
       "National\n\nRescuers reach trapped miners\nJane Roe\n@janeroe\n2 min read\nMarch 3, 2024 - 2:15PM\n\n"
       f"{EN_MINE}",
       "2024-03-03", "a handle and '2 min read' above 'Month d, yyyy - h:mmPM'", ("Jane Roe",)),
    _p("en-more-than-years-old.txt",
       "News\n\nLibrary to close after council vote\nThis article is more than 2 years old\nJane Roe\n"
       "Sun 3 Mar 2024 14.02 GMT\n\n"
       f"{EN_COUNCIL}",
       "2024-03-03", "'This article is more than 2 years old' above the stamp", ("Jane Roe",)),
    _p("de-kicker-place-date.txt",
       "Lokales\n\nKleinfeld · 03.03.2024\nFeuerwehr pumpt Keller leer\n\n"
       f"{DE_HOCHWASSER}",
       "2024-03-03", "'Ort · dd.mm.yyyy' as the kicker above the headline"),
    _p("en-uk-local-published-updated.txt",
       "Local News\n\nWesthaven library to close\n3 March 2024, 14:02 GMT\nUpdated 4 March 2024\n\n"
       f"{EN_COUNCIL}",
       "2024-03-03", "'d Month yyyy, hh:mm GMT' then 'Updated d Month yyyy'"),
)

PAGES = PAGES + PAGES_MORE


class _Written(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def text(self) -> str | bytes: ...


_P = TypeVar("_P", bound=_Written)


def write_files(folder: Path, pages: Iterable[_P]) -> dict[str, _P]:
    """Write each page of a probe corpus into ``folder`` (text as UTF-8, bytes as they are, under
    its name); returns {path as written: page}. Shared by the probe corpora (pages, events, actors,
    formats)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for page in pages:
        path = folder / page.name
        if isinstance(page.text, bytes):
            path.write_bytes(page.text)
        else:
            path.write_text(page.text, encoding="utf-8")
        out[str(path)] = page
    return out


def write_pages(folder: Path, pages: tuple[Page, ...] = PAGES) -> dict[str, Page]:
    """Write each page into ``folder`` (UTF-8); returns {path as written: page}."""
    return write_files(folder, pages)
