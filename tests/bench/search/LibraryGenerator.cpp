#include "LibraryGenerator.h"

#include "library/LibraryStore.h"

#include <QDateTime>
#include <QSet>
#include <QStringList>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace lectern::bench {

namespace {
// Bumped whenever the generator changes what it writes, so that a cached library is not reused.
constexpr int kGeneratorVersion = 1;

constexpr int kLecturesPerCourse = 50;
constexpr int kVocabularySize = 40'000;
// Zipf-Mandelbrot: weight 1 / (rank + q)^s; s = 1 and q = 2.7 fit English word counts.
constexpr double kZipfExponent = 1.0;
constexpr double kZipfOffset = 2.7;
// Of every hundred words in a lecture, this many are terms of the course's subject.
constexpr double kSubjectShare = 0.07;
constexpr double kNoteSubjectShare = 0.3;
constexpr int kLecturesPerTransaction = 20;
constexpr qint64 kMillisecondsPerWord = 400;

// Spoken English, most frequent first: these fill the top of the distribution.
const char *const kFunctionWords[] = {
    "the", "and", "of", "to", "a", "that", "so", "is", "in", "it", "we", "this", "you", "i", "be", "have", "for", "are",
    "on", "what", "with", "not", "can", "if", "as", "do", "but", "one", "at", "they", "there", "all", "right", "or",
    "now", "here", "just", "about", "was", "okay", "like", "will", "then", "see", "which", "going", "get", "how", "by",
    "these", "look", "know", "think", "an", "some", "from", "our", "very", "two", "when", "more", "where", "also",
    "well", "because", "really", "other", "would", "let's", "up", "out", "time", "only", "into", "first", "um", "uh",
    "has", "thing", "want", "say", "make", "way", "take", "us", "them", "go", "actually", "kind", "mean", "need",
    "same", "different", "each", "many", "much", "than", "its", "been", "were", "any", "new", "three", "next", "last",
    "why", "who", "his", "her", "their", "said", "could", "should", "may", "might", "course", "question", "today",
    "again", "good", "over", "back", "down", "lot", "things", "start", "write", "give", "find",
};

// Words of every subject, just below the function words: common, but not everywhere.
const char *const kGeneralWords[] = {
    "energy", "system", "function", "value", "process", "example", "model", "change", "problem", "point", "case",
    "form", "theory", "result", "structure", "level", "rate", "number", "order", "state", "effect", "part", "term",
    "data", "analysis", "set", "equation", "force", "group", "cell", "growth", "market", "method", "table", "graph",
    "figure", "factor", "condition", "sample", "average", "total", "period", "area", "source", "type", "range", "unit",
    "constant", "variable", "relation", "material", "surface", "signal", "control", "balance", "pattern", "network",
    "interaction", "property",
};

struct Subject
{
    const char *course;
    std::vector<const char *> terms;
};

const std::vector<Subject> &subjects()
{
    static const std::vector<Subject> list = {
        {"Cell Biology", {"mitochondria", "ribosome", "membrane", "protein", "enzyme", "nucleus", "chromosome", "mitosis",
                          "meiosis", "photosynthesis", "chlorophyll", "glucose", "respiration", "organism", "species",
                          "evolution", "mutation", "allele", "genome", "transcription", "translation", "receptor",
                          "hormone", "neuron", "synapse", "tissue", "bacteria", "virus", "cytoplasm", "metabolism"}},
        {"Physics", {"velocity", "acceleration", "momentum", "gravity", "mass", "friction", "electron", "photon", "quantum",
                     "wave", "frequency", "amplitude", "entropy", "thermodynamics", "temperature", "pressure", "voltage",
                     "current", "resistance", "magnetic", "charge", "particle", "relativity", "oscillation", "inertia",
                     "torque", "kinetic", "potential", "conservation", "radiation"}},
        {"Linear Algebra and Analysis", {"derivative", "integral", "limit", "matrix", "vector", "eigenvalue", "eigenvector",
                                         "theorem", "proof", "lemma", "polynomial", "series", "convergence", "continuity",
                                         "differential", "linear", "basis", "dimension", "determinant", "probability",
                                         "distribution", "variance", "manifold", "topology", "isomorphism", "subspace",
                                         "sequence", "induction", "logarithm", "tangent"}},
        {"Computer Science", {"algorithm", "complexity", "recursion", "pointer", "compiler", "memory", "stack", "queue",
                              "tree", "hashing", "sorting", "binary", "runtime", "thread", "kernel", "protocol",
                              "database", "query", "index", "cache", "syntax", "semantics", "parser", "iteration",
                              "array", "object", "inheritance", "interface", "encryption", "bandwidth"}},
        {"Economics", {"supply", "demand", "price", "elasticity", "inflation", "unemployment", "monetary", "fiscal",
                       "equilibrium", "utility", "marginal", "cost", "revenue", "profit", "competition", "monopoly",
                       "tariff", "trade", "currency", "interest", "investment", "consumption", "recession", "taxation",
                       "subsidy", "labour", "capital", "productivity", "welfare", "oligopoly"}},
        {"Modern History", {"empire", "revolution", "treaty", "monarchy", "republic", "colonial", "dynasty", "reformation",
                            "renaissance", "industrial", "migration", "parliament", "constitution", "war", "peace",
                            "feudal", "crusade", "medieval", "enlightenment", "nationalism", "independence", "alliance",
                            "rebellion", "slavery", "emperor", "archive", "chronicle", "pilgrimage", "abolition", "trade"}},
        {"Chemistry", {"molecule", "atom", "bond", "reaction", "catalyst", "oxidation", "reduction", "acid", "base",
                       "solution", "concentration", "equilibrium", "isotope", "electron", "polymer", "compound", "element",
                       "ion", "covalent", "ionic", "valence", "titration", "solvent", "enthalpy", "kinetics", "orbital",
                       "spectrum", "crystal", "alkane", "ester"}},
        {"Psychology", {"cognition", "perception", "memory", "behaviour", "conditioning", "reinforcement", "attention",
                        "emotion", "motivation", "personality", "development", "anxiety", "depression", "therapy",
                        "stimulus", "response", "bias", "heuristic", "schema", "attachment", "consciousness", "learning",
                        "experiment", "hypothesis", "correlation", "placebo", "cortex", "dopamine", "serotonin",
                        "identity"}},
    };
    return list;
}

// Real words placed in the long tail of the distribution, at these ranks.
struct RareWord
{
    const char *word;
    int rank;
};
const RareWord kRareWords[] = {
    {"hysteresis", 6'000}, {"mercantilism", 12'000}, {"heliocentrism", 15'000},
    {"eigendecomposition", 20'000}, {"phototropism", 25'000}, {"ribozyme", 30'000},
};

const char *const kSyllables[] = {
    "ba", "be", "bi", "bo", "bu", "ca", "ce", "co", "cu", "da", "de", "di", "do", "du", "fa", "fe", "fi", "fo", "ga",
    "ge", "go", "ha", "he", "hi", "ho", "ka", "ke", "ki", "ko", "la", "le", "li", "lo", "lu", "ma", "me", "mi", "mo",
    "mu", "na", "ne", "ni", "no", "nu", "pa", "pe", "pi", "po", "pu", "ra", "re", "ri", "ro", "ru", "sa", "se", "si",
    "so", "su", "ta", "te", "ti", "to", "tu", "va", "ve", "vi", "vo", "za", "ze", "zo", "tion", "ment", "ster", "ling",
    "ness", "pha", "tri", "gen", "stra", "quo", "phy",
};

// Deterministic on every platform (unlike the standard distributions).
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}
    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }
    int below(int n) { return int(m_engine() % quint64(n)); }
    quint64 next() { return m_engine(); }

private:
    std::mt19937_64 m_engine;
};

// Draws indices 0..n-1 with Zipf-Mandelbrot weights.
class ZipfSampler
{
public:
    explicit ZipfSampler(int n)
    {
        double sum = 0.0;
        m_cumulative.reserve(size_t(n));
        for (int rank = 0; rank < n; ++rank) {
            sum += 1.0 / std::pow(rank + kZipfOffset, kZipfExponent);
            m_cumulative.push_back(sum);
        }
    }
    int draw(Random &random) const
    {
        const double target = random.unit() * m_cumulative.back();
        const auto at = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
        return int(std::min<std::ptrdiff_t>(at - m_cumulative.begin(), std::ptrdiff_t(m_cumulative.size()) - 1));
    }

private:
    std::vector<double> m_cumulative;
};

QStringList buildVocabulary(Random &random)
{
    QSet<QString> taken;
    QStringList ranked;
    const auto add = [&](const QString &word) {
        if (!taken.contains(word)) {
            taken.insert(word);
            ranked.append(word);
        }
    };
    for (const char *word : kFunctionWords)
        add(QString::fromLatin1(word));
    for (const char *word : kGeneralWords)
        add(QString::fromLatin1(word));
    // Subject terms and rare words must not turn up as tail words too.
    for (const Subject &subject : subjects()) {
        for (const char *term : subject.terms)
            taken.insert(QString::fromLatin1(term));
    }
    for (const RareWord &rare : kRareWords)
        taken.insert(QString::fromLatin1(rare.word));
    while (ranked.size() < kVocabularySize) {
        QString word;
        const int syllables = 2 + random.below(3);
        for (int i = 0; i < syllables; ++i)
            word += QString::fromLatin1(kSyllables[random.below(int(std::size(kSyllables)))]);
        add(word);
    }
    for (const RareWord &rare : kRareWords)
        ranked[rare.rank] = QString::fromLatin1(rare.word);
    return ranked;
}

QString sentence(const QStringList &words, Random &random)
{
    QString text;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0)
            text += random.unit() < 0.07 ? QStringLiteral(", ") : QStringLiteral(" ");
        text += words[i];
    }
    text[0] = text[0].toUpper();
    text += random.unit() < 0.15 ? u'?' : u'.';
    return text;
}

QString idFor(const QString &what)
{
    static const QUuid kNamespace(QStringLiteral("8a0f4f7e-3c1d-4a63-9d0c-5b2e7f1a9c44"));
    return QUuid::createUuidV5(kNamespace, what).toString(QUuid::WithoutBraces);
}

// The words of one lecture: the shared vocabulary with the course's subject mixed in. Each
// lecture dwells on some terms of its subject more than on others.
class LectureWords
{
public:
    LectureWords(const QStringList &vocabulary, const ZipfSampler &general, const Subject &subject, Random &random)
        : m_vocabulary(vocabulary), m_general(general), m_subjectSampler(int(subject.terms.size()))
    {
        for (const char *term : subject.terms)
            m_terms.append(QString::fromLatin1(term));
        for (qsizetype i = m_terms.size() - 1; i > 0; --i)
            m_terms.swapItemsAt(i, random.below(int(i + 1)));
    }

    QString draw(Random &random, double subjectShare) const
    {
        if (random.unit() < subjectShare)
            return m_terms[m_subjectSampler.draw(random)];
        return m_vocabulary[m_general.draw(random)];
    }

private:
    const QStringList &m_vocabulary;
    const ZipfSampler &m_general;
    QStringList m_terms;
    ZipfSampler m_subjectSampler;
};
} // namespace

QString LibrarySize::cacheKey() const
{
    return QStringLiteral("v%1-seed%2-lectures%3-words%4").arg(kGeneratorVersion).arg(seed).arg(lectures).arg(words);
}

LibraryGenerator::LibraryGenerator(const LibrarySize &size) : m_size(size) {}

Result<LibraryContents> LibraryGenerator::generate(LibraryStore &store, const std::function<void(int)> &progress)
{
    Random random(m_size.seed);
    const QStringList vocabulary = buildVocabulary(random);
    const ZipfSampler general(int(vocabulary.size()));
    LibraryContents contents;

    const int courseCount = std::max(1, (m_size.lectures + kLecturesPerCourse - 1) / kLecturesPerCourse);
    QStringList courseIds;
    for (int c = 0; c < courseCount; ++c) {
        const Subject &subject = subjects()[size_t(c) % subjects().size()];
        const int part = c / int(subjects().size()) + 1;
        auto course = store.createCourse(QStringLiteral("%1 %2").arg(QString::fromLatin1(subject.course)).arg(part));
        if (!course)
            return course.error();
        courseIds.append(course->id);
    }
    contents.courses = courseCount;

    const QDateTime firstLecture(QDate(2023, 10, 2), QTime(9, 15), Qt::UTC);
    const qint64 meanWords = std::max<qint64>(1, m_size.words / std::max(1, m_size.lectures));
    for (int first = 0; first < m_size.lectures; first += kLecturesPerTransaction) {
        const Status written = store.transaction([&]() -> Status {
            for (int index = first; index < std::min(m_size.lectures, first + kLecturesPerTransaction); ++index) {
                const int courseIndex = index % courseCount;
                const Subject &subject = subjects()[size_t(courseIndex) % subjects().size()];
                const LectureWords words(vocabulary, general, subject, random);
                // Lectures run from 70 % to 130 % of the mean length; the last one makes up the total.
                const qint64 target = index + 1 == m_size.lectures
                    ? std::max<qint64>(1, m_size.words - contents.words)
                    : qint64(double(meanWords) * (0.7 + 0.6 * random.unit()));

                QList<TranscriptSegment> segments;
                qint64 spoken = 0;
                qint64 clock = 0;
                while (spoken < target) {
                    // Whisper's segments: mostly 10 to 30 words.
                    const qint64 length = std::min<qint64>(target - spoken, 8 + random.below(12) + random.below(12));
                    QStringList text;
                    for (qint64 w = 0; w < length; ++w)
                        text.append(words.draw(random, kSubjectShare));
                    TranscriptSegment segment;
                    segment.id = idFor(QStringLiteral("segment/%1/%2/%3").arg(m_size.seed).arg(index).arg(segments.size()));
                    segment.startMs = clock;
                    segment.endMs = clock + length * kMillisecondsPerWord - random.below(300);
                    segment.text = sentence(text, random);
                    segments.append(segment);
                    clock += length * kMillisecondsPerWord;
                    spoken += length;
                }

                Lecture draft;
                draft.id = idFor(QStringLiteral("lecture/%1/%2").arg(m_size.seed).arg(index));
                draft.courseId = courseIds[courseIndex];
                draft.title = QStringLiteral("%1 – Lecture %2").arg(QString::fromLatin1(subject.course)).arg(index / courseCount + 1);
                draft.recordedAt = firstLecture.addDays(index / 8);
                draft.durationMs = clock;
                draft.language = QStringLiteral("en");
                if (auto lecture = store.createLecture(draft); !lecture)
                    return lecture.error();
                if (const Status s = store.replaceSegments(draft.id, segments); !s)
                    return s;
                contents.segments += segments.size();
                contents.words += spoken;

                // A third of the lectures have notes: a few bullet points, heavy on the subject.
                if (index % 3 == 0) {
                    QString note = QStringLiteral("# ") + draft.title + QStringLiteral("\n\n");
                    const int bullets = 3 + random.below(4);
                    for (int b = 0; b < bullets; ++b) {
                        QStringList line;
                        const int length = 6 + random.below(12);
                        for (int w = 0; w < length; ++w)
                            line.append(words.draw(random, kNoteSubjectShare));
                        note += QStringLiteral("- ") + line.join(u' ') + u'\n';
                    }
                    if (const Status s = store.setNote(draft.id, note); !s)
                        return s;
                    ++contents.notes;
                }
                ++contents.lectures;
            }
            return success();
        });
        if (!written)
            return written.error();
        if (progress)
            progress(contents.lectures);
    }
    return contents;
}

} // namespace lectern::bench
