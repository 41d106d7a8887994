// The rules of protocol.md's drive object: every error and warning, their order, the
// defaults and the default names. Paths are real folders in a temporary directory.
#include "driveissues.h"
#include "drivevalidator.h"
#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace lts;

namespace {

QStringList codes(const QList<Error> &issues)
{
    QStringList list;
    for (const Error &e : issues)
        list.append(e.code);
    return list;
}

} // namespace

class TestDriveValidator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;
    QString m_target;

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    QString mkdir(const QString &relative) const
    {
        const QString full = path(relative);
        if (!QDir().mkpath(full))
            qFatal("cannot create %s", qPrintable(full));
        return full;
    }

    // The messages of `location` refused as a source, then as a target, each with its code
    // (an empty list, and a failed check, if it was taken).
    QStringList refusedAsSourceAndTarget(const QString &location)
    {
        QStringList messages;
        for (const bool asTarget : { false, true }) {
            const DriveVerdict verdict
                    = add(asTarget ? drive(m_source, location) : drive(location, m_target));
            if (verdict.accepted()) {
                QTest::qFail(qPrintable(location + QStringLiteral(" was accepted")), __FILE__,
                             __LINE__);
                return {};
            }
            if (verdict.errors.constFirst().code
                != (asTarget ? issue::InvalidTargetPath : issue::InvalidSourcePath)) {
                QTest::qFail(qPrintable(verdict.errors.constFirst().code), __FILE__, __LINE__);
                return {};
            }
            messages.append(verdict.errors.constFirst().message);
        }
        return messages;
    }

    // A drive given as JSON, judged as AddDrive judges it, next to `others`.
    DriveVerdict add(const QJsonObject &json, const QList<Drive> &others = {},
                     DriveValidator::Scope scope = DriveValidator::Scope::FieldsAndFileSystem) const
    {
        return DriveValidator(others, scope).validate(DriveCodec::decode(json), others.size() + 1);
    }

    QJsonObject drive(const QString &source, const QString &target) const
    {
        return { { QStringLiteral("Source"), source }, { QStringLiteral("Target"), target } };
    }

    QJsonObject validDrive() const { return drive(m_source, m_target); }

    static Drive existing(const QString &name, const QString &target)
    {
        Drive d;
        d.name = name;
        d.source = QStringLiteral("/elsewhere/") + name;
        d.target = target;
        return d;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_source = mkdir(QStringLiteral("source"));
        m_target = path(QStringLiteral("backup/target"));
        mkdir(QStringLiteral("backup"));
    }

    void cleanup()
    {
        // Restore permissions a test took away, so the folder can be removed.
        for (const QString &sub : { QStringLiteral("source"), QStringLiteral("backup") })
            QFile::setPermissions(path(sub),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void aValidDriveIsAcceptedWithDefaults()
    {
        const DriveVerdict verdict = add(validDrive());
        QVERIFY(verdict.accepted());
        QVERIFY(verdict.warnings.isEmpty());
        QCOMPARE(verdict.drive.name, QStringLiteral("1"));
        QCOMPARE(verdict.drive.source, m_source);
        QCOMPARE(verdict.drive.target, m_target);
        QCOMPARE(verdict.drive.sleep, 1.0);
        QCOMPARE(verdict.drive.units, IntervalUnit::Days);
        QCOMPARE(verdict.drive.mode, SyncMode::Mirror);
    }

    // A kind of location a build does not reach (its backend left out) is refused in words that
    // name its kind, never taken for a relative folder. This build reaches every kind of
    // remote.md (reachableRemoteLocationsFollowTheRules, tst_sftpdrives, tst_webdavdrives,
    // tst_ftpdrives, tst_uploaddrives, tst_rclonedrives).
    void remoteLocationsAreRefusedNamingTheirKind_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("scheme");
        QTest::newRow("rclone") << "rclone:dropbox:Lab/Site4"
                                << "rclone";
        QTest::newRow("sftp") << "sftp://pi@logger.local/data"
                              << "sftp";
    }
    void remoteLocationsAreRefusedNamingTheirKind()
    {
        QFETCH(QString, location);
        QFETCH(QString, scheme);
        QVERIFY(add(drive(m_source, location)).accepted());
        DriveValidator reachingNothing({});
        reachingNothing.setReachable([](RemoteKind) { return false; });
        for (const bool asTarget : { false, true }) {
            const DriveVerdict verdict = reachingNothing.validate(
                    DriveCodec::decode(asTarget ? drive(m_source, location)
                                                : drive(location, m_target)),
                    1);
            QCOMPARE(codes(verdict.errors),
                     QStringList{ asTarget ? issue::InvalidTargetPath : issue::InvalidSourcePath });
            QVERIFY2(verdict.errors.constFirst().message.contains(u'"' + scheme + u'"'),
                     qPrintable(verdict.errors.constFirst().message));
        }
        // A folder whose name only looks like one is a folder.
        QCOMPARE(paths::remoteScheme(QStringLiteral("/data/sftp://x")), QString());
        QCOMPARE(paths::remoteScheme(QStringLiteral("C://Users")), QString());
    }

    // A malformed location is refused for what is wrong with it, before its kind is judged,
    // and a password in it never reaches the message.
    void malformedRemoteLocationsAreRefusedForWhatIsWrong_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("words");
        QTest::newRow("password") << "sftp://pi:hunter2@nas/backup"
                                  << "letthatsyncin password sftp://pi@nas/backup";
        QTest::newRow("no server") << "sftp:///backup"
                                   << "names no server";
        QTest::newRow("bad port") << "davs://cloud:99999/x"
                                  << "from 1 to 65535";
        QTest::newRow("unknown option") << "sftp://nas/x?compress=yes"
                                        << "\"compress\"";
        QTest::newRow("another user's home") << "sftp://nas/~bob/x"
                                             << "sftp://server/~/data";
        QTest::newRow("unknown kind") << "smb://server/share"
                                      << "does not know";
    }
    void malformedRemoteLocationsAreRefusedForWhatIsWrong()
    {
        QFETCH(QString, location);
        QFETCH(QString, words);
        for (const QString &message : refusedAsSourceAndTarget(location)) {
            QVERIFY2(message.contains(words), qPrintable(message));
            QVERIFY2(!message.contains(QStringLiteral("hunter2")), qPrintable(message));
        }
    }

    // The rules of remote locations once their kind is reached (as each backend comes, see
    // RemoteLocation::reachable): the string is kept as written, and the folders are compared
    // by server and path.
    void reachableRemoteLocationsFollowTheRules()
    {
        const auto judge = [this](const QString &source, const QString &target,
                                  const QString &mode = QStringLiteral("Mirror"),
                                  const QList<Drive> &others = {}) {
            DriveValidator validator(others);
            validator.setReachable([](RemoteKind) { return true; });
            QJsonObject json = drive(source, target);
            json.insert(QStringLiteral("Mode"), mode);
            return validator.validate(DriveCodec::decode(json), others.size() + 1);
        };
        const QString sftp = QStringLiteral("sftp://pi@Logger.local:22/home/pi/data/?key=~/.ssh/k");

        // From a server to here, and back: the exact string is kept, and reads back from JSON.
        DriveVerdict verdict = judge(QStringLiteral("  ") + sftp, m_target);
        QVERIFY2(verdict.accepted(), qPrintable(codes(verdict.errors).join(u',')));
        QCOMPARE(verdict.drive.source, sftp);
        QCOMPARE(DriveCodec::decode(DriveCodec::encode(verdict.drive)).drive, verdict.drive);
        verdict = judge(m_source, QStringLiteral("rclone:dropbox:Lab/Site4"));
        QVERIFY(verdict.accepted());
        QCOMPARE(verdict.drive.target, QStringLiteral("rclone:dropbox:Lab/Site4"));
        // From one server to another.
        QVERIFY(judge(sftp, QStringLiteral("davs://me@cloud.example.org/remote.php/dav/x"))
                        .accepted());

        // A target in its source, on the same server, written another way.
        verdict = judge(sftp, QStringLiteral("sftp://bob@logger.local/home/pi/data/backup"));
        QCOMPARE(codes(verdict.errors), QStringList{ issue::InvalidTargetPath });
        QVERIFY(verdict.errors.constFirst().message.contains(QStringLiteral("inside the source")));
        verdict = judge(sftp, QStringLiteral("sftp://logger.local/home/pi/data"));
        QCOMPARE(codes(verdict.errors), QStringList{ issue::InvalidTargetPath });
        // Another port or another server is another folder.
        QVERIFY(judge(sftp, QStringLiteral("sftp://logger.local:2222/home/pi/data")).accepted());
        QVERIFY(judge(sftp, QStringLiteral("sftp://nas/home/pi/data")).accepted());

        // Two drives writing into one remote folder tree.
        Drive other = existing(QStringLiteral("NAS"), QStringLiteral("sftp://nas/backup"));
        verdict = judge(m_source, QStringLiteral("sftp://me@NAS:22/backup/photos"),
                        QStringLiteral("Mirror"), { other });
        QCOMPARE(codes(verdict.errors), QStringList{ issue::OverlappingTarget });
        QVERIFY(judge(m_source, QStringLiteral("sftp://nas/backups"), QStringLiteral("Mirror"),
                      { other })
                        .accepted());

        // An upload form takes files and deletes none.
        const QString form = QStringLiteral("post+https://logs.px4.io/upload");
        verdict = judge(m_source, form);
        QCOMPARE(codes(verdict.errors), QStringList{ issue::InvalidTargetPath });
        QVERIFY2(verdict.errors.constFirst().message.contains(QStringLiteral("not Mirror")),
                 qPrintable(verdict.errors.constFirst().message));
        QVERIFY(judge(m_source, form, QStringLiteral("Update")).accepted());
        QVERIFY(judge(m_source, form, QStringLiteral("Move")).accepted());
        verdict = judge(form, m_target, QStringLiteral("Update"));
        QCOMPARE(codes(verdict.errors), QStringList{ issue::InvalidSourcePath });
        QVERIFY(verdict.errors.constFirst().message.contains(QStringLiteral("only be a target")));

        // A kind this build does not reach is still refused, naming its scheme.
        DriveValidator sftpOnly({});
        sftpOnly.setReachable([](RemoteKind kind) { return kind == RemoteKind::Sftp; });
        QVERIFY(sftpOnly.validate(DriveCodec::decode(drive(sftp, m_target)), 1).accepted());
        verdict = sftpOnly.validate(DriveCodec::decode(drive(m_source, form)), 1);
        QCOMPARE(codes(verdict.errors), QStringList{ issue::InvalidTargetPath });
        QVERIFY(verdict.errors.constFirst().message.contains(QStringLiteral("\"post+https\"")));
    }

    // An upload form's field that cannot be sent as it is (no name, a line break in its name,
    // the file's own field) is left out with the warning Invalid Upload, in words naming it;
    // the others go.
    void anUploadFieldThatCannotBeSentIsInvalidUpload_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("said");
        QTest::newRow("no name") << QString() << QStringLiteral("has no name");
        QTest::newRow("blank name") << QStringLiteral("  ") << QStringLiteral("has no name");
        QTest::newRow("line break") << QStringLiteral("a\r\nb") << QStringLiteral("line break");
        QTest::newRow("the file's field")
                << QStringLiteral("filearg") << QStringLiteral("\"filearg\" is the one that takes");
    }
    void anUploadFieldThatCannotBeSentIsInvalidUpload()
    {
        QFETCH(QString, name);
        QFETCH(QString, said);
        QJsonObject json = drive(m_source, QStringLiteral("post+https://logs.px4.io/upload"));
        json.insert(QStringLiteral("Mode"), QStringLiteral("Update"));
        json.insert(QStringLiteral("Upload"),
                    QJsonObject{ { QStringLiteral("FileField"), QStringLiteral("filearg") },
                                 { QStringLiteral("Fields"),
                                   QJsonObject{ { name, QStringLiteral("x") },
                                                { QStringLiteral("email"),
                                                  QStringLiteral("me@example.org") } } } });
        const DriveVerdict verdict = add(json, {}, DriveValidator::Scope::Fields);
        QVERIFY(verdict.accepted());
        QCOMPARE(codes(verdict.warnings), QStringList{ issue::InvalidUpload });
        QVERIFY2(verdict.warnings.constFirst().message.contains(said),
                 qPrintable(verdict.warnings.constFirst().message));
        QVERIFY2(verdict.warnings.constFirst().message.contains(QStringLiteral("not sent")),
                 qPrintable(verdict.warnings.constFirst().message));
        UploadForm sent;
        sent.fileField = QStringLiteral("filearg");
        sent.fields = { { QStringLiteral("email"), QStringLiteral("me@example.org") } };
        QCOMPARE(verdict.drive.upload, std::optional(sent));
        QCOMPARE(DriveValidator::uploadFieldProblem(name, QStringLiteral("filearg")).has_value(),
                 true);
        QVERIFY(!DriveValidator::uploadFieldProblem(QStringLiteral("email"),
                                                    QStringLiteral("filearg")));

        // A drive made in the editor (no JSON) is judged alike; its file field without a name
        // is the default one.
        Drive made = verdict.drive;
        made.upload->fields.insert(name, QStringLiteral("x"));
        made.upload->fileField = QStringLiteral("\n");
        const DriveVerdict again = DriveValidator({}, DriveValidator::Scope::Fields).validate(made);
        QCOMPARE(codes(again.warnings), QStringList{ issue::InvalidUpload });
        QCOMPARE(again.drive.upload->fileField, QStringLiteral("file"));
    }

    // A location that logs in without encryption is kept, with the warning Insecure Connection
    // when the user adds or edits the drive.
    void aPlainLocationWithALoginIsInsecure()
    {
        const auto judge
                = [this](const QString &source, const QString &target,
                         DriveValidator::Scope scope = DriveValidator::Scope::FieldsAndFileSystem) {
                      DriveValidator validator({}, scope);
                      validator.setReachable([](RemoteKind) { return true; });
                      return validator.validate(DriveCodec::decode(drive(source, target)), 1);
                  };
        for (const QString &plain : { QStringLiteral("dav://me@nas.example/photos"),
                                      QStringLiteral("webdav://me@nas.example/photos"),
                                      QStringLiteral("ftp://me@nas.example/photos") }) {
            for (const bool asTarget : { true, false }) {
                const DriveVerdict verdict
                        = asTarget ? judge(m_source, plain) : judge(plain, m_target);
                QVERIFY2(verdict.accepted(), qPrintable(plain));
                QCOMPARE(codes(verdict.warnings), QStringList{ issue::InsecureConnection });
                QVERIFY2(verdict.warnings.constFirst().message.contains(
                                 QStringLiteral("me@nas.example")),
                         qPrintable(verdict.warnings.constFirst().message));
            }
            // An edit that keeps the folders is judged by its fields: told all the same.
            QCOMPARE(codes(judge(m_source, plain, DriveValidator::Scope::Fields).warnings),
                     QStringList{ issue::InsecureConnection });
        }
        for (const QString &safe : { QStringLiteral("davs://me@nas.example/photos"),
                                     QStringLiteral("ftpes://me@nas.example/photos"),
                                     QStringLiteral("sftp://me@nas.example/photos"),
                                     QStringLiteral("dav://nas.example/photos") }) {
            QVERIFY2(judge(m_source, safe).warnings.isEmpty(), qPrintable(safe));
        }
        QVERIFY(!DriveValidator::insecureConnection(m_source));
    }

    void pathsAreNormalised()
    {
        QJsonObject json = drive(m_source + QStringLiteral("/./"), m_target + QStringLiteral("//"));
        const DriveVerdict verdict = add(json);
        QVERIFY(verdict.accepted());
        QCOMPARE(verdict.drive.source, m_source);
        QCOMPARE(verdict.drive.target, m_target);
    }

    void defaultNameIsThePositionOrTheNextFreeNumber()
    {
        const QList<Drive> two{ existing(QStringLiteral("Photos"), QStringLiteral("/t1")),
                                existing(QStringLiteral("Music"), QStringLiteral("/t2")) };
        QCOMPARE(add(validDrive(), two).drive.name, QStringLiteral("3"));

        const QList<Drive> taken{ existing(QStringLiteral("3"), QStringLiteral("/t1")),
                                  existing(QStringLiteral("4"), QStringLiteral("/t2")) };
        QCOMPARE(add(validDrive(), taken).drive.name, QStringLiteral("5"));

        const QList<Drive> threeTaken{ existing(QStringLiteral("A"), QStringLiteral("/t1")),
                                       existing(QStringLiteral("3"), QStringLiteral("/t2")) };
        QCOMPARE(add(validDrive(), threeTaken).drive.name, QStringLiteral("4"));
    }

    void namesAreTrimmed()
    {
        QJsonObject json = validDrive();
        json.insert(QStringLiteral("Name"), QStringLiteral("  Photos \t"));
        QCOMPARE(add(json).drive.name, QStringLiteral("Photos"));
    }

    void invisibleCharactersAtTheEndsAreTrimmed()
    {
        // Qt's JSON parser drops a leading U+FEFF of a string: kept, such a name would change
        // at the next start.
        QJsonObject json = validDrive();
        json.insert(QStringLiteral("Name"), QStringLiteral("\uFEFFPhotos\u200B "));
        json.insert(QStringLiteral("Exclude"),
                    QJsonArray{ QStringLiteral("\uFEFF*.tmp"), QStringLiteral(" *.tmp "),
                                QStringLiteral("\u2060"), QStringLiteral("cache/") });
        const DriveVerdict verdict = add(json);
        QVERIFY(verdict.accepted());
        QCOMPARE(verdict.drive.name, QStringLiteral("Photos"));
        QCOMPARE(verdict.drive.exclude,
                 (QStringList{ QStringLiteral("*.tmp"), QStringLiteral("cache/") }));
        // Joiners are part of what they join.
        const QString family = QString::fromUcs4(U"\U0001F468\u200D\U0001F469", 3);
        json.insert(QStringLiteral("Name"), family);
        QCOMPARE(add(json).drive.name, family);
    }

    void invalidNames_data()
    {
        QTest::addColumn<QJsonValue>("name");
        QTest::newRow("number") << QJsonValue(12);
        QTest::newRow("bool") << QJsonValue(true);
        QTest::newRow("object") << QJsonValue(QJsonObject());
        QTest::newRow("empty") << QJsonValue(QString());
        QTest::newRow("blank") << QJsonValue(QStringLiteral("   "));
        QTest::newRow("129 characters") << QJsonValue(QString(129, u'x'));
        QTest::newRow("line break") << QJsonValue(QStringLiteral("Pho\ntos"));
        QTest::newRow("tab inside") << QJsonValue(QStringLiteral("Pho\ttos"));
        QTest::newRow("escape") << QJsonValue(QStringLiteral("Pho\x1btos"));
        QTest::newRow("byte order mark only") << QJsonValue(QStringLiteral("\uFEFF"));
        QTest::newRow("byte order mark inside") << QJsonValue(QStringLiteral("Pho\uFEFFtos"));
        QTest::newRow("zero-width space inside") << QJsonValue(QStringLiteral("Pho\u200Btos"));
    }
    void invalidNames()
    {
        QFETCH(QJsonValue, name);
        QJsonObject json = validDrive();
        json.insert(QStringLiteral("Name"), name);
        const DriveVerdict verdict = add(json);
        QCOMPARE(codes(verdict.errors), QStringList{ issue::InvalidName });
        QVERIFY(!verdict.errors.constFirst().message.isEmpty());
    }

    void longestNameIsAccepted()
    {
        QJsonObject json = validDrive();
        json.insert(QStringLiteral("Name"), QString(128, u'x'));
        QVERIFY(add(json).accepted());
        // 128 characters, counted as characters, not as UTF-16 units.
        QString emoji;
        for (int i = 0; i < 128; ++i)
            emoji += QString::fromUcs4(U"\U0001F4F7", 1);
        json.insert(QStringLiteral("Name"), emoji);
        QVERIFY(add(json).accepted());
    }

    void duplicateName()
    {
        QJsonObject json = validDrive();
        json.insert(QStringLiteral("Name"), QStringLiteral("Photos"));
        const DriveVerdict verdict
                = add(json, { existing(QStringLiteral("Photos"), QStringLiteral("/t1")) });
        QCOMPARE(codes(verdict.errors), QStringList{ issue::DuplicateName });
        // Names differ by case are different names.
        json.insert(QStringLiteral("Name"), QStringLiteral("photos"));
        QVERIFY(add(json, { existing(QStringLiteral("Photos"), QStringLiteral("/t1")) })
                        .accepted());
    }

    void invalidSourcePaths_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("  ");
        QTest::newRow("relative") << QStringLiteral("source");
        QTest::newRow("missing") << QStringLiteral("missing");
        QTest::newRow("a file") << QStringLiteral("file.txt");
    }
    void invalidSourcePaths()
    {
        QFETCH(QString, source);
        QFile file(path(QStringLiteral("file.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const bool isRelativeCase = source == u"source";
        const QString given = source.trimmed().isEmpty() || isRelativeCase ? source : path(source);
        const DriveVerdict verdict = add(drive(given, m_target));
        QCOMPARE(codes(verdict.errors), QStringList{ issue::InvalidSourcePath });
        QVERIFY(!verdict.errors.constFirst().message.isEmpty());
    }

    void missingSourceFieldIsAnInvalidSourcePath()
    {
        const DriveVerdict verdict = add({ { QStringLiteral("Target"), m_target } });
        QCOMPARE(codes(verdict.errors), QStringList{ issue::InvalidSourcePath });
    }

    void unreadableSource()
    {
        LTS_SKIP_IF_ROOT();
        QVERIFY(QFile::setPermissions(m_source, QFile::WriteOwner));
        const DriveVerdict verdict = add(validDrive());
        QCOMPARE(codes(verdict.errors), QStringList{ issue::InvalidSourcePath });
        QVERIFY(verdict.errors.constFirst().message.contains(QStringLiteral("permission")));
    }

    void invalidTargetPaths_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("empty") << QString();
        QTest::newRow("relative") << QStringLiteral("backup/target");
        QTest::newRow("parent missing") << QStringLiteral("@/nope/target");
        QTest::newRow("a file") << QStringLiteral("@/file.txt");
        QTest::newRow("equal to source") << QStringLiteral("@/source");
        QTest::newRow("equal to source, spelled differently")
                << QStringLiteral("@/backup/../source/");
        QTest::newRow("inside source") << QStringLiteral("@/source/backup");
        QTest::newRow("deep inside source, not yet there") << QStringLiteral("@/source/a/b/c");
        QTest::newRow("contains source") << QStringLiteral("@");
        QTest::newRow("inside source through a link") << QStringLiteral("@/link-to-source/backup");
    }
    void invalidTargetPaths()
    {
        QFETCH(QString, target);
        QFile file(path(QStringLiteral("file.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QFile::link(m_source, path(QStringLiteral("link-to-source"))));
        target.replace(u'@', m_dir.path());
        const DriveVerdict verdict = add(drive(m_source, target));
        QCOMPARE(codes(verdict.errors), QStringList{ issue::InvalidTargetPath });
        QVERIFY(!verdict.errors.constFirst().message.isEmpty());
    }

    void missingTargetIsCreatedLaterWhenItsParentExists()
    {
        QVERIFY(!QFileInfo::exists(m_target));
        QVERIFY(add(validDrive()).accepted());
        QVERIFY2(!QFileInfo::exists(m_target), "validation must not create the target");
        mkdir(QStringLiteral("backup/target"));
        QVERIFY(add(validDrive()).accepted());
    }

    void sourceSiblingWithSamePrefixIsFine()
    {
        const QString sibling = path(QStringLiteral("source2"));
        QVERIFY(add(drive(m_source, sibling)).accepted());
    }

    void unwritableTarget()
    {
        LTS_SKIP_IF_ROOT();
        const QString backup = path(QStringLiteral("backup"));
        QVERIFY(QFile::setPermissions(backup, QFile::ReadOwner | QFile::ExeOwner));
        // The target does not exist and cannot be created in its parent ...
        DriveVerdict verdict = add(validDrive());
        QCOMPARE(codes(verdict.errors), QStringList{ issue::InvalidTargetPath });
        // ... or exists and cannot be written.
        QVERIFY(QFile::setPermissions(backup,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        mkdir(QStringLiteral("backup/target"));
        QVERIFY(QFile::setPermissions(m_target, QFile::ReadOwner | QFile::ExeOwner));
        verdict = add(validDrive());
        QCOMPARE(codes(verdict.errors), QStringList{ issue::InvalidTargetPath });
        QVERIFY(verdict.errors.constFirst().message.contains(QStringLiteral("permission")));
        QFile::setPermissions(m_target, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void overlappingTargets_data()
    {
        QTest::addColumn<QString>("otherTarget");
        QTest::newRow("same") << QStringLiteral("backup/target");
        QTest::newRow("other's target inside ours") << QStringLiteral("backup/target/sub");
        QTest::newRow("ours inside other's target") << QStringLiteral("backup");
    }
    void overlappingTargets()
    {
        QFETCH(QString, otherTarget);
        const QList<Drive> others{ existing(QStringLiteral("Other"), path(otherTarget)) };
        const DriveVerdict verdict = add(validDrive(), others);
        QCOMPARE(codes(verdict.errors), QStringList{ issue::OverlappingTarget });
        QVERIFY(verdict.errors.constFirst().message.contains(QStringLiteral("Other")));
    }

    void neighbouringTargetsDoNotOverlap()
    {
        const QList<Drive> others{ existing(QStringLiteral("Other"),
                                            path(QStringLiteral("backup/target2"))) };
        QVERIFY(add(validDrive(), others).accepted());
    }

    void intervalBounds_data()
    {
        QTest::addColumn<double>("sleep");
        QTest::addColumn<QString>("units");
        QTest::addColumn<bool>("valid");
        QTest::newRow("1 second") << 1.0 << "Seconds" << true;
        QTest::newRow("0.5 seconds") << 0.5 << "Seconds" << false;
        QTest::newRow("0.999 seconds") << 0.999 << "Seconds" << false;
        QTest::newRow("0.5 minutes") << 0.5 << "Minutes" << true;
        QTest::newRow("366 days") << 366.0 << "Days" << true;
        QTest::newRow("366.5 days") << 366.5 << "Days" << false;
        QTest::newRow("8784 hours") << 8784.0 << "Hours" << true;
        QTest::newRow("8785 hours") << 8785.0 << "Hours" << false;
        QTest::newRow("1e300 seconds") << 1e300 << "Seconds" << false;
        QTest::newRow("1e-300 days") << 1e-300 << "Days" << false;
    }
    void intervalBounds()
    {
        QFETCH(double, sleep);
        QFETCH(QString, units);
        QFETCH(bool, valid);
        QJsonObject json = validDrive();
        json.insert(QStringLiteral("Sleep"), sleep);
        json.insert(QStringLiteral("Units"), units);
        const DriveVerdict verdict = add(json);
        QVERIFY(verdict.accepted());
        if (valid) {
            QVERIFY(verdict.warnings.isEmpty());
            QCOMPARE(verdict.drive.sleep, sleep);
        } else {
            QCOMPARE(codes(verdict.warnings), QStringList{ issue::InvalidTime });
            QCOMPARE(verdict.drive.sleep, 1.0);
            QCOMPARE(verdict.drive.units, IntervalUnit::Days);
        }
    }

    void sleepBeyondADefaultDayIsInvalidTime()
    {
        // Units missing means Days: 400 days is too long.
        QJsonObject json = validDrive();
        json.insert(QStringLiteral("Sleep"), 400);
        const DriveVerdict verdict = add(json);
        QCOMPARE(codes(verdict.warnings), QStringList{ issue::InvalidTime });
        QCOMPARE(verdict.drive.sleep, 1.0);
    }

    void warningsJoinInTheProtocolsOrder()
    {
        QJsonObject json = validDrive();
        const QJsonDocument bad = QJsonDocument::fromJson(R"({"Hidden": 0, "Enabled": "yes",
            "Versions": -1, "Exclude": 4, "Mode": "Copy", "Units": "Fortnights", "Sleep": -1})");
        const QJsonObject fields = bad.object();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            json.insert(it.key(), it.value());
        const DriveVerdict verdict = add(json);
        QVERIFY(verdict.accepted());
        QCOMPARE(issue::joinedCodes(verdict.warnings),
                 QStringLiteral("Invalid Time, Invalid Units, Invalid Mode, Invalid Exclude, "
                                "Invalid Versions, Invalid Enabled, Invalid Hidden"));
        QCOMPARE(verdict.drive.sleep, 1.0);
        QCOMPARE(verdict.drive.units, IntervalUnit::Days);
    }

    void errorsJoinInTheProtocolsOrder()
    {
        QJsonObject json{ { QStringLiteral("Name"), QStringLiteral("Photos") },
                          { QStringLiteral("Source"), path(QStringLiteral("missing")) },
                          { QStringLiteral("Target"), QStringLiteral("relative/target") },
                          { QStringLiteral("Units"), QStringLiteral("Fortnights") } };
        const DriveVerdict verdict
                = add(json, { existing(QStringLiteral("Photos"), QStringLiteral("/t1")) });
        QCOMPARE(issue::joinedCodes(verdict.errors),
                 QStringLiteral("Invalid Source Path, Invalid Target Path, Duplicate Name"));
        QCOMPARE(issue::joinedCodes(verdict.warnings), QStringLiteral("Invalid Units"));

        json.insert(QStringLiteral("Target"), path(QStringLiteral("t")));
        json.insert(QStringLiteral("Name"), QStringLiteral("Bad\nName"));
        const DriveVerdict overlapping
                = add(json, { existing(QStringLiteral("Other"), path(QStringLiteral("t"))) });
        QCOMPARE(issue::joinedCodes(overlapping.errors),
                 QStringLiteral("Invalid Source Path, Overlapping Target, Invalid Name"));
    }

    void theProtocolsExampleFailure()
    {
        // {"Source":"/nope","Target":"/tmp/x","Units":"Fortnights"} with one drive in the list.
        const DriveVerdict verdict
                = add({ { QStringLiteral("Source"), QStringLiteral("/nope") },
                        { QStringLiteral("Target"), path(QStringLiteral("x")) },
                        { QStringLiteral("Units"), QStringLiteral("Fortnights") } },
                      { existing(QStringLiteral("Photos"), QStringLiteral("/mnt/usb/Pictures")) });
        QCOMPARE(verdict.drive.name, QStringLiteral("2"));
        QCOMPARE(issue::joinedCodes(verdict.errors), QStringLiteral("Invalid Source Path"));
        QCOMPARE(issue::joinedCodes(verdict.warnings), QStringLiteral("Invalid Units"));
    }

    void notAnObjectIsOnlyAnInvalidDrive()
    {
        const DriveVerdict verdict = DriveValidator({}, DriveValidator::Scope::FieldsAndFileSystem)
                                             .validate(DriveCodec::decode(QJsonValue(7)), 1);
        QCOMPARE(issue::joinedCodes(verdict.errors), QStringLiteral("Invalid Drive"));
        QVERIFY(verdict.warnings.isEmpty());
    }

    void fieldsScopeDoesNotLookAtTheDisk()
    {
        // A backup disk that is not plugged in is no reason to drop a drive from the config.
        const QJsonObject json = drive(path(QStringLiteral("unplugged/source")),
                                       path(QStringLiteral("unplugged/disk/target")));
        QCOMPARE(codes(add(json).errors),
                 QStringList({ issue::InvalidSourcePath, issue::InvalidTargetPath }));
        QVERIFY(add(json, {}, DriveValidator::Scope::Fields).accepted());
        // What the fields alone say still counts.
        const QJsonObject inside
                = drive(path(QStringLiteral("unplugged")), path(QStringLiteral("unplugged/t")));
        QCOMPARE(codes(add(inside, {}, DriveValidator::Scope::Fields).errors),
                 QStringList{ issue::InvalidTargetPath });
    }

    void anEditedDriveIsValidatedAgainstTheOthers()
    {
        Drive photos = existing(QStringLiteral("Photos"), path(QStringLiteral("t1")));
        photos.source = m_source;
        const Drive music = existing(QStringLiteral("Music"), path(QStringLiteral("t2")));
        const DriveValidator validator({ music }); // every drive but the edited one

        const QJsonObject rename{ { QStringLiteral("Name"), QStringLiteral("Music") } };
        QCOMPARE(codes(validator.validate(DriveCodec::decode(rename, photos), 1).errors),
                 QStringList{ issue::DuplicateName });

        const QJsonObject keepName{ { QStringLiteral("Sleep"), 6 } };
        const DriveVerdict verdict = validator.validate(DriveCodec::decode(keepName, photos), 1);
        QVERIFY(verdict.accepted());
        QCOMPARE(verdict.drive.name, QStringLiteral("Photos"));
        QCOMPARE(verdict.drive.sleep, 6.0);
    }

    void theEditorValidatesADriveValue()
    {
        Drive drive;
        drive.name = QStringLiteral("Photos");
        drive.source = m_source;
        drive.target = m_target;
        QVERIFY(DriveValidator({}).validate(drive).accepted());
        drive.target = m_source;
        QCOMPARE(codes(DriveValidator({}).validate(drive).errors),
                 QStringList{ issue::InvalidTargetPath });
    }
};

LTS_TEST_MAIN(TestDriveValidator)
#include "tst_drivevalidator.moc"
