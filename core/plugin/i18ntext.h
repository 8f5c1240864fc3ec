// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one type for a translated text ({en_US: ..., zh_Hans: ...}) wherever it comes from: plugin
// YAML (the decoder), a remote-debug registration or a Marketplace answer (JSON).
// Dify reads four languages (formats.md §2.1); any other key (zh_Hant, ko_KR, ...) is kept in
// `otherLanguages` and named in `droppedLanguages`, so the validator can say it is ignored and a
// Marketplace listing can still show it when nothing else is there.

#include "core/yaml/yamlnode.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Studio::Plugin {

struct I18nText
{
    QString en_US, zh_Hans, ja_JP, pt_BR;
    QStringList droppedLanguages;          // keys Dify ignores, in the order written
    QMap<QString, QString> otherLanguages; // their texts
    Yaml::Mark mark;                       // where it is written (YAML); line 0 = unknown
    bool present = false;                  // written at all (a mapping, or a JSON string/object)

    // True when no language has a text.
    bool isEmpty() const;
    // The text for `language` ("zh_Hans", "ja_JP", "zh_Hant", ...), else en_US, else the first
    // non-empty text of any language.
    QString text(const QString &language = QStringLiteral("en_US")) const;
    // The text written for exactly `language` (empty when none).
    QString value(const QString &language) const;
    // {en_US: ...} plus the other Dify languages that have a text (what the daemon sends on).
    QJsonObject toJson() const;

    // A JSON string (taken as en_US) or an object of language -> string; anything else is absent.
    static I18nText fromJson(const QJsonValue &value);
    // True for en_US, zh_Hans, ja_JP and pt_BR.
    static bool isDifyLanguage(QStringView language);
};

} // namespace Studio::Plugin
