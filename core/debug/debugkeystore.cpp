// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/debug/debugkeystore.h"

#include <QTimeZone>
#include <QUuid>

namespace Studio::Debug {

DebugKeyStore::DebugKeyStore(QObject *parent) : QObject(parent) {}

QString DebugKeyStore::generateKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString DebugKeyStore::masked(const QString &key)
{
    if (key.size() <= 16)
        return QString(key.size(), QLatin1Char('*'));
    return key.left(8) + QString(key.size() - 16, QLatin1Char('*')) + key.right(8);
}

void DebugKeyStore::purge()
{
    if (m_expiryMs <= 0)
        return;
    const qint64 t = now();
    for (auto it = m_lastUse.begin(); it != m_lastUse.end();) {
        if (t - it.value() > m_expiryMs)
            it = m_lastUse.erase(it);
        else
            ++it;
    }
    if (!m_current.isEmpty() && !m_lastUse.contains(m_current))
        m_current.clear();
}

QString DebugKeyStore::currentKey()
{
    purge();
    if (m_current.isEmpty()) {
        m_current = generateKey();
        m_lastUse.insert(m_current, now());
        emit currentKeyChanged(m_current);
    } else {
        m_lastUse[m_current] = now(); // fetching the key refreshes it, as the daemon does
    }
    return m_current;
}

QString DebugKeyStore::rotate()
{
    purge();
    m_current = generateKey();
    m_lastUse.insert(m_current, now());
    emit currentKeyChanged(m_current);
    return m_current;
}

bool DebugKeyStore::setCurrentKey(const QString &key)
{
    const QString k = key.trimmed();
    if (k.isEmpty())
        return false;
    m_current = k;
    m_lastUse.insert(k, now());
    emit currentKeyChanged(k);
    return true;
}

void DebugKeyStore::revoke(const QString &key)
{
    m_lastUse.remove(key);
    if (key == m_current)
        m_current.clear();
}

void DebugKeyStore::revokeAllExceptCurrent()
{
    for (auto it = m_lastUse.begin(); it != m_lastUse.end();) {
        if (it.key() != m_current)
            it = m_lastUse.erase(it);
        else
            ++it;
    }
}

bool DebugKeyStore::isValid(const QString &key) const
{
    auto it = m_lastUse.constFind(key);
    if (it == m_lastUse.constEnd() || key.isEmpty())
        return false;
    return m_expiryMs <= 0 || now() - it.value() <= m_expiryMs;
}

bool DebugKeyStore::validate(const QString &key)
{
    if (!isValid(key)) {
        purge();
        return false;
    }
    m_lastUse[key] = now();
    return true;
}

QStringList DebugKeyStore::validKeys() const
{
    QStringList out;
    for (auto it = m_lastUse.constBegin(); it != m_lastUse.constEnd(); ++it)
        if (isValid(it.key()))
            out << it.key();
    out.sort();
    return out;
}

QDateTime DebugKeyStore::expiresAt(const QString &key) const
{
    if (!m_lastUse.contains(key) || m_expiryMs <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_lastUse.value(key) + m_expiryMs, QTimeZone(0));
}

} // namespace Studio::Debug
