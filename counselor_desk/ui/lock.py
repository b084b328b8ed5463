"""The lock screen: after idle minutes or on Ctrl+L nothing of any participant stays visible.

`LockController` watches key and mouse input to the whole application (an event filter that
restarts an idle timer and takes Ctrl+L in every window and dialog), saves the open drafts,
hides the app's other windows, covers modal dialogs (hiding one would end it and lose what was
typed in it) and every window shown while locked, clears a clipboard the app filled, and
records LOCK / UNLOCK / FAILED_UNLOCK in the audit trail. Wrong passphrases make
the next try wait 1, 2, 4 … 30 seconds, counted down without blocking the GUI thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Protocol

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.services import security
from counselor_desk.store.db import StoreError
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

LOCKED_TITLE = QT_TRANSLATE_NOOP("LockPage", "Counselor Desk is locked")
#: Locks at once, whichever window or dialog of the app has the keyboard.
LOCK_KEYS = QKeySequence("Ctrl+L")
#: Windows that are not covered when shown while locked (they carry no participant detail).
UNCOVERED_TYPES = frozenset({Qt.WindowType.ToolTip, Qt.WindowType.Popup})
#: Input that counts as the counselor being at the desk.
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class Lockable(Protocol):
    """What the controller needs from the main window."""

    def prepare_lock(self) -> bool: ...  # save drafts; False when something could not be saved
    def show_locked(self, locked: bool) -> None: ...
    def after_unlock(self, resave: bool) -> None: ...


class LockPage(QFrame):
    """The page shown while locked: a title, the passphrase field (when one is set), Unlock."""

    unlock_requested = Signal(str)

    def __init__(self, needs_passphrase: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPage")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon = QApplication.windowIcon()
        if not icon.isNull():
            self.icon.setPixmap(icon.pixmap(64, 64))
        self._counting_down = False  # the status says how long to wait
        title = QLabel(self.tr(LOCKED_TITLE))
        title.setObjectName("lockTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase to unlock"))
        self.passphrase_edit.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase_edit.setMinimumWidth(260)
        self.passphrase_edit.returnPressed.connect(self._submit)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.clicked.connect(self._submit)
        self.status_label = QLabel()
        self.status_label.setObjectName("lockStatus")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setAccessibleName(self.tr("Unlock status"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.passphrase_edit)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addStretch(2)
        box.addWidget(self.icon)
        box.addWidget(title)
        box.addWidget(self.hint)
        box.addSpacing(12)
        box.addLayout(row)
        box.addWidget(self.status_label)
        box.addStretch(3)
        self.set_needs_passphrase(needs_passphrase)

    def set_needs_passphrase(self, needs: bool) -> None:
        self.passphrase_edit.setVisible(needs)
        self.hint.setText(
            self.tr("Type your passphrase to go on.")
            if needs
            else self.tr("Nothing is shown while the app is locked. Press Unlock to go on.")
        )

    def focus_input(self) -> None:
        # isVisibleTo: the page may not be on screen yet (locked at start, before the show)
        needs = self.passphrase_edit.isVisibleTo(self)
        target = self.passphrase_edit if needs else self.unlock_button
        target.setFocus()

    def set_waiting(self, seconds: int) -> None:
        waiting = seconds > 0
        self.passphrase_edit.setEnabled(not waiting)
        self.unlock_button.setEnabled(not waiting)
        if waiting:
            self._counting_down = True
            self.status_label.setText(
                self.tr("Wrong passphrase. Try again in {seconds} s.").format(seconds=seconds)
            )
        elif self._counting_down:
            self._counting_down = False
            self.status_label.setText(self.tr("Wrong passphrase. Try again."))
            self.focus_input()

    def clear(self) -> None:
        self.passphrase_edit.clear()
        self.status_label.clear()
        self._counting_down = False
        self.set_waiting(0)

    def _submit(self) -> None:
        if self.unlock_button.isEnabled():
            self.unlock_requested.emit(self.passphrase_edit.text())
            self.passphrase_edit.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Nothing typed here reaches a covered dialog (Escape would cancel it).
        event.accept()


class DialogCover(QObject):
    """A lock page laid over a modal dialog: its own widgets hidden (not the dialog: hiding it
    would end it), its size held, its title made neutral; all put back by `remove()`."""

    def __init__(self, dialog: QWidget, page: LockPage) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.page = page
        self.title = dialog.windowTitle()
        self.sizes = (dialog.minimumSize(), dialog.maximumSize())
        self.hidden: list[QWidget] = []
        dialog.setFixedSize(dialog.size())
        children = dialog.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        for child in children:
            if child is not page and not child.isWindow() and child.isVisibleTo(dialog):
                child.hide()
                self.hidden.append(child)
        dialog.setWindowTitle("Counselor Desk")
        page.setGeometry(dialog.rect())
        page.show()
        page.raise_()
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dialog:
            if event.type() == QEvent.Type.Resize:
                self.page.setGeometry(self.dialog.rect())
            elif event.type() == QEvent.Type.Close:
                event.ignore()
                return True
        return False

    def remove(self) -> None:
        self.dialog.removeEventFilter(self)
        self.page.hide()
        for child in self.hidden:
            child.show()
        self.dialog.setMinimumSize(self.sizes[0])
        self.dialog.setMaximumSize(self.sizes[1])
        self.dialog.setWindowTitle(self.title)
        self.page.deleteLater()
        self.deleteLater()


class LockController(QObject):
    """Locks the app after idle minutes or on request; unlocks on the passphrase."""

    locked_changed = Signal(bool)

    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        page: LockPage,
        *,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.page = page
        self.now = now
        self.locked = False
        self.failures = 0
        self._next_try_at = 0.0
        self._resave = False
        self._hidden: list[QWidget] = []
        self._covers: list[DialogCover] = []
        self._copied: str | None = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(lambda: self.lock("idle"))
        self.countdown = QTimer(self)
        self.countdown.setInterval(250)
        self.countdown.timeout.connect(self._tick)
        page.unlock_requested.connect(self.try_unlock)
        self.set_idle_minutes(security.lock_minutes(ctx.db))
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(self._clipboard_changed)

    # -- idle ---------------------------------------------------------------------------------

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.idle_timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.idle_timer.stop()
        self.countdown.stop()

    def set_idle_minutes(self, minutes: int) -> None:
        self.set_idle_ms(minutes * 60_000)

    def set_idle_ms(self, milliseconds: int) -> None:
        self.idle_timer.setInterval(milliseconds)
        if self.idle_timer.isActive():
            self.idle_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self.locked:
            if kind == QEvent.Type.Show and isinstance(watched, QWidget):
                self._cover_new_window(watched)
            return False
        if kind in ACTIVITY:
            self.idle_timer.start()
        if (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) == LOCK_KEYS
        ):
            # A dialog has the keyboard (the main window's own shortcut does not reach here).
            self.lock("on request")
            return True
        return False

    # -- clipboard ----------------------------------------------------------------------------

    def _clipboard_changed(self) -> None:
        # A change while the app has the focus is a copy made in the app.
        if QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive:
            self._copied = QGuiApplication.clipboard().text()

    def _clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        ours = clipboard.ownsClipboard() or (
            self._copied is not None and clipboard.text() == self._copied
        )
        if ours:
            clipboard.clear()
        self._copied = None

    # -- locking ------------------------------------------------------------------------------

    def _lockable(self) -> Lockable:
        return self.window  # type: ignore[return-value]

    def lock(self, reason: str = "on request") -> None:
        if self.locked:
            return
        self.idle_timer.stop()
        self._resave = not self._lockable().prepare_lock()
        self.locked = True
        QToolTip.hideText()
        self._put_away_other_windows()
        self._clear_clipboard()
        self.page.clear()
        self.page.set_needs_passphrase(security.has_passphrase(self.ctx.db))
        self._lockable().show_locked(True)
        self._show_waiting()
        self._focus_unlock()
        self._audit(lambda: security.record_lock(self.ctx.db, self.ctx.clock, reason))
        self.locked_changed.emit(True)

    def _put_away_other_windows(self) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        modal: list[QWidget] = []
        for widget in app.topLevelWidgets():
            if widget is self.window or not shiboken6.isValid(widget) or not widget.isVisible():
                continue
            if isinstance(widget, QMenu) or widget.windowType() == Qt.WindowType.Popup:
                widget.close()
            elif widget.isModal():
                modal.append(widget)
            else:
                widget.hide()
                self._hidden.append(widget)
        for widget in modal:
            page = LockPage(security.has_passphrase(self.ctx.db), widget)
            page.unlock_requested.connect(self.try_unlock)
            self._covers.append(DialogCover(widget, page))

    def _cover_new_window(self, widget: QWidget) -> None:
        """A window shown while locked (a dialog a timer opened, say) is covered until the
        unlock, like a modal dialog at the moment of locking."""
        if (
            widget is self.window
            or not widget.isWindow()
            or widget.windowType() in UNCOVERED_TYPES
            or any(cover.dialog is widget for cover in self._covers)
            or widget.findChild(LockController) is not None  # a window with a lock of its own
        ):
            return
        page = LockPage(security.has_passphrase(self.ctx.db), widget)
        page.unlock_requested.connect(self.try_unlock)
        page.set_waiting(self.seconds_to_wait())
        self._covers.append(DialogCover(widget, page))
        if not widget.isModal():
            # Not hidden in its own show event (it would still reach the screen): covered
            # now, hidden once the show is over, like the windows put away when locking.
            QTimer.singleShot(0, self, lambda: self._hide_covered(widget))

    def _hide_covered(self, widget: QWidget) -> None:
        if not self.locked or not shiboken6.isValid(widget):
            return
        for cover in self._covers:
            if cover.dialog is widget:
                self._covers.remove(cover)
                widget.hide()
                cover.remove()
                self._hidden.append(widget)
                return

    def _focus_unlock(self) -> None:
        """The passphrase is typed where input goes: the topmost modal dialog, if any."""
        active = QApplication.activeModalWidget()
        for cover in self._covers:
            if cover.dialog is active or (active is None and cover is self._covers[-1]):
                cover.dialog.activateWindow()
                cover.page.focus_input()
                return
        self.page.focus_input()

    def _pages(self) -> list[LockPage]:
        return [self.page, *(cover.page for cover in self._covers)]

    # -- unlocking ----------------------------------------------------------------------------

    def seconds_to_wait(self) -> int:
        left = self._next_try_at - self.now()
        return max(0, int(left + 0.999))

    def try_unlock(self, passphrase: str) -> bool:
        if not self.locked:
            return True
        if self.seconds_to_wait() > 0:
            self._show_waiting()
            return False
        if security.check_passphrase(self.ctx.db, passphrase):
            self.unlock()
            return True
        self.failures += 1
        failures = self.failures
        self._audit(lambda: security.record_failed_unlock(self.ctx.db, self.ctx.clock, failures))
        self._next_try_at = self.now() + security.unlock_delay(self.failures)
        self._show_waiting()
        self.countdown.start()
        return False

    def _tick(self) -> None:
        self._show_waiting()
        if self.seconds_to_wait() == 0:
            self.countdown.stop()

    def _show_waiting(self) -> None:
        seconds = self.seconds_to_wait()
        for page in self._pages():
            page.set_waiting(seconds)

    def unlock(self) -> None:
        self.failures = 0
        self._next_try_at = 0.0
        self.countdown.stop()
        self._audit(lambda: security.record_unlock(self.ctx.db, self.ctx.clock))
        for cover in self._covers:
            cover.remove()
        self._covers = []
        self.locked = False
        self._lockable().show_locked(False)
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.page.clear()
        resave, self._resave = self._resave, False
        self._lockable().after_unlock(resave)
        self.idle_timer.start()
        self.locked_changed.emit(False)

    def _audit(self, write: Callable[[], None]) -> None:
        try:
            write()
        except StoreError as error:
            # The lock itself must still work when the disk refuses the audit row.
            log.warning("a lock event could not be recorded (%s)", type(error).__name__)
