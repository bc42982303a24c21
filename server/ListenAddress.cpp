#include "server/ListenAddress.h"

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;

Error invalid(const QString &text, const QString &reason)
{
    return {u"invalid_listen_address"_s,
            ListenAddress::tr("Invalid listen address \"%1\": %2 Write it as HOST:PORT, e.g. 127.0.0.1:8420 or [::1]:8420.")
                .arg(text, reason)};
}
} // namespace

Result<ListenAddress> ListenAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    QString hostText;
    QString portText;
    if (trimmed.startsWith(u'[')) {
        const qsizetype close = trimmed.indexOf(u"]:");
        if (close < 0)
            return invalid(text, tr("an IPv6 address in brackets must be followed by :PORT."));
        hostText = trimmed.mid(1, close - 1);
        portText = trimmed.mid(close + 2);
    } else {
        const qsizetype colon = trimmed.lastIndexOf(u':');
        if (colon < 0)
            return invalid(text, tr("the port is missing."));
        hostText = trimmed.left(colon);
        portText = trimmed.mid(colon + 1);
        if (hostText.contains(u':'))
            return invalid(text, tr("IPv6 addresses must be written in brackets."));
    }

    bool portOk = false;
    const uint port = portText.toUInt(&portOk);
    if (!portOk || port > 65535)
        return invalid(text, tr("\"%1\" is not a port number (0 to 65535).").arg(portText));

    ListenAddress address;
    address.port = quint16(port);
    if (hostText.compare(u"localhost", Qt::CaseInsensitive) == 0) {
        address.host = QHostAddress(QHostAddress::LocalHost);
    } else if (!address.host.setAddress(hostText) || hostText.isEmpty()) {
        return invalid(text, tr("\"%1\" is not an IP address.").arg(hostText));
    }
    return address;
}

QString ListenAddress::toString() const
{
    return formatHostPort(host, port);
}

QString formatHostPort(const QHostAddress &host, quint16 port)
{
    if (host.protocol() == QAbstractSocket::IPv6Protocol)
        return u'[' + host.toString() + u"]:" + QString::number(port);
    return host.toString() + u':' + QString::number(port);
}

} // namespace lectern::server
