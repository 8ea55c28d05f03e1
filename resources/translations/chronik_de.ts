<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActorDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="+266"/>
        <source>Merge actors</source>
        <translation>Akteure zusammenführen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename actor</source>
        <translation>Akteur umbenennen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep:</source>
        <translation>Behalten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into it:</source>
        <translation>Damit zusammenführen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actor:</source>
        <translation>Akteur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The second actor&apos;s events and spellings go to the first; it disappears from the lists.</source>
        <translation>Die Ereignisse und Schreibweisen des zweiten Akteurs gehen an den ersten; der zweite verschwindet aus den Listen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The actor is shown under the new name everywhere, also after a new import.</source>
        <translation>Der Akteur erscheint überall unter dem neuen Namen, auch nach einem erneuten Import.</translation>
    </message>
</context>
<context>
    <name>ArticleDateDialog</name>
    <message>
        <location line="-216"/>
        <source>Publication date</source>
        <translation>Erscheinungsdatum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Currently: {date} ({source})</source>
        <translation>Derzeit: {date} ({source})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No publication date was found in this article.</source>
        <translation>In diesem Artikel wurde kein Erscheinungsdatum gefunden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Published on:</source>
        <translation>Erschienen am:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use detected date</source>
        <translation>Erkanntes Datum verwenden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only the month is known: choose the day.</source>
        <translation>Nur der Monat ist bekannt: Wählen Sie den Tag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relative dates in the article (“yesterday”, “on Monday”) follow it.</source>
        <translation>Relative Zeitangaben im Artikel („gestern“, „am Montag“) richten sich danach.</translation>
    </message>
</context>
<context>
    <name>ArticleList</name>
    <message>
        <location filename="../../desktop/ui/article_list.py" line="+190"/>
        <location line="+81"/>
        <source>Set date…</source>
        <translation>Datum setzen…</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Set or change the publication date of this article</source>
        <translation>Das Erscheinungsdatum dieses Artikels setzen oder ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole article</source>
        <translation>Den ganzen Artikel anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show its events</source>
        <translation>Seine Ereignisse zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Read article</source>
        <translation>Artikel lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only its events</source>
        <translation>Nur seine Ereignisse zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from workspace</source>
        <translation>Aus dem Arbeitsbereich entfernen</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location line="-190"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date from</source>
        <translation>Datumsquelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read from: {evidence}</source>
        <translation>Gelesen aus: {evidence}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No headline in the file: its first sentence.</source>
        <translation>Keine Überschrift in der Datei: ihr erster Satz.</translation>
    </message>
</context>
<context>
    <name>ArticleViewer</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="+360"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grey: not part of the article (menus, captions, credits). Yellow: the source sentence.</source>
        <translation>Grau: nicht Teil des Artikels (Menüs, Bildunterschriften, Bildnachweise). Gelb: der Quellsatz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrap lines</source>
        <translation>Zeilen umbrechen</translation>
    </message>
</context>
<context>
    <name>ChooseEventDialog</name>
    <message>
        <location line="-289"/>
        <source>Merge events</source>
        <translation>Ereignisse zusammenführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Merge another event into “{label}”; its sources are added to this one.</source>
        <translation>Ein anderes Ereignis mit „{label}“ zusammenführen; seine Quellen kommen zu diesem hinzu.</translation>
    </message>
</context>
<context>
    <name>Chronik about</name>
    <message>
        <location filename="../../build/i18n/wrapped_strings.py" line="+112"/>
        <source>Turns a pile of news articles into a timeline of dated events, with actors and the sentences they come from.</source>
        <translation>Macht aus einem Stapel Nachrichtenartikel eine Zeitleiste datierter Ereignisse, mit Akteuren und den Sätzen, aus denen sie stammen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works offline. Your articles and corrections stay in the workspace file on this computer.</source>
        <translation>Arbeitet offline. Ihre Artikel und Korrekturen bleiben in der Arbeitsbereich-Datei auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>Chronik app</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="+188"/>
        <source>Chronik is already open: the window there took over.</source>
        <extracomment>What Qt&apos;s X11 platform plugin loads (soname -&gt; Debian package). Without one, Qt aborts asking, misleadingly, for xcb-cursor0; scripts/system-deps.sh installs them.</extracomment>
        <translation>Chronik ist schon geöffnet: Das Fenster dort hat übernommen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A workspace could not be opened.</source>
        <translation>Ein Arbeitsbereich konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Chronik dates</name>
    <message>
        <location filename="../../build/i18n/wrapped_strings.py" line="+1"/>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>happened</source>
        <translation>stattgefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} (range)</source>
        <translation>{text} (Zeitraum)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week {week}, {year}</source>
        <translation>KW {week}, {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q{quarter} {year}</source>
        <translation>{quarter}. Quartal {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}</source>
        <translation>{day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {decade}s</source>
        <translation>die {decade}er-Jahre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Early {month} {year}</source>
        <translation>Anfang {month} {year}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The sources give different days: {days}</source>
        <translation>Die Quellen nennen verschiedene Tage: {days}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mid-{month} {year}</source>
        <translation>Mitte {month} {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late {month} {year}</source>
        <translation>Ende {month} {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
</context>
<context>
    <name>Chronik problem details</name>
    <message>
        <location line="+1"/>
        <source>contains no article</source>
        <translation>enthält keinen Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not enough memory to read this file</source>
        <translation>nicht genug Arbeitsspeicher, um diese Datei zu lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied: Chronik may not read this file</source>
        <translation>Zugriff verweigert: Chronik darf diese Datei nicht lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Markdown file contains no text</source>
        <translation>die Markdown-Datei enthält keinen Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file contains only blank space</source>
        <translation>die Datei enthält nur Leerraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file disappeared before it could be read</source>
        <translation>die Datei verschwand, bevor sie gelesen werden konnte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file disappeared while it was being imported</source>
        <translation>die Datei verschwand während des Imports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is nested too deeply to be read</source>
        <translation>die Datei ist zu tief verschachtelt, um gelesen zu werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file needs more memory than is available</source>
        <translation>die Datei braucht mehr Arbeitsspeicher, als verfügbar ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file no longer exists (moved or deleted?)</source>
        <translation>die Datei gibt es nicht mehr (verschoben oder gelöscht?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the parts of this e-mail are nested too deeply to be read</source>
        <translation>die Teile dieser E-Mail sind zu tief verschachtelt, um gelesen zu werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text encoding could not be recognised (not UTF-8, UTF-16 or Windows-1252)</source>
        <translation>die Zeichenkodierung wurde nicht erkannt (weder UTF-8 noch UTF-16 noch Windows-1252)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this HTML page contains no readable text</source>
        <translation>diese HTML-Seite enthält keinen lesbaren Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this HTML page could not be parsed and has no readable text</source>
        <translation>diese HTML-Seite ließ sich nicht auswerten und hat keinen lesbaren Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this PDF has no pages</source>
        <translation>dieses PDF hat keine Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this PDF is damaged and cannot be opened</source>
        <translation>dieses PDF ist beschädigt und lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this PDF is damaged: none of its pages could be read</source>
        <translation>dieses PDF ist beschädigt: keine seiner Seiten ließ sich lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this PDF is encrypted and cannot be opened</source>
        <translation>dieses PDF ist verschlüsselt und lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this PDF is protected by a password; save an unprotected copy</source>
        <translation>dieses PDF ist durch ein Passwort geschützt; speichern Sie eine ungeschützte Kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this e-mail has no text or HTML part</source>
        <translation>diese E-Mail hat keinen Text- oder HTML-Teil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this e-mail has no text</source>
        <translation>diese E-Mail enthält keinen Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this e-mail message cannot be parsed</source>
        <translation>diese E-Mail lässt sich nicht auswerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not a PDF file (the PDF header is missing)</source>
        <translation>das ist keine PDF-Datei (der PDF-Kopf fehlt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not a regular file (device, pipe or socket)</source>
        <translation>das ist keine gewöhnliche Datei (Gerät, Pipe oder Socket)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not an e-mail message (no mail headers found)</source>
        <translation>das ist keine E-Mail (keine Mail-Kopfzeilen gefunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not an mbox mailbox (no &apos;From &apos; separator lines)</source>
        <translation>das ist kein mbox-Postfach (keine Trennzeilen „From “)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this looks like a binary file, not a mailbox</source>
        <translation>das sieht nach einer Binärdatei aus, nicht nach einem Postfach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this looks like a binary file, not an e-mail</source>
        <translation>das sieht nach einer Binärdatei aus, nicht nach einer E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this looks like a binary file, not text (wrong file extension?)</source>
        <translation>das sieht nach einer Binärdatei aus, nicht nach Text (falsche Dateiendung?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this message is empty</source>
        <translation>diese Nachricht ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the import stopped while this file was being read; it was not imported</source>
        <translation>der Import brach ab, während diese Datei gelesen wurde; sie wurde nicht importiert</translation>
    </message>
</context>
<context>
    <name>Chronik problems</name>
    <message>
        <location line="+1"/>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a text document</source>
        <translation>kein Textdokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file too large</source>
        <translation>Datei zu groß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown text encoding</source>
        <translation>unbekannte Textkodierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file disappeared</source>
        <translation>Datei verschwunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged file</source>
        <translation>beschädigte Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed file</source>
        <translation>fehlerhaft aufgebaute Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no text found</source>
        <translation>kein Text gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsupported format</source>
        <translation>Format nicht unterstützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not stored in the workspace</source>
        <translation>nicht im Arbeitsbereich gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import interrupted</source>
        <translation>Import unterbrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>took too long</source>
        <translation>dauerte zu lange</translation>
    </message>
</context>
<context>
    <name>Chronik sources</name>
    <message>
        <location line="+4"/>
        <source>metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the text</source>
        <translation>aus dem Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inferred</source>
        <translation>erschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set by you</source>
        <translation>von Ihnen gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(article removed)</source>
        <translation>(Artikel entfernt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outlet unknown</source>
        <translation>Medium unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no publication date</source>
        <translation>kein Erscheinungsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Chronik timeline</name>
    <message>
        <location line="+6"/>
        <source>event (day)</source>
        <translation>Ereignis (Tag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period (week, month, range)</source>
        <translation>Zeitraum (Woche, Monat, Spanne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disputed date</source>
        <translation>umstrittenes Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · 3 · 10+ sources</source>
        <translation>1 · 3 · 10+ Quellen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>1 event in view</source>
        <translation>1 Ereignis im Blick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no event matches the filters</source>
        <translation>kein Ereignis passt zu den Filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 source</source>
        <translation>1 Quelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 more event here without a label (zoom in)</source>
        <translation>1 weiteres Ereignis hier ohne Beschriftung (hineinzoomen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other actors</source>
        <translation>andere Akteure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} (planned)</source>
        <translation>{date} (geplant)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(+{n} more here; zoom in)</source>
        <translation>(+{n} weitere hier; hineinzoomen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sources</source>
        <translation>{n} Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+{n} unlabelled</source>
        <translation>+{n} unbeschriftet</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Other articles</source>
        <translation>Andere Artikel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other actors</source>
        <translation>Andere Akteure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to zoom in</source>
        <translation>Klicken zum Hineinzoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} events in view</source>
        <translation>{n} Ereignisse im Blick</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} more events here without a label (zoom in)</source>
        <translation>{n} weitere Ereignisse hier ohne Beschriftung (hineinzoomen)</translation>
    </message>
</context>
<context>
    <name>EventDateDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="-91"/>
        <source>Event date</source>
        <translation>Datum des Ereignisses</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision:</source>
        <translation>Genauigkeit:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The last day is before the first.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../desktop/ui/event_model.py" line="+212"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
</context>
<context>
    <name>ExportChronologyDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="+37"/>
        <location line="+56"/>
        <source>Export chronology</source>
        <translation>Chronologie exportieren</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TimelineJS (JSON for an interactive timeline on a web page)</source>
        <translation>TimelineJS (JSON für eine interaktive Zeitleiste auf einer Webseite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table for spreadsheets (one row per event)</source>
        <translation>CSV-Tabelle für Tabellenkalkulationen (eine Zeile pro Ereignis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar (.ics) for calendar programs</source>
        <translation>iCalendar (.ics) für Kalenderprogramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text chronology with footnotes, Markdown</source>
        <translation>Textchronologie mit Fußnoten, Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text chronology with footnotes, HTML</source>
        <translation>Textchronologie mit Fußnoten, HTML</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also one row per source sentence (a second file, …-mentions.csv)</source>
        <translation>Auch eine Zeile pro Quellsatz (eine zweite Datei, …-mentions.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the timeline shows now (the visible dates)</source>
        <translation>Was die Zeitleiste gerade zeigt (die sichtbaren Daten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current filters (search, actor, article, dates) apply to both.</source>
        <translation>Die aktuellen Filter (Suche, Akteur, Artikel, Daten) gelten für beides.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="+133"/>
        <location line="+39"/>
        <source>Export image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>PNG, screen size</source>
        <translation>PNG, Bildschirmgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG, double size (sharp on high-resolution screens and print)</source>
        <translation>PNG, doppelte Größe (scharf auf hochauflösenden Bildschirmen und im Druck)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG, vector graphic (for editing)</source>
        <translation>SVG, Vektorgrafik (zum Bearbeiten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export what the timeline shows now:</source>
        <translation>Exportieren, was die Zeitleiste gerade zeigt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+172"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../build/i18n/wrapped_strings.py" line="-236"/>
        <source>&lt;b&gt;This workspace is empty.&lt;/b&gt; Drop news articles (text, HTML, PDF, e-mail) or folders onto this window, import them from the File menu, or start with the sample articles.</source>
        <translation>&lt;b&gt;Dieser Arbeitsbereich ist leer.&lt;/b&gt; Ziehen Sie Nachrichtenartikel (Text, HTML, PDF, E-Mail) oder Ordner in dieses Fenster, importieren Sie sie über das Menü „Datei“ oder beginnen Sie mit den Beispielartikeln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load sample articles</source>
        <translation>Beispielartikel laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+8"/>
        <source>&lt;b&gt;Sample articles&lt;/b&gt; written for Chronik (not real news reports), in their own workspace. Articles you import go to your own workspace.</source>
        <translation>&lt;b&gt;Beispielartikel&lt;/b&gt;, für Chronik geschrieben (keine echten Nachrichten), in einem eigenen Arbeitsbereich. Artikel, die Sie importieren, kommen in Ihren eigenen Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open my workspace</source>
        <translation>Meinen Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set date…</source>
        <translation>Datum setzen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save workspace &amp;as…</source>
        <translation>Arbeitsbereich speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add news articles (text, HTML, Markdown, PDF, e-mail) to the workspace</source>
        <translation>Nachrichtenartikel (Text, HTML, Markdown, PDF, E-Mail) zum Arbeitsbereich hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export image…</source>
        <translation>Bild e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the timeline as PNG or SVG</source>
        <translation>Die Zeitleiste als PNG oder SVG speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;chronology…</source>
        <translation>&amp;Chronologie exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the events as TimelineJS, CSV, iCalendar or a text chronology with sources</source>
        <translation>Die Ereignisse als TimelineJS, CSV, iCalendar oder Textchronologie mit Quellen speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo correction</source>
        <translation>Korrektur &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename event…</source>
        <translation>Ereignis &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;date…</source>
        <translation>&amp;Datum bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge events…</source>
        <translation>Ereignisse &amp;zusammenführen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename &amp;actor…</source>
        <translation>&amp;Akteur umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge ac&amp;tors…</source>
        <translation>Akteure zusa&amp;mmenführen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fit all</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb–May 202&amp;5</source>
        <translation>Feb.–Mai 202&amp;5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load &amp;sample articles</source>
        <translation>&amp;Beispielartikel laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Chronik</source>
        <translation>&amp;Über Chronik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> Lanes: </source>
        <translation> Zeilen: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per main actor, per article, or all in one row</source>
        <translation>Eine Zeile je Hauptakteur, je Artikel oder alles in einer Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by actor</source>
        <translation>nach Akteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by article</source>
        <translation>nach Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>single row</source>
        <translation>eine Zeile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search events…</source>
        <translation>Ereignisse suchen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show only events with this actor</source>
        <translation>Nur Ereignisse mit diesem Akteur zeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show only events reported by this article</source>
        <translation>Nur Ereignisse aus diesem Artikel zeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dates and commands</source>
        <translation>Zeitraum und Befehle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only events in this date range</source>
        <translation>Nur Ereignisse in diesem Zeitraum zeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> to </source>
        <translation> bis </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed dates</source>
        <translation>Umstrittene Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only events whose sources give different days</source>
        <translation>Nur Ereignisse zeigen, deren Quellen verschiedene Tage nennen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the import; articles already read are kept</source>
        <translation>Import anhalten; bereits gelesene Artikel bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../../build/i18n/wrapped_strings.py" line="+92"/>
        <source>Chronik sample</source>
        <translation>Chronik-Beispiel</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The workspace was changed by another program: reloaded.</source>
        <translation>Der Arbeitsbereich wurde von einem anderen Programm geändert: neu geladen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Events could not be found: {why}</source>
        <translation>Ereignisse konnten nicht ermittelt werden: {why}</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>All actors</source>
        <translation>Alle Akteure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(temporary workspace)</source>
        <translation>(vorläufiger Arbeitsbereich)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} (sample articles)</source>
        <translation>{name} (Beispielartikel)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Show only events with</source>
        <translation>Nur Ereignisse zeigen mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename actor</source>
        <translation>Akteur umbenennen</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please wait until the samples are loaded.</source>
        <translation>Bitte warten Sie, bis die Beispiele geladen sind.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing into your workspace {name}; the samples stay apart.</source>
        <translation>Import in Ihren Arbeitsbereich {name}; die Beispiele bleiben getrennt.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>1 more file will be imported next.</source>
        <translation>1 weitere Datei wird danach importiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} more files will be imported next.</source>
        <translation>{n} weitere Dateien werden danach importiert.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>1 article imported</source>
        <translation>1 Artikel importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} articles imported</source>
        <translation>{n} Artikel importiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 already there</source>
        <translation>1 schon vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} already there</source>
        <translation>{n} schon vorhanden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 without an exact date (see the bar above the timeline)</source>
        <translation>1 ohne genaues Datum (siehe Leiste über der Zeitleiste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} without an exact date (see the bar above the timeline)</source>
        <translation>{n} ohne genaues Datum (siehe Leiste über der Zeitleiste)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The work stopped with an error. Everything stored before the error is kept.</source>
        <translation>Die Arbeit wurde mit einem Fehler abgebrochen. Alles, was vor dem Fehler gespeichert wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>into {name}</source>
        <translation>in {name}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{name} is open in another Chronik window; that window came to the front.</source>
        <translation>{name} ist in einem anderen Chronik-Fenster geöffnet; dieses Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Event deleted. Edit &gt; Undo correction brings it back.</source>
        <translation>Ereignis gelöscht. Bearbeiten &gt; Korrektur rückgängig machen stellt es wieder her.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} events deleted. Edit &gt; Undo correction brings them back.</source>
        <translation>{n} Ereignisse gelöscht. Bearbeiten &gt; Korrektur rückgängig machen stellt sie wieder her.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="-153"/>
        <source>De&amp;lete event</source>
        <translation>Ereignis &amp;löschen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Even&amp;t</source>
        <translation>&amp;Ereignis</translation>
    </message>
    <message>
        <location filename="../../build/i18n/wrapped_strings.py" line="+11"/>
        <source>Finding events…</source>
        <translation>Ereignisse werden gesucht…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The task failed.</source>
        <translation>Die Aufgabe ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronik</source>
        <translation>Chronik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updating events…</source>
        <translation>Ereignisse werden aktualisiert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop to import 1 file or folder</source>
        <translation>Loslassen, um 1 Datei oder Ordner zu importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop to import {n} files or folders</source>
        <translation>Loslassen, um {n} Dateien oder Ordner zu importieren</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.pdf *.eml *.mbox);;All files (*)</source>
        <translation>Artikel (*.txt *.text *.md *.markdown *.html *.htm *.pdf *.eml *.mbox);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a folder</source>
        <translation>Einen Ordner importieren</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No sample articles were found.</source>
        <translation>Es wurden keine Beispielartikel gefunden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} events</source>
        <translation>{n} Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 article</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} articles</source>
        <translation>{n} Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {events}</source>
        <translation>{shown} von {events}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chronik workspace (*.chronik)</source>
        <translation>Chronik-Arbeitsbereich (*.chronik)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronik workspace (*.chronik);;All files (*)</source>
        <translation>Chronik-Arbeitsbereich (*.chronik);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save workspace as</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as {path}</source>
        <translation>Gespeichert als {path}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Please wait until the import has finished.</source>
        <translation>Bitte warten Sie, bis der Import abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not changed: {why}</source>
        <translation>Nicht geändert: {why}</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Rename event</source>
        <translation>Ereignis umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Undone.</source>
        <translation>Rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&lt;b&gt;1 article has no exact date&lt;/b&gt;: its relative dates cannot be placed.</source>
        <translation>&lt;b&gt;1 Artikel hat kein genaues Datum&lt;/b&gt;: Seine relativen Datumsangaben lassen sich nicht einordnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{n} articles have no exact date&lt;/b&gt;: their relative dates cannot be placed.</source>
        <translation>&lt;b&gt;{n} Artikel haben kein genaues Datum&lt;/b&gt;: Ihre relativen Datumsangaben lassen sich nicht einordnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove article</source>
        <translation>Artikel entfernen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chronology</source>
        <translation>Chronologie exportieren</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Saved {n} events to {path}</source>
        <translation>{n} Ereignisse in {path} gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timeline image is on the clipboard.</source>
        <translation>Das Bild der Zeitleiste liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>“{title}” is dated {date}; its relative dates follow it.</source>
        <translation>„{title}“ ist auf den {date} datiert; seine relativen Zeitangaben richten sich danach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” has its detected date again.</source>
        <translation>„{title}“ hat wieder sein erkanntes Datum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” removed; importing its file again brings it back.</source>
        <translation>„{title}“ entfernt; ein erneuter Import der Datei holt den Artikel zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” ({file}) from the workspace? Its events go with it.</source>
        <translation>„{title}“ ({file}) aus dem Arbeitsbereich entfernen? Seine Ereignisse werden mit entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was not imported; the Problems list says why.</source>
        <translation>{name} wurde nicht importiert; die Liste der Probleme sagt, warum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone: the event&apos;s new date.</source>
        <translation>Rückgängig gemacht: das neue Datum des Ereignisses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone: the deletion of an event; it is back.</source>
        <translation>Rückgängig gemacht: das Löschen eines Ereignisses; es ist wieder da.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone: the merge of two events.</source>
        <translation>Rückgängig gemacht: das Zusammenführen zweier Ereignisse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undone: the event&apos;s new label “{label}”.</source>
        <translation>Rückgängig gemacht: die neue Bezeichnung „{label}“ des Ereignisses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone: renaming “{old}” to “{new}”.</source>
        <translation>Rückgängig gemacht: die Umbenennung von „{old}“ in „{new}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone: merging “{merged}” into “{keep}”.</source>
        <translation>Rückgängig gemacht: das Zusammenführen von „{merged}“ mit „{keep}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &gt; Undo correction takes it back.</source>
        <translation>Bearbeiten &gt; Korrektur rückgängig machen nimmt das zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event renamed to “{label}”.</source>
        <translation>Ereignis umbenannt in „{label}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event moved to {date}.</source>
        <translation>Neues Datum des Ereignisses: {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{other}” merged into “{label}”.</source>
        <translation>„{other}“ mit „{label}“ zusammengeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{old}” renamed to “{new}”.</source>
        <translation>„{old}“ umbenannt in „{new}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{merged}” merged into “{keep}”.</source>
        <translation>„{merged}“ mit „{keep}“ zusammengeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved 1 event to {path}</source>
        <translation>1 Ereignis in {path} gespeichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No event matches the filters. Edit &gt; Clear filters shows all events again.</source>
        <translation>Kein Ereignis passt zu den Filtern. Bearbeiten &gt; Filter zurücksetzen zeigt wieder alle Ereignisse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%v of %m files read</source>
        <translation>%v von %m Dateien gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (see Problems)</source>
        <translation> (siehe Probleme)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop to open the workspace</source>
        <translation>Loslassen, um den Arbeitsbereich zu öffnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 file with problems</source>
        <translation>1 Datei mit Problemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} files with problems</source>
        <translation>{n} Dateien mit Problemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 file with a warning</source>
        <translation>1 Datei mit Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} files with warnings</source>
        <translation>{n} Dateien mit Warnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 folder could not be read</source>
        <translation>1 Ordner ließ sich nicht lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} folders could not be read</source>
        <translation>{n} Ordner ließen sich nicht lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 file of another format skipped</source>
        <translation>1 Datei in einem anderen Format übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} files of other formats skipped</source>
        <translation>{n} Dateien in anderen Formaten übersprungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened the workspace {name}.</source>
        <translation>Arbeitsbereich {name} geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} read</source>
        <translation>{name} gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please wait until the import is done, then open {name} again.</source>
        <translation>Bitte warten Sie, bis der Import fertig ist, und öffnen Sie {name} dann noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new language is used from the next start of Chronik.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Chronik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mouse wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom the timeline</source>
        <translation>Die Zeitleiste zoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag</source>
        <translation>Ziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the timeline</source>
        <translation>Die Zeitleiste verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a point</source>
        <translation>Auf einen Punkt klicken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an event</source>
        <translation>Ein Ereignis auswählen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>About Chronik</source>
        <translation>Über Chronik</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="+15"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show times in:</source>
        <translation>Uhrzeiten anzeigen in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest file to import:</source>
        <translation>Größte Datei für den Import:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used after restarting Chronik.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart von Chronik.</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <location filename="../../desktop/ui/problems.py" line="+196"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>1 file could not be imported.</source>
        <translation>1 Datei konnte nicht importiert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} files could not be imported.</source>
        <translation>{n} Dateien konnten nicht importiert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 file was imported with a warning.</source>
        <translation>1 Datei wurde mit Warnung importiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} files were imported with a warning.</source>
        <translation>{n} Dateien wurden mit Warnung importiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location line="-173"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>imported with a warning</source>
        <translation>mit Warnung importiert</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="+24"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../desktop/ui/side_panel.py" line="+315"/>
        <source>Select an event on the timeline or in the table to see its sources.</source>
        <translation>Wählen Sie ein Ereignis in der Zeitleiste oder in der Tabelle aus, um seine Quellen zu sehen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date…</source>
        <translation>Datum…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the event&apos;s label (F2)</source>
        <translation>Die Bezeichnung des Ereignisses ändern (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the event&apos;s date</source>
        <translation>Das Datum des Ereignisses korrigieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge this event with another one</source>
        <translation>Dieses Ereignis mit einem anderen zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this event (Del)</source>
        <translation>Dieses Ereignis entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Show only events with {name}</source>
        <translation>Nur Ereignisse mit {name} zeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 source sentence</source>
        <translation>1 Quellsatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} source sentences</source>
        <translation>{n} Quellsätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in 1 article</source>
        <translation>in 1 Artikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in {k} articles</source>
        <translation>in {k} Artikeln</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The sources disagree on the date:</source>
        <translation>Die Quellen nennen verschiedene Daten:</translation>
    </message>
</context>
<context>
    <name>SnippetCard</name>
    <message>
        <location line="-190"/>
        <source>Show in article</source>
        <translation>Im Artikel zeigen</translation>
    </message>
</context>
</TS>
