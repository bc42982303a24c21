#include "FaultRule.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <utility>

namespace lectern::fake {

namespace {

constexpr std::array kKindNames = {
    std::pair{FaultKind::Status, "status"},
    std::pair{FaultKind::Reset, "reset"},
    std::pair{FaultKind::Stall, "stall"},
    std::pair{FaultKind::InvalidJson, "invalid_json"},
    std::pair{FaultKind::StreamError, "stream_error"},
    std::pair{FaultKind::SlowUplink, "slow_uplink"},
    std::pair{FaultKind::Latency, "latency"},
    std::pair{FaultKind::GroqSpeed, "groq_speed"},
};

constexpr bool namesFollowTheEnum()
{
    for (size_t i = 0; i < kKindNames.size(); ++i) {
        if (size_t(kKindNames[i].first) != i)
            return false;
    }
    return true;
}
static_assert(namesFollowTheEnum(), "kKindNames must list every FaultKind in declaration order");

Error configError(const QString &detail)
{
    return Error{QStringLiteral("bad_fault_config"), QStringLiteral("fault configuration: %1").arg(detail)};
}

FaultRule make(FaultKind kind)
{
    FaultRule rule;
    rule.kind = kind;
    return rule;
}

} // namespace

FaultRule FaultRule::httpStatus(int status)
{
    FaultRule rule = make(FaultKind::Status);
    rule.status = status;
    return rule;
}

FaultRule FaultRule::rateLimit(double retryAfterSeconds)
{
    FaultRule rule = httpStatus(429);
    rule.retryAfterSeconds = retryAfterSeconds;
    return rule;
}

FaultRule FaultRule::reset() { return make(FaultKind::Reset); }
FaultRule FaultRule::stall() { return make(FaultKind::Stall); }
FaultRule FaultRule::invalidJson() { return make(FaultKind::InvalidJson); }
FaultRule FaultRule::streamError() { return make(FaultKind::StreamError); }

FaultRule FaultRule::slowUplink(qint64 bytesPerSecond)
{
    FaultRule rule = make(FaultKind::SlowUplink);
    rule.bytesPerSecond = bytesPerSecond;
    return rule;
}

FaultRule FaultRule::latency(qint64 ms)
{
    FaultRule rule = make(FaultKind::Latency);
    rule.latencyMs = ms;
    return rule;
}

FaultRule FaultRule::groqSpeed(double factor)
{
    FaultRule rule = make(FaultKind::GroqSpeed);
    rule.speedFactor = factor;
    return rule;
}

QString FaultRule::name() const
{
    QString name = QString::fromLatin1(kKindNames[size_t(kind)].second);
    if (kind == FaultKind::Status)
        name += u' ' + QString::number(status);
    return name;
}

Result<FaultRule> FaultRule::fromJson(const QJsonObject &object)
{
    const QString kindName = object.value(QLatin1String("fault")).toString();
    FaultRule rule;
    bool known = false;
    for (const auto &[kind, text] : kKindNames) {
        if (kindName == QLatin1String(text)) {
            rule.kind = kind;
            known = true;
        }
    }
    if (kindName == QLatin1String("rate_limit")) {
        rule = rateLimit(5.289);
        known = true;
    }
    if (!known)
        return configError(QStringLiteral("unknown fault \"%1\"; use status, rate_limit, reset, stall, invalid_json, stream_error, "
                                          "slow_uplink, latency or groq_speed")
                               .arg(kindName));

    rule.path = object.value(QLatin1String("path")).toString();
    rule.method = object.value(QLatin1String("method")).toString().toUpper().toLatin1();
    const QJsonValue requests = object.value(QLatin1String("requests"));
    if (requests.isDouble())
        rule.requests = {requests.toInt()};
    for (const QJsonValue &position : requests.toArray())
        rule.requests.append(position.toInt());
    rule.probability = object.value(QLatin1String("probability")).toDouble(1.0);
    if (rule.probability < 0 || rule.probability > 1)
        return configError(QStringLiteral("probability must be between 0 and 1"));
    rule.seed = quint32(object.value(QLatin1String("seed")).toInt(1));
    rule.times = object.value(QLatin1String("times")).toInt(0);
    rule.status = object.value(QLatin1String("status")).toInt(rule.status);
    if (object.contains(QLatin1String("retry_after")))
        rule.retryAfterSeconds = object.value(QLatin1String("retry_after")).toDouble();
    rule.message = object.value(QLatin1String("message")).toString();
    rule.code = object.value(QLatin1String("code")).toString();
    rule.bytesPerSecond = qint64(object.value(QLatin1String("bytes_per_second")).toDouble());
    rule.latencyMs = qint64(object.value(QLatin1String("ms")).toDouble());
    rule.speedFactor = object.value(QLatin1String("factor")).toDouble(216);
    if (rule.kind == FaultKind::Status && (rule.status < 400 || rule.status > 599))
        return configError(QStringLiteral("status %1 is not an HTTP error status").arg(rule.status));
    if (rule.kind == FaultKind::SlowUplink && rule.bytesPerSecond <= 0)
        return configError(QStringLiteral("slow_uplink needs bytes_per_second > 0"));
    if (rule.kind == FaultKind::GroqSpeed && rule.speedFactor <= 0)
        return configError(QStringLiteral("groq_speed needs factor > 0"));
    return rule;
}

QJsonObject FaultRule::toJson() const
{
    QJsonObject object{{QStringLiteral("fault"), QString::fromLatin1(kKindNames[size_t(kind)].second)}};
    if (!path.isEmpty())
        object.insert(QStringLiteral("path"), path);
    if (kind == FaultKind::Status)
        object.insert(QStringLiteral("status"), status);
    return object;
}

void FaultPlan::add(FaultRule rule)
{
    const quint32 seed = rule.seed;
    m_rules.append(Entry{std::move(rule), QRandomGenerator(seed), 0, 0});
}

FaultDecision FaultPlan::decide(const QByteArray &method, const QString &relativePath)
{
    FaultDecision decision;
    for (Entry &entry : m_rules) {
        const FaultRule &rule = entry.rule;
        if (!rule.path.isEmpty() && rule.path != relativePath)
            continue;
        if (!rule.method.isEmpty() && rule.method != method)
            continue;
        const int position = ++entry.matched;
        if (!rule.requests.isEmpty() && !rule.requests.contains(position))
            continue;
        // Draw for every matching request, so a seed gives the same pattern however the rule is used.
        const bool drawn = rule.probability >= 1.0 || entry.random.generateDouble() < rule.probability;
        if (!drawn || (rule.times > 0 && entry.fired >= rule.times))
            continue;
        if (!rule.isModifier() && decision.outcome)
            continue; // the first outcome wins
        ++entry.fired;
        decision.applied.append(rule.name());
        switch (rule.kind) {
        case FaultKind::SlowUplink:
            decision.bytesPerSecond = rule.bytesPerSecond;
            break;
        case FaultKind::Latency:
            decision.latencyMs += rule.latencyMs;
            break;
        case FaultKind::GroqSpeed:
            decision.speedFactor = rule.speedFactor;
            break;
        default:
            decision.outcome = rule;
            break;
        }
    }
    return decision;
}

Result<FaultPlan> FaultPlan::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return configError(QStringLiteral("not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonArray rules = document.isArray() ? document.array() : document.object().value(QLatin1String("faults")).toArray();
    if (!document.isArray() && !document.object().value(QLatin1String("faults")).isArray())
        return configError(QStringLiteral("expected {\"faults\": [...]} or an array of rules"));
    FaultPlan plan;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        Result<FaultRule> rule = FaultRule::fromJson(rules.at(i).toObject());
        if (!rule)
            return Error{rule.error().code, QStringLiteral("rule %1: %2").arg(i + 1).arg(rule.error().message)};
        plan.add(std::move(rule).value());
    }
    return plan;
}

Result<FaultPlan> FaultPlan::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return configError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    Result<FaultPlan> plan = fromJson(file.readAll());
    if (!plan)
        return Error{plan.error().code, path + QStringLiteral(": ") + plan.error().message};
    return plan;
}

} // namespace lectern::fake
