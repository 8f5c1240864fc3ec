// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Timestamps as the daemon reads them. yaml.v3 turns a plain scalar into a time.Time when one of
// its four layouts parses it (2024-01-02, 2024-1-2 3:04:05.5, 2001-12-14t21:59:43.10-05:00, ...),
// both for a typed time.Time field (created_at) and for a value decoded into interface{} (a
// parameter `default`), which the daemon then sends on as RFC 3339 text; a quoted scalar reaches a
// time.Time field through UnmarshalText, i.e. strict RFC 3339. Verified against gopkg.in/yaml.v3
// v3.0.1, the daemon's version (tests/core/tst_yamlwriter.cpp).

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace Studio::Yaml {

struct Timestamp
{
    int year = 0, month = 1, day = 1;
    int hour = 0, minute = 0, second = 0;
    int nanosecond = 0;
    int offsetSeconds = 0; // east of UTC as written (0 when no zone was written)

    // The instant, to the millisecond, in UTC (invalid for the year 0, which QDate lacks).
    QDateTime toUtc() const;
    // Go's time.RFC3339Nano ("2006-01-02T15:04:05.999999999Z07:00") in the written offset: what
    // encoding/json prints for the time.Time. Empty when Go cannot print it (an offset of 24 hours
    // or more).
    QString toRfc3339Nano() const;
};

// yaml.v3's parseTimestamp: four digits and '-' first, then the first of its layouts that Go's
// time.Parse accepts in full.
std::optional<Timestamp> parseYamlV3Timestamp(QStringView text);
// RFC 3339 as time.Time.UnmarshalText reads it: 2006-01-02T15:04:05[.frac](Z|+hh:mm).
std::optional<Timestamp> parseRfc3339(QStringView text);

} // namespace Studio::Yaml
