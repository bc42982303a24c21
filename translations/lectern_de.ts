<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
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
        <location filename="../core/ai/ChatReply.cpp" line="+62"/>
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
        <location filename="../app/cli/CommandLine.cpp" line="+33"/>
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
        <source>No Groq API key. Add one in Settings or set GROQ_API_KEY.</source>
        <translation>Kein Groq-API-Schlüssel. Tragen Sie einen in den Einstellungen ein oder setzen Sie GROQ_API_KEY.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../core/library/LibraryDatabase.cpp" line="+45"/>
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
        <location line="+22"/>
        <location line="+58"/>
        <source>Could not open the library %1: %2</source>
        <translation>Die Bibliothek %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-50"/>
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
        <location line="+134"/>
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
        <location filename="../core/library/LibraryStore.cpp" line="+74"/>
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
        <location line="+37"/>
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
        <location filename="../core/library/LibraryStorePrivate.h" line="+42"/>
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
        <location line="+1"/>
        <location line="+82"/>
        <source>The flashcard %1 does not exist or was deleted.</source>
        <translation>Die Karteikarte %1 existiert nicht oder wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 is not an FSRS card state (0 to 3).</source>
        <translation>%1 ist kein FSRS-Kartenzustand (0 bis 3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The schedule of flashcard %1 has no due date.</source>
        <translation>Der Lernplan der Karteikarte %1 hat kein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <source>The time since the previous review cannot be negative.</source>
        <translation>Die Zeit seit der vorigen Wiederholung kann nicht negativ sein.</translation>
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
        <location line="+31"/>
        <source>The transcript segment %1 does not exist or was deleted.</source>
        <translation>Der Transkriptabschnitt %1 existiert nicht oder wurde gelöscht.</translation>
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
        <location filename="../app/library/CourseDetailsPage.cpp" line="+22"/>
        <source>Course details</source>
        <translation>Kursdetails</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+13"/>
        <source>no audio decoding backend is available</source>
        <translation>es ist kein Audio-Dekodierer verfügbar</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>the audio stops at %1 although the file says it lasts %2; it is probably incomplete</source>
        <translation>der Ton endet bei %1, obwohl die Datei eine Länge von %2 angibt; sie ist wahrscheinlich unvollständig</translation>
    </message>
</context>
<context>
    <name>lectern::FsrsParameters</name>
    <message>
        <location filename="../core/study/FsrsParameters.cpp" line="+43"/>
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
        <location filename="../core/study/FsrsScheduler.cpp" line="+189"/>
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
    <name>lectern::GroqClient</name>
    <message numerus="yes">
        <location filename="../core/ai/GroqClient.cpp" line="+264"/>
        <source>the answer stopped %n byte(s) short of its announced length</source>
        <translation>
            <numerusform>der Antwort fehlte %n Byte zur angekündigten Länge</numerusform>
            <numerusform>der Antwort fehlten %n Byte zur angekündigten Länge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::LectureDetailsPage</name>
    <message>
        <location filename="../app/library/LectureDetailsPage.cpp" line="+33"/>
        <source>Lecture details</source>
        <translation>Vorlesungsdetails</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Course:</source>
        <translation>Kurs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded:</source>
        <translation>Aufgenommen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location line="+12"/>
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
</context>
<context>
    <name>lectern::LibraryActions</name>
    <message>
        <location filename="../app/library/LibraryActions.cpp" line="+28"/>
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
        <location line="+27"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+29"/>
        <source>Re&amp;do</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="-25"/>
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
        <location line="+16"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;do %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <location line="+68"/>
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
        <location line="+10"/>
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
        <location filename="../core/library/LibraryService.cpp" line="+123"/>
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
        <location filename="../app/library/LibraryTreeModel.cpp" line="+96"/>
        <source>Unfiled Lectures</source>
        <translation>Nicht zugeordnete Vorlesungen</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Untitled lecture</source>
        <translation>Vorlesung ohne Titel</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
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
        <location filename="../app/shell/MainWindow.cpp" line="+52"/>
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
        <location line="+17"/>
        <source>Could not read the library: %1</source>
        <translation>Die Bibliothek konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Lectern</source>
        <translation>Über &amp;Lectern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Lectern could not read the courses in your library.</source>
        <translation>Lectern konnte die Kurse in Ihrer Bibliothek nicht lesen.</translation>
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
    <name>lectern::SchemaMigrator</name>
    <message>
        <location filename="../core/sql/SchemaMigrator.cpp" line="+49"/>
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
    <name>lectern::WelcomePage</name>
    <message>
        <location filename="../app/shell/WelcomePage.cpp" line="+22"/>
        <source>Create Your First Course…</source>
        <translation>Ersten Kurs anlegen …</translation>
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
        <location line="+9"/>
        <source>Tip: %1 creates another course at any time.</source>
        <translation>Tipp: Mit %1 legen Sie jederzeit einen weiteren Kurs an.</translation>
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
        <location line="+56"/>
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
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+54"/>
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
