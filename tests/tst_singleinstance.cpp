// SingleInstance: a second start of the tray application on the same config folder finds the
// first one and makes it show its window; other folders are other instances.
#include "singleinstance.h"
#include "testmain.h"

#include <QApplication>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace lts;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString folder(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }

private Q_SLOTS:
    void aSecondStartAsksTheFirstToShowItself()
    {
        SingleInstance first(folder("config"));
        QVERIFY(first.listen());
        QSignalSpy shown(&first, &SingleInstance::activationRequested);

        SingleInstance second(folder("config"));
        QCOMPARE(second.serverName(), first.serverName());
        QVERIFY(second.activateRunningInstance());
        QTRY_COMPARE(shown.count(), 1);
        QVERIFY(SingleInstance(folder("config")).activateRunningInstance());
        QTRY_COMPARE(shown.count(), 2);
    }

    void anotherFolderIsAnotherInstance()
    {
        SingleInstance first(folder("config"));
        QVERIFY(first.listen());
        SingleInstance other(folder("other-config"));
        QVERIFY(other.serverName() != first.serverName());
        QVERIFY(!other.activateRunningInstance());
    }

    void theSameFolderWrittenDifferentlyIsTheSameInstance()
    {
        QCOMPARE(SingleInstance(folder("config")).serverName(),
                 SingleInstance(folder("config") + QStringLiteral("/../config")).serverName());
    }

    void nothingAnswersWhenTheFirstHasGone()
    {
        {
            SingleInstance first(folder("config"));
            QVERIFY(first.listen());
        }
        QVERIFY(!SingleInstance(folder("config")).activateRunningInstance());
    }

    void aSocketLeftByACrashIsReplaced()
    {
        // A crashed instance leaves its socket file behind; the next one (holding the
        // instance lock, so it knows it is alone) takes the name over.
        const QString name = SingleInstance(folder("config")).serverName();
        auto *crashed = new QLocalServer;
        QVERIFY(crashed->listen(name));
        const QString socketFile = crashed->fullServerName();
        crashed->close();
#ifdef Q_OS_UNIX
        QFile leftOver(socketFile); // what close() removed, a crash would have left
        QVERIFY(leftOver.open(QIODevice::WriteOnly));
        leftOver.close();
#endif
        delete crashed;
        SingleInstance next(folder("config"));
        QVERIFY(next.listen());
        QSignalSpy shown(&next, &SingleInstance::activationRequested);
        QVERIFY(SingleInstance(folder("config")).activateRunningInstance());
        QTRY_COMPARE(shown.count(), 1);
    }

    void somethingElseOnTheSocketShowsNothing()
    {
        SingleInstance first(folder("config"));
        QVERIFY(first.listen());
        QSignalSpy shown(&first, &SingleInstance::activationRequested);
        QLocalSocket stranger;
        stranger.connectToServer(first.serverName());
        QVERIFY(stranger.waitForConnected(5000));
        stranger.write("delete everything\n");
        QVERIFY(stranger.waitForBytesWritten(5000));
        stranger.disconnectFromServer();
        // A real request after it is still answered, so the stranger's line was read.
        QVERIFY(SingleInstance(folder("config")).activateRunningInstance());
        QTRY_COMPARE(shown.count(), 1);
    }
};

LTS_TEST_MAIN_WITH(QApplication, TestSingleInstance)
#include "tst_singleinstance.moc"
