// LoginQuestionsRelay: the tray's relay of the questions of keyboard-interactive logins
// (fsops::LoginRelay): a run's thread that is asked waits while a LoginQuestionsDialog asks the
// person on the GUI thread, which never waits. One set of questions is shown at a time; the
// others wait their turn, and sets like the one answered (the run's other connections to the
// server) get its answers without asking again, unless the server refused them. A waiting set
// gives up (nullopt) when its run is cancelled, and every one does when the relay goes away.
#pragma once

#include "loginquestionsdialog.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace lts {

class LoginQuestionsRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginQuestionsRelay)

public:
    explicit LoginQuestionsRelay(QObject *parent = nullptr);
    // Answers nullopt to every set that waits, and to every one asked later.
    ~LoginQuestionsRelay() override;

    // Callable on any thread, at any time, even after the relay is gone.
    fsops::LoginRelay relay() const;

    // How many sets of questions wait for an answer, the one shown included.
    int waiting() const;
    // The dialog that asks now; null when none does.
    LoginQuestionsDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    void dialogShown(lts::LoginQuestionsDialog *dialog);

private:
    struct Shared;
    struct Asked;

    void showNext();
    void answer(bool accepted);

    std::shared_ptr<Shared> m_shared;
    std::shared_ptr<Asked> m_current; // the set the dialog asks
    QPointer<LoginQuestionsDialog> m_dialog;
};

} // namespace lts
