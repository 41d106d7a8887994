#include "excludematcher.h"

#include <QFile>

namespace lts {

namespace {

// The glob as a regular expression on one path ('/'-separated). `**` alone as a part spans
// any number of folders, including none.
QString globToRegex(const QString &glob)
{
    QString rx;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*') {
            const bool doubleStar = i + 1 < glob.size() && glob.at(i + 1) == u'*';
            if (!doubleStar) {
                rx += QStringLiteral("[^/]*");
                continue;
            }
            ++i;
            const bool atPartStart = i == 1 || glob.at(i - 2) == u'/';
            const bool slashFollows = i + 1 < glob.size() && glob.at(i + 1) == u'/';
            const bool atEnd = i + 1 == glob.size();
            if (atPartStart && slashFollows) {
                rx += QStringLiteral("(?:.*/)?"); // "**/": any folders, or none
                ++i;
            } else if (atPartStart && atEnd) {
                rx += QStringLiteral(".*"); // "a/**": everything inside
            } else {
                rx += QStringLiteral("[^/]*"); // "a**b" is "a*b", as in gitignore
            }
        } else if (c == u'?') {
            rx += QStringLiteral("[^/]");
        } else if (c == u'[') {
            const qsizetype close = glob.indexOf(u']', i + 2);
            if (close < 0) {
                rx += QStringLiteral("\\[");
                continue;
            }
            QString set = glob.mid(i + 1, close - i - 1);
            const bool negated = set.startsWith(u'!') || set.startsWith(u'^');
            if (negated)
                set.remove(0, 1);
            set.replace(u'\\', QStringLiteral("\\\\"));
            rx += (negated ? QStringLiteral("[^/") : QStringLiteral("[")) + set + u']';
            i = close;
        } else if (c == u'\\' && i + 1 < glob.size()) {
            rx += QRegularExpression::escape(glob.at(++i));
        } else {
            rx += QRegularExpression::escape(c);
        }
    }
    return QRegularExpression::anchoredPattern(rx);
}

} // namespace

ExcludeMatcher::ExcludeMatcher(const QStringList &patterns)
{
    for (QString pattern : patterns) {
        pattern = pattern.trimmed();
        if (pattern.isEmpty() || pattern.startsWith(u'#'))
            continue;
        Rule rule;
        rule.foldersOnly = pattern.endsWith(u'/');
        while (pattern.endsWith(u'/'))
            pattern.chop(1);
        rule.wholePath = pattern.contains(u'/');
        while (pattern.startsWith(u'/'))
            pattern.remove(0, 1);
        if (pattern.isEmpty())
            continue;
        rule.expression = QRegularExpression(globToRegex(pattern),
                                             QRegularExpression::DotMatchesEverythingOption);
        rule.expression.optimize();
        if (rule.expression.isValid())
            m_rules.push_back(std::move(rule));
    }
}

bool ExcludeMatcher::matches(const QByteArray &path, bool isFolder) const
{
    if (m_rules.empty())
        return false;
    const QString full = QFile::decodeName(path);
    const qsizetype slash = full.lastIndexOf(u'/');
    const QStringView name = slash < 0 ? QStringView(full) : QStringView(full).mid(slash + 1);
    for (const Rule &rule : m_rules) {
        if (rule.foldersOnly && !isFolder)
            continue;
        if (rule.expression.match(rule.wholePath ? QStringView(full) : name).hasMatch())
            return true;
    }
    return false;
}

} // namespace lts
