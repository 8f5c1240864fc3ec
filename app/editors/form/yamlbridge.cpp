// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editors/form/yamlbridge.h"

#include <QCoreApplication>
#include <QRegularExpression>

#if __has_include("core/yaml/yamleditor.h")
#include "core/yaml/yamleditor.h"
#define STUDIO_HAVE_YAML_EDITOR 1
#endif

namespace Studio::App::YamlBridge {

bool editingAvailable()
{
#ifdef STUDIO_HAVE_YAML_EDITOR
    return true;
#else
    return false;
#endif
}

Result<Yaml::NodePtr> parseRoot(const QString &text, const QString &fileName)
{
    auto doc = Yaml::parse(text.toUtf8(), fileName);
    if (!doc)
        return doc.error();
    return doc->root;
}

QString escapeKey(const QString &key)
{
    QString out;
    for (QChar c : key) {
        if (c == QLatin1Char('.') || c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

Yaml::NodePtr nodeAt(const Yaml::NodePtr &root, const QString &path)
{
#ifdef STUDIO_HAVE_YAML_EDITOR
    auto steps = Yaml::Editor::parsePath(path);
    if (!steps)
        return nullptr;
    Yaml::NodePtr node = root;
    for (const auto &seg : *steps) {
        if (!node)
            break;
        if (seg.index >= 0)
            node = node->isSequence() && seg.index < node->size() ? node->items().at(seg.index) : nullptr;
        else
            node = node->isMapping() ? node->get(seg.key) : nullptr;
    }
    return node;
#else
    static const QRegularExpression step(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    Yaml::NodePtr node = root;
    auto it = step.globalMatch(path);
    while (it.hasNext() && node) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty()) {
            node = node->isMapping() ? node->get(m.captured(1)) : nullptr;
        } else {
            const int i = m.captured(2).toInt();
            node = node->isSequence() && i < node->items().size() ? node->items().at(i) : nullptr;
        }
    }
    return node;
#endif
}

#ifdef STUDIO_HAVE_YAML_EDITOR
template<typename Fn>
static Result<QString> edit(const QString &text, Fn fn)
{
    auto opened = Yaml::Editor::fromText(text.toUtf8());
    if (!opened)
        return opened.error();
    Yaml::Editor editor = std::move(opened.value());
    const Result<void> r = fn(editor);
    if (!r)
        return r.error();
    return QString::fromUtf8(editor.text());
}
#else
static Result<QString> unavailable()
{
    return Error(ErrorCode::Unsupported,
                 QCoreApplication::translate("Studio", "This build has no YAML editor; edit the text instead."));
}
#endif

Result<QString> setScalar(const QString &text, const QString &path, const QString &value)
{
#ifdef STUDIO_HAVE_YAML_EDITOR
    return edit(text, [&](Yaml::Editor &e) { return e.setScalar(path, value); });
#else
    Q_UNUSED(text) Q_UNUSED(path) Q_UNUSED(value)
    return unavailable();
#endif
}

Result<QString> setValue(const QString &text, const QString &path, const QJsonValue &value)
{
#ifdef STUDIO_HAVE_YAML_EDITOR
    return edit(text, [&](Yaml::Editor &e) { return e.setValue(path, value); });
#else
    Q_UNUSED(text) Q_UNUSED(path) Q_UNUSED(value)
    return unavailable();
#endif
}

Result<QString> removeKey(const QString &text, const QString &path)
{
#ifdef STUDIO_HAVE_YAML_EDITOR
    return edit(text, [&](Yaml::Editor &e) { return e.removeKey(path); });
#else
    Q_UNUSED(text) Q_UNUSED(path)
    return unavailable();
#endif
}

Result<QString> appendItem(const QString &text, const QString &seqPath, const QJsonValue &value)
{
#ifdef STUDIO_HAVE_YAML_EDITOR
    return edit(text, [&](Yaml::Editor &e) { return e.appendItem(seqPath, value); });
#else
    Q_UNUSED(text) Q_UNUSED(seqPath) Q_UNUSED(value)
    return unavailable();
#endif
}

Result<QString> removeItem(const QString &text, const QString &seqPath, int index)
{
#ifdef STUDIO_HAVE_YAML_EDITOR
    return edit(text, [&](Yaml::Editor &e) { return e.removeItem(seqPath, index); });
#else
    Q_UNUSED(text) Q_UNUSED(seqPath) Q_UNUSED(index)
    return unavailable();
#endif
}

Result<QString> moveItem(const QString &text, const QString &seqPath, int from, int to)
{
#ifdef STUDIO_HAVE_YAML_EDITOR
    return edit(text, [&](Yaml::Editor &e) { return e.moveItem(seqPath, from, to); });
#else
    Q_UNUSED(text) Q_UNUSED(seqPath) Q_UNUSED(from) Q_UNUSED(to)
    return unavailable();
#endif
}

Result<QString> insertKey(const QString &text, const QString &mapPath, const QString &key, const QJsonValue &value)
{
#ifdef STUDIO_HAVE_YAML_EDITOR
    return edit(text, [&](Yaml::Editor &e) { return e.insertKey(mapPath, key, value); });
#else
    Q_UNUSED(text) Q_UNUSED(mapPath) Q_UNUSED(key) Q_UNUSED(value)
    return unavailable();
#endif
}

Result<QString> renameKey(const QString &text, const QString &path, const QString &newName)
{
#ifdef STUDIO_HAVE_YAML_EDITOR
    return edit(text, [&](Yaml::Editor &e) { return e.renameKey(path, newName); });
#else
    Q_UNUSED(text) Q_UNUSED(path) Q_UNUSED(newName)
    return unavailable();
#endif
}

Result<QString> moveKey(const QString &text, const QString &path, int newIndex)
{
#ifdef STUDIO_HAVE_YAML_EDITOR
    return edit(text, [&](Yaml::Editor &e) { return e.moveKey(path, newIndex); });
#else
    Q_UNUSED(text) Q_UNUSED(path) Q_UNUSED(newIndex)
    return unavailable();
#endif
}

} // namespace Studio::App::YamlBridge
