#include "secrets/Keychain.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>
#include <QPointer>

#ifdef LECTERN_SECRETS_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

using namespace Qt::Literals::StringLiterals;

namespace lectern {

Q_LOGGING_CATEGORY(lcKeychain, "lectern.secrets.keychain")

namespace {

Error makeError(QStringView code, const QString &message)
{
    return Error{code.toString(), message};
}

// QtKeychain reports a missing D-Bus session or Secret Service as OtherError ("Cannot autolaunch
// D-Bus without X11 $DISPLAY", "The name org.freedesktop.secrets was not provided by any .service
// files"), the same code as a real failure of a running keychain, so the bus itself is asked.
Error errorOf(const QKeychain::Job &job)
{
    const QString detail = job.errorString();
    qCInfo(lcKeychain) << "keychain job failed:" << job.error() << detail;
    switch (job.error()) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        if (Keychain::serviceReachable())
            return makeError(secrets::kKeychainDenied,
                             Keychain::tr("The keychain did not give Lectern access (%1). Unlock it and try again.")
                                 .arg(detail));
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        break;
    default:
        if (Keychain::serviceReachable())
            return makeError(secrets::kKeychainFailed, Keychain::tr("The keychain failed: %1").arg(detail));
        break;
    }
    return makeError(secrets::kKeychainUnavailable,
                     Keychain::tr("No keychain service is running (%1), so Lectern cannot store the Groq key "
                                  "securely. Start your desktop's keyring (GNOME Keyring or KWallet), or set the "
                                  "GROQ_API_KEY environment variable.")
                         .arg(detail));
}

template<typename Job>
Job *makeJob(const QString &service, const QString &account)
{
    auto *job = new Job(service);
    job->setKey(account);
    job->setAutoDelete(true);
    return job;
}

} // namespace

void Keychain::read(const QString &service, const QString &account, QObject *context, ReadCallback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(service, account);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError)
            done(job->textData());
        else if (job->error() == QKeychain::EntryNotFound)
            done(QString());
        else
            done(errorOf(*job));
    });
    job->start();
}

void Keychain::write(const QString &service, const QString &account, const QString &secret, QObject *context,
                     DoneCallback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(service, account);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? success() : Status(errorOf(*job)));
    });
    job->start();
}

void Keychain::remove(const QString &service, const QString &account, QObject *context, DoneCallback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(service, account);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        const bool gone = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(gone ? success() : Status(errorOf(*job)));
    });
    job->start();
}

bool Keychain::serviceReachable()
{
#ifdef LECTERN_SECRETS_DBUS
    // Local calls to the bus daemon, made only after a keychain job failed.
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QString secretService = u"org.freedesktop.secrets"_s;
    if (bus.interface()->isServiceRegistered(secretService).value())
        return true;
    const QDBusReply<QStringList> activatable = bus.interface()->call(u"ListActivatableNames"_s);
    return activatable.isValid() && activatable.value().contains(secretService);
#else
    return true;
#endif
}

} // namespace lectern
