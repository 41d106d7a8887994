// closeOnKeys: Escape, Ctrl+W and the system's own Close key close a window. One shortcut per
// distinct key: two shortcuts on one key would cancel each other out (Qt calls it ambiguous).
#pragma once

#include <QKeySequence>
#include <QList>
#include <QShortcut>
#include <QWidget>

namespace lts {

inline void closeOnKeys(QWidget *window)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Close);
    for (const QKeySequence &key :
         { QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape) }) {
        if (!keys.contains(key))
            keys.append(key);
    }
    for (const QKeySequence &key : std::as_const(keys))
        QObject::connect(new QShortcut(key, window), &QShortcut::activated, window,
                         &QWidget::close);
}

} // namespace lts
