"""After opening, the app verifies the record of care in the background and says when it fails."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from counselor_desk.domain.model import Program
from counselor_desk.services import security
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database, connect
from counselor_desk.ui import app
from counselor_desk.ui.context import AppContext
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
