// Fuzzes the drive codec and validator: a JSON drive is decoded and judged against a list of
// other drives, as AddDrive, EditDrive and the config file do. The input is JSON text: a drive
// object alone, or an array (in any form of a request's "Drives") whose first entry is judged
// and whose other entries are the drives already there. Besides the sanitizers, a drive that
// is accepted must meet every rule of protocol.md and be accepted again as it is. A source or
// target that is a remote location (sftp://..., rclone:...) parses or is refused in words that
// never repeat its password, and one that parses keeps its promises (RemoteLocation).
#include "drivecodec.h"
#include "driveissues.h"
#include "drivevalidator.h"
#include "fuzzsupport.h"
#include "paths.h"
#include "remotelocation.h"

#include <QJsonDocument>

#include <chrono>
#include <cmath>

using namespace lts;

namespace {

using namespace std::chrono_literals;

// The judged drive first, then the others.
QList<QJsonValue> entriesOf(const QJsonDocument &document)
{
    if (document.isObject())
        return { document.object() };
    return DriveCodec::entries(document.array()).valueOr({});
}

// Whether an accepted drive keeps `location` as the config should: a folder of this computer
// normalised, a remote location as written (trimmed) and of a kind this build reaches.
bool isKeptAsItShould(const QString &location)
{
    if (location.isEmpty())
        return false;
    if (!RemoteLocation::isRemote(location))
        return paths::normalized(location) == location;
    const Result<RemoteLocation> remote = RemoteLocation::parse(location, {});
    return location == location.trimmed() && remote && RemoteLocation::reachable(remote->kind());
}

// Whether two locations hold one another as the validator sees them: folders of this computer
// by their paths, remote ones by their comparisonKey(); a folder here and one on a server
// never do.
bool overlap(const QString &first, const QString &second)
{
    if (RemoteLocation::isRemote(first) != RemoteLocation::isRemote(second))
        return false;
    if (!RemoteLocation::isRemote(first))
        return paths::relate(first, second) != paths::Relation::Unrelated;
    // A string that is no location (another drive's, refused) holds nothing.
    const Result<RemoteLocation> one = RemoteLocation::parse(first, {});
    const Result<RemoteLocation> other = RemoteLocation::parse(second, {});
    return one && other
           && paths::relate(one->comparisonKey(), other->comparisonKey())
                      != paths::Relation::Unrelated;
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

QStringList codes(const QList<Error> &issues)
{
    QStringList list;
    for (const Error &e : issues)
        list.append(e.code);
    return list;
}

class Judgement
{
public:
    Judgement(const QByteArray &input, QList<Drive> others)
        : m_input(input)
        , m_others(std::move(others))
    { }

    void check(const DecodedDrive &decoded) const
    {
        const qsizetype position = m_others.size() + 1;
        const DriveVerdict fields = DriveValidator(m_others, DriveValidator::Scope::Fields)
                                            .validate(decoded, position);
        const DriveVerdict onDisk = DriveValidator(m_others).validate(decoded, position);
        checkCodes(fields);
        checkCodes(onDisk);
        // The disk can only add errors to what the fields say.
        for (const QString &code : codes(fields.errors))
            check(codes(onDisk.errors).contains(code), "an error of the fields is lost on disk",
                  code);
        check(codes(fields.warnings) == codes(onDisk.warnings), "the warnings depend on the disk",
              codes(onDisk.warnings).join(u", "));
        if (fields.accepted())
            checkAccepted(fields.drive, position);
        checkNames(decoded.drive.source, position);
        checkLocation(decoded.drive.source);
        checkLocation(decoded.drive.target);
    }

private:
    void check(bool condition, const char *what, const QString &detail = {}) const
    {
        if (!condition)
            fuzz::fail(what, m_input, detail);
    }

    // Errors and warnings apart, each code once, in the protocol's order.
    void checkCodes(const DriveVerdict &verdict) const
    {
        for (const Error &e : verdict.errors)
            check(issue::isError(e.code) && !e.message.isEmpty(), "not an error", e.code);
        for (const Error &e : verdict.warnings)
            check(!issue::isError(e.code) && !e.message.isEmpty(), "not a warning", e.code);
        check(issue::ordered(verdict.errors) == verdict.errors, "errors out of order",
              codes(verdict.errors).join(u", "));
        check(issue::ordered(verdict.warnings) == verdict.warnings, "warnings out of order",
              codes(verdict.warnings).join(u", "));
    }

    void checkAccepted(const Drive &drive, qsizetype position) const
    {
        const QString name = drive.name;
        check(!name.isEmpty() && name == name.trimmed(), "an untrimmed or empty name", name);
        check(name.toUcs4().size() <= DriveValidator::maxNameLength, "a name too long", name);
        check(!hasControlCharacter(name), "a control character in the name", name);
        for (const Drive &other : m_others) {
            check(other.name != name, "a duplicate name", name);
            check(other.target.isEmpty() || !overlap(drive.target, other.target),
                  "overlapping targets", drive.target + u' ' + other.target);
        }
        check(isKeptAsItShould(drive.source), "a source not normalised", drive.source);
        check(isKeptAsItShould(drive.target), "a target not normalised", drive.target);
        check(!overlap(drive.source, drive.target), "the target and the source overlap",
              drive.target);
        check(std::isfinite(drive.sleep) && drive.sleep > 0, "a sleep out of range",
              QString::number(drive.sleep));
        check(drive.interval() >= 1s && drive.interval() <= 366 * 24h, "an interval out of range",
              QString::number(drive.sleep));
        check(drive.versions >= 0 && drive.versions <= 3650, "versions out of range",
              QString::number(drive.versions));

        // What was accepted is written as JSON and read back unchanged, and accepted as it is.
        const DecodedDrive again = DriveCodec::decode(DriveCodec::encode(drive));
        check(again.drive == drive && again.issues.isEmpty() && again.hasName,
              "the drive does not read back from its JSON",
              fuzz::text(DriveCodec::encode(again.drive)));
        const DriveVerdict second
                = DriveValidator(m_others, DriveValidator::Scope::Fields).validate(again, position);
        // Insecure Connection is no default replacing a field: it stays as long as the location
        // logs in without encryption, and comes again with it.
        QList<Error> replaced = second.warnings;
        replaced.removeIf([](const Error &e) { return e.code == issue::InsecureConnection; });
        const bool insecure = DriveValidator::insecureConnection(drive.source).has_value()
                              || DriveValidator::insecureConnection(drive.target).has_value();
        check(second.accepted() && replaced.isEmpty() && second.drive == drive
                      && codes(second.warnings).contains(issue::InsecureConnection) == insecure,
              "an accepted drive is not accepted again as it is",
              codes(second.errors + second.warnings).join(u", "));
    }

    void checkLocation(const QString &location) const
    {
        if (!RemoteLocation::isRemote(location))
            return;
        const Result<RemoteLocation> remote
                = RemoteLocation::parse(location, issue::InvalidSourcePath);
        if (!remote) {
            check(remote.error().code == issue::InvalidSourcePath
                          && !remote.error().message.isEmpty(),
                  "a remote location refused without its code or words", location);
            // The secrets a location may hold, which nothing shown may contain: the
            // "scheme://user:password@" of an address as written, the parameters of an rclone
            // remote made on the fly ("rclone::sftp,pass=...:path").
            const QString text = location.trimmed();
            const QString scheme = paths::remoteScheme(text);
            QString secret;
            const bool address = text.mid(scheme.size(), 3) == u"://"; // else "rclone:"
            if (!address) {
                if (text.size() > 8 && text.at(7) == u':')
                    secret = text; // "rclone::backend,key=value,...:path"
            } else {
                const qsizetype start = text.indexOf(QStringLiteral("://")) + 3;
                qsizetype end = start;
                while (end < text.size() && text.at(end) != u'/' && text.at(end) != u'?')
                    ++end;
                const qsizetype at = text.lastIndexOf(u'@', end - 1);
                const QString userInfo = at >= start ? text.mid(start, at + 1 - start) : QString();
                if (userInfo.contains(u':'))
                    secret = text.left(at + 1); // "scheme://user:password@"
            }
            if (!secret.isEmpty()) {
                check(!remote.error().message.contains(secret), "a secret in a message",
                      remote.error().message);
                check(!RemoteLocation::displayName(location).contains(secret),
                      "a secret in a location's name", RemoteLocation::displayName(location));
            }
            return;
        }
        const QString shown = remote->friendlyName();
        check(!shown.isEmpty() && !hasControlCharacter(shown)
                      && shown == RemoteLocation::displayName(location),
              "a friendly form that is empty, not one line, or not the one shown", shown);
        check(remote->connections() >= 1 && remote->connections() <= RemoteLocation::maxConnections,
              "connections out of range", QString::number(remote->connections()));
        check(remote->effectivePort() >= (remote->kind() == RemoteKind::Rclone ? 0 : 1)
                      && remote->effectivePort() <= 65535,
              "a port out of range", QString::number(remote->effectivePort()));
        // The keychain's key is a location of the same server, whose key it is.
        const QString key = remote->credentialKey();
        check(key.isEmpty() == (remote->kind() == RemoteKind::Rclone), "a key missing", key);
        if (!key.isEmpty()) {
            const Result<RemoteLocation> again
                    = RemoteLocation::parse(key, issue::InvalidSourcePath);
            check(again.ok() && again->credentialKey() == key,
                  "a keychain key that is not the key of its own location", key);
        }
        // The comparison key names a folder as paths::relateResolved() takes one: no '/' at
        // its end, which would make every folder below it unrelated to it.
        const QString folder = remote->comparisonKey();
        check(!folder.endsWith(u'/'), "a comparison key ending with '/'", folder);
    }

    // The names the application makes up are free, and valid names.
    void checkNames(const QString &source, qsizetype position) const
    {
        const DriveValidator validator(m_others, DriveValidator::Scope::Fields);
        for (const QString &name :
             { validator.defaultName(position), validator.nameForFolder(source, position) }) {
            check(!name.isEmpty() && name == name.trimmed()
                          && name.toUcs4().size() <= DriveValidator::maxNameLength
                          && !hasControlCharacter(name),
                  "a made-up name is not a valid name", name);
            check(std::none_of(m_others.cbegin(), m_others.cend(),
                               [&name](const Drive &d) { return d.name == name; }),
                  "a made-up name is taken", name);
        }
    }

    const QByteArray &m_input;
    QList<Drive> m_others;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QJsonValue> entries = entriesOf(QJsonDocument::fromJson(input));
    if (entries.isEmpty())
        return 0;

    // The others as the application holds them: decoded, whatever they say.
    QList<Drive> others;
    for (qsizetype i = 1; i < entries.size(); ++i)
        others.append(DriveCodec::decode(entries.at(i)).drive);

    const DecodedDrive decoded = DriveCodec::decode(entries.constFirst());
    if (!entries.constFirst().isObject()) {
        const DriveVerdict verdict = DriveValidator(others).validate(decoded, 1);
        LTS_FUZZ_CHECK(codes(verdict.errors) == QStringList{ issue::InvalidDrive }, input,
                       codes(verdict.errors).join(u", "));
        return 0;
    }
    Judgement(input, others).check(decoded);
    return 0;
}
