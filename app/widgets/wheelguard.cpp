// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QPointer>
#include <QScrollBar>
#include <QWheelEvent>

namespace Studio::App {

namespace {
QPointer<WheelGuard> g_guard;

bool hasFocusWithin(const QWidget *w)
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && (focus == w || w->isAncestorOf(focus));
}

// Hands the wheel to the scroll areas around `w`, innermost first, until one scrolls.
void scrollAncestors(QWidget *w, QWheelEvent *wheel)
{
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        auto *area = qobject_cast<QAbstractScrollArea *>(p);
        if (!area || !area->viewport() || area->viewport() == w)
            continue;
        QWidget *viewport = area->viewport();
        const QPointF pos = viewport->mapFromGlobal(wheel->globalPosition());
        QWheelEvent copy(pos, wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(),
                         wheel->modifiers(), wheel->phase(), wheel->inverted(), wheel->source(), wheel->pointingDevice());
        copy.setTimestamp(wheel->timestamp());
        copy.setAccepted(false);
        QCoreApplication::sendEvent(viewport, &copy);
        if (copy.isAccepted())
            return;
        if (p->isWindow())
            return;
    }
}
} // namespace

void WheelGuard::install()
{
    if (g_guard || !qApp)
        return;
    g_guard = new WheelGuard(qApp);
    g_guard->setObjectName(QStringLiteral("wheelGuard"));
    qApp->installEventFilter(g_guard);
    // Fields that already exist take the focus from the wheel no longer.
    for (QWidget *w : QApplication::allWidgets())
        if (isValueWidget(w) && (w->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
            w->setFocusPolicy(Qt::StrongFocus);
}

bool WheelGuard::isInstalled()
{
    return g_guard;
}

bool WheelGuard::isValueWidget(const QWidget *w)
{
    if (!w)
        return false;
    if (qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w))
        return true;
    return qobject_cast<const QAbstractSlider *>(w) && !qobject_cast<const QScrollBar *>(w);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Polish && event->type() != QEvent::Wheel)
        return false;
    if (!watched->isWidgetType())
        return false;
    auto *w = static_cast<QWidget *>(watched);
    if (!isValueWidget(w))
        return false;
    if (event->type() == QEvent::Polish) {
        // Qt::WheelFocus would hand the field the focus (and then the wheel) on the first turn.
        if ((w->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
            w->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (hasFocusWithin(w))
        return false; // the user is editing this field: the wheel is theirs
    auto *wheel = static_cast<QWheelEvent *>(event);
    scrollAncestors(w, wheel);
    wheel->accept(); // handled: neither the field nor its parents see it again
    return true;
}

} // namespace Studio::App
