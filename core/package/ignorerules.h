// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/fileset.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace Studio::Package {

// The ignore rules the Dify packager applies to a plugin folder (formats.md §3.3).
//
// Only `DIR/.difyignore` is read; when it cannot be read, `DIR/.gitignore` is used instead (one of
// them, never both, never nested files). Without either file nothing is ignored.
// Each line is trimmed; empty lines and `#` comments are skipped. Patterns follow go-git's
// gitignore semantics: trailing `/` = directories only; a pattern that contains `/` is anchored
// at the root and matched segment by segment (`**` = any number of segments, and a match on a
// folder also covers everything below it); a pattern without `/` matches any single path
// component at any depth. Segments use git wildmatch (`*`, `?`, `[...]`, `[!...]`/`[^...]`,
// POSIX classes such as `[[:digit:]]`, `\` escapes).
// Daemon quirk reproduced on purpose: a negated pattern (`!foo`) NEVER re-includes anything.
class IgnoreRules
{
public:
    IgnoreRules() = default;

    // Reads DIR/.difyignore, else DIR/.gitignore, else returns empty rules.
    static IgnoreRules loadForPluginDir(const QString &dir);
    // Parses the text of an ignore file. `sourceFile` is only remembered for display.
    static IgnoreRules fromText(const QByteArray &text, const QString &sourceFile = QString());

    // True when the path (relative, '/'-separated, no trailing '/') is excluded by any pattern.
    bool isExcluded(const QString &relPath, bool isDir) const;
    // The first pattern line that excludes the path (as written in the file), or empty.
    QString excludingPattern(const QString &relPath, bool isDir) const;

    // Absolute path of the file the rules came from; empty when none was found.
    QString sourceFile() const { return m_sourceFile; }
    // The effective pattern lines (after trimming and comment removal), in file order.
    QStringList patterns() const;
    bool isEmpty() const { return m_patterns.isEmpty(); }

    // Wildmatch of one path component against one pattern segment (exposed for tests).
    static bool matchSegment(const QString &pattern, const QString &name);

private:
    struct Pattern
    {
        QString text;         // the trimmed line
        QStringList segments; // pattern split on '/'
        bool inclusion = false;
        bool dirOnly = false;
        bool isGlob = false;  // contains '/' (after removing the trailing one)
    };
    static bool matches(const Pattern &p, const QStringList &path, bool isDir);
    static bool simpleNameMatch(const Pattern &p, const QStringList &path, bool isDir);
    static bool globMatch(const Pattern &p, QStringList path, bool isDir);

    QString m_sourceFile;
    QList<Pattern> m_patterns;
};

// A FileSet over a plugin folder with its ignore rules applied (the post-ignore walk of §3.2).
std::unique_ptr<DirectoryFileSet> openPluginFolder(const QString &dir);
// Same, with rules already loaded.
std::unique_ptr<DirectoryFileSet> openPluginFolder(const QString &dir, const IgnoreRules &rules,
                                                   DirectoryFileSet::Links links = DirectoryFileSet::Links::StayInside);

} // namespace Studio::Package
