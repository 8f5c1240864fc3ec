// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Text that came from outside (package entry names, manifest labels, Marketplace and Dify answers,
// plugin output) made safe to show on a terminal, in a log line or in a tooltip: control
// characters (C0, DEL, C1) and the bidirectional overrides that reorder what a reader sees
// (U+202A–U+202E, U+2066–U+2069) become visible escapes ("\x1b", "\n", "\u202e"), so an
// ESC sequence cannot rewrite the user's terminal and a newline cannot forge a log line.
//
//   std::cout << qPrintable(Studio::printable(entryName));
//   label->setToolTip(Studio::printable(description, Studio::PrintableMode::MultiLine));

#include <QString>
#include <QStringView>

namespace Studio {

enum class PrintableMode {
    SingleLine, // names, identifiers, one-line log fields: every control character is escaped
    MultiLine,  // descriptions, READMEs: '\n' and '\t' are kept, every other control escaped
};

// The text with every unsafe character replaced by its escape; the text itself when it has none.
QString printable(QStringView text, PrintableMode mode = PrintableMode::SingleLine);
// True when printable() would change the text (a name holding a newline or an ESC, say).
bool hasUnsafeCharacters(QStringView text, PrintableMode mode = PrintableMode::SingleLine);

} // namespace Studio
