// ApiToken: the secret a WebSocket client presents when the server cannot tell it is the local
// user (protocol.md, "Security"), made once and kept in <config>/token, readable by its owner only.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lts {

class ApiToken final
{
    Q_DECLARE_TR_FUNCTIONS(lts::ApiToken)

public:
    static constexpr int randomBytes = 32; // 256 bits, written as 64 hex digits

    static inline const QString tokenUnsafe = QStringLiteral("Token Unsafe");
    static inline const QString tokenUnreadable = QStringLiteral("Token Unreadable");
    static inline const QString tokenInvalid = QStringLiteral("Token Invalid");
    static inline const QString tokenNotSaved = QStringLiteral("Token Not Saved");

    // <configFolder>/token
    static QString filePath(const QString &configFolder);

    // The token kept in <configFolder>/token. On first use it is made and written with the
    // owner's read and write permission only (0600) from the moment the file appears. A file
    // that others may read ("Token Unsafe"), that cannot be read, or that holds no usable
    // token is reported, never replaced: it may be one the user set on purpose.
    static Result<QByteArray> loadOrCreate(const QString &configFolder);

    // Replaces <configFolder>/token with a new token, whatever the file held (the user asked
    // for it). Written like a first token (0600 from the moment it exists), then renamed over
    // the old file in one step, so the file holds the old token or the new one, never none.
    static Result<QByteArray> regenerate(const QString &configFolder);

    // A new token from the system's cryptographic random source.
    static QByteArray generate();

    // The token in the file at `path`, refused as loadOrCreate() refuses it (the clients read
    // it this way, so they never send what another user may have chosen or read).
    static Result<QByteArray> read(const QString &path);

private:
    enum class Existing { Keep, Replace };
    static Result<QByteArray> create(const QString &path, Existing existing = Existing::Keep);
};

} // namespace lts
