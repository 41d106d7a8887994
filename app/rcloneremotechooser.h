// RcloneRemoteChooser: the location dialog's choice of a remote of the user's own rclone
// configuration ("dropbox"), with "Reload" for a remote just made with `rclone config`, and a
// note (placed by the dialog in a row of its own) for when there is nothing to choose: rclone
// not installed (the package to install), no remote yet (how to make one, with a link to the
// Dropbox walk-through of docs/remote.md), a configuration rclone cannot read, or a drive's
// remote that the configuration no longer has. The remotes are listed on a thread of their own
// (RemoteChecks::rcloneRemotes); the combo box says "Loading remotes…" meanwhile. rclone keeps
// the logins: nothing here asks for a password.
#pragma once

#include "remotechecks.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace lts {

class RcloneRemoteChooser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RcloneRemoteChooser)

public:
    explicit RcloneRemoteChooser(RemoteChecks &checks, QWidget *parent = nullptr);

    // The remote chosen, without rclone's ':'; empty while there is none to choose.
    QString remote() const;
    // Chooses `name` (the remote of a location being edited): shown at once, and kept when the
    // list comes, even if the configuration no longer has it (the note says so).
    void setRemote(const QString &name);
    // Lists the remotes unless they were listed already (the dialog's kind turned to rclone).
    void listOnce();
    bool isListing() const { return m_listing; }
    // Whether the last listing found no rclone on PATH.
    bool rcloneMissing() const { return !m_list.installed; }

    QComboBox *combo() const { return m_combo; }
    QPushButton *reloadButton() const { return m_reload; }
    // What there is to know when there is nothing (or something odd) to choose; empty otherwise.
    QLabel *note() const { return m_note; }
    // Why no location can be made yet ("Choose a remote", "rclone is not installed"...), in
    // plain words for the dialog's status line; empty when a remote is chosen.
    QString whyNone() const;

public Q_SLOTS:
    // Lists the remotes again (after `rclone config`), keeping the one chosen.
    void reload();

Q_SIGNALS:
    // The user chose another remote.
    void remoteChosen();
    // A listing began or ended: what can be chosen changed.
    void listingChanged();
    // The note says something else (or nothing now).
    void noteChanged();

private:
    void listed(quint64 listing, const RcloneRemoteList &list);
    void fill();
    void updateNote();

    RemoteChecks &m_checks;
    QComboBox *m_combo = nullptr;
    QPushButton *m_reload = nullptr;
    QLabel *m_note = nullptr;
    QString m_wanted; // the remote to keep chosen across listings
    RcloneRemoteList m_list;
    bool m_listed = false; // a listing ended once
    bool m_listing = false;
    quint64 m_listings = 0; // the latest listing's number: an older answer is dropped
};

} // namespace lts
