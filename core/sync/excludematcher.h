// ExcludeMatcher: the drive's Exclude patterns, with gitignore's rules: `*` and `?` stay
// within one name, `**` spans folders, `[abc]` and `[!a-z]` are sets, a trailing `/` matches
// folders only, and a pattern with a `/` before its end is anchored at the drive's root.
#pragma once

#include <QByteArray>
#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace lts {

class ExcludeMatcher final
{
public:
    explicit ExcludeMatcher(const QStringList &patterns = {});

    // `path`: relative to the drive root, '/'-separated, e.g. "photos/2024/a.jpg".
    bool matches(const QByteArray &path, bool isFolder) const;
    bool isEmpty() const { return m_rules.empty(); }

private:
    struct Rule
    {
        QRegularExpression expression;
        bool foldersOnly = false;
        bool wholePath = false; // anchored: matched against the whole path, not the name
    };
    std::vector<Rule> m_rules;
};

} // namespace lts
