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
</context>
<context>
    <name>FieldsView</name>
    <message>
        <source>Open Link…</source>
        <translation>Link öffnen…</translation>
    </message>
    <message>
        <source>Open the site&apos;s address in a web browser</source>
        <translation>Die Adresse der Website im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy “{label}: …”</source>
        <translation>„{label}: …“ kopieren</translation>
    </message>
    <message>
        <source>Copy All {label} as One Line</source>
        <translation>Alle {label} in einer Zeile kopieren</translation>
    </message>
    <message>
        <source>Copy All {label} One per Line</source>
        <translation>Alle {label} kopieren, je eine Zeile</translation>
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
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Ganze &amp;Wörter</translation>
    </message>
    <message>
        <source>Match d&amp;iacritics</source>
        <translation>Diakriti&amp;ka beachten</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer Ausdr&amp;uck</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Wrapped to top</source>
        <translation>Vom Anfang her fortgesetzt</translation>
    </message>
    <message>
        <source>Wrapped to bottom</source>
        <translation>Vom Ende her fortgesetzt</translation>
    </message>
</context>
<context>
    <name>Finder</name>
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
    <name>MainWindow</name>
    <message>
        <source>Film Viewer</source>
        <translation>Film Viewer</translation>
    </message>
    <message>
        <source>&amp;Summaries</source>
        <translation>&amp;Zusammenfassungen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>D&amp;etails</translation>
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
        <source>{title} — {file} — Film Viewer</source>
        <translation>{title} — {file} — Film Viewer</translation>
    </message>
    <message>
        <source>Film Viewer cannot open “{name}”.</source>
        <translation>Film Viewer kann „{name}“ nicht öffnen.</translation>
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
    <name>RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
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
    <name>SummariesView</name>
    <message>
        <source>Copy Summary</source>
        <translation>Zusammenfassung kopieren</translation>
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
    <name>dialogs</name>
    <message>
        <source>Open Film</source>
        <translation>Film öffnen</translation>
    </message>
    <message>
        <source>Film files (*.json);;All files (*)</source>
        <translation>Filmdateien (*.json);;Alle Dateien (*)</translation>
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
        <source>Something Went Wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
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
        <source>summaries</source>
        <translation>Zusammenfassungen</translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation>Absätze</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Copied {section} ({count} {noun})</source>
        <translation>{section} kopiert ({count} {noun})</translation>
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
        <source>Not listed</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
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
</context>
<context>
    <name>text</name>
    <message>
        <source>Copy Selected Text</source>
        <translation>Ausgewählten Text kopieren</translation>
    </message>
</context>
</TS>
