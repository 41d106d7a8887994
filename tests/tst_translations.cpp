// The translations: every text of the application is translated in every language (no
// unfinished entry is left in a .ts file), each translation keeps the placeholders of its
// source, and the compiled languages are the ones the application loads.
#include "testmain.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList forms; // the translation, or its plural forms
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inTranslation = false;
    QString text; // of a translation without plural forms
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                current = Message{ context, {}, {}, {} };
            } else if (name == u"source") {
                current.source = xml.readElementText();
            } else if (name == u"translation") {
                current.type = xml.attributes().value(QStringLiteral("type")).toString();
                inTranslation = true;
                text.clear();
            } else if (name == u"numerusform") {
                current.forms.append(xml.readElementText());
            }
        } else if (xml.isCharacters() && inTranslation) {
            text += xml.text();
        } else if (xml.isEndElement() && xml.name() == u"translation") {
            if (current.forms.isEmpty())
                current.forms.append(text);
            inTranslation = false;
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(current);
        }
    }
    return messages;
}

// "%1", "%2" ... and "%n" (or "%Ln", the same count in the locale's digits): what
// QString::arg() and tr() fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.append(u'%' + match.captured(1));
    found.sort();
    found.removeDuplicates();
    return found;
}

const QStringList languages{ QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") };

QString tsFile(const QString &language)
{
    return QStringLiteral(LTS_TRANSLATIONS_DIR "/letthatsyncin_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }
    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        const QList<Message> messages = readTs(tsFile(language));
        QVERIFY2(messages.size() > 100, qPrintable(tsFile(language)));
        QStringList problems;
        for (const Message &message : messages) {
            const QString where = message.context + QStringLiteral(": \"") + message.source + u'"';
            if (!message.type.isEmpty()) {
                problems.append(message.type + QStringLiteral(": ") + where);
                continue;
            }
            if (message.forms.isEmpty()
                || std::any_of(message.forms.cbegin(), message.forms.cend(),
                               [](const QString &form) { return form.trimmed().isEmpty(); })) {
                problems.append(QStringLiteral("empty: ") + where);
                continue;
            }
            const QStringList expected = placeholders(message.source);
            for (const QString &form : message.forms) {
                QStringList inForm = placeholders(form);
                // A singular form may say "one file" instead of "%n file"; a source without %n
                // ("day(s)" after a number the text does not hold) has none in any form.
                if (message.forms.size() > 1 && expected.contains(QStringLiteral("%n"))
                    && !inForm.contains(QStringLiteral("%n")))
                    inForm.append(QStringLiteral("%n"));
                inForm.sort();
                inForm.removeDuplicates();
                if (inForm != expected)
                    problems.append(QStringLiteral("placeholders %1 instead of %2: ")
                                            .arg(inForm.join(u' '), expected.join(u' '))
                                    + where);
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QString::number(problems.size()) + QStringLiteral(" problem(s):\n")
                            + problems.mid(0, 40).join(u'\n')));
    }

    void everyLanguageHasTheSameMessages()
    {
        auto keys = [](const QString &language) {
            QStringList list;
            for (const Message &message : readTs(tsFile(language)))
                list.append(message.context + u'\n' + message.source);
            list.sort();
            return list;
        };
        const QStringList english = keys(QStringLiteral("en"));
        for (const QString &language : languages)
            QCOMPARE(keys(language), english);
    }

    void theCompiledLanguagesTranslate_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Beenden");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Quitter");
    }
    void theCompiledLanguagesTranslate()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/letthatsyncin_%1.qm").arg(language)));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.translate("lts::TrayIcon", "Quit"), expected);
    }
};

LTS_TEST_MAIN_WITH(QApplication, TestTranslations)
#include "tst_translations.moc"
