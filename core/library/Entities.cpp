#include "library/Entities.h"

namespace lectern {

QString toString(StudyItemKind kind)
{
    switch (kind) {
    case StudyItemKind::Summary:
        return QStringLiteral("summary");
    case StudyItemKind::KeyTerm:
        return QStringLiteral("key_term");
    case StudyItemKind::QuizQuestion:
        return QStringLiteral("quiz_question");
    }
    return {};
}

std::optional<StudyItemKind> studyItemKindFromString(QStringView text)
{
    if (text == u"summary")
        return StudyItemKind::Summary;
    if (text == u"key_term")
        return StudyItemKind::KeyTerm;
    if (text == u"quiz_question")
        return StudyItemKind::QuizQuestion;
    return std::nullopt;
}

QString snippetToHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(kMatchBegin, QStringLiteral("<b>"));
    html.replace(kMatchEnd, QStringLiteral("</b>"));
    return html;
}

QString snippetToPlain(const QString &snippet, const QString &open, const QString &close)
{
    QString plain = snippet;
    plain.replace(kMatchBegin, open);
    plain.replace(kMatchEnd, close);
    return plain;
}

QString SearchHit::snippetHtml() const
{
    return snippetToHtml(snippet);
}

QString SearchHit::snippetPlain(const QString &open, const QString &close) const
{
    return snippetToPlain(snippet, open, close);
}

} // namespace lectern
