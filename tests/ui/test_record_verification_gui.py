"""After opening, the app verifies the record of care in the background and says when it fails."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, Qt
from pytestqt.qtbot import QtBot

from counselor_desk.domain.model import Program
from counselor_desk.services import security
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database, connect
from counselor_desk.ui import app
from counselor_desk.ui.background import Background, ProcessOutcome
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import maintenance as maintenance_dialogs
from counselor_desk.ui.dialogs.maintenance import ReportDialog
from counselor_desk.ui.main_window import MainWindow

PASSPHRASE = "blue heron dawn"


def _drop_a_trigger(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("DROP TRIGGER notes_signed_no_update")
    finally:
        conn.close()


def _reopen(db: Database) -> Database:
    db.close()
    return connect(db.path)


def test_a_sound_record_is_verified_quietly(
    qtbot: QtBot, ctx: AppContext, settings: QSettings, program: Program
) -> None:
    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.maintenance.record_verified, timeout=10_000) as verified:
        window.show()
    assert verified.args[0].ok
    assert window.maintenance.last_dialog is None


def test_a_record_changed_outside_the_app_is_told_after_opening(
    qtbot: QtBot, db: Database, clock: FixedClock, settings: QSettings, program: Program
) -> None:
    _drop_a_trigger(db.path)
    ctx = AppContext(db=_reopen(db), clock=clock)
    try:
        window = MainWindow(ctx, settings)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.maintenance.record_verified, timeout=10_000) as verified:
            window.show()
        assert verified.args[0].triggers == ("the trigger notes_signed_no_update was dropped",)
        dialog = window.maintenance.last_dialog
        assert isinstance(dialog, ReportDialog) and dialog.isVisible()
        assert dialog.windowTitle() == "Record changed outside the app"
        assert "FAIL  the trigger notes_signed_no_update was dropped" in dialog.text.toPlainText()
        assert window.statusBar().currentMessage().startswith("The record was changed outside")
        dialog.close()
        window.close()
    finally:
        ctx.db.close()


def test_while_locked_the_finding_waits_for_the_unlock(
    qtbot: QtBot, db: Database, clock: FixedClock, settings: QSettings, program: Program
) -> None:
    security.set_passphrase(db, PASSPHRASE, PASSPHRASE)
    _drop_a_trigger(db.path)
    ctx = AppContext(db=_reopen(db), clock=clock)
    try:
        window = app.start_window(ctx, settings=settings, ask_passphrase=True)
        assert window is not None
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.maintenance.unshown_verification is not None, timeout=10_000)
        assert window.lock.locked and window.maintenance.last_dialog is None
        qtbot.keyClicks(window.lock_page.passphrase_edit, PASSPHRASE)
        qtbot.keyClick(window.lock_page.passphrase_edit, Qt.Key.Key_Return)
        assert not window.lock.locked
        dialog = window.maintenance.last_dialog
        assert isinstance(dialog, ReportDialog) and dialog.isVisible()
        dialog.close()
        window.close()
    finally:
        ctx.db.close()


def test_a_large_record_is_verified_in_a_process_of_its_own(
    qtbot: QtBot,
    db: Database,
    clock: FixedClock,
    settings: QSettings,
    program: Program,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Seconds of hashing in a process of its own never hold the window's Python lock."""
    _drop_a_trigger(db.path)
    ctx = AppContext(db=_reopen(db), clock=clock)
    monkeypatch.setattr(maintenance_dialogs, "VERIFY_IN_THREAD_MAX_BYTES", 0)
    try:
        window = MainWindow(ctx, settings)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.maintenance.record_verified, timeout=30_000) as verified:
            window.show()
        assert window.maintenance.background.tasks == []  # reported and forgotten
        assert verified.args[0].triggers == ("the trigger notes_signed_no_update was dropped",)
        assert isinstance(window.maintenance.last_dialog, ReportDialog)
        window.maintenance.last_dialog.close()
        window.close()
    finally:
        ctx.db.close()


def test_a_process_still_running_when_the_window_goes_is_stopped(
    qtbot: QtBot, tmp_path: Path
) -> None:
    owner = QObject()
    background = Background(owner)
    seen: list[object] = []
    task = background.run_in_process(time.sleep, (60,), seen.append, seen.append)
    assert isinstance(task.future, ProcessOutcome) and not task.future.done()
    process = task.future._process
    owner.deleteLater()
    qtbot.waitUntil(lambda: not process.is_alive(), timeout=10_000)
    assert seen == []  # stopped on purpose: no callback
