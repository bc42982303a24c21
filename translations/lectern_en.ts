<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>GroqErrors</name>
    <message numerus="yes">
        <location filename="../core/ai/GroqError.cpp" line="+68"/>
        <source>Groq did not answer for %n s; the request was given up.</source>
        <translation>
            <numerusform>Groq did not answer for %n s; the request was given up.</numerusform>
            <numerusform>Groq did not answer for %n s; the request was given up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Groq&apos;s rate limit was reached; waiting %n s</source>
        <translation>
            <numerusform>Groq&apos;s rate limit was reached; waiting %n s</numerusform>
            <numerusform>Groq&apos;s rate limit was reached; waiting %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>Groq&apos;s rate limit was reached; try again in %n s.</source>
        <translation>
            <numerusform>Groq&apos;s rate limit was reached; try again in %n s.</numerusform>
            <numerusform>Groq&apos;s rate limit was reached; try again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/ListCommand.cpp" line="+79"/>
        <source>%n lecture(s)</source>
        <translation>
            <numerusform>%n lecture</numerusform>
            <numerusform>%n lectures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::CourseDetailsPage</name>
    <message numerus="yes">
        <location filename="../app/library/CourseDetailsPage.cpp" line="+57"/>
        <source>%n lecture(s)</source>
        <translation>
            <numerusform>%n lecture</numerusform>
            <numerusform>%n lectures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::GroqClient</name>
    <message numerus="yes">
        <location filename="../core/ai/GroqClient.cpp" line="+264"/>
        <source>the answer stopped %n byte(s) short of its announced length</source>
        <translation>
            <numerusform>the answer stopped %n byte short of its announced length</numerusform>
            <numerusform>the answer stopped %n bytes short of its announced length</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::LibraryActions</name>
    <message numerus="yes">
        <location filename="../app/library/LibraryActions.cpp" line="+173"/>
        <source>Delete the course “%1” and its %n lecture(s)?</source>
        <translation>
            <numerusform>Delete the course “%1” and its %n lecture?</numerusform>
            <numerusform>Delete the course “%1” and its %n lectures?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::LibraryTreeModel</name>
    <message numerus="yes">
        <location filename="../app/library/LibraryTreeModel.cpp" line="+359"/>
        <source>%1 — %n lecture(s)</source>
        <translation>
            <numerusform>%1 — %n lecture</numerusform>
            <numerusform>%1 — %n lectures</numerusform>
        </translation>
    </message>
</context>
</TS>
