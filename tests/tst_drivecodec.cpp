// The drive's JSON form: every field with its default, the spellings the protocol accepts,
// what a wrong value is replaced with, and the three forms of a `Drives` list.
#include "drivecodec.h"
#include "driveissues.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace lts;

namespace {

QJsonValue json(const char *text)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text));
    if (document.isArray())
        return document.array();
    return document.object();
}

QStringList codes(const QList<Error> &issues)
{
    QStringList list;
    for (const Error &e : issues)
        list.append(e.code);
    return list;
}

} // namespace

class TestDriveCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewDriveHasTheProtocolDefaults()
    {
        const DecodedDrive decoded
                = DriveCodec::decode(json(R"({"Source": "/s", "Target": "/t"})"));
        QVERIFY(decoded.issues.isEmpty());
        QVERIFY(!decoded.hasName);
        const Drive &d = decoded.drive;
        QCOMPARE(d.source, QStringLiteral("/s"));
        QCOMPARE(d.target, QStringLiteral("/t"));
        QCOMPARE(d.sleep, 1.0);
        QCOMPARE(d.units, IntervalUnit::Days);
        QCOMPARE(d.mode, SyncMode::Mirror);
        QCOMPARE(d.enabled, true);
        QCOMPARE(d.exclude, QStringList());
        QCOMPARE(d.hidden, true);
        QCOMPARE(d.versions, 30.0); // protocol 2: a month of versions, unless told otherwise
    }

    void everyFieldIsRead()
    {
        const DecodedDrive decoded = DriveCodec::decode(json(R"({
            "Name": "Photos", "Source": "/home/a/Pictures", "Target": "/mnt/usb/Pictures",
            "Sleep": 1.5, "Units": "Hours", "Mode": "Update", "Enabled": false,
            "Exclude": ["*.tmp", "cache/"], "Hidden": false, "Versions": 30})"));
        QVERIFY(decoded.issues.isEmpty());
        QVERIFY(decoded.hasName);
        const Drive &d = decoded.drive;
        QCOMPARE(d.name, QStringLiteral("Photos"));
        QCOMPARE(d.sleep, 1.5);
        QCOMPARE(d.units, IntervalUnit::Hours);
        QCOMPARE(d.mode, SyncMode::Update);
        QCOMPARE(d.enabled, false);
        QCOMPARE(d.exclude, QStringList({ QStringLiteral("*.tmp"), QStringLiteral("cache/") }));
        QCOMPARE(d.hidden, false);
        QCOMPARE(d.versions, 30.0);
    }

    void unitsAcceptSingularPluralAndAnyCase_data()
    {
        QTest::addColumn<QString>("units");
        QTest::addColumn<IntervalUnit>("expected");
        QTest::newRow("Hour") << "Hour" << IntervalUnit::Hours;
        QTest::newRow("hours") << "hours" << IntervalUnit::Hours;
        QTest::newRow("HOURS") << "HOURS" << IntervalUnit::Hours;
        QTest::newRow("second") << "second" << IntervalUnit::Seconds;
        QTest::newRow("Seconds") << "Seconds" << IntervalUnit::Seconds;
        QTest::newRow("MINUTE") << "MINUTE" << IntervalUnit::Minutes;
        QTest::newRow("minutes") << "minutes" << IntervalUnit::Minutes;
        QTest::newRow("Day") << "Day" << IntervalUnit::Days;
        QTest::newRow("dAyS") << "dAyS" << IntervalUnit::Days;
    }
    void unitsAcceptSingularPluralAndAnyCase()
    {
        QFETCH(QString, units);
        QFETCH(IntervalUnit, expected);
        const DecodedDrive decoded = DriveCodec::decode(
                QJsonObject{ { QStringLiteral("Sleep"), 2 }, { QStringLiteral("Units"), units } });
        QVERIFY(decoded.issues.isEmpty());
        QCOMPARE(decoded.drive.units, expected);
        QCOMPARE(decoded.drive.sleep, 2.0);
        // Responses and the config file always use the plural form.
        QCOMPARE(DriveCodec::encode(decoded.drive).value(QStringLiteral("Units")).toString(),
                 unitName(expected));
        QVERIFY(unitName(expected).endsWith(u's'));
    }

    void modesAcceptAnyCase()
    {
        QCOMPARE(DriveCodec::decode(json(R"({"Mode": "move"})")).drive.mode, SyncMode::Move);
        QCOMPARE(DriveCodec::decode(json(R"({"Mode": "UPDATE"})")).drive.mode, SyncMode::Update);
        QCOMPARE(DriveCodec::decode(json(R"({"Mode": "Mirror"})")).drive.mode, SyncMode::Mirror);
    }

    void wrongValuesGetTheDefaultAndAWarning_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        auto row = [](const char *tag, const char *field, const QString &code) {
            QTest::newRow(tag) << QString::fromUtf8(field) << code;
        };
        row("Sleep zero", R"("Sleep": 0)", issue::InvalidTime);
        row("Sleep negative", R"("Sleep": -3)", issue::InvalidTime);
        row("Sleep text", R"("Sleep": "12")", issue::InvalidTime);
        row("Sleep bool", R"("Sleep": true)", issue::InvalidTime);
        row("Units unknown", R"("Units": "Fortnights")", issue::InvalidUnits);
        row("Units number", R"("Units": 3)", issue::InvalidUnits);
        row("Mode unknown", R"("Mode": "Copy")", issue::InvalidMode);
        row("Mode number", R"("Mode": 1)", issue::InvalidMode);
        row("Enabled text", R"("Enabled": "yes")", issue::InvalidEnabled);
        row("Enabled number", R"("Enabled": 1)", issue::InvalidEnabled);
        row("Exclude text", R"("Exclude": "*.tmp")", issue::InvalidExclude);
        row("Exclude with number", R"("Exclude": ["*.tmp", 3])", issue::InvalidExclude);
        row("Hidden text", R"("Hidden": "no")", issue::InvalidHidden);
        row("Watch text", R"("Watch": "yes")", issue::InvalidWatch);
        row("Watch number", R"("Watch": 1)", issue::InvalidWatch);
        row("Versions negative", R"("Versions": -1)", issue::InvalidVersions);
        row("Versions too many", R"("Versions": 3651)", issue::InvalidVersions);
        row("Versions text", R"("Versions": "30")", issue::InvalidVersions);
        row("Upload text", R"("Upload": "filearg")", issue::InvalidUpload);
        row("Upload FileField number", R"("Upload": {"FileField": 3})", issue::InvalidUpload);
        row("Upload FileField empty", R"("Upload": {"FileField": " "})", issue::InvalidUpload);
        row("Upload Fields list", R"("Upload": {"Fields": ["a=b"]})", issue::InvalidUpload);
        row("Upload Fields number", R"("Upload": {"Fields": {"a": 1}})", issue::InvalidUpload);
    }
    void wrongValuesGetTheDefaultAndAWarning()
    {
        QFETCH(QString, field);
        QFETCH(QString, code);
        // The base is a drive with no default value, so a field left at its default shows.
        Drive base;
        base.sleep = 6;
        base.units = IntervalUnit::Hours;
        base.mode = SyncMode::Update;
        base.enabled = false;
        base.exclude = QStringList{ QStringLiteral("old") };
        base.hidden = false;
        base.versions = 7;
        const QByteArray text = "{" + field.toUtf8() + "}";
        const DecodedDrive decoded
                = DriveCodec::decode(QJsonDocument::fromJson(text).object(), base);
        QCOMPARE(codes(decoded.issues), QStringList{ code });
        QVERIFY(!decoded.issues.constFirst().message.isEmpty());

        const Drive defaults;
        const Drive &d = decoded.drive;
        if (code == issue::InvalidTime || code == issue::InvalidUnits) {
            // "drives default to one day in the case of invalid input"
            QCOMPARE(d.sleep, defaults.sleep);
            QCOMPARE(d.units, defaults.units);
        }
        if (code == issue::InvalidMode)
            QCOMPARE(d.mode, defaults.mode);
        if (code == issue::InvalidEnabled)
            QCOMPARE(d.enabled, defaults.enabled);
        if (code == issue::InvalidExclude)
            QCOMPARE(d.exclude, defaults.exclude);
        if (code == issue::InvalidHidden)
            QCOMPARE(d.hidden, defaults.hidden);
        if (code == issue::InvalidVersions)
            QCOMPARE(d.versions, defaults.versions);
        if (code == issue::InvalidUpload)
            QCOMPARE(d.upload, std::optional(UploadForm{})); // the file in "file", no field
    }

    // An upload form's fields (remote.md): read, written back, and absent from a drive that
    // has none.
    void anUploadFormGoesBothWays()
    {
        const DecodedDrive decoded = DriveCodec::decode(json(
                R"({"Upload": {"FileField": "filearg", "Fields": {"email": "a@b.org", "public": "true"}}})"));
        QVERIFY(decoded.issues.isEmpty());
        UploadForm expected;
        expected.fileField = QStringLiteral("filearg");
        expected.fields.insert(QStringLiteral("email"), QStringLiteral("a@b.org"));
        expected.fields.insert(QStringLiteral("public"), QStringLiteral("true"));
        QCOMPARE(decoded.drive.upload, std::optional(expected));
        const QJsonObject encoded = DriveCodec::encode(decoded.drive);
        QCOMPARE(DriveCodec::decode(encoded).drive, decoded.drive);
        QCOMPARE(encoded[u"Upload"][u"FileField"].toString(), QStringLiteral("filearg"));
        // Only the fields given: the file field keeps its default.
        QCOMPARE(DriveCodec::decode(json(R"({"Upload": {}})")).drive.upload,
                 std::optional(UploadForm{}));
        QVERIFY(!DriveCodec::encode(Drive{}).contains(u"Upload"));
        QVERIFY(!DriveCodec::encode(Drive{}).contains(u"Watch")); // only when on
    }

    void versionsBoundsAreAccepted()
    {
        QCOMPARE(DriveCodec::decode(json(R"({"Versions": 0})")).drive.versions, 0.0);
        QCOMPARE(DriveCodec::decode(json(R"({"Versions": 3650})")).drive.versions, 3650.0);
        QVERIFY(DriveCodec::decode(json(R"({"Versions": 3650})")).issues.isEmpty());
    }

    void wrongPathsAndNamesAreErrors()
    {
        const DecodedDrive decoded
                = DriveCodec::decode(json(R"({"Name": 5, "Source": ["/a"], "Target": false})"));
        QCOMPARE(codes(decoded.issues).size(), 3);
        QVERIFY(codes(decoded.issues).contains(issue::InvalidName));
        QVERIFY(codes(decoded.issues).contains(issue::InvalidSourcePath));
        QVERIFY(codes(decoded.issues).contains(issue::InvalidTargetPath));
        QVERIFY(decoded.hasName);
    }

    void aDriveThatIsNotAnObjectIsInvalid()
    {
        for (const QJsonValue &value : { QJsonValue(3), QJsonValue(QStringLiteral("Photos")),
                                         QJsonValue(QJsonArray()), QJsonValue(true) }) {
            QCOMPARE(codes(DriveCodec::decode(value).issues), QStringList{ issue::InvalidDrive });
        }
    }

    void nullAndMissingFieldsKeepTheBase()
    {
        Drive base;
        base.name = QStringLiteral("Photos");
        base.source = QStringLiteral("/s");
        base.sleep = 6;
        base.units = IntervalUnit::Hours;
        const DecodedDrive decoded
                = DriveCodec::decode(json(R"({"Sleep": null, "Mode": null, "Name": null})"), base);
        QVERIFY(decoded.issues.isEmpty());
        QCOMPARE(decoded.drive, base);
    }

    void anEditChangesOnlyTheGivenFields()
    {
        Drive base;
        base.name = QStringLiteral("Photos");
        base.source = QStringLiteral("/s");
        base.target = QStringLiteral("/t");
        base.exclude = QStringList{ QStringLiteral("*.tmp") };
        const DecodedDrive decoded
                = DriveCodec::decode(json(R"({"Sleep": 6, "Units": "Hours"})"), base);
        Drive expected = base;
        expected.sleep = 6;
        expected.units = IntervalUnit::Hours;
        QCOMPARE(decoded.drive, expected);
    }

    void unknownAndRuntimeFieldsAreIgnored()
    {
        const DecodedDrive decoded = DriveCodec::decode(json(
                R"({"Source": "/s", "Colour": "blue", "Status": "Syncing", "LastSync": "2026-01-01T00:00:00Z"})"));
        QVERIFY(decoded.issues.isEmpty());
        QCOMPARE(decoded.drive.source, QStringLiteral("/s"));
        QVERIFY(DriveCodec::isRuntimeField(QStringLiteral("Status")));
        QVERIFY(DriveCodec::isRuntimeField(QStringLiteral("NextSync")));
        QVERIFY(!DriveCodec::isDriveField(QStringLiteral("Colour")));
    }

    void encodeWritesEveryFieldAndDecodeReadsItBack()
    {
        Drive drive;
        drive.name = QStringLiteral("Media");
        drive.source = QStringLiteral("/srv/media");
        drive.target = QStringLiteral("/mnt/backup/media");
        drive.sleep = 0.5;
        drive.units = IntervalUnit::Minutes;
        drive.mode = SyncMode::Move;
        drive.enabled = false;
        drive.exclude = QStringList{ QStringLiteral("**/Thumbs.db") };
        drive.hidden = false;
        drive.versions = 14;
        drive.watch = true;

        const QJsonObject object = DriveCodec::encode(drive);
        const QStringList expectedKeys = QStringLiteral("Enabled,Exclude,Hidden,Mode,Name,Sleep,"
                                                        "Source,Target,Units,Versions,Watch")
                                                 .split(u',');
        QCOMPARE(object.keys(), expectedKeys);
        QCOMPARE(object.value(QStringLiteral("Mode")).toString(), QStringLiteral("Move"));
        QCOMPARE(object.value(QStringLiteral("Units")).toString(), QStringLiteral("Minutes"));
        QCOMPARE(DriveCodec::decode(object).drive, drive);

        const QJsonObject withoutName = DriveCodec::encode(drive, DriveCodec::NameField::Omit);
        QVERIFY(!withoutName.contains(QStringLiteral("Name")));
    }

    void drivesListsComeInThreeForms_data()
    {
        QTest::addColumn<QByteArray>("drives");
        QTest::newRow("object keyed by label") << QByteArray(
                R"({"1": {"Name": "A", "Source": "/a"}, "2": {"Name": "B", "Source": "/b"}})");
        QTest::newRow("array of drives")
                << QByteArray(R"([{"Name": "A", "Source": "/a"}, {"Name": "B", "Source": "/b"}])");
        QTest::newRow("array of one-key objects") << QByteArray(
                R"([{"1": {"Name": "A", "Source": "/a"}}, {"x": {"Name": "B", "Source": "/b"}}])");
    }
    void drivesListsComeInThreeForms()
    {
        QFETCH(QByteArray, drives);
        const QJsonDocument document = QJsonDocument::fromJson(drives);
        const QJsonValue value
                = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        const Result<QList<QJsonValue>> entries = DriveCodec::entries(value);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        QCOMPARE(DriveCodec::decode(entries->at(0)).drive.name, QStringLiteral("A"));
        QCOMPARE(DriveCodec::decode(entries->at(1)).drive.source, QStringLiteral("/b"));
    }

    void aDriveWithOneFieldIsNotTakenForALabel()
    {
        const Result<QList<QJsonValue>> entries
                = DriveCodec::entries(json(R"([{"Source": "/a"}])"));
        QVERIFY(entries.ok());
        QCOMPARE(DriveCodec::decode(entries->constFirst()).drive.source, QStringLiteral("/a"));
    }

    void anEmptyOrMissingListIsAnInvalidDrive()
    {
        for (const QJsonValue &value :
             { QJsonValue(QJsonArray()), QJsonValue(QJsonObject()),
               QJsonValue(QJsonValue::Undefined), QJsonValue(QJsonValue::Null),
               QJsonValue(QStringLiteral("Photos")) }) {
            const Result<QList<QJsonValue>> entries = DriveCodec::entries(value);
            QVERIFY(!entries.ok());
            QCOMPARE(entries.error().code, issue::InvalidDrive);
        }
    }

    void entriesThatAreNotObjectsAreKeptForTheValidatorToRefuse()
    {
        const Result<QList<QJsonValue>> entries
                = DriveCodec::entries(json(R"([3, {"Source": "/a"}])"));
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        QCOMPARE(codes(DriveCodec::decode(entries->at(0)).issues),
                 QStringList{ issue::InvalidDrive });
    }

    void intervalsAreDescribedInWords()
    {
        QCOMPARE(describeInterval(12, IntervalUnit::Hours), QStringLiteral("12 hours"));
        QCOMPARE(describeInterval(1, IntervalUnit::Days), QStringLiteral("1 day"));
        QCOMPARE(describeInterval(1, IntervalUnit::Seconds), QStringLiteral("1 second"));
        QCOMPARE(describeInterval(30, IntervalUnit::Minutes), QStringLiteral("30 minutes"));
        QCOMPARE(describeInterval(1.5, IntervalUnit::Hours), QStringLiteral("1.5 hours"));
    }
};

LTS_TEST_MAIN(TestDriveCodec)
#include "tst_drivecodec.moc"
