#include "driveeditordialog.h"

#include "driveissues.h"
#include "drivevalidator.h"
#include "folderfield.h"
#include "locationfield.h"
#include "paths.h"
#include "previewdialog.h"
#include "remotelocation.h"
#include "synccontroller.h"
#include "syncengine.h"

#include <QAbstractItemDelegate>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <chrono>
#include <climits>
#include <cmath>

namespace lts {

namespace {

using namespace std::chrono_literals;

constexpr auto validationDelay = 250ms;

// A number box that shows 1.5 as "1.5" and 2 as "2", not "2.000": intervals and versions are
// usually whole numbers, but the drive allows fractions.
class NumberBox final : public QDoubleSpinBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberBox)

public:
    explicit NumberBox(QWidget *parent = nullptr)
        : QDoubleSpinBox(parent)
    { }

    QString textFromValue(double value) const override
    {
        QString text = QDoubleSpinBox::textFromValue(value);
        const QString point = locale().decimalPoint();
        if (!text.contains(point))
            return text;
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
        return text;
    }
};

// A message line under a field. It keeps the room of `lines` lines even when empty, so the
// fields below never move under the pointer when a message comes or goes.
QLabel *makeMessageLabel(const QString &objectName, QWidget *parent, int lines = 1)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setMinimumHeight(label->fontMetrics().lineSpacing() * lines);
    return label;
}

} // namespace

// A description that says one of a few sentences (the mode's, the versions'): it is as tall as
// the tallest of them at its width, so changing the sentence moves nothing below it.
class DescriptionLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DescriptionLabel)

public:
    explicit DescriptionLabel(QWidget *parent)
        : QLabel(parent)
    {
        setWordWrap(true);
        setTextFormat(Qt::PlainText);
        setAlignment(Qt::AlignLeft | Qt::AlignTop);
        // As wide as the fields: a narrow column of text would need many lines.
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    }

    void setSentences(QStringList sentences)
    {
        m_sentences = std::move(sentences);
        reserveHeight();
    }

    // The height of the tallest sentence at `width`.
    int neededHeight(int width) const
    {
        const QMargins margins = contentsMargins();
        const int textWidth = std::max(1, width - margins.left() - margins.right());
        int height = 0;
        for (const QString &sentence : m_sentences) {
            const QRect needed = fontMetrics().boundingRect(QRect(0, 0, textWidth, INT_MAX),
                                                            Qt::TextWordWrap, sentence);
            height = std::max(height, needed.height());
        }
        return height + margins.top() + margins.bottom();
    }

protected:
    // The room is set by the width the layout gives, not asked of it: a dialog does not grow
    // with the height its labels would like, so a label that asked would be cut short.
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        reserveHeight();
    }

private:
    void reserveHeight()
    {
        // Before the layout has given it its width, a label is a few characters wide: the room
        // it would reserve then is far taller than it will need.
        if (width() < fontMetrics().averageCharWidth() * 30)
            return;
        const int needed = std::max(neededHeight(width()), QLabel::heightForWidth(width()));
        if (needed != minimumHeight())
            setMinimumHeight(needed);
    }

    QStringList m_sentences;
};

namespace {

DescriptionLabel *makeDescription(const QString &objectName, QWidget *parent)
{
    auto *label = new DescriptionLabel(parent);
    label->setObjectName(objectName);
    return label;
}

// The field's widget with its message lines under it.
QVBoxLayout *column(QWidget *field, std::initializer_list<QWidget *> below)
{
    auto *layout = new QVBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    for (QWidget *widget : below)
        layout->addWidget(widget);
    return layout;
}

QVBoxLayout *column(QLayout *field, std::initializer_list<QWidget *> below)
{
    auto *layout = new QVBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(field);
    for (QWidget *widget : below)
        layout->addWidget(widget);
    return layout;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

bool isWholeNumber(double value)
{
    return std::floor(value) == value;
}

} // namespace

DriveEditorDialog::DriveEditorDialog(SyncController &controller, const QString &driveName,
                                     QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_originalName(driveName)
{
    setObjectName(QStringLiteral("driveEditor"));
    setWindowTitle(isNewDrive() ? tr("Add drive") : tr("Edit drive %1").arg(driveName));
    buildForm();
    if (!isNewDrive()) {
        if (const std::optional<Drive> current = controller.model().drive(driveName))
            m_original = *current;
        else
            m_original.name = driveName;
        // An existing drive's problems are shown at once; a new drive's only once the user
        // has been to the field, so an empty form does not open full of complaints.
        m_touched = { Field::Name, Field::Source, Field::Target, Field::Interval, Field::Versions };
    }
    loadDrive(isNewDrive() ? Drive{} : m_original);
    updateModeDescription();
    updateVersionsDescription();
    updateUnitNames();
    connectChanges();
    connect(&m_targetCheck, &QFutureWatcherBase::finished, this, &DriveEditorDialog::targetChecked);

    m_validationDelay.setSingleShot(true);
    m_validationDelay.setInterval(validationDelay);
    connect(&m_validationDelay, &QTimer::timeout, this, &DriveEditorDialog::validateNow);
    validateNow();
}

DriveEditorDialog::~DriveEditorDialog()
{
    m_targetCheckCancel.cancel(); // the comparison stops at its next folder
}

QStringList DriveEditorDialog::temporaryFilePatterns()
{
    return { QStringLiteral("*.tmp"),        QStringLiteral("*.temp"),   QStringLiteral("~*"),
             QStringLiteral("*~"),           QStringLiteral("*.swp"),    QStringLiteral("*.part"),
             QStringLiteral("*.crdownload"), QStringLiteral(".~lock.*#") };
}

QStringList DriveEditorDialog::systemFilePatterns()
{
    return { QStringLiteral("Thumbs.db"),
             QStringLiteral("ehthumbs.db"),
             QStringLiteral("desktop.ini"),
             QStringLiteral(".DS_Store"),
             QStringLiteral(".Spotlight-V100/"),
             QStringLiteral(".Trashes/"),
             QStringLiteral(".fseventsd/"),
             QStringLiteral("$RECYCLE.BIN/"),
             QStringLiteral("System Volume Information/") };
}

void DriveEditorDialog::buildForm()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nameMessage = makeMessageLabel(QStringLiteral("nameMessage"), this, 2);

    m_source = new LocationField(m_controller, this);
    m_source->setObjectName(QStringLiteral("sourceLocation"));
    m_source->folderField()->setObjectName(QStringLiteral("sourceField"));
    m_source->folderField()->setProber(&m_controller.prober());
    m_source->folderField()->setPlaceholderText(tr("The folder to copy from"));
    m_source->folderField()->setDialogTitle(tr("Choose the folder to copy from"));
    m_source->setServerDialogTitle(tr("Source on a server"));
    m_sourceMessage = makeMessageLabel(QStringLiteral("sourceMessage"), this, 2);

    m_target = new LocationField(m_controller, this);
    m_target->setObjectName(QStringLiteral("targetLocation"));
    m_target->folderField()->setObjectName(QStringLiteral("targetField"));
    m_target->folderField()->setProber(&m_controller.prober());
    m_target->folderField()->setPlaceholderText(
            tr("The folder to copy to; created by the first run"));
    m_target->folderField()->setDialogTitle(tr("Choose the folder to copy to"));
    m_target->setServerDialogTitle(tr("Target on a server"));
    m_targetMessage = makeMessageLabel(QStringLiteral("targetMessage"), this, 2);

    m_sleep = new NumberBox(this);
    m_sleep->setObjectName(QStringLiteral("sleepSpin"));
    m_sleep->setDecimals(3);
    m_sleep->setRange(0, 100000);
    m_units = new QComboBox(this);
    m_units->setObjectName(QStringLiteral("unitsCombo"));
    for (IntervalUnit unit :
         { IntervalUnit::Seconds, IntervalUnit::Minutes, IntervalUnit::Hours, IntervalUnit::Days })
        m_units->addItem(QString(), int(unit)); // named by updateUnitNames()
    m_intervalMessage = makeMessageLabel(QStringLiteral("intervalMessage"), this);
    auto *interval = new QHBoxLayout;
    interval->addWidget(m_sleep);
    interval->addWidget(m_units);
    interval->addStretch(1);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->addItem(tr("Mirror"), int(SyncMode::Mirror));
    m_mode->addItem(tr("Update"), int(SyncMode::Update));
    m_mode->addItem(tr("Move"), int(SyncMode::Move));
    m_modeDescription = makeDescription(QStringLiteral("modeDescription"), this);

    m_after = new QComboBox(this);
    m_after->setObjectName(QStringLiteral("afterCombo"));
    m_after->setToolTip(tr("Runs this drive right after the chosen drive's run went through "
                           "(Success or Partial), besides its own schedule: a chain such as "
                           "logger → cloud → card. Not after a failed run: the files wait."));

    m_exclude = new QListWidget(this);
    m_exclude->setObjectName(QStringLiteral("excludeList"));
    m_exclude->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_exclude->setMaximumHeight(m_exclude->fontMetrics().height() * 6);
    m_exclude->setToolTip(tr("Files and folders matching these patterns are not synced, and "
                             "never deleted from the target: *.tmp, cache/, **/Thumbs.db"));
    m_addExclude = new QPushButton(tr("Add"), this);
    m_addExclude->setObjectName(QStringLiteral("addExcludeButton"));
    m_removeExclude = new QPushButton(tr("Remove"), this);
    m_removeExclude->setObjectName(QStringLiteral("removeExcludeButton"));
    m_removeExclude->setEnabled(false);
    m_presets = new QToolButton(this);
    m_presets->setObjectName(QStringLiteral("presetsButton"));
    m_presets->setText(tr("Presets"));
    m_presets->setPopupMode(QToolButton::InstantPopup);
    auto *presets = new QMenu(m_presets);
    presets->setToolTipsVisible(true);
    QAction *temporary = presets->addAction(tr("Temporary files"));
    temporary->setObjectName(QStringLiteral("temporaryFilesPreset"));
    temporary->setToolTip(temporaryFilePatterns().join(u"  "));
    connect(temporary, &QAction::triggered, this, [this] { addPatterns(temporaryFilePatterns()); });
    QAction *system = presets->addAction(tr("System files"));
    system->setObjectName(QStringLiteral("systemFilesPreset"));
    system->setToolTip(systemFilePatterns().join(u"  "));
    connect(system, &QAction::triggered, this, [this] { addPatterns(systemFilePatterns()); });
    m_presets->setMenu(presets);
    auto *excludeButtons = new QVBoxLayout;
    excludeButtons->addWidget(m_addExclude);
    excludeButtons->addWidget(m_removeExclude);
    excludeButtons->addWidget(m_presets);
    excludeButtons->addStretch(1);
    auto *exclude = new QHBoxLayout;
    exclude->addWidget(m_exclude, 1);
    exclude->addLayout(excludeButtons);

    m_hidden = new QCheckBox(tr("Include hidden files and folders"), this);
    m_hidden->setObjectName(QStringLiteral("hiddenCheck"));
    m_watch = new QCheckBox(tr("S&ync as soon as files change"), this);
    m_watch->setObjectName(QStringLiteral("watchCheck"));
    m_watch->setToolTip(tr("The drive also runs a moment after something changes in the source, "
                           "and looks only at what changed. Sources on a network share or a "
                           "server sync at the interval."));

    m_versions = new NumberBox(this);
    m_versions->setObjectName(QStringLiteral("versionsSpin"));
    m_versions->setDecimals(2);
    m_versions->setRange(0, 3650);
    m_versions->setSpecialValueText(tr("Off"));
    m_versionsDescription = makeDescription(QStringLiteral("versionsDescription"), this);
    m_versionsMessage = makeMessageLabel(QStringLiteral("versionsMessage"), this);
    auto *versions = new QHBoxLayout;
    versions->addWidget(m_versions);
    versions->addStretch(1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(buddyLabel(tr("&Name:"), m_name, this), column(m_name, { m_nameMessage }));
    // The labels' mnemonics go to the folder's path, or to Change… of a server's folder.
    auto *sourceLabel = new QLabel(tr("&Source:"), this);
    m_source->setLabel(sourceLabel);
    form->addRow(sourceLabel, column(m_source, { m_sourceMessage }));
    auto *targetLabel = new QLabel(tr("&Target:"), this);
    m_target->setLabel(targetLabel);
    form->addRow(targetLabel, column(m_target, { m_targetMessage }));
    form->addRow(buddyLabel(tr("&Every:"), m_sleep, this), column(interval, { m_intervalMessage }));
    auto *after = new QHBoxLayout;
    after->addWidget(m_after);
    after->addStretch(1);
    form->addRow(buddyLabel(tr("Also run &after:"), m_after, this), after);
    auto *mode = new QHBoxLayout;
    mode->addWidget(m_mode);
    mode->addStretch(1);
    form->addRow(buddyLabel(tr("&Mode:"), m_mode, this), mode);
    // A row of its own: QFormLayout gives a wrapped label the height its width needs, which
    // it does not when the label sits in a nested layout.
    form->addRow(QString(), m_modeDescription);
    form->addRow(buddyLabel(tr("E&xclude:"), m_exclude, this), exclude);
    form->addRow(QString(), m_hidden);
    form->addRow(QString(), m_watch);
    form->addRow(buddyLabel(tr("&Keep versions (days):"), m_versions, this),
                 column(versions, { m_versionsDescription, m_versionsMessage }));

    m_formMessage = makeMessageLabel(QStringLiteral("formMessage"), this, 0);
    m_formMessage->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_previewButton = m_buttons->addButton(tr("Preview…"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setToolTip(tr("Compare the folders and list what a run would copy, update "
                                   "and delete, without changing anything."));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DriveEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DriveEditorDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &DriveEditorDialog::openPreview);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_formMessage);
    layout->addWidget(m_buttons);
    // Wide enough for a path beside the kind of location and Browse….
    setMinimumWidth(760);
}

void DriveEditorDialog::loadDrive(const Drive &drive)
{
    m_name->setText(isNewDrive() ? QString() : drive.name);
    m_source->setLocation(drive.source);
    m_target->setUploadForm(drive.upload);
    m_target->setLocation(drive.target);
    m_sleep->setValue(drive.sleep);
    m_units->setCurrentIndex(m_units->findData(int(drive.units)));
    m_mode->setCurrentIndex(m_mode->findData(int(drive.mode)));
    m_after->addItem(tr("No other drive"), QString());
    for (const Drive &other : otherDrives())
        m_after->addItem(other.name, other.name);
    m_after->setCurrentIndex(std::max(0, m_after->findData(drive.after)));
    for (const QString &pattern : drive.exclude) {
        auto *item = new QListWidgetItem(pattern, m_exclude);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_hidden->setChecked(drive.hidden);
    m_watch->setChecked(drive.watch);
    m_versions->setValue(drive.versions);
}

void DriveEditorDialog::connectChanges()
{
    connect(m_name, &QLineEdit::textChanged, this, [this] { fieldChanged(Field::Name); });
    connect(m_source, &LocationField::locationChanged, this,
            [this] { fieldChanged(Field::Source); });
    connect(m_target, &LocationField::locationChanged, this,
            [this] { fieldChanged(Field::Target); });
    connect(m_sleep, &QDoubleSpinBox::valueChanged, this, [this] {
        updateUnitNames();
        fieldChanged(Field::Interval);
    });
    connect(m_units, &QComboBox::currentIndexChanged, this,
            [this] { fieldChanged(Field::Interval); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateModeDescription();
        m_validationDelay.start(); // a mirror's first run is checked anew
    });
    connect(m_hidden, &QCheckBox::toggled, this, [this] { m_validationDelay.start(); });
    connect(m_after, &QComboBox::currentIndexChanged, this, [this] { m_validationDelay.start(); });
    // Other filters: what a first mirror would delete is checked anew.
    const auto filtersChanged = [this] { m_validationDelay.start(); };
    connect(m_exclude->model(), &QAbstractItemModel::rowsRemoved, this, filtersChanged);
    connect(m_exclude->model(), &QAbstractItemModel::dataChanged, this, filtersChanged);
    connect(m_versions, &QDoubleSpinBox::valueChanged, this,
            &DriveEditorDialog::updateVersionsDescription);
    connect(m_addExclude, &QPushButton::clicked, this, &DriveEditorDialog::addPattern);
    connect(m_removeExclude, &QPushButton::clicked, this, &DriveEditorDialog::removePatterns);
    connect(m_exclude, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeExclude->setEnabled(!m_exclude->selectedItems().isEmpty()); });
    // A pattern left empty after editing is taken out, so the list holds only real patterns.
    connect(
            m_exclude->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this] {
                for (int row = m_exclude->count() - 1; row >= 0; --row) {
                    if (m_exclude->item(row)->text().trimmed().isEmpty())
                        delete m_exclude->takeItem(row);
                }
            },
            Qt::QueuedConnection);
}

void DriveEditorDialog::fieldChanged(Field field)
{
    if (!m_touched.contains(field))
        m_touched.append(field);
    m_validationDelay.start();
}

QList<Drive> DriveEditorDialog::otherDrives() const
{
    QList<Drive> others = m_controller.drives();
    others.removeIf([this](const Drive &d) { return !isNewDrive() && d.name == m_originalName; });
    return others;
}

qsizetype DriveEditorDialog::position(const QList<Drive> &others) const
{
    const QList<Drive> all = m_controller.drives();
    for (qsizetype row = 0; row < all.size() && !isNewDrive(); ++row) {
        if (all.at(row).name == m_originalName)
            return row + 1;
    }
    return others.size() + 1;
}

Drive DriveEditorDialog::drive() const
{
    // What the dialog does not show (Enabled) is taken as it is now, not as it was when the
    // dialog opened: a drive paused from the tray meanwhile stays paused.
    Drive drive = isNewDrive() ? Drive{}
                               : m_controller.model().drive(m_originalName).value_or(m_original);
    drive.name = DriveValidator::trimmedText(m_name->text());
    if (drive.name.isEmpty() && isNewDrive())
        drive.name = m_defaultName;
    drive.source = m_source->location();
    drive.target = m_target->location();
    // An upload form's fields as its dialog set them; the defaults are written only when the
    // drive had an Upload already (one whose fields were all removed).
    const std::optional<UploadForm> upload = m_target->uploadForm();
    drive.upload = upload && (*upload != UploadForm{} || drive.upload) ? upload : std::nullopt;
    drive.sleep = m_sleep->value();
    drive.units = IntervalUnit(m_units->currentData().toInt());
    drive.mode = SyncMode(m_mode->currentData().toInt());
    drive.after = m_after->currentData().toString();
    drive.exclude.clear();
    for (int row = 0; row < m_exclude->count(); ++row) {
        const QString pattern = DriveValidator::trimmedText(m_exclude->item(row)->text());
        if (!pattern.isEmpty() && !drive.exclude.contains(pattern))
            drive.exclude.append(pattern);
    }
    drive.hidden = m_hidden->isChecked();
    drive.watch = m_watch->isChecked();
    drive.versions = m_versions->value();
    return drive;
}

DriveValidator::FactsLookup DriveEditorDialog::lookup() const
{
    // What this dialog's looks found, then what the prober knows of the other drives' folders
    // (their links); nothing is asked of a disk here.
    return [this](const QString &path) -> std::optional<LocationFacts> {
        if (const auto looked = m_looks.constFind(path); looked != m_looks.cend())
            return looked->answered() ? std::optional(looked->value) : std::nullopt;
        if (const std::optional<LocationProbe> known = m_controller.prober().cached(path);
            known && known->answered())
            return known->value;
        return std::nullopt;
    };
}

void DriveEditorDialog::look(const QString &path)
{
    if (path.isEmpty() || m_looking.contains(path))
        return;
    m_looking.insert(path);
    auto *watcher = new QFutureWatcher<LocationProbe>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_looking.remove(path);
        const QFuture<LocationProbe> done = watcher->future();
        if (done.resultCount() == 0)
            return;
        const LocationProbe answer = done.result();
        const auto before = m_looks.constFind(path);
        const bool news = before == m_looks.cend() || before->outcome != answer.outcome
                          || before->value != answer.value;
        m_looks.insert(path, answer);
        if (news)
            validateNow();
    });
    watcher->setFuture(m_controller.prober().probe(path));
}

void DriveEditorDialog::validateNow()
{
    m_validationDelay.stop();
    const QList<Drive> others = otherDrives();
    const qsizetype place = position(others);
    const DriveValidator::FactsLookup known = lookup();
    // A new drive is named after its source folder ("Photos"), not after its place.
    m_defaultName = DriveValidator(others, DriveValidator::Scope::Fields, known)
                            .nameForFolder(m_source->location(), place);
    if (isNewDrive())
        m_name->setPlaceholderText(m_defaultName);

    const Drive current = drive();
    // drive() gives a new drive left unnamed the name of its folder.
    const DecodedDrive decoded{ current, {}, true };
    const DriveVerdict verdict
            = DriveValidator(others, DriveValidator::Scope::FieldsAndFileSystem, known)
                      .validate(decoded, place);
    m_checked = verdict.drive;
    QList<Error> errors = verdict.errors;
    QList<Error> warnings;
    // Each folder is looked at again (the disk may have changed); until a first answer comes
    // it is being checked, and a folder that did not answer is said so under its field.
    bool checking = false;
    const bool foldersKept = !isNewDrive() && current.source == m_original.source
                             && current.target == m_original.target;
    const struct
    {
        AvailabilityProber::Role role;
        QString location;
        QString code;
    } folders[]
            = { { AvailabilityProber::Role::Source, current.source, issue::InvalidSourcePath },
                { AvailabilityProber::Role::Target, current.target, issue::InvalidTargetPath } };
    for (const auto &folder : folders) {
        const QString path = paths::normalized(folder.location);
        if (path.isEmpty() || DriveValidator::unreachableLocation(folder.location))
            continue;
        look(path);
        const auto looked = m_looks.constFind(path);
        if (looked == m_looks.cend()) {
            checking = true;
            if (!foldersKept)
                warnings.append(
                        { folder.code, tr("Checking %1…").arg(RemoteLocation::displayName(path)) });
        } else if (!looked->answered()) {
            errors.append({ folder.code, m_controller.prober().notAnswering(folder.role, path) });
        }
    }
    // The controller asks the disk only about folders an edit changes, so a drive whose backup
    // disk is unplugged can still be edited: what the disk says about unchanged folders is
    // shown, but does not stop the save.
    if (foldersKept) {
        const DriveVerdict fieldsOnly = DriveValidator(others, DriveValidator::Scope::Fields, known)
                                                .validate(decoded, place);
        for (const Error &error : errors) {
            if (!fieldsOnly.errors.contains(error))
                warnings.append(error);
        }
        errors = fieldsOnly.errors;
    }
    for (const Error &warning : verdict.warnings) {
        // The validator would replace a bad interval by one day; the editor lets the user
        // correct it rather than save an interval other than the one the fields show.
        if (warning.code == issue::InvalidTime)
            errors.append({ warning.code, tr("Choose an interval from 1 second to 366 days.") });
        // Nor does it send an upload form other than the one its dialog shows.
        else if (warning.code == issue::InvalidUpload)
            errors.append(warning);
        else
            warnings.append(warning);
    }
    if (!isNewDrive() && !m_controller.model().drive(m_originalName))
        errors.append({ SyncController::unknownDrive,
                        tr("The drive \"%1\" no longer exists: it was removed while this window "
                           "was open.")
                                .arg(m_originalName) });

    // A new folder is saved once it has answered (the save uses that answer).
    m_checkingFolders = checking && !foldersKept;
    m_hasErrors = !errors.isEmpty() || m_checkingFolders;

    checkTarget();
    if (!m_hasErrors && !m_targetWarning.isEmpty())
        warnings.append({ issue::InvalidTargetPath, m_targetWarning });
    showIssues(errors, warnings);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_hasErrors);
    m_previewButton->setEnabled(!m_hasErrors);
    // OK or Preview was pressed while a folder was being looked at: done once it has answered.
    if (m_whenLooked != Pending::Nothing && !m_checkingFolders) {
        const Pending pending = std::exchange(m_whenLooked, Pending::Nothing);
        if (!m_hasErrors)
            QMetaObject::invokeMethod(this,
                                      pending == Pending::Save ? &DriveEditorDialog::accept
                                                               : &DriveEditorDialog::openPreview,
                                      Qt::QueuedConnection);
    }
}

void DriveEditorDialog::checkTarget()
{
    const Drive drive = m_checked;
    // Only a first mirror of a pair (with these filters) deletes unseen: an edit that keeps
    // the folders, the mode and the filters does not start one, and Update and Move never
    // delete.
    const bool firstMirror
            = drive.mode == SyncMode::Mirror
              && (isNewDrive() || drive.source != m_original.source
                  || drive.target != m_original.target || m_original.mode != SyncMode::Mirror
                  || drive.exclude != m_original.exclude || drive.hidden != m_original.hidden);
    const QString pair
            = m_hasErrors || !firstMirror
                      ? QString()
                      : QStringList{ drive.source, drive.target, drive.exclude.join(u'\n'),
                                     drive.hidden ? QStringLiteral("1") : QStringLiteral("0") }
                                .join(u'\t');
    if (pair == m_checkedPair)
        return; // compared already, or being compared
    m_checkedPair = pair;
    m_targetWarning.clear();
    m_targetCheckCancel.cancel();
    m_targetCheckCancel = CancelToken();
    if (pair.isEmpty()) {
        m_targetCheck.setFuture(QFuture<SyncReport>());
        return;
    }
    // On the controller's preview engine: the disk is never read on this thread.
    m_targetCheck.setFuture(m_controller.preview(drive, m_targetCheckCancel, {}, false));
}

void DriveEditorDialog::targetChecked()
{
    const QFuture<SyncReport> done = m_targetCheck.future();
    if (done.resultCount() == 0)
        return;
    const SyncReport report = done.result();
    const QString warning
            = report.overriddenCode == SyncEngine::targetNotEmpty && report.deleted > 0
                      ? tr("Mirror would delete %n file(s) here that are not in the source. "
                           "Preview… lists them.",
                           nullptr, int(std::min<std::int64_t>(report.deleted, INT_MAX)))
                      : QString();
    if (warning == m_targetWarning)
        return;
    m_targetWarning = warning;
    if (!m_touched.contains(Field::Target))
        m_touched.append(Field::Target); // said at once: it matters before the first run
    validateNow();
}

DriveEditorDialog::Field DriveEditorDialog::fieldOf(const QString &code)
{
    if (code == issue::InvalidName || code == issue::DuplicateName)
        return Field::Name;
    if (code == issue::InvalidSourcePath)
        return Field::Source;
    if (code == issue::InvalidTargetPath || code == issue::OverlappingTarget
        || code == issue::InvalidUpload)
        return Field::Target;
    if (code == issue::InvalidTime || code == issue::InvalidUnits)
        return Field::Interval;
    if (code == issue::InvalidVersions)
        return Field::Versions;
    return Field::Form;
}

QLabel *DriveEditorDialog::messageLabel(Field field) const
{
    switch (field) {
    case Field::Name:
        return m_nameMessage;
    case Field::Source:
        return m_sourceMessage;
    case Field::Target:
        return m_targetMessage;
    case Field::Interval:
        return m_intervalMessage;
    case Field::Versions:
        return m_versionsMessage;
    case Field::Form:
        break;
    }
    return m_formMessage;
}

void DriveEditorDialog::showIssues(const QList<Error> &errors, const QList<Error> &warnings)
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor errorColor = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    const QColor warningColor = palette().color(QPalette::PlaceholderText);
    for (Field field : { Field::Name, Field::Source, Field::Target, Field::Interval,
                         Field::Versions, Field::Form }) {
        QStringList lines;
        bool anyError = false;
        for (const Error &error : errors) {
            if (fieldOf(error.code) == field) {
                lines.append(error.message);
                anyError = true;
            }
        }
        for (const Error &warning : warnings) {
            if (fieldOf(warning.code) == field)
                lines.append(warning.message);
        }
        QLabel *label = messageLabel(field);
        const bool shown = !lines.isEmpty()
                           && (field == Field::Form || m_showAll || m_touched.contains(field));
        // Empty, not hidden: the room stays, and nothing below moves.
        label->setText(shown ? lines.join(u'\n') : QString());
        label->setProperty("severity", !shown     ? QString()
                                       : anyError ? QStringLiteral("error")
                                                  : QStringLiteral("warning"));
        QPalette colors = label->palette();
        colors.setColor(QPalette::WindowText, anyError ? errorColor : warningColor);
        label->setPalette(colors);
        if (field == Field::Form)
            label->setHidden(!shown); // below every field: it moves nothing
    }
}

void DriveEditorDialog::accept()
{
    m_showAll = true;
    validateNow();
    m_whenLooked = m_checkingFolders ? Pending::Save : Pending::Nothing;
    if (m_hasErrors)
        return;
    const Drive wanted = drive();
    // Judged with what the looks at the folders found: no disk is asked on this thread.
    const DriveVerdict verdict
            = isNewDrive() ? m_controller.addDrives({ DecodedDrive{ wanted, {}, true } }, m_looks)
                                     .constFirst()
                           : m_controller.editDrive(m_originalName, wanted, m_looks);
    if (!verdict.accepted()) {
        // Something changed since the last check (another drive, the disk, the config
        // folder): the user sees why and can try again.
        showIssues(verdict.errors, verdict.warnings);
        return;
    }
    m_savedName = verdict.drive.name;
    QDialog::accept();
}

void DriveEditorDialog::addPatterns(const QStringList &patterns)
{
    QStringList present;
    for (int row = 0; row < m_exclude->count(); ++row)
        present.append(m_exclude->item(row)->text().trimmed());
    for (const QString &pattern : patterns) {
        if (present.contains(pattern))
            continue;
        auto *item = new QListWidgetItem(pattern, m_exclude);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        present.append(pattern);
    }
}

void DriveEditorDialog::addPattern()
{
    auto *item = new QListWidgetItem(m_exclude);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_exclude->setCurrentItem(item);
    m_exclude->editItem(item);
}

void DriveEditorDialog::removePatterns()
{
    const QList<QListWidgetItem *> selected = m_exclude->selectedItems();
    for (QListWidgetItem *item : selected)
        delete m_exclude->takeItem(m_exclude->row(item));
}

QString DriveEditorDialog::modeDescription(SyncMode mode)
{
    switch (mode) {
    case SyncMode::Mirror:
        return tr("Makes the target an exact copy: files removed from the source are removed from "
                  "the target too.");
    case SyncMode::Update:
        return tr("Copies new and changed files to the target, and never deletes anything there.");
    case SyncMode::Move:
        break;
    }
    return tr("Copies new and changed files to the target, then removes them from the source. "
              "The source folder itself is kept.");
}

void DriveEditorDialog::updateModeDescription()
{
    m_modeDescription->setSentences({ modeDescription(SyncMode::Mirror),
                                      modeDescription(SyncMode::Update),
                                      modeDescription(SyncMode::Move) });
    m_modeDescription->setText(modeDescription(SyncMode(m_mode->currentData().toInt())));
}

void DriveEditorDialog::updateUnitNames()
{
    // "Every 1 day", "Every 2 days": the units follow the number, in every language.
    const int count = m_sleep->value() == 1.0 ? 1 : 2;
    const QStringList names{ tr("second(s)", nullptr, count), tr("minute(s)", nullptr, count),
                             tr("hour(s)", nullptr, count), tr("day(s)", nullptr, count) };
    for (int i = 0; i < m_units->count() && i < names.size(); ++i)
        m_units->setItemText(i, names.at(i));
}

QString DriveEditorDialog::versionsDescription(double days) const
{
    if (days <= 0)
        return tr("Files that a run overwrites or deletes in the target are not kept.");
    if (isWholeNumber(days))
        return tr("Files that a run overwrites or deletes in the target are kept for %n day(s), "
                  "in its .letthatsyncin/versions folder.",
                  nullptr, int(days));
    return tr("Files that a run overwrites or deletes in the target are kept for %1 days, in "
              "its .letthatsyncin/versions folder.")
            .arg(locale().toString(days));
}

void DriveEditorDialog::updateVersionsDescription()
{
    // The longest it can say: a fraction of days, or many of them.
    m_versionsDescription->setSentences(
            { versionsDescription(0), versionsDescription(3650), versionsDescription(3649.75) });
    m_versionsDescription->setText(versionsDescription(m_versions->value()));
}

void DriveEditorDialog::openPreview()
{
    validateNow();
    m_whenLooked = m_checkingFolders ? Pending::Preview : Pending::Nothing;
    if (m_hasErrors)
        return;
    auto *preview
            = new PreviewDialog(m_controller, m_checked, PreviewDialog::Purpose::Preview, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->open();
}

} // namespace lts

#include "driveeditordialog.moc"
