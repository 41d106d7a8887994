#include "loginquestionsdialog.h"

#include "remotelocation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lts {

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // the server's words are never markup
    label->setWordWrap(true);
    return label;
}

} // namespace

LoginQuestionsDialog::LoginQuestionsDialog(const fsops::LoginQuestions &questions, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("loginQuestionsDialog"));
    // The server as people name it: its host, and its port when not SSH's own.
    const Result<RemoteLocation> remote = RemoteLocation::parse(questions.location, {});
    QString server = questions.location;
    QString user;
    if (remote) {
        server = remote->host();
        if (remote->effectivePort() != 22)
            server = tr("%1 (port %2)").arg(server).arg(remote->effectivePort());
        user = remote->user();
    }
    setWindowTitle(tr("Log in to %1").arg(server));

    m_heading = wrappedLabel(user.isEmpty()
                                     ? tr("To log in, the server %1 asks:").arg(server)
                                     : tr("To log in as %1, the server %2 asks:").arg(user, server),
                             this);
    m_heading->setObjectName(QStringLiteral("loginHeading"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    if (questions.again) {
        auto *refused = wrappedLabel(tr("The server refused the answers given before."), this);
        refused->setObjectName(QStringLiteral("loginRefused"));
        layout->addWidget(refused);
    }
    // The server's own title and words, as it sends them.
    for (const QString &text : { questions.name, questions.instruction }) {
        if (text.trimmed().isEmpty())
            continue;
        auto *words = wrappedLabel(text.trimmed(), this);
        words->setObjectName(QStringLiteral("serverText"));
        words->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(words);
    }

    auto *form = new QFormLayout;
    for (const fsops::LoginQuestion &question : questions.questions) {
        auto *field = new QLineEdit(this);
        field->setObjectName(QStringLiteral("answer%1").arg(m_fields.size()));
        if (!question.echo) {
            field->setEchoMode(QLineEdit::Password);
            // Not offered to input methods' dictionaries and suggestions.
            field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                       | Qt::ImhNoPredictiveText);
        }
        // A label with a buddy takes '&' for a shortcut: the server's '&' stays as written.
        auto *prompt
                = wrappedLabel(question.prompt.trimmed().replace(u'&', QStringLiteral("&&")), this);
        prompt->setBuddy(field);
        form->addRow(prompt, field);
        m_fields.append(field);
    }
    layout->addLayout(form);
    layout->addWidget(wrappedLabel(tr("Your answers go to the server only and are not kept. "
                                      "Cancel: the login fails, and the drive waits for you "
                                      "(Sync now tries again)."),
                                   this));
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QDialogButtonBox::Ok);
    m_ok->setDefault(true); // Enter in a field answers, as login dialogs do
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_ok, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    if (!m_fields.isEmpty())
        m_fields.constFirst()->setFocus();
}

QList<QByteArray> LoginQuestionsDialog::takeAnswers()
{
    QList<QByteArray> answers;
    for (QLineEdit *field : std::as_const(m_fields)) {
        answers.append(field->text().toUtf8());
        field->clear();
    }
    return answers;
}

} // namespace lts
