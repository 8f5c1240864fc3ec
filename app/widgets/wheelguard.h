// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace Studio::App {

// The mouse wheel never edits a value the user is not editing. Over a spin box, combo box, slider
// or date/time edit that does not have the keyboard focus, a wheel event scrolls the form the field
// sits in (the nearest scroll area that can still scroll) instead of changing the value; such fields
// take the focus only on click or Tab (Qt::StrongFocus), never from the wheel. A field the user has
// focused keeps the wheel. Installed once on the application, so it covers every form of the studio
// (form editor, console action forms, configuration forms, settings dialogs) without per-widget code.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Installs the guard on the running QApplication (once; later calls do nothing). The studio
    // window installs it; tests that build forms without a window call it themselves.
    static void install();
    static bool isInstalled();

    // True when `w` is a field whose value the wheel would change (a scroll bar is not one).
    static bool isValueWidget(const QWidget *w);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace Studio::App
