"""The lock screen: idle and Ctrl+L locking, nothing of a participant visible, unlocking with
the passphrase (wrong ones audited and slowed down), and one app per database."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QLockFile, QModelIndex, QSettings, QSysInfo, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import Participant, Program
from counselor_desk.services import audit, notes, security, sessions
from counselor_desk.services.clock import FixedClock
from counselor_desk.ui import app
from counselor_desk.ui.caseload_view import CaseloadView
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.main_window import CASELOAD, RECORD, MainWindow
from counselor_desk.ui.today_view import TodayView

PASSPHRASE = "blue heron dawn"


def visible_texts() -> list[str]:
    """Every text a person could read on screen: labels, fields, titles and table cells."""
    texts: list[str] = []
    # Walk down from the visible windows only: QApplication.allWidgets() also hands back
    # widgets of earlier tests whose Python side is gone, and touching those crashes.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    windows = [w for w in QApplication.topLevelWidgets() if shiboken6.isValid(w) and w.isVisible()]
    widgets = [child for w in windows for child in (w, *w.findChildren(QWidget))]
    for widget in widgets:
        if not shiboken6.isValid(widget) or not widget.isVisible():
            continue
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                column = 0
                while (cell := model.index(row, column)).isValid():
                    texts.append(str(cell.data() or ""))
                    column += 1
    return texts


def actions(ctx: AppContext) -> list[str]:
    return [entry.action for entry in audit.entries(ctx.db)]


@pytest.fixture
def person(
    admit_person: Callable[..., Participant], ctx: AppContext, clock: FixedClock, program: Program
) -> Participant:
    return admit_person(ctx.db, clock, program, "Marisol", "Quintero", dt.date(2026, 2, 16), "Q-7")


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, settings: QSettings, program: Program) -> MainWindow:
    security.set_passphrase(ctx.db, PASSPHRASE, PASSPHRASE)
    main = MainWindow(ctx, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert main.lock.locked  # a passphrase is set: the app starts locked
    assert main.lock.try_unlock(PASSPHRASE)
    return main


def test_idle_lock_hides_every_participant_detail_and_saves_the_draft(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, person: Participant
) -> None:
    ctx.bus.open_participant.emit(person.id)
    assert window.current_view() == RECORD
    editor = window.record.notes.editor
    editor.form.sections["data"].setPlainText("Named two new triggers.")
    assert editor.has_unsaved_changes()
    other = QLabel("Marisol Quintero, chart Q-7")  # any other window of the app
    qtbot.addWidget(other)
    other.show()
    assert any("Quintero" in text for text in visible_texts())

    window.lock.set_idle_ms(150)
    qtbot.waitUntil(lambda: window.lock.locked, timeout=3000)

    shown = visible_texts()
    assert not any("Quintero" in text or "Marisol" in text or "Q-7" in text for text in shown)
    assert "Counselor Desk is locked" in shown
    assert window.windowTitle() == "Counselor Desk"
    assert not other.isVisible()
    [draft] = notes.notes_for(ctx.db, person.id)
    assert draft.fields["data"] == "Named two new triggers."
    assert actions(ctx)[-1] == AuditAction.LOCK
    assert audit.entries(ctx.db)[-1].detail == "idle"

    qtbot.keyClicks(window.lock_page.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(window.lock_page.passphrase_edit, Qt.Key.Key_Return)
    assert not window.lock.locked
    assert window.current_view() == RECORD and window.record.isVisible()
    assert other.isVisible()  # restored after the unlock
    assert editor.form.sections["data"].toPlainText() == "Named two new triggers."
    assert actions(ctx)[-1] == AuditAction.UNLOCK


def test_ctrl_l_locks_and_the_menus_wait(qtbot: QtBot, ctx: AppContext, window: MainWindow) -> None:
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock.locked
    assert window.screens.currentWidget() is window.lock_page
    assert not window.content.isVisible()
    assert not window.new_action.isEnabled() and not window.audit_action.isEnabled()
    assert window.quit_action.isEnabled()
    assert window.lock_page.passphrase_edit.isVisible()
    assert audit.entries(ctx.db)[-1].detail == "on request"
    assert window.lock.try_unlock(PASSPHRASE)
    assert window.new_action.isEnabled() and window.audit_action.isEnabled()
    assert not window.save_action.isEnabled()  # as it was before the lock


def test_wrong_passphrase_is_audited_and_the_next_try_waits(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    moment = [1000.0]
    window.lock.now = lambda: moment[0]
    window.lock.lock()
    page = window.lock_page
    qtbot.keyClicks(page.passphrase_edit, "not the one")
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    assert window.lock.locked
    assert actions(ctx)[-1] == AuditAction.FAILED_UNLOCK
    assert page.status_label.text() == "Wrong passphrase. Try again in 1 s."
    assert not page.passphrase_edit.isEnabled() and not page.unlock_button.isEnabled()
    assert not window.lock.try_unlock(PASSPHRASE)  # refused while the wait runs
    assert window.lock.locked
    moment[0] += 1
    window.lock._tick()
    assert page.passphrase_edit.isEnabled()
    assert not window.lock.try_unlock("still wrong")
    assert page.status_label.text() == "Wrong passphrase. Try again in 2 s."
    moment[0] += 1
    window.lock._tick()
    assert page.status_label.text() == "Wrong passphrase. Try again in 1 s."
    assert not window.lock.try_unlock(PASSPHRASE)
    moment[0] += 1
    assert window.lock.try_unlock(PASSPHRASE)
    assert not window.lock.locked
    assert actions(ctx)[-4:] == [
        AuditAction.LOCK,
        AuditAction.FAILED_UNLOCK,
        AuditAction.FAILED_UNLOCK,
        AuditAction.UNLOCK,
    ]
    assert audit.verify(ctx.db) is None


def test_the_countdown_runs_on_a_timer(qtbot: QtBot, window: MainWindow) -> None:
    window.lock.lock()
    assert not window.lock.try_unlock("wrong passphrase")
    assert not window.lock_page.unlock_button.isEnabled()
    started = time.monotonic()
    qtbot.waitUntil(window.lock_page.unlock_button.isEnabled, timeout=3000)
    assert time.monotonic() - started >= 0.5  # the GUI stayed responsive meanwhile
    assert window.lock_page.status_label.text() == "Wrong passphrase. Try again."
    assert window.lock.try_unlock(PASSPHRASE)


def test_a_modal_dialog_is_covered_and_keeps_its_text(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    dialog = QDialog(window)
    dialog.setWindowTitle("Edit Marisol Quintero")
    field = QLineEdit("Quintero typed this")
    QVBoxLayout(dialog).addWidget(field)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    window.lock.lock()
    assert dialog.isVisible()  # hiding it would end it and lose the typing
    assert dialog.windowTitle() == "Counselor Desk"
    assert not any("Quintero" in text for text in visible_texts())
    [cover] = window.lock._covers
    assert cover.page.isVisible() and cover.page.geometry() == dialog.rect()
    qtbot.keyClick(cover.page.passphrase_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Escape does not cancel the covered dialog
    qtbot.keyClicks(cover.page.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(cover.page.passphrase_edit, Qt.Key.Key_Return)
    assert not window.lock.locked
    assert field.isVisible() and field.text() == "Quintero typed this"
    assert dialog.windowTitle() == "Edit Marisol Quintero"
    dialog.reject()


def test_the_clipboard_the_app_filled_is_cleared(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    clipboard = QApplication.clipboard()
    clipboard.setText("Q-7 Marisol Quintero")
    window.lock.lock()
    assert clipboard.text() == ""


class RefusingRecord(QWidget):
    """Stands in for the record: its draft cannot be saved until `refuse` is cleared."""

    def __init__(self) -> None:
        super().__init__()
        self.refuse = True
        self.saves = 0

    def save_now(self) -> None:
        if self.refuse:
            raise ValidationError("The session date is in the future.", "session_date")
        self.saves += 1


def test_a_draft_that_cannot_be_saved_is_kept_and_saved_after_unlock(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = RefusingRecord()
    qtbot.addWidget(record)
    window.record = record
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    window.lock.lock()
    assert window.lock.locked and warnings == []  # nothing pops up over the lock page
    record.refuse = False
    assert window.lock.try_unlock(PASSPHRASE)
    assert record.saves == 1


def test_without_a_passphrase_the_lock_still_hides_and_unlock_is_a_click(
    qtbot: QtBot, ctx: AppContext, settings: QSettings, program: Program
) -> None:
    security.choose_single_user(ctx.db)
    main = MainWindow(ctx, settings)
    qtbot.addWidget(main)
    main.show()
    main.lock.lock()
    assert not main.lock_page.passphrase_edit.isVisible()
    assert not main.content.isVisible()
    main.lock_page.unlock_button.click()
    assert not main.lock.locked and main.content.isVisible()


def test_a_database_without_a_passphrase_asks_once_at_start(
    qtbot: QtBot,
    ctx: AppContext,
    settings: QSettings,
    program: Program,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from counselor_desk.ui.dialogs.passphrase import PassphraseDialog

    answers: list[str] = []

    def leave(dialog: PassphraseDialog) -> int:
        answers.append(dialog.windowTitle())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PassphraseDialog, "exec", leave)
    assert app.start_window(ctx, settings=settings, ask_passphrase=True) is None  # Quit
    assert answers == ["Counselor Desk — lock passphrase"]

    def answer(dialog: PassphraseDialog) -> int:
        dialog.fields.passphrase_edit.setText("short")
        dialog.fields.repeat_edit.setText("short")
        dialog.save()
        assert dialog.error_label.text() == "Passphrase must be at least 8 characters long."
        dialog.fields.passphrase_edit.setText(PASSPHRASE)
        dialog.fields.repeat_edit.setText(PASSPHRASE)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", answer)
    window = app.start_window(ctx, settings=settings, ask_passphrase=True)
    assert window is not None
    qtbot.addWidget(window)
    assert security.check_passphrase(ctx.db, PASSPHRASE)
    monkeypatch.setattr(PassphraseDialog, "exec", leave)
    again = app.start_window(ctx, settings=settings, ask_passphrase=True)  # not asked again
    assert again is not None and len(answers) == 1
    qtbot.addWidget(again)


def test_a_second_holder_of_the_database_lock_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "caseload.sqlite3"
    first = app.acquire_database_lock(path)
    assert first is not None and first.isLocked()
    assert app.lock_file_path(path).exists()
    assert app.acquire_database_lock(path) is None
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    args = argparse.Namespace(db=str(path), demo=False)
    assert app.run_app(args, FixedClock(dt.date(2026, 3, 2))) == 1
    assert shown == ["This database is already open in Counselor Desk."]
    first.unlock()
    again = app.acquire_database_lock(path)
    assert again is not None
    again.unlock()


def test_a_lock_left_by_a_crash_clears_itself(tmp_path: Path) -> None:
    path = tmp_path / "caseload.sqlite3"
    leftover = app.lock_file_path(path)
    # What Qt writes: pid, application name, host name. No process has this pid.
    leftover.write_text(f"4194300\npython\n{QSysInfo.machineHostName()}\n")
    old = time.time() - 60
    os.utime(leftover, (old, old))
    lock = app.acquire_database_lock(path)
    assert lock is not None and lock.isLocked()
    lock.unlock()
    assert not leftover.exists()


def test_a_folder_that_refuses_the_lock_file_is_not_called_already_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Refused(QLockFile):
        def tryLock(self, timeout: int = 0) -> bool:
            return False

        def error(self) -> QLockFile.LockError:
            return QLockFile.LockError.PermissionError

    monkeypatch.setattr(app, "QLockFile", Refused)
    lock = app.acquire_database_lock(tmp_path / "caseload.sqlite3")
    assert lock is not None and not lock.isLocked()  # opening the database says the rest


def no_participant_shown() -> bool:
    names = ("Marisol", "Quintero", "Q-7")
    return not any(name in text for text in visible_texts() for name in names)


def test_with_a_passphrase_the_app_starts_locked_and_reads_no_participant_before_the_unlock(
    qtbot: QtBot, ctx: AppContext, settings: QSettings, person: Participant
) -> None:
    security.set_passphrase(ctx.db, PASSPHRASE, PASSPHRASE)
    settings.setValue("mainWindow/lastView", CASELOAD)
    for start in range(2):  # the second start follows a quit while locked
        window = app.start_window(ctx, settings=settings, ask_passphrase=True)
        assert window is not None
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        assert window.lock.locked
        assert window.screens.currentWidget() is window.lock_page
        assert window.windowTitle() == "Counselor Desk"
        assert "Counselor Desk is locked" in visible_texts()
        assert no_participant_shown()
        # nothing that reads a participant is built yet
        assert window.findChildren(TodayView) == [] and window.findChildren(CaseloadView) == []
        assert window.lock_page.passphrase_edit.isVisible()
        assert window.focusWidget() is window.lock_page.passphrase_edit
        assert audit.entries(ctx.db)[-1].detail == "at start"
        if start == 0:
            window.close()  # quit while locked
            assert not window.isVisible()
    qtbot.keyClicks(window.lock_page.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(window.lock_page.passphrase_edit, Qt.Key.Key_Return)
    assert not window.lock.locked
    assert window.current_view() == CASELOAD  # the view remembered from before
    assert window.caseload.isVisible()
    assert any("Quintero" in text for text in visible_texts())
    assert actions(ctx)[-2:] == [AuditAction.LOCK, AuditAction.UNLOCK]


def test_ctrl_l_locks_from_a_dialog_that_has_the_keyboard(
    qtbot: QtBot, ctx: AppContext, clock: FixedClock, window: MainWindow, person: Participant
) -> None:
    from counselor_desk.ui.dialogs.participant_dialog import EditParticipantDialog
    from counselor_desk.ui.dialogs.roll_call import RollCallDialog

    session_id = sessions.day_sessions(ctx.db, clock.today())[0].session.id
    for dialog in (
        EditParticipantDialog(ctx, person.id, window),
        RollCallDialog(ctx, session_id, window),
    ):
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        title = dialog.windowTitle()
        focused = dialog.focusWidget() or dialog
        qtbot.keyClick(focused, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.lock.locked
        assert audit.entries(ctx.db)[-1].detail == "on request"
        assert dialog.isVisible() and dialog.windowTitle() == "Counselor Desk"
        assert no_participant_shown()
        assert window.lock.try_unlock(PASSPHRASE)
        assert dialog.windowTitle() == title
        dialog.reject()


def test_a_window_opened_while_locked_is_covered_until_the_unlock(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, person: Participant
) -> None:
    from counselor_desk.ui.dialogs.participant_dialog import EditParticipantDialog

    window.lock.set_idle_ms(100)
    qtbot.waitUntil(lambda: window.lock.locked, timeout=3000)
    dialog = EditParticipantDialog(ctx, person.id, window)  # say, opened by a timer
    qtbot.addWidget(dialog)
    dialog.open()
    other = QLabel("Marisol Quintero, chart Q-7")
    other.setWindowTitle("Marisol Quintero")
    qtbot.addWidget(other)
    other.show()
    assert dialog.isVisible()  # shown, but covered: hiding it would end it
    assert dialog.windowTitle() == "Counselor Desk"
    qtbot.waitUntil(lambda: not other.isVisible())  # any other window is put away
    assert no_participant_shown()
    assert window.lock.try_unlock(PASSPHRASE)
    assert other.isVisible() and other.windowTitle() == "Marisol Quintero"
    assert dialog.windowTitle() != "Counselor Desk"
    assert any("Quintero" in text for text in visible_texts())
    dialog.reject()
