#pragma once

#include "export/LectureDocument.h"

#include <QList>
#include <QString>

namespace lectern {

// Flashcards as a file Anki imports as it is (File > Import): tab-separated notes of the
// built-in "Basic" note type, with Anki's file headers naming the separator, the columns, the
// deck and the tags. Each note carries the card's id as its GUID, so importing a newer export
// updates the notes instead of duplicating them. The back shows where the card came from
// (lecture and time) when it was made from the transcript.
class AnkiExport
{
public:
    // One note per card of every document, filed in the deck "Course::Lecture".
    static QString render(const QList<LectureDocument> &documents);
    static QString render(const LectureDocument &document) { return render(QList<LectureDocument>{document}); }

    // "Course::Lecture" ("Lecture" alone outside a course); "::" inside a name would make Anki
    // open a sub-deck, so it becomes ":".
    static QString deckName(const LectureDocument &document);
    // Anki tags cannot hold spaces: "Biology 101" becomes "Biology_101".
    static QString tag(const QString &name);
    // A field with HTML allowed: markup characters escaped, line breaks as <br>, no tabs.
    static QString field(const QString &text);
};

} // namespace lectern
