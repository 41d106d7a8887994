// LoginQuestionsDialog: the questions a server asks at a keyboard-interactive login (a one-time
// code, a PAM prompt), shown as the server words them for a person to answer: one field per
// question, hidden where the server says the answer must not be shown. OK gives the answers to
// the login; Cancel or Escape gives none, and the login fails (LoginQuestionsRelay).
#pragma once

#include "loginquestions.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lts {

class LoginQuestionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginQuestionsDialog)

public:
    explicit LoginQuestionsDialog(const fsops::LoginQuestions &questions,
                                  QWidget *parent = nullptr);

    // The typed answers in the order of the questions; the fields are emptied. The caller
    // wipes them (QByteArray::fill) once given.
    QList<QByteArray> takeAnswers();

    QList<QLineEdit *> answerFields() const { return m_fields; }
    QLabel *headingLabel() const { return m_heading; }
    QPushButton *okButton() const { return m_ok; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    QList<QLineEdit *> m_fields;
    QLabel *m_heading = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace lts
