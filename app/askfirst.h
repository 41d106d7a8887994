// askFirst: asks before a change the user cannot take back in one click (a forced run, a
// restore): the confirming button names the change, and Cancel is what Enter and Escape give.
// The question does not block: `confirmed` runs when that button is clicked.
#pragma once

#include <QMessageBox>
#include <QPushButton>

#include <functional>

namespace lts {

struct Question
{
    QString objectName; // for tests and the end-to-end test's keys
    QString title;
    QString text;
    QString details; // the informative text under it
    QString confirm; // the confirming button's text, with its mnemonic
    QMessageBox::Icon icon = QMessageBox::Question;
    QMessageBox::ButtonRole role = QMessageBox::AcceptRole; // DestructiveRole for deletions
};

inline QMessageBox *askFirst(QWidget *parent, const Question &question,
                             std::function<void()> confirmed)
{
    auto *box = new QMessageBox(question.icon, question.title, question.text, QMessageBox::NoButton,
                                parent);
    box->setObjectName(question.objectName);
    box->setInformativeText(question.details);
    QPushButton *confirm = box->addButton(question.confirm, question.role);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, parent,
                     [confirm, confirmed = std::move(confirmed)](QAbstractButton *clicked) {
                         if (clicked == confirm)
                             confirmed();
                     });
    box->open();
    return box;
}

} // namespace lts
