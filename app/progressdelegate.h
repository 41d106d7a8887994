// ProgressDelegate: the Status column of the Drives window: a progress bar with the speed and
// the time left while a drive syncs, a warning sign on a drive that needs the user, text else.
#pragma once

#include "drivelistmodel.h"

#include <QStyledItemDelegate>

#include <optional>

namespace lts {

class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)

public:
    explicit ProgressDelegate(QObject *parent = nullptr);

    // The text on the bar: "45% · 12.0 MB/s · 4 min left", "Comparing…". The speed and the
    // time left appear once the speed is known (after the first second of copying). Given
    // `room` (pixels in `metrics`), the time left, then the speed, are left out where the
    // whole would not fit: the column stays narrow enough for the folders beside it.
    static QString progressText(const SyncProgress &progress, std::optional<double> bytesPerSecond,
                                const QFontMetrics *metrics = nullptr, int room = 0);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace lts
