// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Translation context of the core library's messages. Core code has no QObject classes to
// carry a context, so its user-facing strings use StudioTr::tr("..."): one context, "Studio",
// that both the runtime lookup and lupdate see (a free tr() helper would be filed by lupdate
// under whatever class encloses the call, and never found at run time).

#include <QCoreApplication>

class StudioTr
{
    Q_DECLARE_TR_FUNCTIONS(Studio)
};
