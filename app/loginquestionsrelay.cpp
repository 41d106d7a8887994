#include "loginquestionsrelay.h"

#include "loginquestionsdialog.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>

namespace lts {

namespace {

// How often a waiting run's thread looks whether its run was cancelled.
constexpr std::chrono::milliseconds cancelLook{ 100 };

// What identifies a set of questions: asked the same, answered the same.
QString identity(const fsops::LoginQuestions &questions)
{
    QString text = questions.location + u'\n' + questions.name + u'\n' + questions.instruction;
    for (const fsops::LoginQuestion &question : questions.questions)
        text += u'\n' + question.prompt;
    return text;
}

void wipe(QList<QByteArray> &answers)
{
    for (QByteArray &answer : answers)
        answer.fill('\0');
    answers.clear();
}

// A copy of its own, so wiping one leaves the other (QByteArray shares its data).
QList<QByteArray> deepCopy(const QList<QByteArray> &answers)
{
    QList<QByteArray> copy;
    for (const QByteArray &answer : answers)
        copy.append(QByteArray(answer.constData(), answer.size()));
    return copy;
}

} // namespace

struct LoginQuestionsRelay::Asked
{
    fsops::LoginQuestions questions; // without `cancelled`: only the run's thread calls it
    QString identity;
    std::optional<QList<QByteArray>> answers;
    bool done = false; // answered, given up, or the relay is gone
};

struct LoginQuestionsRelay::Shared
{
    std::mutex mutex;
    std::condition_variable changed;
    LoginQuestionsRelay *owner = nullptr; // null once the relay is gone
    std::deque<std::shared_ptr<Asked>> waiting; // in the order asked; the shown one first

    // Tells the relay on its thread to look at the queue. Called with `mutex` held, so the
    // relay is not destroyed meanwhile (its destructor takes the mutex).
    void wakeOwner()
    {
        if (owner)
            QMetaObject::invokeMethod(owner, &LoginQuestionsRelay::showNext, Qt::QueuedConnection);
    }
};

LoginQuestionsRelay::LoginQuestionsRelay(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->owner = this;
}

LoginQuestionsRelay::~LoginQuestionsRelay()
{
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->owner = nullptr;
        for (const std::shared_ptr<Asked> &asked : m_shared->waiting)
            asked->done = true; // unanswered: nullopt
        m_shared->waiting.clear();
    }
    m_shared->changed.notify_all();
    if (m_dialog) {
        m_dialog->disconnect(this);
        delete m_dialog;
    }
}

int LoginQuestionsRelay::waiting() const
{
    const std::lock_guard lock(m_shared->mutex);
    return int(m_shared->waiting.size());
}

fsops::LoginRelay LoginQuestionsRelay::relay() const
{
    return [shared = m_shared](
                   const fsops::LoginQuestions &questions) -> std::optional<QList<QByteArray>> {
        const auto cancelled = [&] { return questions.cancelled && questions.cancelled(); };
        auto asked = std::make_shared<Asked>();
        asked->questions = questions;
        asked->questions.cancelled = {};
        asked->identity = identity(questions);
        std::unique_lock lock(shared->mutex);
        if (!shared->owner)
            return std::nullopt;
        shared->waiting.push_back(asked);
        shared->wakeOwner();
        while (!asked->done) {
            if (shared->changed.wait_for(lock, cancelLook, [&] { return asked->done; }))
                break;
            lock.unlock();
            const bool gaveUp = cancelled();
            lock.lock();
            if (gaveUp && !asked->done) {
                // Nobody may be at the computer (a scheduled run): a cancelled run does not
                // wait for an answer; its dialog closes.
                asked->done = true;
                shared->wakeOwner();
            }
        }
        std::optional<QList<QByteArray>> answers = std::move(asked->answers);
        asked->answers.reset();
        return answers;
    };
}

void LoginQuestionsRelay::showNext()
{
    std::unique_lock lock(m_shared->mutex);
    std::deque<std::shared_ptr<Asked>> &waiting = m_shared->waiting;
    std::erase_if(waiting, [this](const std::shared_ptr<Asked> &asked) {
        return asked->done && asked != m_current;
    });
    if (m_current) {
        if (m_dialog && !m_current->done)
            return; // the person is still answering
        // Given up (the run was cancelled), or the dialog went without an answer.
        m_current->done = true;
        std::erase(waiting, m_current);
        m_current.reset();
        m_shared->changed.notify_all();
        if (m_dialog) {
            lock.unlock();
            m_dialog->disconnect(this);
            m_dialog->close(); // deletes itself
            lock.lock();
        }
    }
    if (waiting.empty())
        return;
    m_current = waiting.front();
    const fsops::LoginQuestions questions = m_current->questions;
    lock.unlock();

    auto *dialog = new LoginQuestionsDialog(questions);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this,
            [this](int result) { answer(result == QDialog::Accepted); });
    // Gone without an answer (closed by others than the person): the run is told none.
    connect(dialog, &QObject::destroyed, this, &LoginQuestionsRelay::showNext,
            Qt::QueuedConnection);
    dialog->open();
    dialog->raise();
    dialog->activateWindow();
    Q_EMIT dialogShown(dialog);
}

void LoginQuestionsRelay::answer(bool accepted)
{
    if (!m_current || !m_dialog)
        return;
    std::optional<QList<QByteArray>> given;
    if (accepted)
        given = m_dialog->takeAnswers();
    m_dialog->disconnect(this);
    m_dialog = nullptr; // it deletes itself on close
    {
        const std::lock_guard lock(m_shared->mutex);
        // The sets like this one that wait (the run's other connections) get the same answer:
        // the person answered them already. Not a set asked again: its answers were refused.
        for (const std::shared_ptr<Asked> &asked : m_shared->waiting) {
            const bool same
                    = asked == m_current
                      || (asked->identity == m_current->identity && !asked->questions.again);
            if (asked->done || !same)
                continue;
            if (given)
                asked->answers = deepCopy(*given);
            asked->done = true;
        }
        std::erase_if(m_shared->waiting,
                      [](const std::shared_ptr<Asked> &asked) { return asked->done; });
        m_current.reset();
    }
    m_shared->changed.notify_all();
    if (given)
        wipe(*given);
    // The next set, once this dialog has closed.
    QMetaObject::invokeMethod(this, &LoginQuestionsRelay::showNext, Qt::QueuedConnection);
}

} // namespace lts
