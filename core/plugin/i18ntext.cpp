// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/i18ntext.h"

namespace Studio::Plugin {

bool I18nText::isDifyLanguage(QStringView language)
{
    return language == u"en_US" || language == u"zh_Hans" || language == u"ja_JP" || language == u"pt_BR";
}

bool I18nText::isEmpty() const
{
    if (!en_US.isEmpty() || !zh_Hans.isEmpty() || !ja_JP.isEmpty() || !pt_BR.isEmpty())
        return false;
    for (const QString &t : otherLanguages) {
        if (!t.isEmpty())
            return false;
    }
    return true;
}

QString I18nText::value(const QString &language) const
{
    if (language == QLatin1String("en_US"))
        return en_US;
    if (language == QLatin1String("zh_Hans"))
        return zh_Hans;
    if (language == QLatin1String("ja_JP"))
        return ja_JP;
    if (language == QLatin1String("pt_BR"))
        return pt_BR;
    return otherLanguages.value(language);
}

QString I18nText::text(const QString &language) const
{
    const QString v = value(language);
    if (!v.isEmpty())
        return v;
    if (!en_US.isEmpty())
        return en_US;
    for (const QString *t : {&zh_Hans, &ja_JP, &pt_BR}) {
        if (!t->isEmpty())
            return *t;
    }
    for (const QString &lang : droppedLanguages) {
        const QString t = otherLanguages.value(lang);
        if (!t.isEmpty())
            return t;
    }
    return {};
}

QJsonObject I18nText::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("en_US"), en_US);
    if (!zh_Hans.isEmpty())
        o.insert(QStringLiteral("zh_Hans"), zh_Hans);
    if (!ja_JP.isEmpty())
        o.insert(QStringLiteral("ja_JP"), ja_JP);
    if (!pt_BR.isEmpty())
        o.insert(QStringLiteral("pt_BR"), pt_BR);
    return o;
}

I18nText I18nText::fromJson(const QJsonValue &value)
{
    I18nText t;
    if (value.isString()) {
        t.en_US = value.toString();
        t.present = true;
        return t;
    }
    if (!value.isObject())
        return t;
    t.present = true;
    const QJsonObject o = value.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString text = it.value().isString() ? it.value().toString() : QString();
        const QString &k = it.key();
        if (k == QLatin1String("en_US"))
            t.en_US = text;
        else if (k == QLatin1String("zh_Hans"))
            t.zh_Hans = text;
        else if (k == QLatin1String("ja_JP"))
            t.ja_JP = text;
        else if (k == QLatin1String("pt_BR"))
            t.pt_BR = text;
        else {
            t.droppedLanguages.append(k);
            t.otherLanguages.insert(k, text);
        }
    }
    return t;
}

} // namespace Studio::Plugin
