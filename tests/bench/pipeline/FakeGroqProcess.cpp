#include "FakeGroqThread.h"

namespace lectern::bench {

FakeGroqThread::FakeGroqThread(const NetworkShape &shape)
{
    m_thread.setObjectName(QStringLiteral("fake-groq"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    call([this, shape] {
        fake::FakeGroqServer::Options options;
        options.uplinkBytesPerSecond = shape.uplinkBytesPerSecond();
        options.connectionSetupMs = shape.connectionSetupMs();
        m_server = new fake::FakeGroqServer(options, m_context);
        m_server->addFault(fake::FaultRule::groqSpeed(shape.groqSpeed).onPath(QStringLiteral("/audio/transcriptions")));
        m_server->addFault(fake::FaultRule::latency(shape.roundTripMs));
        m_listening = m_server->listen().ok();
        m_baseUrl = m_server->baseUrl();
        m_apiKey = m_server->options().apiKey;
    });
}

FakeGroqThread::~FakeGroqThread()
{
    call([this] {
        delete m_server; // in the thread it lives in
        m_server = nullptr;
    });
    m_thread.quit();
    m_thread.wait();
    delete m_context; // safe once its thread has stopped
}

void FakeGroqThread::call(const std::function<void()> &work) const
{
    QMetaObject::invokeMethod(m_context, work, Qt::BlockingQueuedConnection);
}

QList<fake::RecordedRequest> FakeGroqThread::requests() const
{
    QList<fake::RecordedRequest> copy;
    call([this, &copy] { copy = m_server->requests(); });
    return copy;
}

void FakeGroqThread::clearRecords()
{
    call([this] { m_server->clearRecords(); });
}

} // namespace lectern::bench
