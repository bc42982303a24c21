#include "library/SearchQuery.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace lectern {

namespace {
// Beyond this a query is pasted text, not a search; the rest would only slow the match down.
constexpr qsizetype kMaxTerms = 32;
constexpr qsizetype kMinPrefixLength = 2;

bool hasSearchableCharacter(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); });
}
} // namespace

QStringList toFts5Phrases(const QString &text)
{
    QStringList terms;
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        // A word of punctuation only would be an empty phrase after tokenising.
        if (!hasSearchableCharacter(word))
            continue;
        QString quoted = word;
        quoted.replace(u'"', QStringLiteral("\"\""));
        terms.append(u'"' + quoted + u'"');
        if (terms.size() == kMaxTerms)
            break;
    }
    if (terms.isEmpty())
        return {};
    // Only the last word is unfinished; prefix-matching every word would make short words
    // ("a", "die") match nearly everything. A single letter is not searched as a prefix either:
    // it would rank most of the library on the first keystroke.
    const QStringView lastWord = QStringView(terms.last()).sliced(1, terms.last().size() - 2);
    if (std::count_if(lastWord.begin(), lastWord.end(), [](QChar c) { return c.isLetterOrNumber(); }) >= kMinPrefixLength)
        terms.last() += u'*';
    return terms;
}

QString toFts5Query(const QString &text)
{
    return toFts5Phrases(text).join(u' ');
}

} // namespace lectern
