#include "server/DatabaseSettings.h"

#include <QUrl>
#include <QUrlQuery>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;

// A password must never reach a message, so errors quote the URL without it. Done on the raw
// text because the URL being reported may be too broken for QUrl to take apart.
QString withoutPassword(const QString &url)
{
    const qsizetype authorityStart = url.indexOf(u"://");
    if (authorityStart < 0)
        return url;
    const qsizetype userStart = authorityStart + 3;
    qsizetype authorityEnd = url.indexOf(u'/', userStart);
    if (authorityEnd < 0)
        authorityEnd = url.size();
    const qsizetype at = url.lastIndexOf(u'@', authorityEnd - 1);
    if (at < userStart)
        return url;
    const qsizetype colon = url.indexOf(u':', userStart);
    if (colon < 0 || colon > at)
        return url;
    return url.left(colon + 1) + u"***" + url.mid(at);
}

Error invalid(const QString &url, const QString &reason)
{
    return {u"invalid_database_url"_s,
            DatabaseSettings::tr("Invalid database URL \"%1\": %2 Expected postgresql://user[:password]@host[:port]/dbname.")
                .arg(withoutPassword(url), reason)};
}
} // namespace

Result<DatabaseSettings> DatabaseSettings::fromUrl(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (url.trimmed().isEmpty())
        return invalid(url, tr("it is empty."));
    if (!parsed.isValid())
        // Not QUrl::errorString(): it quotes the whole URL, password included.
        return invalid(url, tr("it is not a valid URL (is the port a number? are special characters in the "
                               "user name or password percent-encoded?)."));
    if (parsed.scheme() != u"postgresql" && parsed.scheme() != u"postgres")
        return invalid(url, tr("the scheme must be postgresql://, not \"%1\".").arg(parsed.scheme()));
    if (!url.contains(u"://"))
        return invalid(url, tr("the host part (//...) is missing."));

    DatabaseSettings settings;
    settings.user = parsed.userName(QUrl::FullyDecoded);
    settings.password = parsed.password(QUrl::FullyDecoded);
    settings.host = parsed.host(QUrl::FullyDecoded);
    if (parsed.port() == 0)
        return invalid(url, tr("port 0 is not a PostgreSQL port."));
    if (parsed.port() > 0)
        settings.port = parsed.port();

    QString path = parsed.path(QUrl::FullyDecoded);
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.isEmpty())
        return invalid(url, tr("the database name is missing."));
    if (path.contains(u'/'))
        return invalid(url, tr("\"%1\" is not a database name.").arg(path));
    settings.databaseName = path;

    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host") {
            if (value.isEmpty())
                return invalid(url, tr("the host parameter is empty."));
            settings.host = value;
        } else if (key == u"connect_timeout") {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 3600)
                return invalid(url, tr("connect_timeout must be a number of seconds from 1 to 3600."));
            settings.connectTimeoutSeconds = seconds;
        } else {
            return invalid(url, tr("the parameter \"%1\" is not supported (supported: host, connect_timeout).").arg(key));
        }
    }
    return settings;
}

QString DatabaseSettings::location() const
{
    if (host.isEmpty())
        return tr("the default local socket (port %1)").arg(port);
    if (host.startsWith(u'/'))
        return tr("socket directory %1 (port %2)").arg(host).arg(port);
    if (host.contains(u':'))
        return u'[' + host + u"]:" + QString::number(port);
    return host + u':' + QString::number(port);
}

QString DatabaseSettings::redactedUrl() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    if (!password.isEmpty())
        url.setPassword(u"***"_s);
    QUrlQuery query;
    if (host.startsWith(u'/'))
        query.addQueryItem(u"host"_s, host);
    else
        url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + databaseName);
    url.setQuery(query);
    return url.toString();
}

} // namespace lectern::server
