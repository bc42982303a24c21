<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>GroqErrors</name>
    <message numerus="yes">
        <location filename="../core/ai/GroqError.cpp" line="+69"/>
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
        <location filename="../core/ai/GroqClient.cpp" line="+274"/>
        <source>the answer stopped %n byte(s) short of its announced length</source>
        <translation>
            <numerusform>the answer stopped %n byte short of its announced length</numerusform>
            <numerusform>the answer stopped %n bytes short of its announced length</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::LectureJobs</name>
    <message numerus="yes">
        <location filename="../app/jobs/LectureJobs.cpp" line="+156"/>
        <source>Groq asked to slow down; going on in %n s</source>
        <translation>
            <numerusform>Groq asked to slow down; going on in %n s</numerusform>
            <numerusform>Groq asked to slow down; going on in %n s</numerusform>
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
        <location filename="../app/library/LibraryTreeModel.cpp" line="+303"/>
        <source>%1 — %n lecture(s)</source>
        <translation>
            <numerusform>%1 — %n lecture</numerusform>
            <numerusform>%1 — %n lectures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/shell/MainWindow.cpp" line="+226"/>
        <source>Importing %n recording(s)…</source>
        <translation>
            <numerusform>Importing %n recording…</numerusform>
            <numerusform>Importing %n recordings…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ReviewSession</name>
    <message numerus="yes">
        <location filename="../core/study/ReviewSession.cpp" line="+72"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::cli::CardsCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/CardsCommand.cpp" line="+48"/>
        <source>Stored %n flashcard(s) for &quot;%1&quot;.</source>
        <translation>
            <numerusform>Stored %n flashcard for &quot;%1&quot;.</numerusform>
            <numerusform>Stored %n flashcards for &quot;%1&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::cli::ExportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="+156"/>
        <source>Exported %n file(s) of &quot;%1&quot; to %2.</source>
        <translation>
            <numerusform>Exported %n file of &quot;%1&quot; to %2.</numerusform>
            <numerusform>Exported %n files of &quot;%1&quot; to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::cli::ImportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommand.cpp" line="+126"/>
        <source>%n file(s) not imported.</source>
        <translation>
            <numerusform>%n file not imported.</numerusform>
            <numerusform>%n files not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::cli::TranscribeCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/TranscribeCommand.cpp" line="+180"/>
        <source>Groq asked Lectern to slow down: waiting %n second(s).</source>
        <translation>
            <numerusform>Groq asked Lectern to slow down: waiting %n second.</numerusform>
            <numerusform>Groq asked Lectern to slow down: waiting %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n finished chunk(s) are kept; run the same command again to send only the rest.</source>
        <translation>
            <numerusform>%n finished chunk is kept; run the same command again to send only the rest.</numerusform>
            <numerusform>%n finished chunks are kept; run the same command again to send only the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Transcribed &quot;%1&quot;: %n chunk(s) kept from the interrupted run, the rest sent now.</source>
        <translation>
            <numerusform>Transcribed &quot;%1&quot;: %n chunk kept from the interrupted run, the rest sent now.</numerusform>
            <numerusform>Transcribed &quot;%1&quot;: %n chunks kept from the interrupted run, the rest sent now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Transcribed &quot;%1&quot;: %n segment(s).</source>
        <translation>
            <numerusform>Transcribed &quot;%1&quot;: %n segment.</numerusform>
            <numerusform>Transcribed &quot;%1&quot;: %n segments.</numerusform>
        </translation>
    </message>
</context>
</TS>
