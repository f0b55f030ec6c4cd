<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>WarningsBar</name>
    <message numerus="yes">
        <source>“{name}” was read with %Ln warning(s)</source>
        <translation>
            <numerusform>“{name}” was read with %Ln warning</numerusform>
            <numerusform>“{name}” was read with %Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export</name>
    <message numerus="yes">
        <source>Copied %Ln value(s)</source>
        <translation>
            <numerusform>Copied %Ln value</numerusform>
            <numerusform>Copied %Ln values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied {section} (%Ln summaries)</source>
        <translation>
            <numerusform>Copied {section} (%Ln summary)</numerusform>
            <numerusform>Copied {section} (%Ln summaries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied {section} (%Ln paragraphs)</source>
        <translation>
            <numerusform>Copied {section} (%Ln paragraph)</numerusform>
            <numerusform>Copied {section} (%Ln paragraphs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied {section} (%Ln fields)</source>
        <translation>
            <numerusform>Copied {section} (%Ln field)</numerusform>
            <numerusform>Copied {section} (%Ln fields)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln film(s)</source>
        <translation>
            <numerusform>Copied %Ln film</numerusform>
            <numerusform>Copied %Ln films</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>library</name>
    <message numerus="yes">
        <source>%Ln film(s) hold it</source>
        <translation>
            <numerusform>%Ln film holds it</numerusform>
            <numerusform>%Ln films hold it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln film(s)</source>
        <translation>
            <numerusform>%Ln film</numerusform>
            <numerusform>%Ln films</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln film(s)</source>
        <translation>
            <numerusform>{shown} of %Ln film</numerusform>
            <numerusform>{shown} of %Ln films</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{films} · %Ln selected</source>
        <translation>
            <numerusform>{films} · %Ln selected</numerusform>
            <numerusform>{films} · %Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message numerus="yes">
        <source>%Ln film(s)</source>
        <translation>
            <numerusform>%Ln film</numerusform>
            <numerusform>%Ln films</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label}: %Ln film(s)</source>
        <translation>
            <numerusform>{label}: %Ln film</numerusform>
            <numerusform>{label}: %Ln films</numerusform>
        </translation>
    </message>
</context>
</TS>
