// HeadlessService: `letthatsyncin --headless`, the drives on their schedule with no display:
// one instance per config folder, every log line also on stderr (for journald), and a clean
// stop on SIGTERM or Ctrl+C: runs cancelled, temporary files removed, state saved.
#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace lts {

struct GlobalOptions;

class HeadlessService final
{
    Q_DECLARE_TR_FUNCTIONS(lts::HeadlessService)

public:
    explicit HeadlessService(QTextStream &err);

    // Runs the event loop until stopped; returns the exit code.
    int run(const GlobalOptions &options);

private:
    QTextStream &m_err;
};

} // namespace lts
