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
    <name>lectern::AskPage</name>
    <message numerus="yes">
        <location filename="../app/search/AskPage.cpp" line="+167"/>
        <source>Asking Groq about %n passage(s)…</source>
        <translation>
            <numerusform>Asking Groq about %n passage…</numerusform>
            <numerusform>Asking Groq about %n passages…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::CalendarHeatmap</name>
    <message numerus="yes">
        <location filename="../app/progress/CalendarHeatmap.cpp" line="+119"/>
        <source>%n review(s) on %1</source>
        <translation>
            <numerusform>%n review on %1</numerusform>
            <numerusform>%n reviews on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::CardBrowser</name>
    <message numerus="yes">
        <location filename="../app/cards/CardBrowser.cpp" line="+293"/>
        <source>%1 of %n card(s) selected</source>
        <translation>
            <numerusform>%1 of %n card selected</numerusform>
            <numerusform>%1 of %n cards selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>Suspended %n card(s)</source>
        <translation>
            <numerusform>Suspended %n card</numerusform>
            <numerusform>Suspended %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Unsuspended %n card(s)</source>
        <translation>
            <numerusform>Unsuspended %n card</numerusform>
            <numerusform>Unsuspended %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Deleted %n card(s)</source>
        <translation>
            <numerusform>Deleted %n card</numerusform>
            <numerusform>Deleted %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n card(s) and their review history?</source>
        <translation>
            <numerusform>Delete %n card and its review history?</numerusform>
            <numerusform>Delete %n cards and their review history?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Moved %n card(s) to “%1”</source>
        <translation>
            <numerusform>Moved %n card to “%1”</numerusform>
            <numerusform>Moved %n cards to “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::CardCommand</name>
    <message numerus="yes">
        <location filename="../app/cards/CardCommands.cpp" line="+22"/>
        <source>Suspend %n Card(s)</source>
        <translation>
            <numerusform>Suspend %n Card</numerusform>
            <numerusform>Suspend %n Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Unsuspend %n Card(s)</source>
        <translation>
            <numerusform>Unsuspend %n Card</numerusform>
            <numerusform>Unsuspend %n Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Delete %n Card(s)</source>
        <translation>
            <numerusform>Delete %n Card</numerusform>
            <numerusform>Delete %n Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Move %n Card(s) to “%1”</source>
        <translation>
            <numerusform>Move %n Card to “%1”</numerusform>
            <numerusform>Move %n Cards to “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ChatComposer</name>
    <message numerus="yes">
        <location filename="../app/groups/ChatComposer.cpp" line="+34"/>
        <source>A message can be at most %n character(s) long; this one has %1.</source>
        <translation>
            <numerusform>A message can be at most %n character long; this one has %1.</numerusform>
            <numerusform>A message can be at most %n characters long; this one has %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::CourseDetailsPage</name>
    <message numerus="yes">
        <location filename="../app/library/CourseDetailsPage.cpp" line="+66"/>
        <source>%n lecture(s)</source>
        <translation>
            <numerusform>%n lecture</numerusform>
            <numerusform>%n lectures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::CourseQuizPage</name>
    <message numerus="yes">
        <location filename="../app/study/CourseQuizPage.cpp" line="+93"/>
        <source>%n question(s) from %1, oldest lecture first</source>
        <translation>
            <numerusform>%n question from %1, oldest lecture first</numerusform>
            <numerusform>%n questions from %1, oldest lecture first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n lecture(s)</source>
        <translation>
            <numerusform>%n lecture</numerusform>
            <numerusform>%n lectures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::DashboardPage</name>
    <message numerus="yes">
        <location filename="../app/progress/DashboardPage.cpp" line="+42"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+212"/>
        <source>Current streak: %n day(s)</source>
        <translation>
            <numerusform>Current streak: %n day</numerusform>
            <numerusform>Current streak: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Longest streak: %n day(s)</source>
        <translation>
            <numerusform>Longest streak: %n day</numerusform>
            <numerusform>Longest streak: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Week of %1: %2% remembered (%3 of %n review(s))</source>
        <translation>
            <numerusform>Week of %1: %2% remembered (%3 of %n review)</numerusform>
            <numerusform>Week of %1: %2% remembered (%3 of %n reviews)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n card(s) due today, overdue included</source>
        <translation>
            <numerusform>%n card due today, overdue included</numerusform>
            <numerusform>%n cards due today, overdue included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n card(s) due on %1</source>
        <translation>
            <numerusform>%n card due on %1</numerusform>
            <numerusform>%n cards due on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ExportController</name>
    <message numerus="yes">
        <location filename="../app/export/ExportController.cpp" line="+204"/>
        <source>Exported “%1” (%n file(s)) to %2</source>
        <translation>
            <numerusform>Exported “%1” (%n file) to %2</numerusform>
            <numerusform>Exported “%1” (%n files) to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::GenerationBar</name>
    <message numerus="yes">
        <location filename="../app/lecture/GenerationBar.cpp" line="+220"/>
        <source>Groq asked to slow down; going on in %n s</source>
        <translation>
            <numerusform>Groq asked to slow down; going on in %n s</numerusform>
            <numerusform>Groq asked to slow down; going on in %n s</numerusform>
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
    <name>lectern::GroupChatPanel</name>
    <message numerus="yes">
        <location filename="../app/groups/GroupChatPanel.cpp" line="+260"/>
        <source>%n people are typing…</source>
        <translation>
            <numerusform>%n person is typing…</numerusform>
            <numerusform>%n people are typing…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::GroupListModel</name>
    <message numerus="yes">
        <location filename="../core/chat/GroupListModel.cpp" line="+27"/>
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1, %n unread message</numerusform>
            <numerusform>%1, %n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::GroupsFeature</name>
    <message numerus="yes">
        <location filename="../app/groups/GroupsFeature.cpp" line="+195"/>
        <source>Show &amp;Groups — %n unread</source>
        <translation>
            <numerusform>Show &amp;Groups — %n unread</numerusform>
            <numerusform>Show &amp;Groups — %n unread</numerusform>
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
        <location filename="../app/library/LibraryActions.cpp" line="+210"/>
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
        <location filename="../app/library/LibraryTreeModel.cpp" line="+354"/>
        <source>%1 (archived) — %n lecture(s)</source>
        <translation>
            <numerusform>%1 (archived) — %n lecture</numerusform>
            <numerusform>%1 (archived) — %n lectures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
        <location filename="../app/shell/MainWindowMenus.cpp" line="+214"/>
        <source>Importing %n recording(s)…</source>
        <translation>
            <numerusform>Importing %n recording…</numerusform>
            <numerusform>Importing %n recordings…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::MoveCardsDialog</name>
    <message numerus="yes">
        <location filename="../app/cards/MoveCardsDialog.cpp" line="+18"/>
        <source>Move %n card(s) to:</source>
        <translation>
            <numerusform>Move %n card to:</numerusform>
            <numerusform>Move %n cards to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ProgressFeature</name>
    <message numerus="yes">
        <location filename="../app/progress/ProgressFeature.cpp" line="+51"/>
        <source>%n card(s) due today.</source>
        <translation>
            <numerusform>%n card due today.</numerusform>
            <numerusform>%n cards due today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::QuizView</name>
    <message numerus="yes">
        <location filename="../app/lecture/QuizView.cpp" line="+327"/>
        <source>You answered %1 of %n question(s) right.</source>
        <translation>
            <numerusform>You answered %1 of %n question right.</numerusform>
            <numerusform>You answered %1 of %n questions right.</numerusform>
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
    <name>lectern::SyncState</name>
    <message numerus="yes">
        <location filename="../core/sync/SyncState.cpp" line="+17"/>
        <source>Sync: %n change(s) waiting</source>
        <translation>
            <numerusform>Sync: %n change waiting</numerusform>
            <numerusform>Sync: %n changes waiting</numerusform>
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
        <location filename="../app/cli/ImportCommand.cpp" line="+134"/>
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
        <location filename="../app/cli/TranscribeCommand.cpp" line="+175"/>
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
