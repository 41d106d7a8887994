#include "progressdelegate.h"

#include "drivetablemodel.h"
#include "textformat.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionProgressBar>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace lts {

namespace {

// A run's progress as the delegate draws it; nothing when the row is not syncing.
std::optional<DriveRuntime> syncingRuntime(const QModelIndex &index)
{
    const QVariant value = index.data(DriveTableModel::RuntimeRole);
    if (!value.isValid())
        return std::nullopt;
    auto runtime = value.value<DriveRuntime>();
    if (runtime.status != DriveStatus::Syncing || !runtime.progress)
        return std::nullopt;
    return runtime;
}

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

} // namespace

ProgressDelegate::ProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QString ProgressDelegate::progressText(const SyncProgress &progress,
                                       std::optional<double> bytesPerSecond,
                                       const QFontMetrics *metrics, int room)
{
    if (progress.scanning)
        return tr("Comparing…");
    QStringList parts;
    const std::optional<int> percent = progressPercent(progress);
    parts.append(percent ? tr("%1%").arg(*percent) : tr("Syncing…"));
    if (bytesPerSecond && *bytesPerSecond >= 0) {
        parts.append(TextFormat::rate(*bytesPerSecond));
        if (const auto left
            = TransferRate::timeLeft(progress.bytesTotal - progress.bytesDone, bytesPerSecond))
            parts.append(TextFormat::timeLeft(*left));
    }
    while (metrics && parts.size() > 1 && metrics->horizontalAdvance(parts.join(tr(" · "))) > room)
        parts.removeLast();
    return parts.join(tr(" · "));
}

void ProgressDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant value = index.data(DriveTableModel::RuntimeRole);
    if (!value.isValid())
        return;
    const auto runtime = value.value<DriveRuntime>();
    // The sign makes a drive that waits for the user stand out in a long list.
    std::optional<QStyle::StandardPixmap> sign;
    if (DriveTableModel::needsReview(runtime))
        sign = QStyle::SP_MessageBoxWarning;
    else if (runtime.status == DriveStatus::Error)
        sign = QStyle::SP_MessageBoxCritical;
    if (!sign)
        return;
    option->icon = styleOf(*option)->standardIcon(*sign, option, option->widget);
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int extent = option->fontMetrics.height();
    option->decorationSize = QSize(extent, extent);
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const std::optional<DriveRuntime> runtime = syncingRuntime(index);
    if (!runtime) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    QStyle *style = styleOf(item);
    // The cell's background and selection first, then the bar inside it.
    item.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    const std::optional<int> percent = progressPercent(*runtime->progress);
    QStyleOptionProgressBar bar;
    bar.state = (item.state & ~(QStyle::State_Selected | QStyle::State_HasFocus))
                | QStyle::State_Horizontal;
    bar.direction = item.direction;
    bar.rect = item.rect.adjusted(2, 2, -2, -2);
    bar.palette = item.palette;
    bar.fontMetrics = item.fontMetrics;
    bar.minimum = 0;
    bar.maximum = percent ? 100 : 0; // equal bounds: a busy bar while the total is unknown
    bar.progress = percent.value_or(0);
    bar.text
            = progressText(*runtime->progress, runtime->bytesPerSecond, &bar.fontMetrics,
                           bar.rect.width() - 2 * style->pixelMetric(QStyle::PM_DefaultFrameWidth));
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    painter->save();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, item.widget);
    painter->restore();
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (syncingRuntime(index)) {
        // The same while the run goes, whatever its figures, so that the column (sized to its
        // contents) does not jump at each: room for the percentage and the speed; the time
        // left shows where the user makes room for it (paint()).
        const QString typical = progressText({ 99, 100, 100, 100, {}, false }, 999'900'000);
        size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(typical) + 16));
    }
    return size;
}

} // namespace lts
