// DriveCodec: the one JSON form of a drive, shared by the config file, the protocol and the
// tests. Decoding never fails outright: it applies defaults and reports what it replaced.
#pragma once

#include "drive.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace lts {

struct DecodedDrive
{
    Drive drive;
    QList<Error> issues; // errors and warnings found in the JSON itself, unordered
    bool hasName = false; // false: the drive takes its default name from its position
                          // (an edited drive keeps its own)
};

class DriveCodec final
{
    Q_DECLARE_TR_FUNCTIONS(lts::DriveCodec)

public:
    enum class NameField { Include, Omit };

    static QJsonObject encode(const Drive &drive, NameField name = NameField::Include);

    // Reads the fields `json` has over `base`: the defaults for a new drive, the current
    // drive for an edit. A field of the wrong type or value gets the protocol's default.
    static DecodedDrive decode(const QJsonValue &json, const Drive &base = {});

    // The entries of a request's or a file's `Drives`, in any of the three forms: an object
    // keyed by labels, an array of drive objects, an array of one-key objects. Fails with
    // "Invalid Drive" when there is no entry at all.
    static Result<QList<QJsonValue>> entries(const QJsonValue &drives);

    // A drive's `Upload` object (an upload form's file field and other fields); what is of the
    // wrong type gets its default, with an "Invalid Upload" warning in `issues`.
    static UploadForm decodeUpload(const QJsonValue &json, QList<Error> &issues);

    // The field names of the drive object; other names in a drive are unknown fields.
    static bool isDriveField(const QString &key);
    // Fields the application adds at run time (Status, LastSync ...), ignored when sent.
    static bool isRuntimeField(const QString &key);
};

} // namespace lts
