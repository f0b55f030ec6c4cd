<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CopyActions</name>
    <message>
        <source>Copy &amp;Section</source>
        <translation>Reiter &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;All Details</source>
        <translation>&amp;Alle Angaben kopieren</translation>
    </message>
    <message>
        <source>Cop&amp;y As</source>
        <translation>Kopieren a&amp;ls</translation>
    </message>
    <message>
        <source>&amp;Plain Text</source>
        <translation>&amp;Reiner Text</translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;HTML Source</source>
        <translation>&amp;HTML-Quelltext</translation>
    </message>
    <message>
        <source>Copy {section}</source>
        <translation>{section} kopieren</translation>
    </message>
    <message>
        <source>Copy this tab in every format (Ctrl+Shift+C)</source>
        <translation>Diesen Reiter in allen Formaten kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>FacetsPanel</name>
    <message>
        <source>Browse by</source>
        <translation>Durchstöbern nach</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <source>Decades</source>
        <translation>Jahrzehnte</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>{decade}s</source>
        <translation>{decade}er</translation>
    </message>
</context>
<context>
    <name>FactsView</name>
    <message>
        <source>Copy &amp;Selected Values</source>
        <translation>Ausgewählte &amp;Werte kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy “{label}: …” &amp;Row</source>
        <translation>&amp;Zeile „{label}: …“ kopieren</translation>
    </message>
    <message>
        <source>Copy All {label} as &amp;One Line</source>
        <translation>Alle {label} in &amp;einer Zeile kopieren</translation>
    </message>
    <message>
        <source>Copy All {label} One &amp;per Line</source>
        <translation>Alle {label} &amp;untereinander kopieren</translation>
    </message>
    <message>
        <source>Open &amp;Link…</source>
        <translation>&amp;Link öffnen …</translation>
    </message>
</context>
<context>
    <name>FilmView</name>
    <message>
        <source>&amp;Summaries</source>
        <translation>&amp;Zusammenfassungen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>D&amp;etails</translation>
    </message>
    <message>
        <source>Cast &amp;&amp; C&amp;rew</source>
        <translation>Besetzun&amp;g &amp;&amp; Stab</translation>
    </message>
    <message>
        <source>&amp;Box Office</source>
        <translation>Ein&amp;spielergebnisse</translation>
    </message>
    <message>
        <source>&amp;Tech Specs</source>
        <translation>&amp;Technische Daten</translation>
    </message>
    <message>
        <source>S&amp;ynopsis</source>
        <translation>Hand&amp;lung</translation>
    </message>
    <message>
        <source>The imported page</source>
        <translation>Die importierte Seite</translation>
    </message>
    <message>
        <source>Poster — {title}</source>
        <translation>Plakat — {title}</translation>
    </message>
    <message>
        <source>fanart {name}: not shown: {why}</source>
        <translation>Fanart {name}: nicht gezeigt: {why}</translation>
    </message>
    <message>
        <source>poster {name}: not shown: {why}</source>
        <translation>Poster {name}: nicht gezeigt: {why}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in synopsis</source>
        <translation>In der Handlung suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>{current} of {count}</source>
        <translation>{current} von {count}</translation>
    </message>
    <message>
        <source>Searching… {count}</source>
        <translation>Suche läuft … {count}</translation>
    </message>
    <message>
        <source>{status}, wrapped to the top</source>
        <translation>{status}, oben fortgesetzt</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <source>Ä</source>
        <translation>Ä</translation>
    </message>
    <message>
        <source>Match diacritics</source>
        <translation>Akzente beachten</translation>
    </message>
    <message>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Not searched</source>
        <translation>Nicht gesucht</translation>
    </message>
    <message>
        <source>{status}, wrapped to the bottom</source>
        <translation>{status}, unten fortgesetzt</translation>
    </message>
    <message>
        <source>{name} ({keys})</source>
        <translation>{name} ({keys})</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <source>Searching… {count}</source>
        <translation>Suche läuft … {count}</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>{current} of {count}</source>
        <translation>{current} von {count}</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>New Film from &amp;Clipboard</source>
        <translation>Neuer Film aus Zwischen&amp;ablage</translation>
    </message>
    <message>
        <source>&amp;Import Page…</source>
        <translation>Seite &amp;importieren…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>der Zwischenablage</translation>
    </message>
    <message>
        <source>it holds no text</source>
        <translation>sie enthält keinen Text</translation>
    </message>
    <message>
        <source>Imported “{title}”: not saved yet (File &gt; Save As…)</source>
        <translation>„{title}“ importiert: noch nicht gespeichert (Datei &gt; Speichern unter…)</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Plots</source>
        <translation>Handlungen</translation>
    </message>
    <message>
        <source>Search the summaries and synopsis of every film (Alt+P)</source>
        <translation>Die Zusammenfassungen und die Handlung jedes Films durchsuchen (Alt+P)</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Stöbern</translation>
    </message>
    <message>
        <source>Browse the films by genre, decade, collection, country and person (Ctrl+B)</source>
        <translation>Die Filme nach Genre, Jahrzehnt, Sammlung, Land und Person durchstöbern (Strg+B)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Show the films as a list</source>
        <translation>Die Filme als Liste zeigen</translation>
    </message>
    <message>
        <source>Posters</source>
        <translation>Plakate</translation>
    </message>
    <message>
        <source>Show the films as a wall of posters</source>
        <translation>Die Filme als Plakatwand zeigen</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Sort the films by</source>
        <translation>Die Filme sortieren nach</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Absteigend</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Aufsteigend</translation>
    </message>
    <message>
        <source>Descending: click for ascending</source>
        <translation>Absteigend: klicken für aufsteigend</translation>
    </message>
    <message>
        <source>Ascending: click for descending</source>
        <translation>Aufsteigend: klicken für absteigend</translation>
    </message>
    <message>
        <source>Search every plot</source>
        <translation>Alle Handlungen durchsuchen</translation>
    </message>
    <message>
        <source>Words, “exact phrases” and prefixes (revolution*)</source>
        <translation>Wörter, „genaue Wortfolgen“ und Wortanfänge (revolution*)</translation>
    </message>
    <message>
        <source>Filter films</source>
        <translation>Filme filtern</translation>
    </message>
    <message>
        <source>Words that start a title, name, genre…; or a field: title:ferry year:1990..1999 genre:drama person:duvall company:&quot;hbo films&quot;</source>
        <translation>Wörter, mit denen ein Titel, Name, Genre… beginnt; oder ein Feld: title:ferry year:1990..1999 genre:drama person:duvall company:&quot;hbo films&quot;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Film Viewer</source>
        <translation>Film Viewer</translation>
    </message>
    <message>
        <source>No film chosen.

Choose one in the library&apos;s list.</source>
        <translation>Kein Film gewählt.

Wählen Sie einen in der Liste der Bibliothek.</translation>
    </message>
    <message>
        <source>No film to show: the library holds none yet.</source>
        <translation>Kein Film zu zeigen: die Bibliothek enthält noch keinen.</translation>
    </message>
    <message>
        <source>No film is open.</source>
        <translation>Kein Film geöffnet.</translation>
    </message>
    <message>
        <source>Open a Film…</source>
        <translation>Einen Film öffnen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Film Viewer</source>
        <translation>Ü&amp;ber Film Viewer</translation>
    </message>
    <message>
        <source>Find Bar</source>
        <translation>Suchleiste</translation>
    </message>
    <message>
        <source>Tabs and Lists</source>
        <translation>Reiter und Listen</translation>
    </message>
    <message>
        <source>Copy the selected text or values</source>
        <translation>Markierten Text oder markierte Werte kopieren</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Open the copy menu of a value or summary</source>
        <translation>Kopiermenü eines Werts oder einer Zusammenfassung öffnen</translation>
    </message>
    <message>
        <source>Open an official site&apos;s link</source>
        <translation>Link einer offiziellen Website öffnen</translation>
    </message>
    <message>
        <source>Move to the next part of the window</source>
        <translation>Zum nächsten Teil des Fensters wechseln</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Filter the films</source>
        <translation>Filme filtern</translation>
    </message>
    <message>
        <source>Search every plot, or back to filtering</source>
        <translation>Alle Handlungen durchsuchen oder zurück zum Filtern</translation>
    </message>
    <message>
        <source>Step through the films from the filter (the film shown)</source>
        <translation>Vom Filter aus durch die Filme gehen (der Film wird gezeigt)</translation>
    </message>
    <message>
        <source>Open the film at the plot search&apos;s match</source>
        <translation>Den Film an der Fundstelle der Handlungssuche öffnen</translation>
    </message>
    <message>
        <source>Jump to a title in the list or wall</source>
        <translation>Zu einem Titel in Liste oder Wand springen</translation>
    </message>
    <message>
        <source>Type its first letters</source>
        <translation>Seine ersten Buchstaben tippen</translation>
    </message>
    <message>
        <source>Copy the selected films</source>
        <translation>Die ausgewählten Filme kopieren</translation>
    </message>
    <message>
        <source>{library} — Film Viewer</source>
        <translation>{library} — Film Viewer</translation>
    </message>
    <message>
        <source>Scanning… {done} of {total}</source>
        <translation>Durchsuche… {done} von {total}</translation>
    </message>
    <message>
        <source>“{title}” was already in the library, as {paths}; both are kept.</source>
        <translation>„{title}“ war schon in der Bibliothek, als {paths}; beide bleiben erhalten.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Fi&amp;lter Films</source>
        <translation>Filme fi&amp;ltern</translation>
    </message>
    <message>
        <source>Search &amp;Every Plot</source>
        <translation>Jede &amp;Handlung durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Browse Films</source>
        <translation>Filme &amp;durchstöbern</translation>
    </message>
    <message>
        <source>Library S&amp;tatistics…</source>
        <translation>Bibliothekss&amp;tatistik…</translation>
    </message>
    <message>
        <source>Sort &amp;Films By</source>
        <translation>Filme &amp;sortieren nach</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jahr</translation>
    </message>
    <message>
        <source>&amp;Runtime</source>
        <translation>&amp;Laufzeit</translation>
    </message>
    <message>
        <source>Date &amp;Added</source>
        <translation>&amp;Hinzugefügt am</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Absteigend</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>{title} — {file} — Film Viewer</source>
        <translation>{title} — {file} — Film Viewer</translation>
    </message>
    <message>
        <source>Film Viewer cannot open “{name}”.</source>
        <translation>Film Viewer kann „{name}“ nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>PosterView</name>
    <message>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
</context>
<context>
    <name>ProblemBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>“{name}” changed on disk and cannot be read; still showing the last good version.</source>
        <translation>„{name}“ wurde auf dem Datenträger geändert und ist nicht lesbar; die letzte gute Fassung bleibt angezeigt.</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the file with the desktop&apos;s application for it</source>
        <translation>Die Datei mit dem Programm öffnen, das der Desktop dafür nutzt</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Open the folder holding the file</source>
        <translation>Den Ordner öffnen, in dem die Datei liegt</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>No Recent Films</source>
        <translation>Keine zuletzt geöffneten Filme</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <source>Library Statistics</source>
        <translation>Bibliotheksstatistik</translation>
    </message>
    <message>
        <source>Films per decade</source>
        <translation>Filme je Jahrzehnt</translation>
    </message>
    <message>
        <source>Films per genre</source>
        <translation>Filme je Genre</translation>
    </message>
    <message>
        <source>Films by running time</source>
        <translation>Filme nach Laufzeit</translation>
    </message>
    <message>
        <source>Films per genre (the most common)</source>
        <translation>Filme je Genre (die häufigsten)</translation>
    </message>
    <message>
        <source>{decade}s</source>
        <translation>{decade}er</translation>
    </message>
    <message>
        <source>under 1 h</source>
        <translation>unter 1 Std.</translation>
    </message>
    <message>
        <source>1 h to 1 h 29</source>
        <translation>1 Std. bis 1 Std. 29</translation>
    </message>
    <message>
        <source>1 h 30 to 1 h 59</source>
        <translation>1 Std. 30 bis 1 Std. 59</translation>
    </message>
    <message>
        <source>2 h to 2 h 29</source>
        <translation>2 Std. bis 2 Std. 29</translation>
    </message>
    <message>
        <source>2 h 30 to 2 h 59</source>
        <translation>2 Std. 30 bis 2 Std. 59</translation>
    </message>
    <message>
        <source>3 h or more</source>
        <translation>3 Std. oder mehr</translation>
    </message>
    <message>
        <source>{hours} hours of film; {average} minutes on average</source>
        <translation>{hours} Stunden Film; im Schnitt {average} Minuten</translation>
    </message>
    <message>
        <source>From the {first}s to the {last}s</source>
        <translation>Von den {first}ern bis zu den {last}ern</translation>
    </message>
    <message>
        <source>Of the films the filter lets through: {filter}</source>
        <translation>Von den Filmen, die der Filter durchlässt: {filter}</translation>
    </message>
</context>
<context>
    <name>SummariesView</name>
    <message>
        <source>Copy S&amp;ummary</source>
        <translation>&amp;Zusammenfassung kopieren</translation>
    </message>
</context>
<context>
    <name>SynopsisView</name>
    <message>
        <source>Copy &amp;Paragraph</source>
        <translation>&amp;Absatz kopieren</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Reiter</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>Vo&amp;rheriger Reiter</translation>
    </message>
    <message>
        <source>&amp;Go to Tab</source>
        <translation>&amp;Gehe zu Reiter</translation>
    </message>
</context>
<context>
    <name>WarningsBar</name>
    <message>
        <source>Hide the warnings</source>
        <translation>Hinweise ausblenden</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Einzelheiten ausblenden</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Einzelheiten zeigen</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” was read with %Ln warning(s)</source>
        <translation>
            <numerusform>„{name}“ wurde mit %Ln Hinweis gelesen</numerusform>
            <numerusform>„{name}“ wurde mit %Ln Hinweisen gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Film Viewer did not finish opening “{name}” last time, so it opened the bundled film instead.</source>
        <translation>Film Viewer konnte „{name}“ beim letzten Mal nicht fertig öffnen und hat stattdessen den mitgelieferten Film geöffnet.</translation>
    </message>
</context>
<context>
    <name>artwork</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the image is cut short (an incomplete file)</source>
        <translation>das Bild bricht ab (eine unvollständige Datei)</translation>
    </message>
    <message>
        <source>this is not an image Film Viewer can show</source>
        <translation>das ist kein Bild, das Film Viewer zeigen kann</translation>
    </message>
    <message>
        <source>the image gives no size</source>
        <translation>das Bild nennt keine Größe</translation>
    </message>
    <message>
        <source>the image is {width} × {height} pixels: too large to show</source>
        <translation>das Bild hat {width} × {height} Pixel: zu groß zum Zeigen</translation>
    </message>
    <message>
        <source>the image could not be decoded ({error})</source>
        <translation>das Bild ließ sich nicht dekodieren ({error})</translation>
    </message>
    <message>
        <source>the file is not there</source>
        <translation>die Datei ist nicht da</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>die Datei lässt sich nicht lesen ({error})</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>das ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>the file is {size} MiB; pictures may be at most {limit} MiB</source>
        <translation>die Datei hat {size} MiB; Bilder dürfen höchstens {limit} MiB haben</translation>
    </message>
    <message>
        <source>the file grew while it was read</source>
        <translation>die Datei wuchs, während sie gelesen wurde</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>holds no film files (.json or .nfo)</source>
        <translation>enthält keine Filmdateien (.json oder .nfo)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Open Film</source>
        <translation>Film öffnen</translation>
    </message>
    <message>
        <source>Film files ({patterns});;All files (*)</source>
        <translation>Filmdateien ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Library Folder</source>
        <translation>Bibliotheksordner öffnen</translation>
    </message>
    <message>
        <source>Import Page</source>
        <translation>Seite importieren</translation>
    </message>
    <message>
        <source>Web pages and text (*.html *.htm *.txt);;All files (*)</source>
        <translation>Webseiten und Text (*.html *.htm *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Film Title</source>
        <translation>Filmtitel</translation>
    </message>
    <message>
        <source>The page does not show the film&apos;s title. What film is it?</source>
        <translation>Die Seite nennt den Titel des Films nicht. Welcher Film ist es?</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>Save Film As</source>
        <translation>Film speichern unter</translation>
    </message>
    <message>
        <source>Film files (*.json)</source>
        <translation>Filmdateien (*.json)</translation>
    </message>
    <message>
        <source>Imported Film Not Saved</source>
        <translation>Importierter Film nicht gespeichert</translation>
    </message>
    <message>
        <source>Save the film imported as “{title}” before it is closed?</source>
        <translation>Den als „{title}“ importierten Film speichern, bevor er geschlossen wird?</translation>
    </message>
    <message>
        <source>If you don&apos;t save it, the import is lost.</source>
        <translation>Wenn Sie ihn nicht speichern, geht der Import verloren.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Film Viewer found no film in {source}.</source>
        <translation>Film Viewer hat in {source} keinen Film gefunden.</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Film Viewer cannot save “{name}”.</source>
        <translation>Film Viewer kann „{name}“ nicht speichern.</translation>
    </message>
    <message>
        <source>Cannot Open Film</source>
        <translation>Film kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Film Viewer cannot open “{name}”.</source>
        <translation>Film Viewer kann „{name}“ nicht öffnen.</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Diese Adresse im Webbrowser öffnen?</translation>
    </message>
    <message>
        <source>Site: {host}</source>
        <translation>Website: {host}</translation>
    </message>
    <message>
        <source>Warning: the site&apos;s name mixes writing systems (“{name}”) and may be imitating another site.</source>
        <translation>Achtung: Der Name der Website mischt Schriftsysteme („{name}“) und ahmt vielleicht eine andere Website nach.</translation>
    </message>
    <message>
        <source>Warning: the address begins with “{user}@”, which is not the site; the site is {host}.</source>
        <translation>Achtung: Die Adresse beginnt mit „{user}@“; das ist nicht die Website, die Website ist {host}.</translation>
    </message>
    <message>
        <source>No web browser could open this address.</source>
        <translation>Kein Webbrowser konnte diese Adresse öffnen.</translation>
    </message>
    <message>
        <source>This is not a web address Film Viewer can open.</source>
        <translation>Dies ist keine Webadresse, die Film Viewer öffnen kann.</translation>
    </message>
    <message>
        <source>Something Went Wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Film Viewer hit an unexpected error while starting and will quit.</source>
        <translation>Film Viewer ist beim Start auf einen unerwarteten Fehler gestoßen und wird beendet.</translation>
    </message>
    <message>
        <source>Film Viewer hit an unexpected error and carried on.</source>
        <translation>In Film Viewer ist ein unerwarteter Fehler aufgetreten; das Programm läuft weiter.</translation>
    </message>
    <message>
        <source>{summary}

If you report this, please include the details below.</source>
        <translation>{summary}

Wenn Sie den Fehler melden, fügen Sie bitte die Details unten bei.</translation>
    </message>
    <message>
        <source>They are also in {path}.</source>
        <translation>Sie stehen auch in {path}.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>About Film Viewer</source>
        <translation>Über Film Viewer</translation>
    </message>
    <message>
        <source>Film Viewer {version}</source>
        <translation>Film Viewer {version}</translation>
    </message>
    <message>
        <source>Shows a film&apos;s details from a JSON film file.

Released under the MIT licence.
Qt {qt}.</source>
        <translation>Zeigt die Angaben zu einem Film aus einer JSON-Filmdatei.

Veröffentlicht unter der MIT-Lizenz.
Qt {qt}.</translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Copied “{value}”</source>
        <translation>„{value}“ kopiert</translation>
    </message>
    <message>
        <source>Copied {label}</source>
        <translation>{label} kopiert</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Zusammenfassungen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Cast &amp; Crew</source>
        <translation>Besetzung &amp; Stab</translation>
    </message>
    <message>
        <source>Box Office</source>
        <translation>Einspielergebnisse</translation>
    </message>
    <message>
        <source>Tech Specs</source>
        <translation>Technische Daten</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Copied all details of {film}</source>
        <translation>Alle Angaben zu {film} kopiert</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Runtime (min)</source>
        <translation>Laufzeit (min)</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <source>Directors</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln value(s)</source>
        <translation>
            <numerusform>%Ln Wert kopiert</numerusform>
            <numerusform>%Ln Werte kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied {section} (%Ln summaries)</source>
        <translation>
            <numerusform>{section} kopiert (%Ln Zusammenfassung)</numerusform>
            <numerusform>{section} kopiert (%Ln Zusammenfassungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied {section} (%Ln paragraphs)</source>
        <translation>
            <numerusform>{section} kopiert (%Ln Absatz)</numerusform>
            <numerusform>{section} kopiert (%Ln Absätze)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied {section} (%Ln fields)</source>
        <translation>
            <numerusform>{section} kopiert (%Ln Feld)</numerusform>
            <numerusform>{section} kopiert (%Ln Felder)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln film(s)</source>
        <translation>
            <numerusform>%Ln Film kopiert</numerusform>
            <numerusform>%Ln Filme kopiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <source>Not listed: {fields}</source>
        <translation>Nicht angegeben: {fields}</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{hours}h {rest}m</source>
        <translation>{hours} Std. {rest} Min.</translation>
    </message>
    <message>
        <source>{hours}h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>#{place}</source>
        <translation>Platz {place}</translation>
    </message>
    <message>
        <source>Critics</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <source>{site} top critics</source>
        <translation>{site} Top-Kritiker</translation>
    </message>
    <message>
        <source>{site} audience</source>
        <translation>{site} Publikum</translation>
    </message>
    <message>
        <source>{site} users</source>
        <translation>{site} Nutzer</translation>
    </message>
    <message>
        <source>side by side</source>
        <translation>nebeneinander</translation>
    </message>
    <message>
        <source>top and bottom</source>
        <translation>übereinander</translation>
    </message>
    <message>
        <source>checkerboard</source>
        <translation>Schachbrett</translation>
    </message>
    <message>
        <source>interleaved rows</source>
        <translation>zeilenweise verschränkt</translation>
    </message>
    <message>
        <source>interleaved columns</source>
        <translation>spaltenweise verschränkt</translation>
    </message>
    <message>
        <source>frame by frame</source>
        <translation>Bild für Bild</translation>
    </message>
    <message>
        <source>anaglyph</source>
        <translation>Anaglyphen</translation>
    </message>
    <message>
        <source>{minutes}m</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{site} critics</source>
        <translation>{site} Kritiker</translation>
    </message>
    <message>
        <source>{pixels} pixels wide</source>
        <translation>{pixels} Pixel breit</translation>
    </message>
    <message>
        <source>{pixels} pixels high</source>
        <translation>{pixels} Pixel hoch</translation>
    </message>
    <message>
        <source>3D ({layout})</source>
        <translation>3D ({layout})</translation>
    </message>
    <message>
        <source>{seconds}s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Audio track</source>
        <translation>Tonspur</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>Stereo</translation>
    </message>
    <message>
        <source>{count} channels</source>
        <translation>{count} Kanäle</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n Kritik</numerusform>
            <numerusform>%n Kritiken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>Type words to search every plot</source>
        <translation>Wörter eingeben, um alle Handlungen zu durchsuchen</translation>
    </message>
    <message>
        <source>No film holds these words</source>
        <translation>Kein Film enthält diese Wörter</translation>
    </message>
    <message>
        <source>No film matches the filter.</source>
        <translation>Kein Film passt zum Filter.</translation>
    </message>
    <message>
        <source>Reading {done} of {total} files…</source>
        <translation>Lese {done} von {total} Dateien …</translation>
    </message>
    <message>
        <source>Looking for film files…</source>
        <translation>Suche Filmdateien …</translation>
    </message>
    <message>
        <source>No films in this folder.

Film Viewer lists film files (.json) and Kodi films (.nfo) in the folder and in every folder in it.</source>
        <translation>Keine Filme in diesem Ordner.

Film Viewer listet Filmdateien (.json) und Kodi-Filme (.nfo) im Ordner und in jedem Ordner darin.</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Probleme ({count})</translation>
    </message>
    <message>
        <source>The scan&apos;s helper processes stopped; reading on in this one, more slowly.</source>
        <translation>Die Hilfsprozesse des Einlesens sind beendet; es geht in diesem weiter, langsamer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln film(s) hold it</source>
        <translation>
            <numerusform>%Ln Film enthält es</numerusform>
            <numerusform>%Ln Filme enthalten es</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln film(s)</source>
        <translation>
            <numerusform>%Ln Film</numerusform>
            <numerusform>%Ln Filme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln film(s)</source>
        <translation>
            <numerusform>{shown} von %Ln Film</numerusform>
            <numerusform>{shown} von %Ln Filmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{films} · %Ln selected</source>
        <translation>
            <numerusform>{films} · %Ln ausgewählt</numerusform>
            <numerusform>{films} · %Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln Problem</numerusform>
            <numerusform>%Ln Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>presentation</name>
    <message>
        <source>No summaries listed for this film.</source>
        <translation>Für diesen Film sind keine Zusammenfassungen angegeben.</translation>
    </message>
    <message>
        <source>No details listed for this film.</source>
        <translation>Für diesen Film sind keine Details angegeben.</translation>
    </message>
    <message>
        <source>No box office figures listed for this film.</source>
        <translation>Für diesen Film sind keine Einspielergebnisse angegeben.</translation>
    </message>
    <message>
        <source>No technical specifications listed for this film.</source>
        <translation>Für diesen Film sind keine technischen Daten angegeben.</translation>
    </message>
    <message>
        <source>No synopsis listed for this film.</source>
        <translation>Für diesen Film ist keine Handlung angegeben.</translation>
    </message>
    <message>
        <source>No cast or crew listed for this film.</source>
        <translation>Für diesen Film sind weder Besetzung noch Stab angegeben.</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Original title</source>
        <translation>Originaltitel</translation>
    </message>
    <message>
        <source>Sort title</source>
        <translation>Sortiertitel</translation>
    </message>
    <message>
        <source>Tagline</source>
        <translation>Slogan</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Erscheinungsdatum</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Altersfreigabe</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Ihre Bewertung</translation>
    </message>
    <message>
        <source>IMDb Top 250</source>
        <translation>IMDb Top 250</translation>
    </message>
    <message>
        <source>Countries of origin</source>
        <translation>Herkunftsländer</translation>
    </message>
    <message>
        <source>Official sites</source>
        <translation>Offizielle Websites</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Filming locations</source>
        <translation>Drehorte</translation>
    </message>
    <message>
        <source>Production companies</source>
        <translation>Produktionsfirmen</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Filmreihe</translation>
    </message>
    <message>
        <source>Other identifiers</source>
        <translation>Weitere Kennungen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Fanart</source>
        <translation>Fanart</translation>
    </message>
    <message>
        <source>Box Office</source>
        <translation>Einspielergebnisse</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Gross US &amp; Canada</source>
        <translation>Einspiel USA &amp; Kanada</translation>
    </message>
    <message>
        <source>Opening weekend US &amp; Canada</source>
        <translation>Startwochenende USA &amp; Kanada</translation>
    </message>
    <message>
        <source>Gross worldwide</source>
        <translation>Einspiel weltweit</translation>
    </message>
    <message>
        <source>Tech Specs</source>
        <translation>Technische Daten</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Seitenverhältnis</translation>
    </message>
    <message>
        <source>Sound mix</source>
        <translation>Tonformat</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Cast &amp; Crew</source>
        <translation>Besetzung &amp; Stab</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Directors</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>Drehbuch</translation>
    </message>
    <message>
        <source>Writers</source>
        <translation>Drehbuch</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>Besetzung</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Stab</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Wertungen</translation>
    </message>
    <message>
        <source>On the web</source>
        <translation>Im Web</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>Invalid regular expression: {detail}</source>
        <translation>Ungültiger regulärer Ausdruck: {detail}</translation>
    </message>
    <message>
        <source>Invalid regular expression: it is too large or too deep</source>
        <translation>Ungültiger regulärer Ausdruck: Er ist zu groß oder zu tief verschachtelt</translation>
    </message>
    <message>
        <source>The regular expression takes too long; try a simpler one</source>
        <translation>Der reguläre Ausdruck braucht zu lange; versuchen Sie einen einfacheren</translation>
    </message>
    <message>
        <source>must not be empty, or only spaces and invisible characters</source>
        <translation>darf nicht leer sein und nicht nur aus Leerzeichen und unsichtbaren Zeichen bestehen</translation>
    </message>
    <message>
        <source>holds {character} at character {offset}; this text is one line</source>
        <translation>enthält {character} an Zeichen {offset}; dieser Text ist einzeilig</translation>
    </message>
    <message>
        <source>holds {character} at character {offset}, which film text may not hold</source>
        <translation>enthält {character} an Zeichen {offset}; das darf in Filmtext nicht stehen</translation>
    </message>
    <message>
        <source>must be a three-letter ISO 4217 code such as USD</source>
        <translation>muss ein dreibuchstabiger ISO-4217-Code wie USD sein</translation>
    </message>
    <message>
        <source>must be an http:// or https:// address with a valid host and port</source>
        <translation>muss eine http://- oder https://-Adresse mit gültigem Host und Port sein</translation>
    </message>
    <message>
        <source>may have at most three decimal places, e.g. 1.85</source>
        <translation>darf höchstens drei Nachkommastellen haben, z. B. 1.85</translation>
    </message>
    <message>
        <source>only one summary can be the outline</source>
        <translation>nur eine Zusammenfassung kann die Kurzfassung sein</translation>
    </message>
    <message>
        <source>only one score can be the default</source>
        <translation>nur eine Wertung kann die vorgegebene sein</translation>
    </message>
    <message>
        <source>the value {value} is more than the scale&apos;s top, {scale}</source>
        <translation>der Wert {value} ist höher als das Maximum der Skala, {scale}</translation>
    </message>
    <message>
        <source>must be an IMDb title number: tt and at least seven digits, e.g. tt0111161</source>
        <translation>muss eine IMDb-Titelnummer sein: tt und mindestens sieben Ziffern, z. B. tt0111161</translation>
    </message>
    <message>
        <source>must be a path relative to the film&apos;s folder, with / between folders and no ..</source>
        <translation>muss ein Pfad relativ zum Ordner des Films sein, mit / zwischen Ordnern und ohne ..</translation>
    </message>
    <message>
        <source>needs a path, a url, or both</source>
        <translation>braucht einen Pfad (path), eine Adresse (url) oder beides</translation>
    </message>
    <message>
        <source>this is a PNG image, not a film file</source>
        <translation>das ist ein PNG-Bild, keine Filmdatei</translation>
    </message>
    <message>
        <source>this is a JPEG image, not a film file</source>
        <translation>das ist ein JPEG-Bild, keine Filmdatei</translation>
    </message>
    <message>
        <source>this is a GIF image, not a film file</source>
        <translation>das ist ein GIF-Bild, keine Filmdatei</translation>
    </message>
    <message>
        <source>this is a PDF document, not a film file</source>
        <translation>das ist ein PDF-Dokument, keine Filmdatei</translation>
    </message>
    <message>
        <source>this is a ZIP archive, not a film file</source>
        <translation>das ist ein ZIP-Archiv, keine Filmdatei</translation>
    </message>
    <message>
        <source>this is a gzip archive, not a film file</source>
        <translation>das ist ein gzip-Archiv, keine Filmdatei</translation>
    </message>
    <message>
        <source>is a folder, not a film file</source>
        <translation>ist ein Ordner, keine Filmdatei</translation>
    </message>
    <message>
        <source>is a file the system makes up as it is read (like those in /proc), not a film file</source>
        <translation>ist eine Datei, die das System beim Lesen erzeugt (wie die in /proc), keine Filmdatei</translation>
    </message>
    <message>
        <source>changed while it was being read; try again</source>
        <translation>hat sich beim Lesen geändert; versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <source>could not be read ({error})</source>
        <translation>konnte nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>the file is {encoding} text; save it as UTF-8</source>
        <translation>die Datei ist {encoding}-Text; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>contains a NUL byte: not a text file</source>
        <translation>enthält ein NUL-Byte: keine Textdatei</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{byte})</source>
        <translation>kein UTF-8-Text (Byte 0x{byte})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file holds only white space</source>
        <translation>die Datei enthält nur Leerraum</translation>
    </message>
    <message>
        <source>expected an object describing a film, found {kind}</source>
        <translation>erwartet wurde ein Objekt, das einen Film beschreibt; gefunden wurde {kind}</translation>
    </message>
    <message>
        <source>this file is in format {version}; this Film Viewer reads format {ours}: a newer Film Viewer may open it</source>
        <translation>diese Datei hat Format {version}; dieser Film Viewer liest Format {ours}: ein neuerer Film Viewer kann sie vielleicht öffnen</translation>
    </message>
    <message>
        <source>duplicate key {key}: a key may appear once per object</source>
        <translation>doppelter Schlüssel {key}: ein Schlüssel darf je Objekt nur einmal vorkommen</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} ist keine Zahl, die JSON erlaubt</translation>
    </message>
    <message>
        <source>a number of {count} digits; no value in a film file is that long</source>
        <translation>eine Zahl mit {count} Ziffern; kein Wert einer Filmdatei ist so lang</translation>
    </message>
    <message>
        <source>not valid JSON: a value is missing here</source>
        <translation>kein gültiges JSON: hier fehlt ein Wert</translation>
    </message>
    <message>
        <source>not valid JSON: a comma (,) is missing here</source>
        <translation>kein gültiges JSON: hier fehlt ein Komma (,)</translation>
    </message>
    <message>
        <source>not valid JSON: a colon (:) is missing here</source>
        <translation>kein gültiges JSON: hier fehlt ein Doppelpunkt (:)</translation>
    </message>
    <message>
        <source>not valid JSON: a key in double quotes is missing here</source>
        <translation>kein gültiges JSON: hier fehlt ein Schlüssel in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>not valid JSON: a string starts here and never ends</source>
        <translation>kein gültiges JSON: hier beginnt eine Zeichenkette, die nie endet</translation>
    </message>
    <message>
        <source>not valid JSON: a line break or tab inside a string (write it as \n or \t)</source>
        <translation>kein gültiges JSON: ein Zeilenumbruch oder Tabulator in einer Zeichenkette (schreiben Sie \n oder \t)</translation>
    </message>
    <message>
        <source>not valid JSON: a backslash that starts no valid escape</source>
        <translation>kein gültiges JSON: ein umgekehrter Schrägstrich ohne gültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>not valid JSON: \u must be followed by four hexadecimal digits</source>
        <translation>kein gültiges JSON: auf \u müssen vier Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>not valid JSON: more text after the film&apos;s closing brace</source>
        <translation>kein gültiges JSON: Text nach der schließenden Klammer des Films</translation>
    </message>
    <message>
        <source>the file starts with a second byte order mark (U+FEFF); save it as UTF-8</source>
        <translation>die Datei beginnt mit einer zweiten Bytereihenfolge-Markierung (U+FEFF); speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON: comments are not allowed in JSON</source>
        <translation>kein gültiges JSON: Kommentare sind in JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>not valid JSON: a trailing comma; JSON allows none before “}” or “]”</source>
        <translation>kein gültiges JSON: ein Komma zu viel; JSON erlaubt keines vor „}“ oder „]“</translation>
    </message>
    <message>
        <source>not valid JSON: strings and keys take double quotes (&quot;), not single</source>
        <translation>kein gültiges JSON: Zeichenketten und Schlüssel brauchen doppelte Anführungszeichen (&quot;), keine einfachen</translation>
    </message>
    <message>
        <source>not valid JSON: keys must be in double quotes</source>
        <translation>kein gültiges JSON: Schlüssel müssen in doppelten Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>not valid JSON: a byte order mark (U+FEFF) in the middle of the text</source>
        <translation>kein gültiges JSON: eine Bytereihenfolge-Markierung (U+FEFF) mitten im Text</translation>
    </message>
    <message>
        <source>not valid JSON: {detail}</source>
        <translation>kein gültiges JSON: {detail}</translation>
    </message>
    <message>
        <source>nested more than {depth} levels deep; a film file is never that deep</source>
        <translation>mehr als {depth} Ebenen tief verschachtelt; eine Filmdatei ist nie so tief</translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation>erforderlich, fehlt aber</translation>
    </message>
    <message>
        <source>unknown key: the film format has no such field (check the spelling)</source>
        <translation>unbekannter Schlüssel: das Filmformat hat kein solches Feld (prüfen Sie die Schreibweise)</translation>
    </message>
    <message>
        <source>should be text in double quotes</source>
        <translation>sollte Text in doppelten Anführungszeichen sein</translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation>sollte eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>should be a number</source>
        <translation>sollte eine Zahl sein</translation>
    </message>
    <message>
        <source>should be a finite number</source>
        <translation>sollte eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>should be true or false</source>
        <translation>sollte true oder false sein</translation>
    </message>
    <message>
        <source>should be an object ({…})</source>
        <translation>sollte ein Objekt sein ({…})</translation>
    </message>
    <message>
        <source>should be a list ([…])</source>
        <translation>sollte eine Liste sein ([…])</translation>
    </message>
    <message>
        <source>should be {expected}</source>
        <translation>sollte {expected} sein</translation>
    </message>
    <message>
        <source>should be greater than {gt}</source>
        <translation>sollte größer als {gt} sein</translation>
    </message>
    <message>
        <source>should be at least {ge}</source>
        <translation>sollte mindestens {ge} sein</translation>
    </message>
    <message>
        <source>should be less than {lt}</source>
        <translation>sollte kleiner als {lt} sein</translation>
    </message>
    <message>
        <source>should be at most {le}</source>
        <translation>sollte höchstens {le} sein</translation>
    </message>
    <message>
        <source>is longer than the {max_length} characters the film format allows</source>
        <translation>ist länger als die {max_length} Zeichen, die das Filmformat erlaubt</translation>
    </message>
    <message>
        <source>has {actual_length} entries; the film format allows at most {max_length}</source>
        <translation>hat {actual_length} Einträge; das Filmformat erlaubt höchstens {max_length}</translation>
    </message>
    <message>
        <source>should be a date in double quotes, YYYY-MM-DD</source>
        <translation>sollte ein Datum in doppelten Anführungszeichen sein, JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>should be a real date written YYYY-MM-DD ({error})</source>
        <translation>sollte ein wirkliches Datum der Form JJJJ-MM-TT sein ({error})</translation>
    </message>
    <message>
        <source>should be a date written YYYY-MM-DD, without a time</source>
        <translation>sollte ein Datum der Form JJJJ-MM-TT sein, ohne Uhrzeit</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket or device?)</source>
        <translation>ist keine gewöhnliche Datei (eine Pipe, ein Socket oder ein Gerät?)</translation>
    </message>
    <message>
        <source>is {size} MiB; film files may be at most {limit} MiB</source>
        <translation>ist {size} MiB groß; Filmdateien dürfen höchstens {limit} MiB groß sein</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>permission denied: Film Viewer may not read this file</source>
        <translation>Zugriff verweigert: Film Viewer darf diese Datei nicht lesen</translation>
    </message>
    <message>
        <source>too many levels of symbolic links (a link loop?)</source>
        <translation>zu viele Ebenen symbolischer Verknüpfungen (eine Schleife?)</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>der Dateiname ist zu lang</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>ein Teil des Pfades ist kein Ordner</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>oberste Ebene</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>this is a Kodi TV show file, not a film file</source>
        <translation>das ist eine Kodi-Seriendatei, keine Filmdatei</translation>
    </message>
    <message>
        <source>this is a Kodi TV episode file, not a film file</source>
        <translation>das ist eine Kodi-Episodendatei, keine Filmdatei</translation>
    </message>
    <message>
        <source>this is a Kodi TV season file, not a film file</source>
        <translation>das ist eine Kodi-Staffeldatei, keine Filmdatei</translation>
    </message>
    <message>
        <source>this is a Kodi music video file, not a film file</source>
        <translation>das ist eine Kodi-Musikvideodatei, keine Filmdatei</translation>
    </message>
    <message>
        <source>this is a Kodi music artist file, not a film file</source>
        <translation>das ist eine Kodi-Künstlerdatei, keine Filmdatei</translation>
    </message>
    <message>
        <source>this is a Kodi music album file, not a film file</source>
        <translation>das ist eine Kodi-Albumdatei, keine Filmdatei</translation>
    </message>
    <message>
        <source>&lt;{element}&gt;</source>
        <translation>&lt;{element}&gt;</translation>
    </message>
    <message>
        <source>line {line}, &lt;{element}&gt;</source>
        <translation>Zeile {line}, &lt;{element}&gt;</translation>
    </message>
    <message>
        <source>&lt;{element}&gt;, left out</source>
        <translation>&lt;{element}&gt;, ausgelassen</translation>
    </message>
    <message>
        <source>line {line}, &lt;{element}&gt;, left out</source>
        <translation>Zeile {line}, &lt;{element}&gt;, ausgelassen</translation>
    </message>
    <message>
        <source>more warnings, not listed: {count}</source>
        <translation>weitere Hinweise, nicht aufgeführt: {count}</translation>
    </message>
    <message>
        <source>{path}: entries beyond the {limit} a list may hold, left out: {count}</source>
        <translation>{path}: Einträge über die {limit} hinaus, die eine Liste haben darf, ausgelassen: {count}</translation>
    </message>
    <message>
        <source>the file declares an encoding Film Viewer does not know ({name})</source>
        <translation>die Datei nennt eine Kodierung, die Film Viewer nicht kennt ({name})</translation>
    </message>
    <message>
        <source>the file is not {encoding} text (byte 0x{byte} on line {line}); read as {fallback}: check accented letters</source>
        <translation>die Datei ist kein {encoding}-Text (Byte 0x{byte} in Zeile {line}); als {fallback} gelesen: Umlaute und Akzente prüfen</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x{byte} on line {line}); read as {fallback}: check accented letters</source>
        <translation>die Datei ist kein UTF-8-Text (Byte 0x{byte} in Zeile {line}); als {fallback} gelesen: Umlaute und Akzente prüfen</translation>
    </message>
    <message>
        <source>this is a release&apos;s notes (a text .nfo with ASCII art), not a film file: it holds no &lt;movie&gt; element</source>
        <translation>das sind Notizen zu einem Release (eine Text-.nfo mit ASCII-Art), keine Filmdatei: sie enthält kein &lt;movie&gt;-Element</translation>
    </message>
    <message>
        <source>holds no &lt;movie&gt; element: this is not a Kodi film file</source>
        <translation>enthält kein &lt;movie&gt;-Element: das ist keine Kodi-Filmdatei</translation>
    </message>
    <message>
        <source>the file holds only a web address, not the film&apos;s details; the title is taken from the file&apos;s name</source>
        <translation>die Datei enthält nur eine Webadresse, nicht die Angaben zum Film; der Titel stammt aus dem Dateinamen</translation>
    </message>
    <message>
        <source>the file declares entities (&lt;!ENTITY&gt;); Film Viewer never expands them, and shows references to them as they are written</source>
        <translation>die Datei deklariert Entitäten (&lt;!ENTITY&gt;); Film Viewer löst sie nie auf und zeigt Verweise darauf so, wie sie geschrieben sind</translation>
    </message>
    <message>
        <source>text before &lt;movie&gt; ignored: {text}</source>
        <translation>Text vor &lt;movie&gt; übergangen: {text}</translation>
    </message>
    <message>
        <source>the file holds more than one &lt;movie&gt;; the first is shown</source>
        <translation>die Datei enthält mehr als ein &lt;movie&gt;; das erste wird gezeigt</translation>
    </message>
    <message>
        <source>text after &lt;/movie&gt; ignored: {text}</source>
        <translation>Text nach &lt;/movie&gt; übergangen: {text}</translation>
    </message>
    <message>
        <source>the file ends before &lt;/movie&gt;: it may be cut short</source>
        <translation>die Datei endet vor &lt;/movie&gt;: vielleicht ist sie abgeschnitten</translation>
    </message>
    <message>
        <source>the address {url} is not one of IMDb or TMDb; not shown</source>
        <translation>die Adresse {url} gehört weder zu IMDb noch zu TMDb; nicht gezeigt</translation>
    </message>
    <message>
        <source>“{label}”, left out</source>
        <translation>„{label}“, weggelassen</translation>
    </message>
    <message>
        <source>“{label}”</source>
        <translation>„{label}“</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>line {line}, “{label}”, left out</source>
        <translation>Zeile {line}, „{label}“, weggelassen</translation>
    </message>
    <message>
        <source>line {line}, “{label}”</source>
        <translation>Zeile {line}, „{label}“</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>lines above the title (the site&apos;s menus), left out: {count}</source>
        <translation>Zeilen über dem Titel (die Menüs der Website), weggelassen: {count}</translation>
    </message>
    <message>
        <source>lines of page text that are not film facts, left out: {count}, e.g. “{example}”</source>
        <translation>Zeilen Seitentext, die keine Filmangaben sind, weggelassen: {count}, z. B. „{example}“</translation>
    </message>
    <message>
        <source>the names are run together on one line; split where a word such as Films or Productions ends a name: {names}</source>
        <translation>die Namen stehen in einer Zeile zusammen; getrennt, wo ein Wort wie Films oder Productions einen Namen beendet: {names}</translation>
    </message>
    <message>
        <source>the list is run together on one line and not all of it is a known name; kept as one item: “{value}”</source>
        <translation>die Liste steht in einer Zeile zusammen und nicht alles darin ist ein bekannter Name; als ein Eintrag behalten: „{value}“</translation>
    </message>
    <message>
        <source>kept as one name, though the page may run several together on this line: “{value}”</source>
        <translation>als ein Name behalten, obwohl die Seite hier mehrere zusammenschreiben kann: „{value}“</translation>
    </message>
    <message>
        <source>only a year, {year}: the year is kept, a release date needs the day</source>
        <translation>nur ein Jahr, {year}: das Jahr wird behalten, ein Erscheinungsdatum braucht den Tag</translation>
    </message>
    <message>
        <source>left out the address “{url}”: only http and https open</source>
        <translation>die Adresse „{url}“ weggelassen: nur http und https lassen sich öffnen</translation>
    </message>
    <message>
        <source>the amount is an estimate; a film file does not mark estimates</source>
        <translation>der Betrag ist geschätzt; eine Filmdatei kennzeichnet Schätzungen nicht</translation>
    </message>
    <message>
        <source>the XML is damaged here ({error}); what could be read is shown</source>
        <translation>das XML ist hier beschädigt ({error}); gezeigt wird, was sich lesen ließ</translation>
    </message>
    <message>
        <source>the &lt;movie&gt; element could not be read as XML</source>
        <translation>das &lt;movie&gt;-Element ließ sich nicht als XML lesen</translation>
    </message>
    <message>
        <source>raw &amp; characters (XML needs &amp;amp;) read as the text they are: {count}</source>
        <translation>bloße &amp;-Zeichen (XML verlangt &amp;amp;) als Text gelesen: {count}</translation>
    </message>
    <message>
        <source>HTML entities read as the characters they name: {names}</source>
        <translation>HTML-Entitäten als die Zeichen gelesen, die sie bezeichnen: {names}</translation>
    </message>
    <message>
        <source>the file gives no title; the title is taken from the file&apos;s name</source>
        <translation>die Datei nennt keinen Titel; der Titel stammt aus dem Dateinamen</translation>
    </message>
    <message>
        <source>not shown, as films have no field for them: {elements}</source>
        <translation>nicht gezeigt, da Filme kein Feld dafür haben: {elements}</translation>
    </message>
    <message>
        <source>the page could not be read ({error})</source>
        <translation>die Seite konnte nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>the page is larger than 64 MiB: no title page is</source>
        <translation>die Seite ist größer als 64 MiB: so groß ist keine Titelseite</translation>
    </message>
    <message>
        <source>no film found on this page: it has no film data and none of the sections Summaries, Details, Box office, Tech specs or Synopsis</source>
        <translation>auf dieser Seite ist kein Film: sie hat keine Filmdaten und keinen der Abschnitte Zusammenfassungen, Details, Einspielergebnis, Technische Daten oder Handlung</translation>
    </message>
    <message>
        <source>this is not a film&apos;s title page: it has none of the sections Summaries, Details, Box office, Tech specs or Synopsis</source>
        <translation>dies ist keine Titelseite eines Films: sie hat keinen der Abschnitte Zusammenfassungen, Details, Einspielergebnis, Technische Daten oder Handlung</translation>
    </message>
    <message>
        <source>the page shows its reader the title “{shown}”; the film&apos;s own, “{title}”, is kept</source>
        <translation>die Seite zeigt ihren Lesern den Titel „{shown}“; der eigene Titel des Films, „{title}“, wird behalten</translation>
    </message>
    <message>
        <source>the page does not show the film&apos;s title (a copy that starts below it): the title must be given</source>
        <translation>die Seite zeigt den Titel des Films nicht (eine Kopie, die darunter beginnt): der Titel muss angegeben werden</translation>
    </message>
    <message>
        <source>more warnings like these, not listed: {count}</source>
        <translation>weitere Warnungen dieser Art, nicht aufgeführt: {count}</translation>
    </message>
    <message>
        <source>the page&apos;s title “{page}” is replaced by the one given</source>
        <translation>der Titel der Seite, „{page}“, wird durch den angegebenen ersetzt</translation>
    </message>
    <message>
        <source>page text</source>
        <translation>Seitentext</translation>
    </message>
    <message>
        <source>control characters, which are not text, left out: {count}</source>
        <translation>Steuerzeichen, die kein Text sind, weggelassen: {count}</translation>
    </message>
    <message>
        <source>the film&apos;s title {what}</source>
        <translation>der Titel des Films: {what}</translation>
    </message>
    <message>
        <source>could not be read as a film</source>
        <translation>ließ sich nicht als Film lesen</translation>
    </message>
    <message>
        <source>the title is taken from the file&apos;s name instead</source>
        <translation>der Titel stammt stattdessen aus dem Dateinamen</translation>
    </message>
    <message>
        <source>names a picture outside the film&apos;s folder ({path}); not shown</source>
        <translation>nennt ein Bild außerhalb des Filmordners ({path}); nicht gezeigt</translation>
    </message>
    <message>
        <source>names a picture that is not in the film&apos;s folder ({path})</source>
        <translation>nennt ein Bild, das nicht im Filmordner liegt ({path})</translation>
    </message>
    <message>
        <source>names a picture on another computer or share ({path}); not shown</source>
        <translation>nennt ein Bild auf einem anderen Rechner oder einer Freigabe ({path}); nicht gezeigt</translation>
    </message>
    <message>
        <source>“{value}” is not a year such as 1992</source>
        <translation>„{value}“ ist kein Jahr wie 1992</translation>
    </message>
    <message>
        <source>“{value}” is not a place in the Top 250, 1 to 250</source>
        <translation>„{value}“ ist kein Platz in den Top 250, 1 bis 250</translation>
    </message>
    <message>
        <source>“{value}” is not a number of votes such as 1,234</source>
        <translation>„{value}“ ist keine Stimmenzahl wie 1.234</translation>
    </message>
    <message>
        <source>“{value}” is not a TMDb number such as 603</source>
        <translation>„{value}“ ist keine TMDb-Nummer wie 603</translation>
    </message>
    <message>
        <source>“{value}” is not a number of pixels such as 1920</source>
        <translation>„{value}“ ist keine Pixelzahl wie 1920</translation>
    </message>
    <message>
        <source>“{value}” is not a number of audio channels such as 6</source>
        <translation>„{value}“ ist keine Zahl von Tonkanälen wie 6</translation>
    </message>
    <message>
        <source>“{value}” is not a length in seconds such as 7200</source>
        <translation>„{value}“ ist keine Länge in Sekunden wie 7200</translation>
    </message>
    <message>
        <source>“{value}” is not a score such as 7.5</source>
        <translation>„{value}“ ist keine Wertung wie 7.5</translation>
    </message>
    <message>
        <source>“{value}” is not a best score such as 10</source>
        <translation>„{value}“ ist keine Höchstwertung wie 10</translation>
    </message>
    <message>
        <source>“{value}” is not an aspect ratio such as 1.85</source>
        <translation>„{value}“ ist kein Seitenverhältnis wie 1.85</translation>
    </message>
    <message>
        <source>“{value}” is not a year a film can have ({first} to {last})</source>
        <translation>„{value}“ ist kein Jahr, das ein Film haben kann ({first} bis {last})</translation>
    </message>
    <message>
        <source>“{value}” is not a date such as 2019-01-31</source>
        <translation>„{value}“ ist kein Datum wie 2019-01-31</translation>
    </message>
    <message>
        <source>“{value}” is not a running time such as 120 min</source>
        <translation>„{value}“ ist keine Laufzeit wie 120 min</translation>
    </message>
    <message>
        <source>the film is also in the collection “{name}”; a film shows one, the first</source>
        <translation>der Film gehört auch zur Sammlung „{name}“; gezeigt wird eine, die erste</translation>
    </message>
    <message>
        <source>an actor without a &lt;name&gt;</source>
        <translation>ein Darsteller ohne &lt;name&gt;</translation>
    </message>
    <message>
        <source>“{value}” is not an amount of money such as $10,000,000</source>
        <translation>„{value}“ ist kein Geldbetrag wie $10,000,000</translation>
    </message>
    <message>
        <source>“{value}” names a currency Film Viewer does not know</source>
        <translation>„{value}“ nennt eine Währung, die Film Viewer nicht kennt</translation>
    </message>
    <message>
        <source>“{value}” is more money than any film has made</source>
        <translation>„{value}“ ist mehr Geld, als je ein Film eingespielt hat</translation>
    </message>
    <message>
        <source>“{value}” is not a date such as Nov 20, 1992</source>
        <translation>„{value}“ ist kein Datum wie Nov 20, 1992</translation>
    </message>
    <message>
        <source>“{value}” is not a runtime such as 2h 52m</source>
        <translation>„{value}“ ist keine Laufzeit wie 2h 52m</translation>
    </message>
    <message>
        <source>“{value}” is not an aspect ratio such as 1.85 : 1</source>
        <translation>„{value}“ ist kein Seitenverhältnis wie 1.85 : 1</translation>
    </message>
    <message>
        <source>the custom certificate “{value}” is not shown: &lt;mpaa&gt; gives one</source>
        <translation>die eigene Altersfreigabe „{value}“ wird nicht gezeigt: &lt;mpaa&gt; nennt eine</translation>
    </message>
    <message>
        <source>this page is about a TV series, not a film (its {source} says {said})</source>
        <translation>diese Seite handelt von einer Fernsehserie, nicht von einem Film (ihre {source} sagen {said})</translation>
    </message>
    <message>
        <source>this page is about a TV episode, not a film (its {source} says {said})</source>
        <translation>diese Seite handelt von einer Fernsehfolge, nicht von einem Film (ihre {source} sagen {said})</translation>
    </message>
    <message>
        <source>this page is about a person, not a film (its {source} says {said})</source>
        <translation>diese Seite handelt von einer Person, nicht von einem Film (ihre {source} sagen {said})</translation>
    </message>
    <message>
        <source>this page is about a video game, not a film (its {source} says {said})</source>
        <translation>diese Seite handelt von einem Videospiel, nicht von einem Film (ihre {source} sagen {said})</translation>
    </message>
    <message>
        <source>this page is about music, not a film (its {source} says {said})</source>
        <translation>diese Seite handelt von Musik, nicht von einem Film (ihre {source} sagen {said})</translation>
    </message>
    <message>
        <source>this page is not about a film (its {source} says {said})</source>
        <translation>diese Seite handelt nicht von einem Film (ihre {source} sagen {said})</translation>
    </message>
    <message>
        <source>imported as a film: its {source} says {said}, its {other} says {other_said} (a film made for video)</source>
        <translation>als Film eingelesen: ihre {source} sagen {said}, ihre {other} sagen {other_said} (ein Film für den Videomarkt)</translation>
    </message>
    <message>
        <source>imported as a film: its {source} says {said}, though its {other} says {other_said}</source>
        <translation>als Film eingelesen: ihre {source} sagen {said}, obwohl ihre {other} {other_said} sagen</translation>
    </message>
    <message>
        <source>JSON-LD</source>
        <translation>JSON-LD-Daten</translation>
    </message>
    <message>
        <source>meta tags</source>
        <translation>Meta-Tags</translation>
    </message>
    <message>
        <source>microdata</source>
        <translation>Mikrodaten</translation>
    </message>
    <message>
        <source>page data</source>
        <translation>Seitendaten</translation>
    </message>
</context>
<context>
    <name>query</name>
    <message>
        <source>no field “{name}”: try title, year, runtime, genre, keyword, country, language, company, person or collection</source>
        <translation>kein Feld „{name}“: möglich sind title, year, runtime, genre, keyword, country, language, company, person oder collection</translation>
    </message>
    <message>
        <source>“{value}” is no year: write year:1994 or year:1990..1999</source>
        <translation>„{value}“ ist kein Jahr: schreiben Sie year:1994 oder year:1990..1999</translation>
    </message>
    <message>
        <source>the years {first}..{last} run backwards</source>
        <translation>die Jahre {first}..{last} laufen rückwärts</translation>
    </message>
    <message>
        <source>“{value}” is no running time: write runtime:90..119 or runtime:180.. (minutes)</source>
        <translation>„{value}“ ist keine Laufzeit: schreiben Sie runtime:90..119 oder runtime:180.. (Minuten)</translation>
    </message>
    <message>
        <source>the running times {first}..{last} run backwards</source>
        <translation>die Laufzeiten {first}..{last} laufen rückwärts</translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message numerus="yes">
        <source>%Ln film(s)</source>
        <translation>
            <numerusform>%Ln Film</numerusform>
            <numerusform>%Ln Filme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label}: %Ln film(s)</source>
        <translation>
            <numerusform>{label}: %Ln Film</numerusform>
            <numerusform>{label}: %Ln Filme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
</TS>
