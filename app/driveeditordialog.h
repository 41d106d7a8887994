// DriveEditorDialog: adds a drive or edits one, checking the fields as the user types with the
// DriveValidator the controller and the protocol use, warning at the Target field when a first
// mirror there would delete files (compared off the GUI thread), and previewing what a run
// would do. Its fields keep their places while messages come and go. The folders are looked at
// on the controller's prober: a folder that does not answer shows "Checking…", then that it
// did not answer, and the dialog stays responsive meanwhile.
#pragma once

#include "availabilityprober.h"
#include "drive.h"
#include "drivevalidator.h"
#include "syncjob.h"
#include "syncreport.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <QSet>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

namespace lts {

class DescriptionLabel;
class LocationField;
class SyncController;

class DriveEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriveEditorDialog)

public:
    // `driveName` empty: a new drive.
    explicit DriveEditorDialog(SyncController &controller, const QString &driveName,
                               QWidget *parent = nullptr);
    ~DriveEditorDialog() override;

    bool isNewDrive() const { return m_originalName.isEmpty(); }
    // The drive as the fields say; a new drive without a name gets the default name shown in
    // the name field. An edited drive keeps its Enabled.
    Drive drive() const;
    // After accept(): the name the drive was saved under (the default name of a new drive
    // left unnamed, or the new name of a renamed one).
    QString driveName() const { return m_savedName; }
    // Whether the comparison behind the Target field's warning is still going on.
    bool isCheckingTarget() const { return m_targetCheck.isRunning(); }
    // Whether the prober is still looking at the folder `path` for this dialog.
    bool isLookingAt(const QString &path) const { return m_looking.contains(path); }

    // What the "Presets" menu adds to the exclude list.
    static QStringList temporaryFilePatterns();
    static QStringList systemFilePatterns();

public Q_SLOTS:
    // Saves the drive; on a refusal the dialog stays open and shows why.
    void accept() override;

private:
    enum class Field { Name, Source, Target, Interval, Versions, Form };

    void buildForm();
    void loadDrive(const Drive &drive);
    void connectChanges();
    void fieldChanged(Field field);
    void validateNow();
    void showIssues(const QList<Error> &errors, const QList<Error> &warnings);
    void addPatterns(const QStringList &patterns);
    void addPattern();
    void removePatterns();
    static QString modeDescription(SyncMode mode);
    QString versionsDescription(double days) const;
    void updateModeDescription();
    void updateVersionsDescription();
    void updateUnitNames();
    // A first mirror into the chosen target: does it hold files the source does not have?
    void checkTarget();
    void targetChecked();
    // A fresh look at the folder on the prober (none while one is under way); validates
    // again when its answer differs from the last one.
    void look(const QString &path);
    DriveValidator::FactsLookup lookup() const;
    void openPreview();
    QList<Drive> otherDrives() const;
    qsizetype position(const QList<Drive> &others) const;
    QLabel *messageLabel(Field field) const;
    static Field fieldOf(const QString &code);

    SyncController &m_controller;
    const QString m_originalName;
    Drive m_original; // of an edited drive, as it was when the dialog opened
    Drive m_checked; // as the last validation normalised it (paths cleaned, default name)
    QString m_savedName;
    QString m_defaultName; // a new drive's name when the name field is left empty
    bool m_hasErrors = true;
    bool m_checkingFolders = false; // a folder the save depends on has not answered yet
    enum class Pending { Nothing, Save, Preview };
    Pending m_whenLooked = Pending::Nothing; // pressed meanwhile
    bool m_showAll = false; // also the messages of fields not touched yet (after OK)
    QList<Field> m_touched;
    // Validation looks at the folders: it waits for a pause in the typing.
    QTimer m_validationDelay;
    QFutureWatcher<SyncReport> m_targetCheck;
    CancelToken m_targetCheckCancel;
    // What the prober last answered about each folder typed, by normalised path.
    QHash<QString, LocationProbe> m_looks;
    QSet<QString> m_looking;
    QString m_checkedPair; // what the last check compared (source, target, filters)
    QString m_targetWarning; // what it found, in words; empty when nothing would go

    QLineEdit *m_name = nullptr;
    LocationField *m_source = nullptr;
    LocationField *m_target = nullptr;
    QDoubleSpinBox *m_sleep = nullptr;
    QComboBox *m_units = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_after = nullptr; // the drive this one runs right after (a chain), or none
    DescriptionLabel *m_modeDescription = nullptr;
    QListWidget *m_exclude = nullptr;
    QPushButton *m_addExclude = nullptr;
    QPushButton *m_removeExclude = nullptr;
    QToolButton *m_presets = nullptr;
    QCheckBox *m_hidden = nullptr;
    QCheckBox *m_watch = nullptr;
    QDoubleSpinBox *m_versions = nullptr;
    DescriptionLabel *m_versionsDescription = nullptr;
    QLabel *m_nameMessage = nullptr;
    QLabel *m_sourceMessage = nullptr;
    QLabel *m_targetMessage = nullptr;
    QLabel *m_intervalMessage = nullptr;
    QLabel *m_versionsMessage = nullptr;
    QLabel *m_formMessage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_previewButton = nullptr;
};

} // namespace lts
