<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Achievement</name>
    <message>
        <location filename="../core/study/Achievements.cpp" line="+18"/>
        <source>First lecture</source>
        <translation>Erste Vorlesung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded your first lecture.</source>
        <translation>Ihre erste Vorlesung aufgenommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten lectures</source>
        <translation>Zehn Vorlesungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded ten lectures.</source>
        <translation>Zehn Vorlesungen aufgenommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First review</source>
        <translation>Erste Wiederholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed your first flashcard.</source>
        <translation>Ihre erste Karteikarte wiederholt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 reviews</source>
        <translation>100 Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed flashcards 100 times.</source>
        <translation>100-mal Karteikarten wiederholt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1,000 reviews</source>
        <translation>1.000 Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed flashcards 1,000 times.</source>
        <translation>1.000-mal Karteikarten wiederholt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week in a row</source>
        <translation>Eine Woche am Stück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studied on 7 days in a row.</source>
        <translation>An 7 Tagen in Folge gelernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A month in a row</source>
        <translation>Ein Monat am Stück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studied on 30 days in a row.</source>
        <translation>An 30 Tagen in Folge gelernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A course fully reviewed</source>
        <translation>Ein Kurs komplett wiederholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed every flashcard of a course at least once.</source>
        <translation>Jede Karteikarte eines Kurses mindestens einmal wiederholt.</translation>
    </message>
</context>
<context>
    <name>ChatCompletion</name>
    <message>
        <location filename="../core/ai/ChatCompletion.cpp" line="+39"/>
        <source>the answer is not valid JSON (%1 at offset %2)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is JSON but not an object</source>
        <translation>die Antwort ist JSON, aber kein Objekt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the chat completion is not a JSON object (%1)</source>
        <translation>die Chat-Antwort ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the chat completion has no message content</source>
        <translation>die Chat-Antwort enthält keinen Nachrichtentext</translation>
    </message>
</context>
<context>
    <name>ChatReply</name>
    <message>
        <location filename="../core/ai/ChatReply.cpp" line="+64"/>
        <source>a streamed chunk is not a JSON object: %1</source>
        <translation>ein gestreamter Abschnitt ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the answer ended without its final [DONE] marker</source>
        <translation>die Antwort endete ohne die abschließende [DONE]-Markierung</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+61"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &quot;lectern-cli &lt;command&gt; --help&quot; for a command&apos;s own options.</source>
        <translation>„lectern-cli &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes: 0 success, 2 usage error, 3 input error, 4 service error.</source>
        <translation>Rückgabewerte: 0 Erfolg, 2 Aufruffehler, 3 Eingabefehler, 4 Dienstfehler.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lectern on the command line: your lecture library, without the window.</source>
        <translation>Lectern auf der Kommandozeile: Ihre Vorlesungsbibliothek ohne Fenster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the library in &lt;dir&gt; (default: $LECTERN_DATA_DIR, else the library location set in Lectern, else your data directory).</source>
        <translation>Die Bibliothek in &lt;Ordner&gt; verwenden (Standard: $LECTERN_DATA_DIR, sonst der in Lectern eingestellte Bibliotheksort, sonst Ihr Datenordner).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The command to run (see below).</source>
        <translation>Der auszuführende Befehl (siehe unten).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;command&gt; [options]</source>
        <translation>&lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run &quot;lectern-cli --help&quot; for usage.</source>
        <translation>„lectern-cli --help“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &quot;lectern-cli --help&quot; for the list of commands.</source>
        <translation>„lectern-cli --help“ zeigt die Liste der Befehle.</translation>
    </message>
</context>
<context>
    <name>GroqErrors</name>
    <message>
        <location filename="../core/ai/GroqError.cpp" line="+57"/>
        <source>No Groq API key. Save one in Lectern&apos;s Settings (or with &quot;lectern-cli key set&quot;), or set the GROQ_API_KEY environment variable.</source>
        <translation>Kein Groq-API-Schlüssel vorhanden. Speichern Sie einen in den Einstellungen von Lectern (oder mit „lectern-cli key set“) oder setzen Sie die Umgebungsvariable GROQ_API_KEY.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request to Groq was cancelled.</source>
        <translation>Die Anfrage an Groq wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Groq did not answer for %n s; the request was given up.</source>
        <translation>
            <numerusform>Groq hat %n s lang nicht geantwortet; die Anfrage wurde aufgegeben.</numerusform>
            <numerusform>Groq hat %n s lang nicht geantwortet; die Anfrage wurde aufgegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Groq&apos;s rate limit was reached; waiting %n s</source>
        <translation>
            <numerusform>Das Anfragelimit von Groq ist erreicht; warte %n s</numerusform>
            <numerusform>Das Anfragelimit von Groq ist erreicht; warte %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the audio file %1 for upload: %2</source>
        <translation>Die Audiodatei %1 kann für das Hochladen nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Groq sent an answer Lectern cannot read: %1</source>
        <translation>Groq hat eine Antwort geschickt, die Lectern nicht lesen kann: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Groq rejected the API key (%1). Check the key in Settings or GROQ_API_KEY.</source>
        <translation>Groq hat den API-Schlüssel abgelehnt (%1). Prüfen Sie den Schlüssel in den Einstellungen oder in GROQ_API_KEY.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Groq refused the upload as too large (%1). Send the audio in smaller pieces.</source>
        <translation>Groq hat das Hochladen als zu groß abgelehnt (%1). Senden Sie die Aufnahme in kleineren Teilen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Groq has no capacity free right now (HTTP 498: %1). Try again later.</source>
        <translation>Groq hat gerade keine freie Kapazität (HTTP 498: %1). Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Groq is unavailable right now (HTTP %1: %2). Try again later.</source>
        <translation>Groq ist gerade nicht erreichbar (HTTP %1: %2). Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Groq rejected the request (HTTP %1): %2</source>
        <translation>Groq hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot reach Groq at %1 (%2). Check the internet connection.</source>
        <translation>Groq ist unter %1 nicht erreichbar (%2). Prüfen Sie die Internetverbindung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection to Groq broke off (%1). Try again later.</source>
        <translation>Die Verbindung zu Groq ist abgebrochen (%1). Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to Groq failed: %1</source>
        <translation>Die Verbindung zu Groq ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Groq stopped answering midway: %1</source>
        <translation>Groq hat mitten in der Antwort aufgehört: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Groq&apos;s rate limit was reached; try again in a minute.</source>
        <translation>Das Anfragelimit von Groq ist erreicht; versuchen Sie es in einer Minute noch einmal.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Groq&apos;s rate limit was reached; try again in %n s.</source>
        <translation>
            <numerusform>Das Anfragelimit von Groq ist erreicht; versuchen Sie es in %n s noch einmal.</numerusform>
            <numerusform>Das Anfragelimit von Groq ist erreicht; versuchen Sie es in %n s noch einmal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroqModel</name>
    <message>
        <location filename="../core/ai/GroqModel.cpp" line="+16"/>
        <source>the model list has no data array</source>
        <translation>die Modellliste enthält kein data-Array</translation>
    </message>
</context>
<context>
    <name>LibraryDatabase</name>
    <message>
        <location filename="../core/library/LibraryDatabase.cpp" line="+47"/>
        <source>Could not create the library folder %1. Choose a folder you may write to.</source>
        <translation>Der Bibliotheksordner %1 konnte nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library folder %1 is not writable. Choose another folder or fix its permissions.</source>
        <translation>In den Bibliotheksordner %1 kann nicht geschrieben werden. Wählen Sie einen anderen Ordner oder korrigieren Sie seine Zugriffsrechte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The library file %1 cannot be written. Check its permissions.</source>
        <translation>Die Bibliotheksdatei %1 kann nicht geschrieben werden. Prüfen Sie ihre Zugriffsrechte.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+60"/>
        <source>Could not open the library %1: %2</source>
        <translation>Die Bibliothek %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1 is not a Lectern library or it is damaged (%2). Restore it from a backup, or move it aside so that Lectern starts a new library.</source>
        <translation>%1 ist keine Lectern-Bibliothek oder sie ist beschädigt (%2). Stellen Sie sie aus einer Sicherung wieder her oder verschieben Sie sie, damit Lectern eine neue Bibliothek anlegt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a database of another program, not a Lectern library. Move it aside so that Lectern can start a new library there.</source>
        <translation>%1 ist die Datenbank eines anderen Programms, keine Lectern-Bibliothek. Verschieben Sie sie, damit Lectern dort eine neue Bibliothek anlegen kann.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not switch the library to write-ahead logging</source>
        <translation>Die Bibliothek konnte nicht auf Write-Ahead-Logging umgestellt werden</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Could not prepare a library query</source>
        <translation>Eine Bibliotheksabfrage konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A library query failed</source>
        <translation>Eine Bibliotheksabfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not run &quot;%1&quot; on the library</source>
        <translation>„%1“ konnte auf der Bibliothek nicht ausgeführt werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>LibraryStore</name>
    <message>
        <location filename="../core/library/LibraryStore.cpp" line="+80"/>
        <location line="+39"/>
        <source>A course needs a name.</source>
        <translation>Ein Kurs braucht einen Namen.</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+44"/>
        <source>&quot;%1&quot; is not a colour; use the form #rrggbb.</source>
        <translation>„%1“ ist keine Farbe; verwenden Sie die Form #rrggbb.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>There is no deleted course %1 to restore.</source>
        <translation>Es gibt keinen gelöschten Kurs %1, der wiederhergestellt werden könnte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <location line="+42"/>
        <source>The course %1 does not exist or was deleted.</source>
        <translation>Der Kurs %1 existiert nicht oder wurde gelöscht.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>A lecture needs a title.</source>
        <translation>Eine Vorlesung braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lecture cannot last a negative time.</source>
        <translation>Eine Vorlesung kann keine negative Dauer haben.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A lecture with the id %1 already exists.</source>
        <translation>Eine Vorlesung mit der ID %1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+32"/>
        <location filename="../core/library/LibraryStorePrivate.h" line="+50"/>
        <source>The lecture %1 does not exist or was deleted.</source>
        <translation>Die Vorlesung %1 existiert nicht oder wurde gelöscht.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>There is no deleted lecture %1 to restore.</source>
        <translation>Es gibt keine gelöschte Vorlesung %1, die wiederhergestellt werden könnte.</translation>
    </message>
    <message>
        <location filename="../core/library/LibraryStoreCards.cpp" line="+59"/>
        <source>A flashcard needs text on both sides.</source>
        <translation>Eine Karteikarte braucht Text auf beiden Seiten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The transcript segment %1 is not part of the lecture %2.</source>
        <translation>Der Transkriptabschnitt %1 gehört nicht zur Vorlesung %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no deleted flashcard %1 to restore.</source>
        <translation>Es gibt keine gelöschte Karteikarte %1, die wiederhergestellt werden könnte.</translation>
    </message>
    <message>
        <location filename="../core/library/LibraryStoreBrowser.cpp" line="+232"/>
        <source>Cards written by hand</source>
        <translation>Selbst geschriebene Karten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no room for another lecture of cards written by hand in this course.</source>
        <translation>In diesem Kurs ist kein Platz für eine weitere Vorlesung mit selbst geschriebenen Karten.</translation>
    </message>
    <message>
        <location line="+142"/>
        <location filename="../core/library/LibraryStoreCards.cpp" line="+1"/>
        <location line="+82"/>
        <location filename="../core/library/LibraryStoreQueue.cpp" line="+39"/>
        <source>The flashcard %1 does not exist or was deleted.</source>
        <translation>Die Karteikarte %1 existiert nicht oder wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/library/LibraryStoreCards.cpp" line="+66"/>
        <source>%1 is not an FSRS card state (0 to 3).</source>
        <translation>%1 ist kein FSRS-Kartenzustand (0 bis 3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The schedule of flashcard %1 has no due date.</source>
        <translation>Der Lernplan der Karteikarte %1 hat kein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not a review rating (1 again, 2 hard, 3 good, 4 easy).</source>
        <translation>%1 ist keine Bewertung einer Wiederholung (1 nochmal, 2 schwer, 3 gut, 4 leicht).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A review names an FSRS card state outside 0 to 3.</source>
        <translation>Eine Wiederholung nennt einen FSRS-Kartenzustand außerhalb von 0 bis 3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A review needs the time it was made.</source>
        <translation>Eine Wiederholung braucht den Zeitpunkt, zu dem sie stattfand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time spent answering a card cannot be negative.</source>
        <translation>Die Zeit zum Beantworten einer Karte kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The review %1 belongs to another flashcard.</source>
        <translation>Die Wiederholung %1 gehört zu einer anderen Karteikarte.</translation>
    </message>
    <message>
        <location filename="../core/library/LibraryStoreStudy.cpp" line="+34"/>
        <source>The study item %1 belongs to another lecture.</source>
        <translation>Das Lernmaterial %1 gehört zu einer anderen Vorlesung.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The study item %1 does not exist or was deleted.</source>
        <translation>Das Lernmaterial %1 existiert nicht oder wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A setting needs a name.</source>
        <translation>Eine Einstellung braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/library/LibraryStoreTranscript.cpp" line="+44"/>
        <source>A transcript segment must not end before it starts (%1 ms to %2 ms).</source>
        <translation>Ein Transkriptabschnitt darf nicht enden, bevor er beginnt (%1 ms bis %2 ms).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The transcript segment %1 belongs to another lecture.</source>
        <translation>Der Transkriptabschnitt %1 gehört zu einer anderen Vorlesung.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The transcript segment %1 does not exist or was deleted.</source>
        <translation>Der Transkriptabschnitt %1 existiert nicht oder wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/library/LibraryStoreQueue.cpp" line="+110"/>
        <source>There is no review %1 to withdraw.</source>
        <translation>Es gibt keine Wiederholung %1, die zurückgenommen werden könnte.</translation>
    </message>
    <message>
        <location filename="../core/library/LibraryStoreTranscription.cpp" line="+16"/>
        <source>A transcribed piece of audio must end after it starts (%1 ms to %2 ms).</source>
        <translation>Ein transkribiertes Audiostück muss nach seinem Beginn enden (%1 ms bis %2 ms).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A cached transcript needs the hash of its audio.</source>
        <translation>Ein zwischengespeichertes Transkript braucht den Hash seiner Audiodaten.</translation>
    </message>
    <message>
        <location filename="../core/library/LibraryStoreProgress.cpp" line="+108"/>
        <source>A listening session needs the time it started.</source>
        <translation>Eine Hörsitzung braucht den Zeitpunkt, zu dem sie begann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time spent listening cannot be negative.</source>
        <translation>Die Zeit zum Anhören kann nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="+37"/>
        <source>List courses and their lectures, with lecture ids.</source>
        <translation>Kurse und ihre Vorlesungen mit den Vorlesungs-IDs auflisten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include archived courses.</source>
        <translation>Archivierte Kurse einschließen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>list takes no arguments.</source>
        <translation>list erwartet keine Argumente.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The library in %1 has no courses or lectures yet.</source>
        <translation>Die Bibliothek in %1 enthält noch keine Kurse oder Vorlesungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n lecture(s)</source>
        <translation>
            <numerusform>%n Vorlesung</numerusform>
            <numerusform>%n Vorlesungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in a course</source>
        <translation>Keinem Kurs zugeordnet</translation>
    </message>
</context>
<context>
    <name>SearchRanker</name>
    <message>
        <location filename="../core/library/SearchRanker.cpp" line="+262"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+9"/>
        <source>Could not read the sizes in the search index</source>
        <translation>Die Größen im Suchindex konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The library is not on an SQLite connection.</source>
        <translation>Die Bibliothek läuft nicht über eine SQLite-Verbindung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This SQLite library has no full-text search (FTS5).</source>
        <translation>Diese SQLite-Bibliothek bietet keine Volltextsuche (FTS5).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not register the search ranking</source>
        <translation>Die Suchgewichtung konnte nicht registriert werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Could not read the search index</source>
        <translation>Der Suchindex konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Transcription</name>
    <message>
        <location filename="../core/ai/Transcription.cpp" line="+33"/>
        <source>the transcription is not a JSON object (%1)</source>
        <translation>die Transkription ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the transcription has no text</source>
        <translation>die Transkription enthält keinen Text</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>segment %1 lacks start, end or text</source>
        <translation>dem Abschnitt %1 fehlt Anfang, Ende oder Text</translation>
    </message>
</context>
<context>
    <name>lectern::AboutDialog</name>
    <message>
        <location filename="../app/shell/AboutDialog.cpp" line="+20"/>
        <source>About Lectern</source>
        <translation>Über Lectern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record lectures, transcribe them and study them offline.</source>
        <translation>Vorlesungen aufnehmen, transkribieren und offline lernen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lectern is free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>Lectern ist freie Software unter der GNU General Public License, Version 3 oder neuer. Es wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
</context>
<context>
    <name>lectern::ApiKeyCheck</name>
    <message>
        <location filename="../core/ai/ApiKeyCheck.cpp" line="+56"/>
        <source>Groq does not accept this key. Check that you copied all of it, or create a new one at console.groq.com/keys.</source>
        <translation>Groq akzeptiert diesen Schlüssel nicht. Prüfen Sie, ob Sie ihn vollständig kopiert haben, oder erstellen Sie unter console.groq.com/keys einen neuen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Groq could not be reached, so the key was not tested: %1</source>
        <translation>Groq war nicht erreichbar, daher wurde der Schlüssel nicht getestet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key could not be tested: %1</source>
        <translation>Der Schlüssel konnte nicht getestet werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key works.</source>
        <translation>Der Schlüssel funktioniert.</translation>
    </message>
</context>
<context>
    <name>lectern::AskPage</name>
    <message>
        <location filename="../app/search/AskPage.cpp" line="+43"/>
        <source>&amp;Ask</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where your lectures say so</source>
        <translation>Wo das in Ihren Vorlesungen steht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask your lectures</source>
        <translation>Ihre Vorlesungen fragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What do you want to know? e.g. What does osmosis move?</source>
        <translation>Was möchten Sie wissen? z. B. Was wird bei der Osmose bewegt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cited passages</source>
        <translation>Zitierte Stellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the lecture at this moment</source>
        <translation>Die Vorlesung an dieser Stelle öffnen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Writing the answer…</source>
        <translation>Die Antwort wird geschrieben …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Searching your lectures…</source>
        <translation>Ihre Vorlesungen werden durchsucht …</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Asking Groq about %n passage(s)…</source>
        <translation>
            <numerusform>Groq wird zu %n Stelle gefragt …</numerusform>
            <numerusform>Groq wird zu %n Stellen gefragt …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Try other words, or import and transcribe the lecture that covers it.</source>
        <translation>Versuchen Sie andere Wörter, oder importieren und transkribieren Sie die Vorlesung, die das behandelt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[%1] %2 · %3 — “%4”</source>
        <translation>[%1] %2 · %3 – „%4“</translation>
    </message>
</context>
<context>
    <name>lectern::AudioDecoder</name>
    <message>
        <location filename="../core/audio/AudioDecoder.cpp" line="+92"/>
        <source>no decode has finished yet</source>
        <translation>es wurde noch keine Dekodierung abgeschlossen</translation>
    </message>
</context>
<context>
    <name>lectern::AudioError</name>
    <message>
        <location filename="../core/audio/AudioError.cpp" line="+18"/>
        <source>The file &quot;%1&quot; does not exist. It may have been moved, renamed or deleted.</source>
        <translation>Die Datei „%1“ existiert nicht. Vielleicht wurde sie verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lectern cannot read &quot;%1&quot;: %2. Check that you have permission to open it.</source>
        <translation>Lectern kann „%1“ nicht lesen: %2. Prüfen Sie, ob Sie die Datei öffnen dürfen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file &quot;%1&quot; is empty: it contains no sound. Choose the original recording instead.</source>
        <translation>Die Datei „%1“ ist leer: Sie enthält keinen Ton. Wählen Sie stattdessen die ursprüngliche Aufnahme.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an audio file Lectern can read, or it is damaged (%2). Lectern reads WAV, MP3, OGG, Opus, FLAC, M4A/AAC and WebM files.</source>
        <translation>„%1“ ist keine Audiodatei, die Lectern lesen kann, oder sie ist beschädigt (%2). Lectern liest WAV-, MP3-, OGG-, Opus-, FLAC-, M4A/AAC- und WebM-Dateien.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; contains no audio track (%2). If it is a video, check that it was recorded with sound.</source>
        <translation>„%1“ enthält keine Tonspur (%2). Falls es ein Video ist, prüfen Sie, ob es mit Ton aufgenommen wurde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is %2 long, longer than the %3 Lectern accepts. Split the recording into shorter parts.</source>
        <translation>„%1“ ist %2 lang und damit länger als die %3, die Lectern annimmt. Teilen Sie die Aufnahme in kürzere Teile.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decoding &quot;%1&quot; failed (%2). The file may be damaged; try converting it to MP3 or WAV with another program.</source>
        <translation>Das Dekodieren von „%1“ ist fehlgeschlagen (%2). Die Datei ist vielleicht beschädigt; versuchen Sie, sie mit einem anderen Programm in MP3 oder WAV umzuwandeln.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing &quot;%1&quot; was cancelled.</source>
        <translation>Der Import von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encoding audio as Ogg Opus failed (%1).</source>
        <translation>Das Kodieren als Ogg Opus ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lectern cannot write the audio file &quot;%1&quot; (%2). Check the free disk space and that the folder is writable.</source>
        <translation>Lectern kann die Audiodatei „%1“ nicht schreiben (%2). Prüfen Sie den freien Speicherplatz und ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audio range %1–%2 is outside the recording, which is %3 long.</source>
        <translation>Der Abschnitt %1–%2 liegt außerhalb der Aufnahme, die %3 lang ist.</translation>
    </message>
</context>
<context>
    <name>lectern::AudioInputSource</name>
    <message>
        <location filename="../core/recording/AudioInputSource.cpp" line="+32"/>
        <source>No microphone is selected.</source>
        <translation>Es ist kein Mikrofon ausgewählt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 reports no usable audio format.</source>
        <translation>%1 meldet kein verwendbares Audioformat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be opened.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 stopped delivering sound (was it unplugged?).</source>
        <translation>%1 liefert keinen Ton mehr (wurde das Gerät abgezogen?).</translation>
    </message>
</context>
<context>
    <name>lectern::CalendarHeatmap</name>
    <message numerus="yes">
        <location filename="../app/progress/CalendarHeatmap.cpp" line="+119"/>
        <source>%n review(s) on %1</source>
        <translation>
            <numerusform>%n Wiederholung am %1</numerusform>
            <numerusform>%n Wiederholungen am %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
</context>
<context>
    <name>lectern::CardBrowser</name>
    <message>
        <location filename="../app/cards/CardBrowser.cpp" line="+56"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search fronts and backs</source>
        <translation>Vorder- und Rückseiten durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cards</source>
        <translation>Karten durchsuchen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All courses</source>
        <translation>Alle Kurse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning</source>
        <translation>Lernphase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relearning</source>
        <translation>Erneute Lernphase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Could not read the cards: %1</source>
        <translation>Die Karten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;New Card…</source>
        <translation>&amp;Neue Karte …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a flashcard by hand</source>
        <translation>Eine Karteikarte selbst schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected card (double-click or Enter)</source>
        <translation>Die ausgewählte Karte bearbeiten (Doppelklick oder Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suspend</source>
        <translation>&amp;Aussetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the selected cards out of review until they are unsuspended</source>
        <translation>Die ausgewählten Karten aus den Wiederholungen heraushalten, bis das Aussetzen aufgehoben wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unsuspend</source>
        <translation>Aussetzen a&amp;ufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected cards back into review</source>
        <translation>Die ausgewählten Karten wieder in die Wiederholungen aufnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to Course…</source>
        <translation>In Kurs &amp;verschieben …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected cards to another course</source>
        <translation>Die ausgewählten Karten in einen anderen Kurs verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;do</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+11"/>
        <source>No course</source>
        <translation>Kein Kurs</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%1 of %n card(s) selected</source>
        <translation>
            <numerusform>%1 von %n Karte ausgewählt</numerusform>
            <numerusform>%1 von %n Karten ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No cards match the search and filters.</source>
        <translation>Keine Karte passt zur Suche und zu den Filtern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No flashcards yet. Generate them from a lecture&apos;s transcript, or write one with New Card…</source>
        <translation>Noch keine Karteikarten. Erstellen Sie welche aus dem Transkript einer Vorlesung oder schreiben Sie eine mit „Neue Karte …“.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1. Undo with %2.</source>
        <translation>%1. Rückgängig mit %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change Not Saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lectern could not save this change to your cards.</source>
        <translation>Lectern konnte diese Änderung an Ihren Karten nicht speichern.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Created a card</source>
        <translation>Karte angelegt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved the card</source>
        <translation>Karte gespeichert</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Suspended %n card(s)</source>
        <translation>
            <numerusform>%n Karte ausgesetzt</numerusform>
            <numerusform>%n Karten ausgesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Unsuspended %n card(s)</source>
        <translation>
            <numerusform>Aussetzen für %n Karte aufgehoben</numerusform>
            <numerusform>Aussetzen für %n Karten aufgehoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Deleted %n card(s)</source>
        <translation>
            <numerusform>%n Karte gelöscht</numerusform>
            <numerusform>%n Karten gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete Cards</source>
        <translation>Karten löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n card(s) and their review history?</source>
        <translation>
            <numerusform>%n Karte und ihren Wiederholungsverlauf löschen?</numerusform>
            <numerusform>%n Karten und ihren Wiederholungsverlauf löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Moved %n card(s) to “%1”</source>
        <translation>
            <numerusform>%n Karte nach „%1“ verschoben</numerusform>
            <numerusform>%n Karten nach „%1“ verschoben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::CardBrowserActions</name>
    <message>
        <location filename="../app/cards/CardBrowserActions.cpp" line="+27"/>
        <source>&amp;Browse Cards</source>
        <translation>Karten &amp;durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Card…</source>
        <translation>&amp;Neue Karte …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search, edit, suspend and move every flashcard</source>
        <translation>Alle Karteikarten durchsuchen, bearbeiten, aussetzen und verschieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a flashcard by hand</source>
        <translation>Eine Karteikarte selbst schreiben</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Change Not Saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lectern could not save this change to your cards.</source>
        <translation>Lectern konnte diese Änderung an Ihren Karten nicht speichern.</translation>
    </message>
</context>
<context>
    <name>lectern::CardCommand</name>
    <message numerus="yes">
        <location filename="../app/cards/CardCommands.cpp" line="+22"/>
        <source>Suspend %n Card(s)</source>
        <translation>
            <numerusform>%n Karte aussetzen</numerusform>
            <numerusform>%n Karten aussetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Unsuspend %n Card(s)</source>
        <translation>
            <numerusform>Aussetzen für %n Karte aufheben</numerusform>
            <numerusform>Aussetzen für %n Karten aufheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Delete %n Card(s)</source>
        <translation>
            <numerusform>%n Karte löschen</numerusform>
            <numerusform>%n Karten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Move %n Card(s) to “%1”</source>
        <translation>
            <numerusform>%n Karte nach „%1“ verschieben</numerusform>
            <numerusform>%n Karten nach „%1“ verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New Card “%1”</source>
        <translation>Neue Karte „%1“</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit Card “%1”</source>
        <translation>Karte „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>lectern::CardEditorDialog</name>
    <message>
        <location filename="../app/cards/CardEditorDialog.cpp" line="+51"/>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The question, e.g. What are the phases of mitosis?</source>
        <translation>Die Frage, z. B. Welche Phasen hat die Mitose?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The answer</source>
        <translation>Die Antwort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No course</source>
        <translation>Kein Kurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lecture</source>
        <translation>Vorlesung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Front:</source>
        <translation>&amp;Vorderseite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back:</source>
        <translation>&amp;Rückseite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Course:</source>
        <translation>&amp;Kurs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lecture:</source>
        <translation>V&amp;orlesung:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New Card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit Card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>None (cards written by hand)</source>
        <translation>Keine (selbst geschriebene Karten)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Write the question on the front of the card.</source>
        <translation>Schreiben Sie die Frage auf die Vorderseite der Karte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the answer on the back of the card.</source>
        <translation>Schreiben Sie die Antwort auf die Rückseite der Karte.</translation>
    </message>
</context>
<context>
    <name>lectern::CardScheduleCache</name>
    <message>
        <location filename="../core/study/CardScheduleCache.cpp" line="+95"/>
        <source>The flashcard %1 has no schedule.</source>
        <translation>Die Karteikarte %1 hat keinen Lernplan.</translation>
    </message>
</context>
<context>
    <name>lectern::CardTableModel</name>
    <message>
        <location filename="../app/cards/CardTableModel.cpp" line="+50"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location line="+87"/>
        <location filename="../app/cards/CardTableView.cpp" line="+48"/>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cards/CardTableView.cpp" line="+1"/>
        <source>Learning</source>
        <translation>Lernphase</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cards/CardTableView.cpp" line="+1"/>
        <source>Review</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cards/CardTableView.cpp" line="-1"/>
        <source>Relearning</source>
        <translation>Erneute Lernphase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No course</source>
        <translation>Kein Kurs</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lecture</source>
        <translation>Vorlesung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lapses</source>
        <translation>Vergessen</translation>
    </message>
</context>
<context>
    <name>lectern::ChatComposer</name>
    <message>
        <location filename="../app/groups/ChatComposer.cpp" line="+12"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a message — Enter sends, Shift+Enter starts a new line</source>
        <translation>Nachricht schreiben – Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>A message can be at most %n character(s) long; this one has %1.</source>
        <translation>
            <numerusform>Eine Nachricht darf höchstens %n Zeichen lang sein; diese hat %1.</numerusform>
            <numerusform>Eine Nachricht darf höchstens %n Zeichen lang sein; diese hat %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ChatConnection</name>
    <message>
        <location filename="../core/chat/ChatConnection.cpp" line="+108"/>
        <source>The sign-in has expired; sign in again in Settings › Device Sync.</source>
        <translation>Die Anmeldung ist abgelaufen; melden Sie sich unter Einstellungen › Geräte-Synchronisierung erneut an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>lectern::ChatMessageDelegate</name>
    <message>
        <location filename="../app/groups/ChatMessageDelegate.cpp" line="+103"/>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>▶ Lecture moment at %1</source>
        <translation>▶ Stelle der Vorlesung bei %1</translation>
    </message>
</context>
<context>
    <name>lectern::ChatMessageModel</name>
    <message>
        <location filename="../core/chat/ChatMessageModel.cpp" line="+34"/>
        <source>%1: %2 (quoting “%3”)</source>
        <translation>%1: %2 (zitiert „%3“)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>lectern::ChatView</name>
    <message>
        <location filename="../app/groups/ChatView.cpp" line="+14"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>lectern::CourseColours</name>
    <message>
        <location filename="../app/library/CourseColours.cpp" line="+18"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teal</source>
        <translation>Türkis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Violett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
</context>
<context>
    <name>lectern::CourseDetailsPage</name>
    <message>
        <location filename="../app/library/CourseDetailsPage.cpp" line="+21"/>
        <source>Quiz This Course</source>
        <translation>Quiz zu diesem Kurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course details</source>
        <translation>Kursdetails</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answer the quiz questions of every lecture in this course</source>
        <translation>Die Quizfragen aller Vorlesungen dieses Kurses beantworten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No lectures in this course yet.</source>
        <translation>In diesem Kurs gibt es noch keine Vorlesungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n lecture(s)</source>
        <translation>
            <numerusform>%n Vorlesung</numerusform>
            <numerusform>%n Vorlesungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 in total</source>
        <translation>%1, insgesamt %2</translation>
    </message>
</context>
<context>
    <name>lectern::CourseDialog</name>
    <message>
        <location filename="../app/library/CourseDialog.cpp" line="+30"/>
        <source>New Course</source>
        <translation>Neuer Kurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename Course</source>
        <translation>Kurs umbenennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Cell Biology</source>
        <translation>z. B. Zellbiologie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Course name</source>
        <translation>Kursname</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Current colour (%1)</source>
        <translation>Bisherige Farbe (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
</context>
<context>
    <name>lectern::CourseExporter</name>
    <message>
        <location filename="../core/export/CourseExporter.cpp" line="+27"/>
        <source>Lecture</source>
        <translation>Vorlesung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lectern cannot create the folder &quot;%1&quot; for the export. Check that its parent is writable.</source>
        <translation>Lectern kann den Ordner „%1“ für den Export nicht anlegen. Prüfen Sie, ob in den übergeordneten Ordner geschrieben werden darf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (%2): no transcript yet</source>
        <translation>%1 (%2): noch kein Transkript</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lectern cannot write the export to &quot;%1&quot;: %2. Check that the folder is writable.</source>
        <translation>Lectern kann den Export nicht nach „%1“ schreiben: %2. Prüfen Sie, ob in den Ordner geschrieben werden darf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (ANKI): no flashcards yet</source>
        <translation>%1 (ANKI): noch keine Karteikarten</translation>
    </message>
</context>
<context>
    <name>lectern::CourseQuizFeature</name>
    <message>
        <location filename="../app/study/CourseQuizFeature.cpp" line="+18"/>
        <source>&amp;Quiz This Course</source>
        <translation>&amp;Quiz zu diesem Kurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer the quiz questions of every lecture in the selected course</source>
        <translation>Die Quizfragen aller Vorlesungen des ausgewählten Kurses beantworten</translation>
    </message>
</context>
<context>
    <name>lectern::CourseQuizPage</name>
    <message>
        <location filename="../app/study/CourseQuizPage.cpp" line="+61"/>
        <location line="+27"/>
        <source>Course quiz</source>
        <translation>Kursquiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the course&apos;s quiz: %1</source>
        <translation>Das Quiz des Kurses konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quiz: %1</source>
        <translation>Quiz: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n question(s) from %1, oldest lecture first</source>
        <translation>
            <numerusform>%n Frage aus %1, älteste Vorlesung zuerst</numerusform>
            <numerusform>%n Fragen aus %1, älteste Vorlesung zuerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n lecture(s)</source>
        <translation>
            <numerusform>%n Vorlesung</numerusform>
            <numerusform>%n Vorlesungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This course has no quiz questions yet.
Generate a quiz in a lecture&apos;s Quiz tab first, then test yourself on the whole course here.</source>
        <translation>Dieser Kurs hat noch keine Quizfragen.
Erstellen Sie zuerst im Reiter „Quiz“ einer Vorlesung ein Quiz und prüfen Sie dann hier Ihr Wissen zum ganzen Kurs.</translation>
    </message>
</context>
<context>
    <name>lectern::DashboardPage</name>
    <message>
        <location filename="../app/progress/DashboardPage.cpp" line="+38"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
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
    <message>
        <location line="+36"/>
        <source>Remind me every day when cards are due, at</source>
        <translation>Mich täglich an fällige Karten erinnern, um</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Announcement</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days in a row</source>
        <translation>Tage in Folge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest run of days</source>
        <translation>Längste Serie an Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews today</source>
        <translation>Wiederholungen heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviews per day in the last year</source>
        <translation>Wiederholungen pro Tag im letzten Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews in the last year</source>
        <translation>Wiederholungen im letzten Jahr</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>True retention by week</source>
        <translation>Tatsächliche Behaltensquote pro Woche</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remembered</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reviews of learned cards yet.</source>
        <translation>Noch keine Wiederholungen gelernter Karten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cards due in the next 30 days</source>
        <translation>Fällige Karten in den nächsten 30 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing due in the next 30 days.</source>
        <translation>In den nächsten 30 Tagen ist nichts fällig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Study time per day in the last 30 days</source>
        <translation>Lernzeit pro Tag in den letzten 30 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewing</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recording</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listening</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No study time in the last 30 days.</source>
        <translation>Keine Lernzeit in den letzten 30 Tagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Cards by state per course</source>
        <translation>Karten nach Zustand je Kurs</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Learning</source>
        <translation>Lernphase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relearning</source>
        <translation>Erneute Lernphase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No flashcards yet.</source>
        <translation>Noch keine Karteikarten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviews of learned cards answered with anything but Again.</source>
        <translation>Wiederholungen gelernter Karten, die nicht mit „Nochmal“ beantwortet wurden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due in the next 30 days</source>
        <translation>In den nächsten 30 Tagen fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today includes overdue cards.</source>
        <translation>„Heute“ schließt überfällige Karten ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study time per day</source>
        <translation>Lernzeit pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time spent answering cards, and the length of lectures recorded.</source>
        <translation>Die Zeit zum Beantworten von Karten und die Länge aufgenommener Vorlesungen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Achievements</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Achievement</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it takes</source>
        <translation>Voraussetzung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reached on</source>
        <translation>Erreicht am</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminder time</source>
        <translation>Erinnerungszeit</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>Current streak: %n day(s)</source>
        <translation>
            <numerusform>Aktuelle Serie: %n Tag</numerusform>
            <numerusform>Aktuelle Serie: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Longest streak: %n day(s)</source>
        <translation>
            <numerusform>Längste Serie: %n Tag</numerusform>
            <numerusform>Längste Serie: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Week of %1: %2% remembered (%3 of %n review(s))</source>
        <translation>
            <numerusform>Woche vom %1: %2 % behalten (%3 von %n Wiederholung)</numerusform>
            <numerusform>Woche vom %1: %2 % behalten (%3 von %n Wiederholungen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of %1: no reviews of learned cards</source>
        <translation>Woche vom %1: keine Wiederholungen gelernter Karten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n card(s) due today, overdue included</source>
        <translation>
            <numerusform>%n Karte heute fällig, überfällige eingeschlossen</numerusform>
            <numerusform>%n Karten heute fällig, überfällige eingeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n card(s) due on %1</source>
        <translation>
            <numerusform>%n Karte am %1 fällig</numerusform>
            <numerusform>%n Karten am %1 fällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: reviewing %2, recording %3, listening %4</source>
        <translation>%1: Wiederholen %2, Aufnehmen %3, Anhören %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not in a course</source>
        <translation>Keinem Kurs zugeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 new, %3 learning, %4 review, %5 relearning</source>
        <translation>%1: %2 neu, %3 in Lernphase, %4 in Wiederholung, %5 in erneuter Lernphase</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
</context>
<context>
    <name>lectern::DecodeJob</name>
    <message>
        <location filename="../core/audio/DecodeJob.cpp" line="+61"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no audio decoding backend is available</source>
        <translation>es ist kein Audio-Dekodierer verfügbar</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>the audio stops at %1 although the file says it lasts %2; it is probably incomplete</source>
        <translation>der Ton endet bei %1, obwohl die Datei eine Länge von %2 angibt; sie ist wahrscheinlich unvollständig</translation>
    </message>
</context>
<context>
    <name>lectern::ExportController</name>
    <message>
        <location filename="../app/export/ExportController.cpp" line="+48"/>
        <source>&amp;Export Lecture…</source>
        <translation>Vorlesung &amp;exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Course…</source>
        <translation>&amp;Kurs exportieren …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the selected lecture as Markdown, text, subtitles, PDF or an Anki deck</source>
        <translation>Die ausgewählte Vorlesung als Markdown, Text, Untertitel, PDF oder Anki-Deck speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every lecture of the selected course in every format, into one folder</source>
        <translation>Alle Vorlesungen des ausgewählten Kurses in allen Formaten in einen Ordner speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Course Into</source>
        <translation>Kurs exportieren nach</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Untitled lecture</source>
        <translation>Vorlesung ohne Titel</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <source>Exporting “%1”…</source>
        <translation>„%1“ wird exportiert …</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+7"/>
        <location line="+53"/>
        <source>Could not export “%1”: %2</source>
        <translation>„%1“ konnte nicht exportiert werden: %2</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Exported “%1” to %2</source>
        <translation>„%1“ wurde nach %2 exportiert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Course</source>
        <translation>Kurs exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Exported “%1” (%n file(s)) to %2</source>
        <translation>
            <numerusform>„%1“ (%n Datei) wurde nach %2 exportiert</numerusform>
            <numerusform>„%1“ (%n Dateien) wurde nach %2 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
</context>
<context>
    <name>lectern::ExportLectureDialog</name>
    <message>
        <location filename="../app/export/ExportLectureDialog.cpp" line="+13"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SRT subtitles</source>
        <translation>SRT-Untertitel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebVTT subtitles</source>
        <translation>WebVTT-Untertitel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anki deck (flashcards)</source>
        <translation>Anki-Deck (Karteikarten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Lecture</source>
        <translation>Vorlesung exportieren</translation>
    </message>
</context>
<context>
    <name>lectern::FlashcardCardWidget</name>
    <message>
        <location filename="../app/lecture/FlashcardCardWidget.cpp" line="+44"/>
        <source>Front of the card</source>
        <translation>Vorderseite der Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back of the card</source>
        <translation>Rückseite der Karte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Play the lecture from %1</source>
        <translation>Die Vorlesung ab %1 abspielen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Reject</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>lectern::FlashcardsView</name>
    <message>
        <location filename="../app/lecture/FlashcardsView.cpp" line="+49"/>
        <source>Accept all</source>
        <translation>Alle übernehmen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No flashcards from this lecture yet. Let Groq suggest some from the transcript, then keep the ones worth learning.</source>
        <translation>Noch keine Karteikarten aus dieser Vorlesung. Lassen Sie Groq welche aus dem Transkript vorschlagen und behalten Sie die, die sich zu lernen lohnen.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Could not read the lecture&apos;s flashcards: %1</source>
        <translation>Die Karteikarten der Vorlesung konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Suggested cards (%1)</source>
        <translation>Vorgeschlagene Karten (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cards from this lecture (%1)</source>
        <translation>Karten aus dieser Vorlesung (%1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not keep the card: %1</source>
        <translation>Die Karte konnte nicht behalten werden: %1</translation>
    </message>
</context>
<context>
    <name>lectern::FsrsParameters</name>
    <message>
        <location filename="../core/study/FsrsParameters.cpp" line="+38"/>
        <source>FSRS weight w[%1] is %2, but it must lie between %3 and %4. Re-run the optimiser or reset the scheduling parameters to their defaults.</source>
        <translation>Das FSRS-Gewicht w[%1] ist %2, muss aber zwischen %3 und %4 liegen. Führen Sie die Optimierung erneut aus oder setzen Sie die Lernplan-Parameter auf ihre Standardwerte zurück.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The desired retention is %1, but it must be above 0 and below 1 (0.9 means recalling nine cards in ten when they come due).</source>
        <translation>Die gewünschte Behaltensquote ist %1, muss aber größer als 0 und kleiner als 1 sein (0,9 heißt: neun von zehn Karten werden bei Fälligkeit gewusst).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The maximum interval is %1 days, but it must be between 1 and 36500 days.</source>
        <translation>Das längste Intervall ist %1 Tage, muss aber zwischen 1 und 36500 Tagen liegen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Learning step of %1 minutes is not allowed: every step must be at least one minute.</source>
        <translation>Ein Lernschritt von %1 Minuten ist nicht erlaubt: Jeder Schritt muss mindestens eine Minute lang sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relearning step of %1 minutes is not allowed: every step must be at least one minute.</source>
        <translation>Ein Wiederlernschritt von %1 Minuten ist nicht erlaubt: Jeder Schritt muss mindestens eine Minute lang sein.</translation>
    </message>
</context>
<context>
    <name>lectern::FsrsScheduler</name>
    <message>
        <location filename="../core/study/FsrsScheduler.cpp" line="+184"/>
        <source>Review %1 of card %2 has no valid time, so the card&apos;s schedule can&apos;t be rebuilt. Sync again to fetch an intact copy of the review log.</source>
        <translation>Die Wiederholung %1 der Karte %2 hat keinen gültigen Zeitpunkt, daher kann der Lernplan der Karte nicht neu berechnet werden. Synchronisieren Sie erneut, um eine intakte Kopie des Wiederholungsprotokolls zu holen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review %1 of card %2 has the unknown rating %3 (expected 1 to 4), so the card&apos;s schedule can&apos;t be rebuilt. Sync again to fetch an intact copy of the review log.</source>
        <translation>Die Wiederholung %1 der Karte %2 hat die unbekannte Bewertung %3 (erwartet: 1 bis 4), daher kann der Lernplan der Karte nicht neu berechnet werden. Synchronisieren Sie erneut, um eine intakte Kopie des Wiederholungsprotokolls zu holen.</translation>
    </message>
</context>
<context>
    <name>lectern::GenerationBar</name>
    <message>
        <location filename="../app/lecture/GenerationBar.cpp" line="+42"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Summarising part by part: %1 of %2 steps done</source>
        <translation>Zusammenfassung Teil für Teil: %1 von %2 Schritten fertig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the summary…</source>
        <translation>Die Zusammenfassung wird geschrieben …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picking out the key terms…</source>
        <translation>Die Schlüsselbegriffe werden herausgesucht …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing flashcards…</source>
        <translation>Karteikarten werden geschrieben …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing quiz questions…</source>
        <translation>Quizfragen werden geschrieben …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A summary of the transcript, written by Groq.</source>
        <translation>Eine Zusammenfassung des Transkripts, geschrieben von Groq.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lecture&apos;s key terms, picked out by Groq.</source>
        <translation>Die Schlüsselbegriffe der Vorlesung, herausgesucht von Groq.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groq suggests cards from the transcript; you keep the ones worth learning.</source>
        <translation>Groq schlägt Karten aus dem Transkript vor; Sie behalten die, die sich zu lernen lohnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiple-choice questions on the lecture, written by Groq.</source>
        <translation>Multiple-Choice-Fragen zur Vorlesung, geschrieben von Groq.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The summary could not be made</source>
        <translation>Die Zusammenfassung konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key terms could not be picked out</source>
        <translation>Die Schlüsselbegriffe konnten nicht herausgesucht werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No flashcards could be made</source>
        <translation>Es konnten keine Karteikarten erstellt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No quiz could be made</source>
        <translation>Es konnte kein Quiz erstellt werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Regenerate summary</source>
        <translation>Zusammenfassung neu erstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generate summary</source>
        <translation>Zusammenfassung erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regenerate key terms</source>
        <translation>Schlüsselbegriffe neu heraussuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generate key terms</source>
        <translation>Schlüsselbegriffe heraussuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggest more cards</source>
        <translation>Weitere Karten vorschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggest flashcards</source>
        <translation>Karteikarten vorschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New questions</source>
        <translation>Neue Fragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generate quiz</source>
        <translation>Quiz erstellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting for the task before it…</source>
        <translation>Wartet auf die vorherige Aufgabe …</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Groq asked to slow down; going on in %n s</source>
        <translation>
            <numerusform>Groq bittet um eine Pause; weiter in %n s</numerusform>
            <numerusform>Groq bittet um eine Pause; weiter in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Retry: %1</source>
        <translation>Erneut versuchen: %1</translation>
    </message>
</context>
<context>
    <name>lectern::GroqClient</name>
    <message numerus="yes">
        <location filename="../core/ai/GroqClient.cpp" line="+274"/>
        <source>the answer stopped %n byte(s) short of its announced length</source>
        <translation>
            <numerusform>der Antwort fehlte %n Byte zur angekündigten Länge</numerusform>
            <numerusform>der Antwort fehlten %n Byte zur angekündigten Länge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::GroqKeySection</name>
    <message>
        <location filename="../app/settings/GroqKeySection.cpp" line="+28"/>
        <source>Groq</source>
        <translation>Groq</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save to Keychain</source>
        <translation>Im Schlüsselbund s&amp;peichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test Key</source>
        <translation>Schlüssel &amp;testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget Key</source>
        <translation>Schlüssel &amp;vergessen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the key in an &amp;unencrypted file</source>
        <translation>Schlüssel in einer &amp;unverschlüsselten Datei aufbewahren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lectern transcribes and answers with Groq. Create a key at &lt;a href=&quot;https://console.groq.com/keys&quot;&gt;console.groq.com/keys&lt;/a&gt; and paste it here.</source>
        <translation>Lectern transkribiert und antwortet mit Groq. Erstellen Sie einen Schlüssel unter &lt;a href=&quot;https://console.groq.com/keys&quot;&gt;console.groq.com/keys&lt;/a&gt; und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Groq API key</source>
        <translation>Groq-API-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the key to the keychain</source>
        <translation>Schlüssel im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the key with Groq</source>
        <translation>Schlüssel bei Groq testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the saved key</source>
        <translation>Gespeicherten Schlüssel vergessen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key status</source>
        <translation>Schlüsselstatus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;No keychain service is running&lt;/b&gt;, so Lectern cannot keep your key encrypted. Start your desktop&apos;s keyring (GNOME Keyring or KWallet) and reopen Settings, or set GROQ_API_KEY in the environment.</source>
        <translation>&lt;b&gt;Es läuft kein Schlüsselbund-Dienst&lt;/b&gt;, daher kann Lectern Ihren Schlüssel nicht verschlüsselt aufbewahren. Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (GNOME Keyring oder KWallet) und öffnen Sie die Einstellungen erneut, oder setzen Sie GROQ_API_KEY in der Umgebung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the key in an unencrypted file</source>
        <translation>Schlüssel in einer unverschlüsselten Datei aufbewahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only your user account can read the file, but it is not encrypted: any program running as you can read the key. The file:</source>
        <translation>Nur Ihr Benutzerkonto kann die Datei lesen, aber sie ist nicht verschlüsselt: Jedes Programm, das unter Ihrem Konto läuft, kann den Schlüssel lesen. Die Datei:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>GROQ_API_KEY is set in Lectern&apos;s environment and is used instead of a saved key.</source>
        <translation>GROQ_API_KEY ist in der Umgebung von Lectern gesetzt und wird statt eines gespeicherten Schlüssels verwendet.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved in the unencrypted key file.</source>
        <translation>In der unverschlüsselten Schlüsseldatei gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key was not saved: no keychain service is running.</source>
        <translation>Der Schlüssel wurde nicht gespeichert: Es läuft kein Schlüsselbund-Dienst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key was not saved: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved key is gone.</source>
        <translation>Der gespeicherte Schlüssel wurde entfernt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking for a saved key…</source>
        <translation>Gespeicherter Schlüssel wird gesucht …</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A key is saved in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems ist ein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key is saved in the unencrypted key file.</source>
        <translation>In der unverschlüsselten Schlüsseldatei ist ein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No key is saved yet.</source>
        <translation>Es ist noch kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <source>Type or paste a key first.</source>
        <translation>Geben Sie zuerst einen Schlüssel ein oder fügen Sie ihn ein.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forgetting…</source>
        <translation>Wird entfernt …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Asking Groq…</source>
        <translation>Groq wird gefragt …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Models available: %1.</source>
        <translation>Verfügbare Modelle: %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>lectern::GroupChatClient</name>
    <message>
        <location filename="../core/chat/GroupChatClient.cpp" line="+58"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected as %1</source>
        <translation>Verbunden als %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting… (%1)</source>
        <translation>Verbinde erneut … (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not connected to the server; try again when the connection is back.</source>
        <translation>Nicht mit dem Server verbunden; versuchen Sie es erneut, wenn die Verbindung wieder steht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That group no longer exists, or you are no longer a member of it.</source>
        <translation>Diese Gruppe gibt es nicht mehr, oder Sie sind kein Mitglied mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the group&apos;s owner can do that.</source>
        <translation>Das kann nur der Besitzer der Gruppe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not do that just now; try again in a moment.</source>
        <translation>Der Server konnte das gerade nicht ausführen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept that: %1</source>
        <translation>Der Server hat das nicht angenommen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No group has the invite code %1; check it with the group&apos;s owner.</source>
        <translation>Keine Gruppe hat den Einladungscode %1; fragen Sie beim Besitzer der Gruppe nach.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>That person is no longer a member of the group.</source>
        <translation>Diese Person ist kein Mitglied der Gruppe mehr.</translation>
    </message>
</context>
<context>
    <name>lectern::GroupChatPanel</name>
    <message>
        <location filename="../app/groups/GroupChatPanel.cpp" line="+50"/>
        <source>Copy Code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave Group</source>
        <translation>Gruppe verlassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy invite code</source>
        <translation>Einladungscode kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove from Group</source>
        <translation>Aus der Gruppe entfernen</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Pick a group, or create one</source>
        <translation>Wählen Sie eine Gruppe oder erstellen Sie eine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invite code: %1</source>
        <translation>Einladungscode: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (owner)</source>
        <translation>%1 (Besitzer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, online</source>
        <translation>%1, online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, offline</source>
        <translation>%1, offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is typing…</source>
        <translation>%1 schreibt …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 und %2 schreiben …</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people are typing…</source>
        <translation>
            <numerusform>%n Person schreibt …</numerusform>
            <numerusform>%n Personen schreiben …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::GroupListModel</name>
    <message numerus="yes">
        <location filename="../core/chat/GroupListModel.cpp" line="+27"/>
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1, %n ungelesene Nachricht</numerusform>
            <numerusform>%1, %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::GroupsFeature</name>
    <message>
        <location filename="../app/groups/GroupsFeature.cpp" line="+42"/>
        <location line="+152"/>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+152"/>
        <source>Show &amp;Groups</source>
        <translation>&amp;Gruppen anzeigen</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>&amp;Share Moment to Group…</source>
        <translation>Stelle mit Gruppe &amp;teilen …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your study groups and their chats (%1)</source>
        <translation>Ihre Lerngruppen und ihre Chats (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the selected transcript line to a study group as a clickable moment</source>
        <translation>Die gewählte Transkriptzeile als anklickbare Stelle an eine Lerngruppe senden</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not read the saved sign-in: %1</source>
        <translation>Die gespeicherte Anmeldung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a lecture and pick a line of its transcript to share.</source>
        <translation>Öffnen Sie eine Vorlesung und wählen Sie eine Zeile ihres Transkripts zum Teilen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick a line of the transcript to share first.</source>
        <translation>Wählen Sie zuerst eine Zeile des Transkripts zum Teilen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Moment shared.</source>
        <translation>Stelle geteilt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That lecture is not in this library: only the student who recorded it (or synced it to this device) can open the moment.</source>
        <translation>Diese Vorlesung ist nicht in dieser Bibliothek: Nur wer sie aufgenommen (oder auf dieses Gerät synchronisiert) hat, kann die Stelle öffnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a study group</source>
        <translation>einer Lerngruppe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Groups (%1)</source>
        <translation>&amp;Gruppen (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Show &amp;Groups — %n unread</source>
        <translation>
            <numerusform>&amp;Gruppen anzeigen – %n ungelesen</numerusform>
            <numerusform>&amp;Gruppen anzeigen – %n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::GroupsPage</name>
    <message>
        <location filename="../app/groups/GroupsPage.cpp" line="+31"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Study groups</source>
        <translation>Lerngruppen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Settings › Device Sync…</source>
        <translation>Einstellungen › Geräte-Synchronisierung öffnen …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your groups</source>
        <translation>Ihre Gruppen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New group&apos;s name</source>
        <translation>Name der neuen Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Geology 101</source>
        <translation>z. B. Geologie 101</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invite code</source>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code from the group&apos;s owner</source>
        <translation>Code vom Besitzer der Gruppe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New group:</source>
        <translation>&amp;Neue Gruppe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join with an invite code:</source>
        <translation>Mit Einladungscode &amp;beitreten:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the new group a name first.</source>
        <translation>Geben Sie der neuen Gruppe zuerst einen Namen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the invite code the group&apos;s owner gave you.</source>
        <translation>Geben Sie den Einladungscode ein, den Sie vom Besitzer der Gruppe bekommen haben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created “%1”. Give the others its invite code: %2</source>
        <translation>„%1“ erstellt. Geben Sie den anderen den Einladungscode: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You joined “%1”.</source>
        <translation>Sie sind „%1“ beigetreten.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Study groups need an account on a Lectern server. Sign in under Settings › Device Sync, and your groups and their chats appear here.</source>
        <translation>Lerngruppen brauchen ein Konto auf einem Lectern-Server. Melden Sie sich unter Einstellungen › Geräte-Synchronisierung an, dann erscheinen hier Ihre Gruppen und ihre Chats.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut …</translation>
    </message>
</context>
<context>
    <name>lectern::ImportError</name>
    <message>
        <location filename="../core/pipeline/ImportError.cpp" line="+11"/>
        <source>&quot;%1&quot; is not a language code. Use a two-letter ISO 639-1 code such as &quot;en&quot; or &quot;de&quot;, or none to let the language be detected.</source>
        <translation>„%1“ ist kein Sprachcode. Verwenden Sie einen zweibuchstabigen Code nach ISO 639-1 wie „en“ oder „de“ oder keinen, damit die Sprache erkannt wird.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lectern cannot store audio in the folder &quot;%1&quot; (%2). Check that the library&apos;s folder is writable and the disk is not full.</source>
        <translation>Lectern kann im Ordner „%1“ keine Audiodaten ablegen (%2). Prüfen Sie, ob in den Ordner der Bibliothek geschrieben werden darf und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; changed while it was being imported. Wait until it is completely written (a download or copy may still be running) and import it again.</source>
        <translation>„%1“ hat sich während des Imports verändert. Warten Sie, bis die Datei vollständig geschrieben ist (vielleicht läuft noch ein Download oder Kopiervorgang), und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library&apos;s copy of the audio, &quot;%1&quot;, disappeared during the import. Import the recording again.</source>
        <translation>Die Kopie der Audiodaten in der Bibliothek, „%1“, ist während des Imports verschwunden. Importieren Sie die Aufnahme erneut.</translation>
    </message>
</context>
<context>
    <name>lectern::ImportStageText</name>
    <message>
        <location filename="../core/pipeline/ImportOptions.cpp" line="+9"/>
        <source>Decoding</source>
        <translation>Dekodieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storing audio</source>
        <translation>Audio ablegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>lectern::JobRowWidget</name>
    <message>
        <location filename="../app/jobs/JobRowWidget.cpp" line="+17"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Import of %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcription of %1</source>
        <translation>Transkription von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss %1</source>
        <translation>%1 ausblenden</translation>
    </message>
</context>
<context>
    <name>lectern::JobsPanel</name>
    <message>
        <location filename="../app/jobs/JobsPanel.cpp" line="+16"/>
        <source>Nothing is running. Drop recordings onto the window to import and transcribe them.</source>
        <translation>Gerade läuft nichts. Ziehen Sie Aufnahmen auf das Fenster, um sie zu importieren und zu transkribieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jobs</source>
        <translation>Vorgänge</translation>
    </message>
</context>
<context>
    <name>lectern::Keychain</name>
    <message>
        <location filename="../core/secrets/Keychain.cpp" line="+39"/>
        <source>The keychain did not give Lectern access (%1). Unlock it and try again.</source>
        <translation>Der Schlüsselbund hat Lectern keinen Zugriff gewährt (%1). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain service is running (%1), so Lectern cannot store the Groq key securely. Start your desktop&apos;s keyring (GNOME Keyring or KWallet), or set the GROQ_API_KEY environment variable.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst (%1), daher kann Lectern den Groq-Schlüssel nicht sicher speichern. Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (GNOME Keyring oder KWallet) oder setzen Sie die Umgebungsvariable GROQ_API_KEY.</translation>
    </message>
</context>
<context>
    <name>lectern::LectureBatchImport</name>
    <message>
        <location filename="../core/pipeline/LectureBatchImport.cpp" line="+59"/>
        <source>%1 &quot;%2&quot; (%3 of %4)</source>
        <translation>%1 „%2“ (%3 von %4)</translation>
    </message>
</context>
<context>
    <name>lectern::LectureDetailsPage</name>
    <message>
        <location filename="../app/library/LectureDetailsPage.cpp" line="+51"/>
        <source>Lecture details</source>
        <translation>Vorlesungsdetails</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Lecture title</source>
        <translation>Vorlesungstitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribe</source>
        <translation>Transkribieren</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Untitled lecture</source>
        <translation>Vorlesung ohne Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not filed under a course</source>
        <translation>Keinem Kurs zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not transcribed yet</source>
        <translation>Noch nicht transkribiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transcription failed: %1</source>
        <translation>Transkription fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>lectern::LectureExporter</name>
    <message>
        <location filename="../core/export/LectureExporter.cpp" line="+39"/>
        <source>A %1 export is not text; write it to a file instead.</source>
        <translation>Ein %1-Export ist kein Text; schreiben Sie ihn stattdessen in eine Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; has no flashcards yet, so there is no deck to export. Make cards from the transcript or write some first.</source>
        <translation>„%1“ hat noch keine Karteikarten, daher gibt es kein Deck zum Exportieren. Erstellen Sie zuerst Karten aus dem Transkript oder schreiben Sie selbst welche.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; has no transcript yet, so there are no subtitles to export. Transcribe the lecture first.</source>
        <translation>„%1“ hat noch kein Transkript, daher gibt es keine Untertitel zum Exportieren. Transkribieren Sie zuerst die Vorlesung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lectern cannot write the export to &quot;%1&quot;: %2. Check that the folder exists and is writable.</source>
        <translation>Lectern kann den Export nicht nach „%1“ schreiben: %2. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>lectern::LectureImporter</name>
    <message>
        <location filename="../core/pipeline/LectureImporter.cpp" line="+183"/>
        <source>Untitled lecture</source>
        <translation>Vorlesung ohne Titel</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>it cannot be created</source>
        <translation>er kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>lectern::LectureJobs</name>
    <message>
        <location filename="../app/jobs/LectureJobs.cpp" line="+59"/>
        <source>Waiting to import</source>
        <translation>Wartet auf Import</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing: %1</source>
        <translation>Import: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Lecture</source>
        <translation>Vorlesung</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Waiting to transcribe</source>
        <translation>Wartet auf Transkription</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Groq asked to slow down; going on in %n s</source>
        <translation>
            <numerusform>Groq bittet um eine Pause; weiter in %n s</numerusform>
            <numerusform>Groq bittet um eine Pause; weiter in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the audio</source>
        <translation>Audio wird vorbereitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transcribing: %1 of %2 parts done</source>
        <translation>Transkription: %1 von %2 Teilen fertig</translation>
    </message>
</context>
<context>
    <name>lectern::LectureQuestion</name>
    <message>
        <location filename="../core/ai/LectureQuestion.cpp" line="+157"/>
        <source>Nothing in your lectures mentions &quot;%1&quot;.</source>
        <translation>Nichts in Ihren Vorlesungen erwähnt „%1“.</translation>
    </message>
</context>
<context>
    <name>lectern::LectureStates</name>
    <message>
        <location filename="../app/library/LectureStates.cpp" line="+24"/>
        <source>Not transcribed</source>
        <translation>Nicht transkribiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transcribing %1%</source>
        <translation>Wird transkribiert: %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>lectern::LectureView</name>
    <message>
        <location filename="../app/lecture/LectureView.cpp" line="+61"/>
        <source>Lecture material</source>
        <translation>Vorlesungsmaterial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Transcript</source>
        <translation>&amp;Transkript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key terms</source>
        <translation>&amp;Schlüsselbegriffe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fl&amp;ashcards</source>
        <translation>K&amp;arteikarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quiz</source>
        <translation>&amp;Quiz</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No recording</source>
        <translation>Keine Aufnahme</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This lecture has no transcript yet.</source>
        <translation>Diese Vorlesung hat noch kein Transkript.</translation>
    </message>
</context>
<context>
    <name>lectern::LevelMeter</name>
    <message>
        <location filename="../app/recording/LevelMeter.cpp" line="+26"/>
        <source>Input level</source>
        <translation>Eingangspegel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>0 dB</source>
        <translation>0 dB</translation>
    </message>
</context>
<context>
    <name>lectern::LibraryActions</name>
    <message>
        <location filename="../app/library/LibraryActions.cpp" line="+29"/>
        <source>&amp;New Course…</source>
        <translation>&amp;Neuer Kurs …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>&amp;Archive Course</source>
        <translation>Kurs &amp;archivieren</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Show &amp;Archived Courses</source>
        <translation>&amp;Archivierte Kurse anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+36"/>
        <source>Re&amp;do</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Create a course to file lectures under</source>
        <translation>Einen Kurs anlegen, dem Vorlesungen zugeordnet werden können</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename the selected course or lecture</source>
        <translation>Den ausgewählten Kurs oder die ausgewählte Vorlesung umbenennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected course or lecture</source>
        <translation>Den ausgewählten Kurs oder die ausgewählte Vorlesung löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the selected course away, or take it out of the archive</source>
        <translation>Den gewählten Kurs ins Archiv legen oder aus dem Archiv holen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List archived courses in the sidebar, after the others</source>
        <translation>Archivierte Kurse in der Seitenleiste nach den anderen auflisten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;do %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Un&amp;archive Course</source>
        <translation>Kurs aus dem &amp;Archiv holen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Rename Lecture</source>
        <translation>Vorlesung umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deleted the lecture “%1”. Undo with %2.</source>
        <translation>Die Vorlesung „%1“ wurde gelöscht. Rückgängig mit %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is back among your courses.</source>
        <translation>„%1“ ist wieder unter Ihren Kursen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived the course “%1”.</source>
        <translation>Kurs „%1“ archiviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived the course “%1”. View › Show Archived Courses lists it again.</source>
        <translation>Kurs „%1“ archiviert. Ansicht › Archivierte Kurse anzeigen listet ihn wieder auf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted the course “%1”. Undo with %2.</source>
        <translation>Der Kurs „%1“ wurde gelöscht. Rückgängig mit %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Delete Course</source>
        <translation>Kurs löschen</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Delete the course “%1” and its %n lecture(s)?</source>
        <translation>
            <numerusform>Den Kurs „%1“ und seine %n Vorlesung löschen?</numerusform>
            <numerusform>Den Kurs „%1“ und seine %n Vorlesungen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lectures are deleted with the course. Until you quit Lectern, Edit › Undo brings both back.</source>
        <translation>Die Vorlesungen werden mit dem Kurs gelöscht. Bis Sie Lectern beenden, holt Bearbeiten › Rückgängig beides zurück.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change Not Saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lectern could not save this change to your library.</source>
        <translation>Lectern konnte diese Änderung nicht in Ihrer Bibliothek speichern.</translation>
    </message>
</context>
<context>
    <name>lectern::LibraryCommand</name>
    <message>
        <location filename="../app/library/LibraryCommands.cpp" line="+45"/>
        <source>Create Course “%1”</source>
        <translation>Kurs „%1“ anlegen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Rename Course “%1”</source>
        <translation>Kurs „%1“ umbenennen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Archive Course “%1”</source>
        <translation>Kurs „%1“ archivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unarchive Course “%1”</source>
        <translation>Kurs „%1“ aus dem Archiv holen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete Course “%1”</source>
        <translation>Kurs „%1“ löschen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rename Lecture “%1”</source>
        <translation>Vorlesung „%1“ umbenennen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete Lecture “%1”</source>
        <translation>Vorlesung „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>lectern::LibraryOpenErrorDialog</name>
    <message>
        <location filename="../app/shell/LibraryOpenErrorDialog.cpp" line="+10"/>
        <source>Cannot Open Library</source>
        <translation>Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lectern could not open your library in %1.</source>
        <translation>Lectern konnte Ihre Bibliothek in %1 nicht öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This library was last used by a newer version of Lectern. Update Lectern to open it.</source>
        <translation>Diese Bibliothek wurde zuletzt von einer neueren Lectern-Version verwendet. Aktualisieren Sie Lectern, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Lectern with --data-dir and an empty folder to begin a new library; the old one is left untouched.</source>
        <translation>Starten Sie Lectern mit --data-dir und einem leeren Ordner, um eine neue Bibliothek zu beginnen; die alte bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the folder exists and that you may write to it, or start Lectern with --data-dir and another folder.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und Sie in ihn schreiben dürfen, oder starten Sie Lectern mit --data-dir und einem anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>lectern::LibraryService</name>
    <message>
        <location filename="../core/library/LibraryService.cpp" line="+132"/>
        <source>The library is not open. Open it first, or check the error reported when opening it.</source>
        <translation>Die Bibliothek ist nicht geöffnet. Öffnen Sie sie zuerst oder prüfen Sie den Fehler, der beim Öffnen gemeldet wurde.</translation>
    </message>
</context>
<context>
    <name>lectern::LibrarySidebar</name>
    <message>
        <location filename="../app/library/LibrarySidebar.cpp" line="+16"/>
        <source>Courses and lectures</source>
        <translation>Kurse und Vorlesungen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No courses yet</source>
        <translation>Noch keine Kurse</translation>
    </message>
</context>
<context>
    <name>lectern::LibraryTreeModel</name>
    <message>
        <location filename="../app/library/LibraryTreeModel.cpp" line="+44"/>
        <source>Unfiled Lectures</source>
        <translation>Nicht zugeordnete Vorlesungen</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>Untitled lecture</source>
        <translation>Vorlesung ohne Titel</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%1 (archived) — %n lecture(s)</source>
        <translation>
            <numerusform>%1 (archiviert) – %n Vorlesung</numerusform>
            <numerusform>%1 (archiviert) – %n Vorlesungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 — %n lecture(s)</source>
        <translation>
            <numerusform>%1 – %n Vorlesung</numerusform>
            <numerusform>%1 – %n Vorlesungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::MainWindow</name>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="+99"/>
        <source>&amp;Study</source>
        <translation>&amp;Lernen</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="+229"/>
        <source>That lecture is no longer in your library.</source>
        <translation>Diese Vorlesung ist nicht mehr in Ihrer Bibliothek.</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a course or a lecture in the sidebar to see its details.</source>
        <translation>Wählen Sie in der Seitenleiste einen Kurs oder eine Vorlesung aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your courses and lectures are stored in %1</source>
        <translation>Ihre Kurse und Vorlesungen werden in %1 gespeichert</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Could not read the library: %1</source>
        <translation>Die Bibliothek konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="-58"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Recordings…</source>
        <translation>Aufnahmen &amp;importieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Recordings</source>
        <translation>Aufnahmen importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings (*.wav *.mp3 *.ogg *.opus *.oga *.flac *.m4a *.aac *.webm);;All files (*)</source>
        <translation>Aufnahmen (*.wav *.mp3 *.ogg *.opus *.oga *.flac *.m4a *.aac *.webm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import recordings into the selected course and transcribe them (or drop them onto the window)</source>
        <translation>Aufnahmen in den ausgewählten Kurs importieren und transkribieren (oder auf das Fenster ziehen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try a &amp;Sample Lecture</source>
        <translation>Beispiel&amp;vorlesung ausprobieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a one-minute spoken lecture into a new “Sample Course” and transcribe it</source>
        <translation>Eine einminütige gesprochene Vorlesung in einen neuen Kurs „Beispielkurs“ importieren und transkribieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;Jobs</source>
        <translation>&amp;Vorgänge anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Lectern</source>
        <translation>Über &amp;Lectern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Jobs</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sample Not Imported</source>
        <translation>Beispiel nicht importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lectern could not import the sample lecture.</source>
        <translation>Lectern konnte die Beispielvorlesung nicht importieren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Search Lectures…</source>
        <translation>In Vorlesungen &amp;suchen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search every transcript and your notes, or ask a question (%1)</source>
        <translation>Alle Transkripte und Ihre Notizen durchsuchen oder eine Frage stellen (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Importing %n recording(s)…</source>
        <translation>
            <numerusform>%n Aufnahme wird importiert …</numerusform>
            <numerusform>%n Aufnahmen werden importiert …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="+87"/>
        <source>Lectern could not read the courses in your library.</source>
        <translation>Lectern konnte die Kurse in Ihrer Bibliothek nicht lesen.</translation>
    </message>
</context>
<context>
    <name>lectern::MarkdownExport</name>
    <message>
        <location filename="../core/export/MarkdownExport.cpp" line="+37"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key terms</source>
        <translation>Schlüsselbegriffe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This lecture has not been transcribed yet.</source>
        <translation>Diese Vorlesung wurde noch nicht transkribiert.</translation>
    </message>
</context>
<context>
    <name>lectern::MediaPlaybackController</name>
    <message>
        <location filename="../app/lecture/MediaPlaybackController.cpp" line="+46"/>
        <source>The recording cannot be played: %1</source>
        <translation>Die Aufnahme kann nicht abgespielt werden: %1</translation>
    </message>
</context>
<context>
    <name>lectern::MoveCardsDialog</name>
    <message>
        <location filename="../app/cards/MoveCardsDialog.cpp" line="+17"/>
        <source>Move Cards</source>
        <translation>Karten verschieben</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n card(s) to:</source>
        <translation>
            <numerusform>%n Karte verschieben nach:</numerusform>
            <numerusform>%n Karten verschieben nach:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No course</source>
        <translation>Kein Kurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards from another course join its cards written by hand.</source>
        <translation>Karten aus einem anderen Kurs kommen zu den selbst geschriebenen Karten des Zielkurses.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
</context>
<context>
    <name>lectern::NotesEditor</name>
    <message>
        <location filename="../app/lecture/NotesEditor.cpp" line="+29"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the notes formatted (%1)</source>
        <translation>Notizen formatiert anzeigen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview notes</source>
        <translation>Vorschau der Notizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes status</source>
        <translation>Status der Notizen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your notes in Markdown: # heading, **bold**, - list item …</source>
        <translation>Schreiben Sie Ihre Notizen in Markdown: # Überschrift, **fett**, - Listenpunkt …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes preview</source>
        <translation>Notizenvorschau</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not read the notes: %1</source>
        <translation>Die Notizen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not save your notes: %1</source>
        <translation>Ihre Notizen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>lectern::OggOpusWriter</name>
    <message>
        <location filename="../core/audio/OggOpusWriter.cpp" line="+76"/>
        <location line="+14"/>
        <source>the writer is already open</source>
        <translation>der Schreiber ist bereits geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the output is not open for writing</source>
        <translation>die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>audio in memory</source>
        <translation>Audio im Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+28"/>
        <location line="+16"/>
        <source>the writer is not open</source>
        <translation>der Schreiber ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the data could not be saved to disk</source>
        <translation>die Daten konnten nicht auf den Datenträger geschrieben werden</translation>
    </message>
</context>
<context>
    <name>lectern::OggStreamRepair</name>
    <message>
        <location filename="../core/recording/OggStreamRepair.cpp" line="+73"/>
        <source>%1 does not start like an Ogg Opus recording.</source>
        <translation>%1 beginnt nicht wie eine Ogg-Opus-Aufnahme.</translation>
    </message>
</context>
<context>
    <name>lectern::PcmConverter</name>
    <message>
        <location filename="../core/audio/PcmConverter.cpp" line="+62"/>
        <source>unsupported sample format (%1 Hz, %2 channels)</source>
        <translation>nicht unterstütztes Sample-Format (%1 Hz, %2 Kanäle)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>cannot resample from %1 Hz: %2</source>
        <translation>Umrechnen der Abtastrate von %1 Hz nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>resampling failed: %1</source>
        <translation>das Umrechnen der Abtastrate ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>lectern::PdfExport</name>
    <message>
        <location filename="../core/export/PdfExport.cpp" line="+20"/>
        <source>A PDF can only be laid out by a program that has fonts loaded (a Qt GUI application).</source>
        <translation>Ein PDF kann nur von einem Programm gesetzt werden, das Schriften geladen hat (einer Qt-GUI-Anwendung).</translation>
    </message>
</context>
<context>
    <name>lectern::PlainKeyFile</name>
    <message>
        <location filename="../core/secrets/PlainKeyFile.cpp" line="+37"/>
        <source>Could not read the Groq key from %1: %2</source>
        <translation>Der Groq-Schlüssel konnte nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not create the folder for %1.</source>
        <translation>Der Ordner für %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Could not write the Groq key to %1: %2</source>
        <translation>Der Groq-Schlüssel konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not make %1 readable only by you, so the key was not kept.</source>
        <translation>%1 konnte nicht nur für Sie lesbar gemacht werden, daher wurde der Schlüssel nicht aufbewahrt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>lectern::PlainTextExport</name>
    <message>
        <location filename="../core/export/PlainTextExport.cpp" line="+34"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key terms</source>
        <translation>Schlüsselbegriffe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This lecture has not been transcribed yet.</source>
        <translation>Diese Vorlesung wurde noch nicht transkribiert.</translation>
    </message>
</context>
<context>
    <name>lectern::PlayerBar</name>
    <message>
        <location filename="../app/lecture/PlayerBar.cpp" line="+78"/>
        <source>Player</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>10 s</source>
        <translation>10 s</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Back 10 seconds</source>
        <translation>10 Sekunden zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back 10 seconds (J or Left in the transcript)</source>
        <translation>10 Sekunden zurück (J oder Pfeil links im Transkript)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward 10 seconds</source>
        <translation>10 Sekunden vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward 10 seconds (L or Right in the transcript)</source>
        <translation>10 Sekunden vor (L oder Pfeil rechts im Transkript)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1×</source>
        <translation>%L1×</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Position in the recording</source>
        <translation>Position in der Aufnahme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause (Space or K in the transcript)</source>
        <translation>Pause (Leertaste oder K im Transkript)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play (Space or K in the transcript)</source>
        <translation>Abspielen (Leertaste oder K im Transkript)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>lectern::ProgressFeature</name>
    <message>
        <location filename="../app/progress/ProgressFeature.cpp" line="+32"/>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress — Lectern</source>
        <translation>Fortschritt – Lectern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cards are due</source>
        <translation>Karten sind fällig</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n card(s) due today.</source>
        <translation>
            <numerusform>%n Karte ist heute fällig.</numerusform>
            <numerusform>%n Karten sind heute fällig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Streaks, reviews, retention, forecast and achievements</source>
        <translation>Serien, Wiederholungen, Behaltensquote, Prognose und Erfolge</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Achievement reached: %1</source>
        <translation>Erfolg erreicht: %1</translation>
    </message>
</context>
<context>
    <name>lectern::QuizView</name>
    <message>
        <location filename="../app/lecture/QuizView.cpp" line="+54"/>
        <source>No quiz for this lecture yet. Let Groq write multiple-choice questions on the transcript, then test yourself.</source>
        <translation>Noch kein Quiz zu dieser Vorlesung. Lassen Sie Groq Multiple-Choice-Fragen zum Transkript schreiben und prüfen Sie dann Ihr Wissen.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+163"/>
        <source>Make a flashcard</source>
        <translation>Karteikarte erstellen</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Keep this question as a flashcard of the lecture, with the right answer on the back</source>
        <translation>Diese Frage als Karteikarte der Vorlesung behalten, mit der richtigen Antwort auf der Rückseite</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Take the quiz again</source>
        <translation>Quiz noch einmal machen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not read the quiz: %1</source>
        <translation>Das Quiz konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lecture: %1</source>
        <translation>Vorlesung: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&lt;b&gt;&lt;span style=&quot;color:%1&quot;&gt;Right.&lt;/span&gt;&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;&lt;span style=&quot;color:%1&quot;&gt;Richtig.&lt;/span&gt;&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;&lt;span style=&quot;color:%1&quot;&gt;Not quite.&lt;/span&gt;&lt;/b&gt; The answer is &lt;b&gt;%2&lt;/b&gt;. %3</source>
        <translation>&lt;b&gt;&lt;span style=&quot;color:%1&quot;&gt;Nicht ganz.&lt;/span&gt;&lt;/b&gt; Die Antwort ist &lt;b&gt;%2&lt;/b&gt;. %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>See your score</source>
        <translation>Ergebnis ansehen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You answered %1 of %n question(s) right.</source>
        <translation>
            <numerusform>Sie haben %1 von %n Frage richtig beantwortet.</numerusform>
            <numerusform>Sie haben %1 von %n Fragen richtig beantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The flashcard could not be made: %1</source>
        <translation>Die Karteikarte konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flashcard made</source>
        <translation>Karteikarte erstellt</translation>
    </message>
</context>
<context>
    <name>lectern::RatingButton</name>
    <message>
        <location filename="../app/study/RatingButton.cpp" line="+28"/>
        <source>%1 (key %2)</source>
        <translation>%1 (Taste %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, again in %2</source>
        <extracomment>A rating button for screen readers, e.g. &quot;Good, again in 10 min&quot;</extracomment>
        <translation>%1, wieder in %2</translation>
    </message>
</context>
<context>
    <name>lectern::Recorder</name>
    <message>
        <location filename="../core/recording/Recorder.cpp" line="+44"/>
        <source>A recording is already running.</source>
        <translation>Es läuft bereits eine Aufnahme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No microphone is selected.</source>
        <translation>Es ist kein Mikrofon ausgewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 delivers audio in a format Lectern cannot record.</source>
        <translation>%1 liefert Audio in einem Format, das Lectern nicht aufnehmen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder for recordings (%1) cannot be created.</source>
        <translation>Der Ordner für Aufnahmen (%1) kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recording file %1 is in use.</source>
        <translation>Die Aufnahmedatei %1 wird bereits verwendet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The microphone could not be started.</source>
        <translation>Das Mikrofon konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The recording stopped: %1</source>
        <translation>Die Aufnahme ist abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>lectern::RecordingController</name>
    <message>
        <location filename="../app/recording/RecordingController.cpp" line="+58"/>
        <location line="+64"/>
        <source>&amp;Record Lecture…</source>
        <translation>Vorlesung &amp;aufnehmen …</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Record a lecture from a microphone into the selected course</source>
        <translation>Eine Vorlesung über ein Mikrofon in den ausgewählten Kurs aufnehmen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The full transcript of the recording is ready in its lecture.</source>
        <translation>Das vollständige Transkript der Aufnahme liegt in ihrer Vorlesung bereit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The full transcript could not be made; the Jobs panel says why.</source>
        <translation>Das vollständige Transkript konnte nicht erstellt werden; die Ansicht „Vorgänge“ nennt den Grund.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Record Lecture</source>
        <translation>Vorlesung aufnehmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show &amp;Recording…</source>
        <translation>Aufnahme an&amp;zeigen …</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Unfinished Recording</source>
        <translation>Nicht abgeschlossene Aufnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unfinished recording from %1 (%2) was found.</source>
        <translation>Eine nicht abgeschlossene Aufnahme vom %1 (%2) wurde gefunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lectern closed before the recording was saved as a lecture. Recover it to add what was recorded to the library.</source>
        <translation>Lectern wurde beendet, bevor die Aufnahme als Vorlesung gespeichert war. Stellen Sie sie wieder her, um das Aufgenommene der Bibliothek hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recovering the recording…</source>
        <translation>Die Aufnahme wird wiederhergestellt …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recording Not Saved</source>
        <translation>Aufnahme nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording could not be added to the library: %1

It is kept, and Lectern offers it again the next time it starts.</source>
        <translation>Die Aufnahme konnte der Bibliothek nicht hinzugefügt werden: %1

Sie bleibt erhalten, und Lectern bietet sie beim nächsten Start erneut an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recorded “%1”</source>
        <translation>„%1“ aufgenommen</translation>
    </message>
</context>
<context>
    <name>lectern::RecordingFile</name>
    <message>
        <location filename="../core/recording/RecordingFile.cpp" line="+35"/>
        <source>The description of the recording %1 cannot be used: %2</source>
        <translation>Die Beschreibung der Aufnahme %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>it has no start time</source>
        <translation>sie hat keine Startzeit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>its folder cannot be created</source>
        <translation>ihr Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Recording of %1 at %2</source>
        <translation>Aufnahme vom %1 um %2</translation>
    </message>
</context>
<context>
    <name>lectern::RecordingPanel</name>
    <message>
        <location filename="../app/recording/RecordingPanel.cpp" line="+48"/>
        <source>&amp;Record</source>
        <translation>&amp;Aufnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+259"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live transcript (rough; the full transcript follows when you stop)</source>
        <translation>Live-Transkript (grob; das vollständige Transkript folgt nach dem Stoppen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Course:</source>
        <translation>&amp;Kurs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time recorded</source>
        <translation>Aufgenommene Zeit</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Start recording from the chosen microphone</source>
        <translation>Die Aufnahme über das gewählte Mikrofon starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop listening for a while; nothing is recorded until you resume</source>
        <translation>Die Aufnahme kurz unterbrechen; bis Sie fortsetzen, wird nichts aufgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the recording and add it to the course as a lecture</source>
        <translation>Die Aufnahme beenden und dem Kurs als Vorlesung hinzufügen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Live transcript</source>
        <translation>Live-Transkript</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first words appear about half a minute into the recording.</source>
        <translation>Die ersten Wörter erscheinen etwa eine halbe Minute nach Beginn der Aufnahme.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved %1 of audio. It is being added to the course.</source>
        <translation>%1 Audio gespeichert. Die Aufnahme wird dem Kurs hinzugefügt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lectern saves the audio every half second. If it closes unexpectedly, it offers to recover the recording the next time it starts.</source>
        <translation>Lectern speichert den Ton jede halbe Sekunde. Wird Lectern unerwartet beendet, bietet es beim nächsten Start an, die Aufnahme wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No course</source>
        <translation>Kein Kurs</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No microphone found</source>
        <translation>Kein Mikrofon gefunden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect a microphone, then choose it above.</source>
        <translation>Schließen Sie ein Mikrofon an und wählen Sie es dann oben aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recording into %1. Pausing leaves out what is said meanwhile.</source>
        <translation>Aufnahme in %1. Was während einer Pause gesagt wird, fehlt in der Aufnahme.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Live transcript paused: %1</source>
        <translation>Live-Transkript angehalten: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready to record</source>
        <translation>Bereit zur Aufnahme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No microphone</source>
        <translation>Kein Mikrofon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording</source>
        <translation>Aufnahme läuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
</context>
<context>
    <name>lectern::RecordingRecovery</name>
    <message>
        <location filename="../core/recording/RecordingRecovery.cpp" line="+56"/>
        <source>The recording from %1 holds no audio.</source>
        <translation>Die Aufnahme vom %1 enthält keinen Ton.</translation>
    </message>
</context>
<context>
    <name>lectern::ReviewCardEditor</name>
    <message>
        <location filename="../app/study/ReviewCardEditor.cpp" line="+28"/>
        <source>Front of the card</source>
        <translation>Vorderseite der Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back of the card</source>
        <translation>Rückseite der Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the card; its schedule stays as it is (Ctrl+Return)</source>
        <translation>Die Karte speichern; ihr Lernplan bleibt unverändert (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the card as it was (Esc)</source>
        <translation>Die Karte unverändert lassen (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Front</source>
        <translation>&amp;Vorderseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Rückseite</translation>
    </message>
</context>
<context>
    <name>lectern::ReviewCardView</name>
    <message>
        <location filename="../app/study/ReviewCardView.cpp" line="+31"/>
        <source>New card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning</source>
        <translation>Lernphase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>lectern::ReviewFeature</name>
    <message>
        <location filename="../app/study/ReviewFeature.cpp" line="+17"/>
        <source>&amp;Review Due Cards</source>
        <translation>Fällige Karten &amp;wiederholen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review the flashcards due today (Ctrl+R)</source>
        <translation>Die heute fälligen Karteikarten wiederholen (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>lectern::ReviewPage</name>
    <message>
        <location filename="../app/study/ReviewFormat.cpp" line="+26"/>
        <source>Next card due today at %1.</source>
        <translation>Nächste Karte heute um %1 fällig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next card due tomorrow at %1.</source>
        <translation>Nächste Karte morgen um %1 fällig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next card due on %1 at %2.</source>
        <translation>Nächste Karte am %1 um %2 fällig.</translation>
    </message>
    <message>
        <location filename="../app/study/ReviewPage.cpp" line="+72"/>
        <source>Show Answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the last answer back (Ctrl+Z)</source>
        <translation>Die letzte Antwort zurücknehmen (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct this card; its schedule stays (E)</source>
        <translation>Diese Karte korrigieren; ihr Lernplan bleibt (E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend</source>
        <translation>Aussetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop reviewing this card (S)</source>
        <translation>Diese Karte nicht mehr wiederholen (S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bury</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide this card until tomorrow (B)</source>
        <translation>Diese Karte bis morgen ausblenden (B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Lecture</source>
        <translation>In Vorlesung zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the lecture from where this card comes from (L)</source>
        <translation>Die Vorlesung an der Stelle abspielen, aus der diese Karte stammt (L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review flashcards</source>
        <translation>Karteikarten wiederholen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Course to review</source>
        <translation>Zu wiederholender Kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All courses</source>
        <translation>Alle Kurse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards due today</source>
        <translation>Heute fällige Karten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the back of the card (Space)</source>
        <translation>Die Rückseite der Karte zeigen (Space)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 Again · 2 Hard · 3 Good · 4 Easy</source>
        <translation>1 Nochmal · 2 Schwer · 3 Gut · 4 Leicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space shows the answer</source>
        <translation>Space zeigt die Antwort</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Course:</source>
        <translation>&amp;Kurs:</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1 due · %2 new</source>
        <extracomment>Cards left today: studied before and due again, and never studied</extracomment>
        <translation>%1 fällig · %2 neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 done · %2 left</source>
        <translation>%1 erledigt · %2 übrig</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Gathering today&apos;s cards…</source>
        <translation>Die heutigen Karten werden zusammengestellt …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next card at %1</source>
        <translation>Nächste Karte um %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cards you are learning come back later today. They appear here as soon as they are due.</source>
        <translation>Die Karten, die Sie gerade lernen, kommen heute später wieder. Sie erscheinen hier, sobald sie fällig sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All done for today</source>
        <translation>Für heute alles erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cards are waiting. Cards made from your lectures appear here.</source>
        <translation>Es warten keine Karten. Karten aus Ihren Vorlesungen erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>lectern::ReviewSession</name>
    <message numerus="yes">
        <location filename="../core/study/ReviewSession.cpp" line="+72"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n Tg.</numerusform>
            <numerusform>%n Tg.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 mo</source>
        <translation>%1 Mon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 y</source>
        <translation>%1 J.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no card to answer.</source>
        <translation>Es gibt keine Karte zum Beantworten.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>There is no answer to take back.</source>
        <translation>Es gibt keine Antwort, die zurückgenommen werden könnte.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no card to suspend.</source>
        <translation>Es gibt keine Karte zum Aussetzen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no card to bury.</source>
        <translation>Es gibt keine Karte zum Zurückstellen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no card to edit.</source>
        <translation>Es gibt keine Karte zum Bearbeiten.</translation>
    </message>
</context>
<context>
    <name>lectern::SampleLecture</name>
    <message>
        <location filename="../app/shell/SampleLecture.cpp" line="+38"/>
        <source>Osmosis - Sample Lecture</source>
        <translation>Osmose – Beispielvorlesung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sample lecture could not be prepared: there is no room for a temporary file.</source>
        <translation>Die Beispielvorlesung konnte nicht vorbereitet werden: Es ist kein Platz für eine temporäre Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample Course</source>
        <translation>Beispielkurs</translation>
    </message>
</context>
<context>
    <name>lectern::SchemaMigrator</name>
    <message>
        <location filename="../core/sql/SchemaMigrator.cpp" line="+44"/>
        <source>Migration file %1 is not named NNNN_name.sql.</source>
        <translation>Die Migrationsdatei %1 ist nicht nach dem Muster NNNN_name.sql benannt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Migrations in %1 must be numbered 1, 2, 3, ... without gaps; found %2 at position %3.</source>
        <translation>Die Migrationen in %1 müssen lückenlos 1, 2, 3, … nummeriert sein; an Position %3 steht %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not create the schema version table</source>
        <translation>Die Tabelle für die Schemaversion konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the schema version</source>
        <translation>Die Schemaversion konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not lock the schema for migration</source>
        <translation>Das Schema konnte für die Migration nicht gesperrt werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database is at schema version %1, but this version of Lectern only knows up to %2. Update Lectern to open it.</source>
        <translation>Die Datenbank hat die Schemaversion %1, diese Lectern-Version kennt aber nur Versionen bis %2. Aktualisieren Sie Lectern, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not read migration %1.</source>
        <translation>Die Migration %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not start a transaction for migration %1</source>
        <translation>Für die Migration %1 konnte keine Transaktion begonnen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Die Migration %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not record migration %1</source>
        <translation>Die Migration %1 konnte nicht vermerkt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not commit migration %1</source>
        <translation>Die Migration %1 konnte nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>lectern::SearchPalette</name>
    <message>
        <location filename="../app/search/SearchPalette.cpp" line="+54"/>
        <source>Search transcripts and notes, or ask a question</source>
        <translation>Transkripte und Notizen durchsuchen oder eine Frage stellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search lectures</source>
        <translation>Vorlesungen durchsuchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask your lectures</source>
        <translation>Ihre Vorlesungen fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer this from your own lectures with Groq, citing where it was said (%1)</source>
        <translation>Dies mit Groq aus Ihren eigenen Vorlesungen beantworten, mit Angabe, wo es gesagt wurde (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Could not search: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a word from a lecture or your notes. Enter opens it at that moment.</source>
        <translation>Geben Sie ein Wort aus einer Vorlesung oder Ihren Notizen ein. Enter öffnet die Stelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in your lectures or notes matches “%1”.</source>
        <translation>Nichts in Ihren Vorlesungen oder Notizen passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ask your lectures: “%1”</source>
        <translation>Ihre Vorlesungen fragen: „%1“</translation>
    </message>
</context>
<context>
    <name>lectern::SearchResultsModel</name>
    <message>
        <location filename="../app/search/SearchResultsModel.cpp" line="+30"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in a course</source>
        <translation>Keinem Kurs zugeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>lectern::SettingsDialog</name>
    <message>
        <location filename="../app/settings/SettingsDialog.cpp" line="+84"/>
        <source>Transcription model</source>
        <translation>Transkriptionsmodell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat model</source>
        <translation>Chat-Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoken language</source>
        <translation>Gesprochene Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audio storage</source>
        <translation>Audiospeicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Requests at once</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transcription and Answers</source>
        <translation>Transkription und Antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ranscription model:</source>
        <translation>T&amp;ranskriptionsmodell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chat model:</source>
        <translation>&amp;Chat-Modell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoken &amp;language:</source>
        <translation>Gesprochene Sprac&amp;he:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests at &amp;once:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More requests at once finish long lectures sooner but reach Groq&apos;s rate limits faster.</source>
        <translation>Mehr gleichzeitige Anfragen erledigen lange Vorlesungen schneller, erreichen aber auch die Anfragelimits von Groq früher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Library location</source>
        <translation>Speicherort der Bibliothek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the library folder</source>
        <translation>Bibliotheksordner auswählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Original file</source>
        <translation>Originaldatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compact Opus</source>
        <translation>Kompaktes Opus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&amp;ocation:</source>
        <translation>&amp;Speicherort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new location takes effect when Lectern restarts.</source>
        <translation>Ein neuer Speicherort wird beim nächsten Start von Lectern wirksam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;audio as:</source>
        <translation>Audio &amp;behalten als:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The original loses nothing but a WAV recording takes about 115 MB an hour; compact Opus keeps speech clear in about 11 MB an hour.</source>
        <translation>Das Original verliert nichts, aber eine WAV-Aufnahme braucht etwa 115 MB pro Stunde; kompaktes Opus hält Sprache in etwa 11 MB pro Stunde klar verständlich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Oberflächensprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new interface language takes effect when Lectern restarts.</source>
        <translation>Eine neue Oberflächensprache wird beim nächsten Start von Lectern wirksam.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Choose the Library Folder</source>
        <translation>Bibliotheksordner auswählen</translation>
    </message>
</context>
<context>
    <name>lectern::ShareMomentDialog</name>
    <message>
        <location filename="../app/groups/ShareMomentDialog.cpp" line="+28"/>
        <source>Share Moment to Group</source>
        <translation>Stelle mit Gruppe teilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, e.g. “Can someone explain this?”</source>
        <translation>Optional, z. B. „Kann das jemand erklären?“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2&lt;br&gt;&lt;i&gt;“%3”&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; bei %2&lt;br&gt;&lt;i&gt;„%3“&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are in no study group yet: create or join one on the Groups page.</source>
        <translation>Sie sind noch in keiner Lerngruppe: Erstellen Sie eine oder treten Sie einer auf der Seite „Gruppen“ bei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A moment from “%1”</source>
        <translation>Eine Stelle aus „%1“</translation>
    </message>
</context>
<context>
    <name>lectern::StagedFile</name>
    <message>
        <location filename="../core/pipeline/StagedFile.cpp" line="+102"/>
        <source>it was already moved into place</source>
        <translation>sie wurde bereits an ihren Platz verschoben</translation>
    </message>
</context>
<context>
    <name>lectern::StudyMaterialGenerator</name>
    <message>
        <location filename="../core/ai/StudyMaterialGenerator.cpp" line="+36"/>
        <source>Study material for &quot;%1&quot; is still being made; wait for it or cancel it first.</source>
        <translation>Das Lernmaterial für „%1“ wird noch erstellt; warten Sie darauf oder brechen Sie es zuerst ab.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; has no transcript yet; transcribe it before making study material.</source>
        <translation>„%1“ hat noch kein Transkript; transkribieren Sie die Vorlesung, bevor Sie Lernmaterial erstellen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>key terms</source>
        <translation>Schlüsselbegriffe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>flashcards</source>
        <translation>Karteikarten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>quiz questions</source>
        <translation>Quizfragen</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Groq&apos;s model answered with an empty summary of &quot;%1&quot;. Try again, or pick another chat model in Settings.</source>
        <translation>Das Modell von Groq hat mit einer leeren Zusammenfassung von „%1“ geantwortet. Versuchen Sie es erneut oder wählen Sie in den Einstellungen ein anderes Chat-Modell.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>it is not a valid JSON object</source>
        <translation>sie ist kein gültiges JSON-Objekt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Groq&apos;s model twice answered with unusable %1 for &quot;%2&quot; (%3). Nothing was stored; try again, or pick another chat model in Settings.</source>
        <translation>Das Modell von Groq hat zweimal unbrauchbare %1 für „%2“ geliefert (%3). Es wurde nichts gespeichert; versuchen Sie es erneut oder wählen Sie in den Einstellungen ein anderes Chat-Modell.</translation>
    </message>
</context>
<context>
    <name>lectern::StudyMaterialSchema</name>
    <message>
        <location filename="../core/ai/StudyMaterialSchema.cpp" line="+19"/>
        <source>the object has no &quot;%1&quot; array</source>
        <translation>dem Objekt fehlt das Array „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the &quot;%1&quot; array is empty</source>
        <translation>das Array „%1“ ist leer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot;[%2] needs a non-empty string &quot;%3&quot;</source>
        <translation>&quot;%1&quot;[%2] braucht eine nicht leere Zeichenkette „%3“</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&quot;cards&quot;[%1] needs &quot;segment&quot;: the number of one of the given segments, 0 to %2</source>
        <translation>&quot;cards&quot;[%1] braucht „segment“: die Nummer eines der angegebenen Abschnitte, 0 bis %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;questions&quot;[%1] needs &quot;choices&quot;: exactly %2 non-empty strings</source>
        <translation>&quot;questions&quot;[%1] braucht „choices“: genau %2 nicht leere Zeichenketten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;questions&quot;[%1] needs &quot;answer&quot;: the index of the right choice, 0 to %2</source>
        <translation>&quot;questions&quot;[%1] braucht „answer“: den Index der richtigen Auswahl, 0 bis %2</translation>
    </message>
</context>
<context>
    <name>lectern::StudyMaterialView</name>
    <message>
        <location filename="../app/lecture/StudyMaterialView.cpp" line="+31"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key terms</source>
        <translation>Schlüsselbegriffe</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No summary has been made for this lecture yet.</source>
        <translation>Für diese Vorlesung wurde noch keine Zusammenfassung erstellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No key terms have been picked out of this lecture yet.</source>
        <translation>Aus dieser Vorlesung wurden noch keine Schlüsselbegriffe herausgesucht.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not read the study material: %1</source>
        <translation>Das Lernmaterial konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>lectern::SyncAccountSection</name>
    <message>
        <location filename="../app/sync/SyncAccountSection.cpp" line="+17"/>
        <source>Device Sync</source>
        <translation>Gerätesynchronisierung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign &amp;in</source>
        <translation>Anme&amp;lden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;account</source>
        <translation>&amp;Konto erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign o&amp;ut</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync server</source>
        <translation>Synchronisierungsserver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ser&amp;ver:</source>
        <translation>Serv&amp;er:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter the server&apos;s address, starting with wss:// (or ws:// on your own network).</source>
        <translation>Geben Sie die Adresse des Servers ein, beginnend mit wss:// (oder ws:// im eigenen Netzwerk).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter your account name and password.</source>
        <translation>Geben Sie Ihren Kontonamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Creating the account…</source>
        <translation>Das Konto wird erstellt …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
</context>
<context>
    <name>lectern::SyncSession</name>
    <message>
        <location filename="../core/sync/SyncSession.cpp" line="+264"/>
        <source>The sign-in has expired; sign in again in Settings.</source>
        <translation>Die Anmeldung ist abgelaufen; melden Sie sich in den Einstellungen erneut an.</translation>
    </message>
</context>
<context>
    <name>lectern::SyncState</name>
    <message>
        <location filename="../core/sync/SyncState.cpp" line="+9"/>
        <source>Sync: offline</source>
        <translation>Synchronisierung: offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync: connecting…</source>
        <translation>Synchronisierung: Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync: syncing…</source>
        <translation>Synchronisierung: läuft …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync: up to date</source>
        <translation>Synchronisierung: aktuell</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sync: %n change(s) waiting</source>
        <translation>
            <numerusform>Synchronisierung: %n Änderung wartet</numerusform>
            <numerusform>Synchronisierung: %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync stopped: %1</source>
        <translation>Synchronisierung angehalten: %1</translation>
    </message>
</context>
<context>
    <name>lectern::SyncStatusLabel</name>
    <message>
        <location filename="../app/sync/SyncStatusLabel.cpp" line="+10"/>
        <source>Sync state</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign in under Settings to keep your library the same on all your devices.</source>
        <translation>Melden Sie sich in den Einstellungen an, um Ihre Bibliothek auf allen Ihren Geräten gleich zu halten.</translation>
    </message>
</context>
<context>
    <name>lectern::TranscriptModel</name>
    <message>
        <location filename="../app/lecture/TranscriptModel.cpp" line="+49"/>
        <source>Could not read the transcript: %1</source>
        <translation>Das Transkript konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected by you. Recognised as: %1</source>
        <translation>Von Ihnen korrigiert. Erkannt als: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not save your correction: %1</source>
        <translation>Ihre Korrektur konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>lectern::TranscriptView</name>
    <message>
        <location filename="../app/lecture/TranscriptView.cpp" line="+52"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Correct the segment&apos;s text</source>
        <translation>Text des Abschnitts korrigieren</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a segment to play from there (Return). Double-click or F2 corrects its text.
Space or K: play/pause · J or Left: back 10 s · L or Right: forward 10 s</source>
        <translation>Klicken Sie auf einen Abschnitt, um ab dort abzuspielen (Eingabetaste). Doppelklick oder F2 korrigiert seinen Text.
Leertaste oder K: Abspielen/Pause · J oder Pfeil links: 10 s zurück · L oder Pfeil rechts: 10 s vor</translation>
    </message>
</context>
<context>
    <name>lectern::TranscriptionJob</name>
    <message>
        <location filename="../core/pipeline/TranscriptionJob.cpp" line="+25"/>
        <location filename="../core/pipeline/TranscriptionQueue.cpp" line="+82"/>
        <source>The transcription was cancelled.</source>
        <translation>Die Transkription wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>The lecture %1 has no audio to transcribe.</source>
        <translation>Die Vorlesung %1 hat keine Audiodaten zum Transkribieren.</translation>
    </message>
</context>
<context>
    <name>lectern::TrayNotifier</name>
    <message>
        <location filename="../app/shell/TrayNotifier.cpp" line="+38"/>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
</context>
<context>
    <name>lectern::WelcomePage</name>
    <message>
        <location filename="../app/shell/WelcomePage.cpp" line="+22"/>
        <source>Create Your First Course…</source>
        <translation>Ersten Kurs anlegen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a Recording…</source>
        <translation>Eine Aufnahme importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>Add Your Groq Key…</source>
        <translation>Ihren Groq-Schlüssel hinzufügen …</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Try a Sample Lecture</source>
        <translation>Beispielvorlesung ausprobieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to Lectern</source>
        <translation>Willkommen bei Lectern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lectern keeps your lectures in courses. Start with one course for each class you are taking, such as “Cell Biology” or “Linear Algebra”; you can rename, recolour or delete it later.</source>
        <translation>Lectern ordnet Ihre Vorlesungen nach Kursen. Legen Sie zuerst für jede Lehrveranstaltung, die Sie besuchen, einen Kurs an, etwa „Zellbiologie“ oder „Lineare Algebra“; umbenennen, umfärben oder löschen können Sie ihn später jederzeit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create your first course</source>
        <translation>Ersten Kurs anlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a recording</source>
        <translation>Eine Aufnahme importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <source>Add your Groq key</source>
        <translation>Ihren Groq-Schlüssel hinzufügen</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Try a sample lecture</source>
        <translation>Beispielvorlesung ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports a one-minute spoken lecture about osmosis into a new “Sample Course”</source>
        <translation>Importiert eine einminütige gesprochene Vorlesung über Osmose in einen neuen Kurs „Beispielkurs“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lectern transcribes recordings with Groq&apos;s speech recognition, which needs your own Groq API key.</source>
        <translation>Lectern transkribiert Aufnahmen mit der Spracherkennung von Groq, die Ihren eigenen Groq-API-Schlüssel benötigt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tip: %1 creates another course at any time.</source>
        <translation>Tipp: Mit %1 legen Sie jederzeit einen weiteren Kurs an.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Groq Key Saved ✓ — Change…</source>
        <translation>Groq-Schlüssel gespeichert ✓ – Ändern …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change your saved Groq key</source>
        <translation>Ihren gespeicherten Groq-Schlüssel ändern</translation>
    </message>
</context>
<context>
    <name>lectern::cli::AskCommand</name>
    <message>
        <location filename="../app/cli/AskCommand.cpp" line="+14"/>
        <source>Answer a question from your lectures with Groq, citing the passages.</source>
        <translation>Eine Frage mit Groq aus Ihren Vorlesungen beantworten und die Stellen zitieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to ask, in quotes.</source>
        <translation>Was Sie fragen möchten, in Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;QUESTION&quot;</source>
        <translation>&quot;FRAGE&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ask needs a question, e.g. lectern-cli ask &quot;What does osmosis move?&quot;.</source>
        <translation>ask braucht eine Frage, z. B. lectern-cli ask &quot;Was transportiert die Osmose?&quot;.</translation>
    </message>
</context>
<context>
    <name>lectern::cli::CardsCommand</name>
    <message>
        <location filename="../app/cli/CardsCommand.cpp" line="+16"/>
        <source>Suggest flashcards from a lecture with Groq; --accept keeps them.</source>
        <translation>Karteikarten zu einer Vorlesung mit Groq vorschlagen; --accept behält sie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store the suggested cards as flashcards of the lecture.</source>
        <translation>Die vorgeschlagenen Karten als Karteikarten der Vorlesung speichern.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run again with --accept to keep these cards (the suggestions will differ).</source>
        <translation>Führen Sie den Befehl mit --accept erneut aus, um diese Karten zu behalten (die Vorschläge fallen dann anders aus).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Stored %n flashcard(s) for &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Karteikarte für „%1“ gespeichert.</numerusform>
            <numerusform>%n Karteikarten für „%1“ gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+44"/>
        <source>Export a lecture or a whole course as Markdown, text, PDF, subtitles or an Anki deck.</source>
        <translation>Eine Vorlesung oder einen ganzen Kurs als Markdown, Text, PDF, Untertitel oder Anki-Deck exportieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  lectern-cli export ID [--format F] [--output FILE]
  lectern-cli export --course NAME --output FOLDER [--format F,F,...|all]</source>
        <translation>  lectern-cli export ID [--format F] [--output DATEI]
  lectern-cli export --course NAME --output ORDNER [--format F,F,...|all]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lecture&apos;s id, or its first %1 or more characters.</source>
        <translation>Die ID der Vorlesung oder ihre ersten %1 oder mehr Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>md (Markdown: details, summary, key terms, notes, transcript), txt (the same as plain text), pdf (the same, printable), srt or vtt (subtitles of the transcript), anki (the flashcards, for Anki&apos;s File &gt; Import). Default: the extension of --output for a lecture, every format for a course.</source>
        <translation>md (Markdown: Details, Zusammenfassung, Schlüsselbegriffe, Notizen, Transkript), txt (dasselbe als reiner Text), pdf (dasselbe, druckbar), srt oder vtt (Untertitel aus dem Transkript), anki (die Karteikarten, für Datei &gt; Importieren in Anki). Standard: die Dateiendung von --output bei einer Vorlesung, alle Formate bei einem Kurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write to &lt;file&gt; instead of standard output; for --course, the folder to write the files into (created if needed).</source>
        <translation>In &lt;Datei&gt; statt auf die Standardausgabe schreiben; bei --course der Ordner, in den die Dateien geschrieben werden (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export every lecture of the course &lt;name&gt;.</source>
        <translation>Jede Vorlesung des Kurses &lt;Name&gt; exportieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give either a lecture id or --course, not both.</source>
        <translation>Geben Sie entweder eine Vorlesungs-ID oder --course an, nicht beides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say where the course&apos;s files go with --output FOLDER.</source>
        <translation>Geben Sie mit --output ORDNER an, wohin die Dateien des Kurses kommen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an export format; use one or more of %2, or all.</source>
        <translation>„%1“ ist kein Exportformat; verwenden Sie eines oder mehrere von %2 oder all.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>export takes one lecture id, e.g. &quot;lectern-cli export 3f2a --format md&quot;, or --course NAME.</source>
        <translation>export erwartet eine Vorlesungs-ID, z. B. „lectern-cli export 3f2a --format md“, oder --course NAME.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an export format; use one of %2.</source>
        <translation>„%1“ ist kein Exportformat; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a format with --format %1.</source>
        <translation>Wählen Sie ein Format mit --format %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF cannot go to the terminal; write it to a file with --output FILE.pdf.</source>
        <translation>Ein PDF kann nicht im Terminal ausgegeben werden; schreiben Sie es mit --output DATEI.pdf in eine Datei.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation>„%1“ nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no course called &quot;%1&quot;. &quot;lectern-cli list&quot; shows your courses.</source>
        <translation>Es gibt keinen Kurs namens „%1“. „lectern-cli list“ zeigt Ihre Kurse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skipped %1.</source>
        <translation>Übersprungen: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n file(s) of &quot;%1&quot; to %2.</source>
        <translation>
            <numerusform>%n Datei von „%1“ nach %2 exportiert.</numerusform>
            <numerusform>%n Dateien von „%1“ nach %2 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::cli::GroqAccess</name>
    <message>
        <location filename="../app/cli/GroqAccess.cpp" line="+49"/>
        <source>The lecture&apos;s id, or its first %1 or more characters.</source>
        <translation>Die ID der Vorlesung oder ihre ersten %1 oder mehr Zeichen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 takes one lecture id, e.g. &quot;%2&quot;.</source>
        <translation>%1 erwartet eine Vorlesungs-ID, z. B. „%2“.</translation>
    </message>
</context>
<context>
    <name>lectern::cli::ImportCommand</name>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+36"/>
        <source>Import audio files as new lectures.</source>
        <translation>Audiodateien als neue Vorlesungen importieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prints the id of each new lecture. Files that cannot be imported are reported and skipped (exit code 3).</source>
        <translation>Gibt die ID jeder neuen Vorlesung aus. Dateien, die nicht importiert werden können, werden gemeldet und übersprungen (Rückgabewert 3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings to import: WAV, MP3, OGG, Opus, FLAC, M4A/AAC or WebM.</source>
        <translation>Zu importierende Aufnahmen: WAV, MP3, OGG, Opus, FLAC, M4A/AAC oder WebM.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE...</source>
        <translation>DATEI...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File the lectures under the course &lt;name&gt; (created if there is none).</source>
        <translation>Die Vorlesungen dem Kurs &lt;Name&gt; zuordnen (wird angelegt, falls es ihn nicht gibt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title of the lecture (one file only; default: from the file name).</source>
        <translation>Titel der Vorlesung (nur bei einer Datei; Standard: aus dem Dateinamen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a compact 16 kHz mono Opus copy (about 11 MB an hour) instead of the original file.</source>
        <translation>Eine kompakte Opus-Kopie in 16 kHz Mono (etwa 11 MB pro Stunde) statt der Originaldatei behalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spoken language as a two-letter code (en, de, ...); default: detect.</source>
        <translation>Gesprochene Sprache als zweibuchstabiger Code (en, de, ...); Standard: erkennen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>import needs at least one file, e.g. lectern-cli import lecture.mp3.</source>
        <translation>import braucht mindestens eine Datei, z. B. lectern-cli import vorlesung.mp3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--title names one lecture: import the files one at a time to give each a title.</source>
        <translation>--title benennt eine Vorlesung: Importieren Sie die Dateien einzeln, um jeder einen Titel zu geben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--course needs the name of a course.</source>
        <translation>--course braucht den Namen eines Kurses.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Imported %1 as &quot;%2&quot; (%3) in %4.</source>
        <translation>%1 als „%2“ (%3) in %4 importiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 as &quot;%2&quot; (%3).</source>
        <translation>%1 als „%2“ (%3) importiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Created the course &quot;%1&quot;.</source>
        <translation>Kurs „%1“ angelegt.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) not imported.</source>
        <translation>
            <numerusform>%n Datei nicht importiert.</numerusform>
            <numerusform>%n Dateien nicht importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::cli::KeyCommand</name>
    <message>
        <location filename="../app/cli/KeyCommand.cpp" line="+23"/>
        <source>Save, test or forget your Groq API key (kept in the system keychain).</source>
        <translation>Ihren Groq-API-Schlüssel speichern, testen oder vergessen (im Schlüsselbund des Systems aufbewahrt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keeps your Groq API key in the system keychain, where Lectern and lectern-cli find it. GROQ_API_KEY, when set, is used instead.

  set     read the key from standard input (typed without echo, or piped) and save it
  test    ask Groq once whether the key works, and list the models it may use
  forget  remove the saved key</source>
        <translation>Bewahrt Ihren Groq-API-Schlüssel im Schlüsselbund des Systems auf, wo Lectern und lectern-cli ihn finden. Ist GROQ_API_KEY gesetzt, wird stattdessen dieser verwendet.

  set     den Schlüssel von der Standardeingabe lesen (ohne Echo eingetippt oder per Pipe) und speichern
  test    Groq einmal fragen, ob der Schlüssel funktioniert, und die nutzbaren Modelle auflisten
  forget  den gespeicherten Schlüssel entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>set, test or forget.</source>
        <translation>set, test oder forget.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With set: if no keychain service is running, keep the key in an unencrypted file readable only by you instead.</source>
        <translation>Mit set: Läuft kein Schlüsselbund-Dienst, den Schlüssel stattdessen in einer unverschlüsselten Datei aufbewahren, die nur Sie lesen können.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>key takes one action: set, test or forget, e.g. &quot;lectern-cli key test&quot;.</source>
        <translation>key erwartet eine Aktion: set, test oder forget, z. B. „lectern-cli key test“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--allow-plain-file only goes with &quot;key set&quot;.</source>
        <translation>--allow-plain-file gibt es nur mit „key set“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Groq API key (input hidden): </source>
        <translation>Groq-API-Schlüssel (Eingabe verborgen): </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key on standard input. Type it when asked, or pipe it in: &quot;lectern-cli key set &lt; key.txt&quot;.</source>
        <translation>Kein Schlüssel auf der Standardeingabe. Tippen Sie ihn bei der Abfrage ein oder leiten Sie ihn per Pipe weiter: „lectern-cli key set &lt; key.txt“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To keep the key in an unencrypted file readable only by you instead, run &quot;lectern-cli key set --allow-plain-file&quot;.</source>
        <translation>Um den Schlüssel stattdessen in einer unverschlüsselten Datei aufzubewahren, die nur Sie lesen können, führen Sie „lectern-cli key set --allow-plain-file“ aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the Groq key in %1. It is NOT encrypted: it is readable only by your user account, and by anyone with access to it.</source>
        <translation>Der Groq-Schlüssel wurde in %1 gespeichert. Er ist NICHT verschlüsselt: Lesen können ihn nur Ihr Benutzerkonto und alle, die Zugang zu diesem Konto haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the Groq key in the system keychain.</source>
        <translation>Der Groq-Schlüssel wurde im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: GROQ_API_KEY is set in this environment and is used instead.</source>
        <translation>Hinweis: GROQ_API_KEY ist in dieser Umgebung gesetzt und wird stattdessen verwendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GROQ_API_KEY</source>
        <translation>GROQ_API_KEY</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the unencrypted key file</source>
        <translation>der unverschlüsselten Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>Key from %1: %2</source>
        <translation>Schlüssel aus %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Models it may use:</source>
        <translation>Nutzbare Modelle:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed the saved Groq key.</source>
        <translation>Der gespeicherte Groq-Schlüssel wurde entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: GROQ_API_KEY is still set in this environment.</source>
        <translation>Hinweis: GROQ_API_KEY ist in dieser Umgebung weiterhin gesetzt.</translation>
    </message>
</context>
<context>
    <name>lectern::cli::LectureLookup</name>
    <message>
        <location filename="../app/cli/LectureLookup.cpp" line="+36"/>
        <source>No lecture id was given. Run &quot;lectern-cli list&quot; to see the ids.</source>
        <translation>Es wurde keine Vorlesungs-ID angegeben. „lectern-cli list“ zeigt die IDs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is too short to pick a lecture: give at least %2 characters of its id. Run &quot;lectern-cli list&quot; to see the ids.</source>
        <translation>„%1“ ist zu kurz, um eine Vorlesung zu bestimmen: Geben Sie mindestens %2 Zeichen ihrer ID an. „lectern-cli list“ zeigt die IDs.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No lecture has an id starting with &quot;%1&quot;. Run &quot;lectern-cli list&quot; to see the ids.</source>
        <translation>Keine Vorlesung hat eine ID, die mit „%1“ beginnt. „lectern-cli list“ zeigt die IDs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is the start of %2 lecture ids: %3. Give more characters of the id.</source>
        <translation>„%1“ ist der Anfang von %2 Vorlesungs-IDs: %3. Geben Sie mehr Zeichen der ID an.</translation>
    </message>
</context>
<context>
    <name>lectern::cli::QuizCommand</name>
    <message>
        <location filename="../app/cli/QuizCommand.cpp" line="+14"/>
        <source>Write quiz questions on a lecture with Groq and keep them.</source>
        <translation>Quizfragen zu einer Vorlesung mit Groq schreiben und behalten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Answer: %1) %2</source>
        <translation>Antwort: %1) %2</translation>
    </message>
</context>
<context>
    <name>lectern::cli::SearchCommand</name>
    <message>
        <location filename="../app/cli/SearchCommand.cpp" line="+19"/>
        <source>Search the transcripts and notes of every lecture.</source>
        <translation>Die Transkripte und Notizen aller Vorlesungen durchsuchen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to look for; every word must occur, the last may be the start of a word.</source>
        <translation>Wonach gesucht wird; jedes Wort muss vorkommen, das letzte darf ein Wortanfang sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;QUERY&quot;</source>
        <translation>&quot;SUCHBEGRIFF&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show at most &lt;n&gt; matches (default %1).</source>
        <translation>Höchstens &lt;n&gt; Treffer anzeigen (Standard: %1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>search needs something to look for, e.g. lectern-cli search &quot;cell membrane&quot;.</source>
        <translation>search braucht einen Suchbegriff, z. B. lectern-cli search &quot;Zellmembran&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--limit takes a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--limit erwartet eine Zahl von 1 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing in your lectures matches &quot;%1&quot;.</source>
        <translation>Nichts in Ihren Vorlesungen passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>lectern::cli::ShowCommand</name>
    <message>
        <location filename="../app/cli/ShowCommand.cpp" line="+18"/>
        <source>Show a lecture: its details, transcript and notes.</source>
        <translation>Eine Vorlesung anzeigen: ihre Details, ihr Transkript und ihre Notizen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The lecture&apos;s id, or its first %1 or more characters.</source>
        <translation>Die ID der Vorlesung oder ihre ersten %1 oder mehr Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>show takes one lecture id, e.g. &quot;lectern-cli show 3f2a&quot;.</source>
        <translation>show erwartet eine Vorlesungs-ID, z. B. „lectern-cli show 3f2a“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This lecture has not been transcribed yet.</source>
        <translation>Diese Vorlesung wurde noch nicht transkribiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>lectern::cli::SummarizeCommand</name>
    <message>
        <location filename="../app/cli/SummarizeCommand.cpp" line="+13"/>
        <source>Summarise a lecture&apos;s transcript with Groq and keep the summary.</source>
        <translation>Das Transkript einer Vorlesung mit Groq zusammenfassen und die Zusammenfassung behalten.</translation>
    </message>
</context>
<context>
    <name>lectern::cli::TranscribeCommand</name>
    <message>
        <location filename="../app/cli/TranscribeCommand.cpp" line="+47"/>
        <source>Transcribe a lecture (or import a recording and transcribe it) with Groq.</source>
        <translation>Eine Vorlesung mit Groq transkribieren (oder eine Aufnahme importieren und transkribieren).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prints the lecture&apos;s id. Ctrl-C stops; what Groq already answered is kept, so running the same command again sends only the rest. A recording is never sent twice for the same model and language.</source>
        <translation>Gibt die ID der Vorlesung aus. Strg+C hält an; was Groq bereits beantwortet hat, bleibt erhalten, sodass derselbe Befehl beim nächsten Mal nur den Rest sendet. Eine Aufnahme wird für dasselbe Modell und dieselbe Sprache nie zweimal gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lecture&apos;s id (or its first %1 or more characters), or an audio file to import first.</source>
        <translation>Die ID der Vorlesung (oder ihre ersten %1 oder mehr Zeichen) oder eine Audiodatei, die zuerst importiert wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID|FILE</source>
        <translation>ID|DATEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groq&apos;s speech model (default: %1, or the one chosen in Lectern).</source>
        <translation>Das Sprachmodell von Groq (Standard: %1 oder das in Lectern gewählte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spoken language as a two-letter code (en, de, ...); default: the lecture&apos;s, else detected.</source>
        <translation>Gesprochene Sprache als zweibuchstabiger Code (en, de, ...); Standard: die der Vorlesung, sonst erkannt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a FILE: file the new lecture under the course &lt;name&gt;.</source>
        <translation>Bei einer DATEI: die neue Vorlesung dem Kurs &lt;Name&gt; zuordnen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a FILE: keep a compact Opus copy instead of the original.</source>
        <translation>Bei einer DATEI: eine kompakte Opus-Kopie statt des Originals behalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>transcribe takes one lecture id or audio file, e.g. &quot;lectern-cli transcribe 3f2a&quot; or &quot;lectern-cli transcribe lecture.mp3&quot;.</source>
        <translation>transcribe erwartet eine Vorlesungs-ID oder eine Audiodatei, z. B. „lectern-cli transcribe 3f2a“ oder „lectern-cli transcribe vorlesung.mp3“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--course and --compact are for importing a file; &quot;%1&quot; is not a file.</source>
        <translation>--course und --compact sind zum Importieren einer Datei gedacht; „%1“ ist keine Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--course needs the name of a course.</source>
        <translation>--course braucht den Namen eines Kurses.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Imported %1 as &quot;%2&quot; (%3).</source>
        <translation>%1 als „%2“ (%3) importiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; has no recording to transcribe.</source>
        <translation>„%1“ hat keine Aufnahme zum Transkribieren.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Transcribing &quot;%1&quot;  %2 of %3 chunks  %4 of %5  %6%</source>
        <translation>Transkription von „%1“  %2 von %3 Teilen  %4 von %5  %6%</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Groq asked Lectern to slow down: waiting %n second(s).</source>
        <translation>
            <numerusform>Groq bittet Lectern, langsamer zu senden: %n Sekunde Wartezeit.</numerusform>
            <numerusform>Groq bittet Lectern, langsamer zu senden: %n Sekunden Wartezeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n finished chunk(s) are kept; run the same command again to send only the rest.</source>
        <translation>
            <numerusform>%n fertiger Teil bleibt erhalten; führen Sie denselben Befehl erneut aus, um nur den Rest zu senden.</numerusform>
            <numerusform>%n fertige Teile bleiben erhalten; führen Sie denselben Befehl erneut aus, um nur den Rest zu senden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transcribed &quot;%1&quot; from the transcript of the same recording; nothing was uploaded.</source>
        <translation>„%1“ aus dem Transkript derselben Aufnahme übernommen; es wurde nichts hochgeladen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Transcribed &quot;%1&quot;: %n chunk(s) kept from the interrupted run, the rest sent now.</source>
        <translation>
            <numerusform>„%1“ transkribiert: %n Teil aus dem unterbrochenen Lauf übernommen, der Rest jetzt gesendet.</numerusform>
            <numerusform>„%1“ transkribiert: %n Teile aus dem unterbrochenen Lauf übernommen, der Rest jetzt gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Transcribed &quot;%1&quot;: %n segment(s).</source>
        <translation>
            <numerusform>„%1“ transkribiert: %n Abschnitt.</numerusform>
            <numerusform>„%1“ transkribiert: %n Abschnitte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::protocol::Frame</name>
    <message>
        <location filename="../core/protocol/Frame.cpp" line="+68"/>
        <location line="+6"/>
        <source>A frame must be a JSON object.</source>
        <translation>Ein Frame muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The frame is not valid JSON: %1 at offset %2.</source>
        <translation>Der Frame ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field &quot;rid&quot; must be a non-empty string of at most %1 characters.</source>
        <translation>Das Feld „rid“ muss eine nicht leere Zeichenkette mit höchstens %1 Zeichen sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The frame has no protocol version &quot;v&quot;; this side speaks version %1.</source>
        <translation>Der Frame hat keine Protokollversion „v“; diese Seite spricht Version %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field &quot;v&quot; must be an integer.</source>
        <translation>Das Feld „v“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protocol version %1 is not supported; this side speaks version %2.</source>
        <translation>Die Protokollversion %1 wird nicht unterstützt; diese Seite spricht Version %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The frame has no &quot;type&quot;.</source>
        <translation>Der Frame hat keinen „type“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field &quot;type&quot; must be a string.</source>
        <translation>Das Feld „type“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Field &quot;%1&quot; is required in &quot;%2&quot;.</source>
        <translation>Das Feld „%1“ ist in „%2“ erforderlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field &quot;%1&quot; must be %2.</source>
        <translation>Das Feld „%1“ muss %2 sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
</context>
<context>
    <name>lectern::protocol::GroupFields</name>
    <message>
        <location filename="../core/protocol/Group.cpp" line="+15"/>
        <source>Field &quot;%1&quot; must be %2.</source>
        <translation>Das Feld „%1“ muss %2 sein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a positive integer id</source>
        <translation>eine positive ganze Zahl als ID</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 to %1 characters without control characters</source>
        <translation>1 bis %1 Zeichen ohne Steuerzeichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an invite code of %1 letters and digits</source>
        <translation>ein Einladungscode aus %1 Buchstaben und Ziffern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 to %1 characters, not only spaces, without NUL characters</source>
        <translation>1 bis %1 Zeichen, nicht nur Leerzeichen, ohne NUL-Zeichen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a lowercase UUID</source>
        <translation>eine UUID in Kleinbuchstaben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a position in milliseconds, 0 or more</source>
        <translation>eine Position in Millisekunden, 0 oder mehr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 to %1 characters without NUL characters</source>
        <translation>1 bis %1 Zeichen ohne NUL-Zeichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
</context>
<context>
    <name>lectern::protocol::PingReply</name>
    <message>
        <location filename="../core/protocol/Ping.cpp" line="+27"/>
        <source>Expected an &quot;ok&quot; reply to ping, got &quot;%1&quot;.</source>
        <translation>Auf ping wurde „ok“ erwartet, aber „%1“ empfangen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field &quot;time&quot; must be an ISO 8601 date and time, got &quot;%1&quot;.</source>
        <translation>Das Feld „time“ muss Datum und Uhrzeit nach ISO 8601 enthalten, empfangen wurde „%1“.</translation>
    </message>
</context>
<context>
    <name>lectern::protocol::SyncChange</name>
    <message>
        <location filename="../core/protocol/Sync.cpp" line="+47"/>
        <source>changes[%1].%2 must be %3.</source>
        <translation>changes[%1].%2 muss %3 sein.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>changes[%1] must be an object.</source>
        <translation>changes[%1] muss ein Objekt sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changes[%1].entity &quot;%2&quot; is not a kind of record that syncs.</source>
        <translation>changes[%1].entity „%2“ ist keine Art von Datensatz, die synchronisiert wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a lowercase UUID such as 123e4567-e89b-12d3-a456-426614174000</source>
        <translation>eine UUID in Kleinbuchstaben wie 123e4567-e89b-12d3-a456-426614174000</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a hybrid logical clock timestamp such as 001700000000000-0000-0123456789abcdef</source>
        <translation>ein Zeitstempel einer hybriden logischen Uhr wie 001700000000000-0000-0123456789abcdef</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free of NUL characters (U+0000)</source>
        <translation>frei von NUL-Zeichen (U+0000)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a positive integer</source>
        <translation>eine positive ganze Zahl</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+56"/>
        <source>Record lectures, transcribe them and study them offline.</source>
        <translation>Vorlesungen aufnehmen, transkribieren und offline lernen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the library in &lt;directory&gt; instead of the usual one.</source>
        <translation>Die Bibliothek in &lt;Ordner&gt; statt der üblichen verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>directory</source>
        <translation>Ordner</translation>
    </message>
</context>
</TS>
