"""Encryption at rest in the GUI: the unlock window of an encrypted caseload, the recovery key,
turning it on at first run and in Settings, and what the window says about the file."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.model import Participant, Program
from counselor_desk.services import audit, encryption, security
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database, connect
from counselor_desk.ui import app
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import encryption as encrypting
from counselor_desk.ui.dialogs.first_run import FirstRunDialog
from counselor_desk.ui.dialogs.settings import SettingsDialog
from counselor_desk.ui.main_window import CASELOAD, MainWindow
from counselor_desk.ui.unlock import RecoveryDialog, UnlockWindow

PASSPHRASE = "blue heron dawn"
SQLITE_HEADER = b"SQLite format 3\x00"
NAMES = ("Marisol", "Quintero", "Q-7")


def visible_texts() -> list[str]:
    """What a person could read: titles, labels, fields and table cells of visible windows."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    windows = [w for w in QApplication.topLevelWidgets() if shiboken6.isValid(w) and w.isVisible()]
    texts: list[str] = []
    for widget in [child for w in windows for child in (w, *w.findChildren(QWidget))]:
        if not shiboken6.isValid(widget) or not widget.isVisible():
            continue
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                texts.append(str(model.index(row, 0).data() or ""))
                texts.append(str(model.index(row, 1).data() or ""))
    return texts


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if shiboken6.isValid(w) and w.isVisible()]


def header(path: Path) -> bytes:
    return path.read_bytes()[:16]


@pytest.fixture
def person(
    admit_person: Callable[..., Participant], ctx: AppContext, clock: FixedClock, program: Program
) -> Participant:
    return admit_person(ctx.db, clock, program, "Marisol", "Quintero", dt.date(2026, 2, 16), "Q-7")


@pytest.fixture
def turned_on(ctx: AppContext, clock: FixedClock, person: Participant) -> encryption.TurnedOn:
    """A set-up caseload with one participant, encrypted with PASSPHRASE; closed."""
    path = ctx.db.path
    ctx.db.close()
    return encryption.turn_on(path, PASSPHRASE, PASSPHRASE, clock)


@pytest.fixture
def encrypted(turned_on: encryption.TurnedOn, db_path: Path) -> Path:
    return db_path


def test_an_encrypted_caseload_starts_at_the_unlock_window_and_shows_nothing_else(
    qtbot: QtBot, encrypted: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[list[str]] = []
    opened: list[object] = []

    def look(window: UnlockWindow) -> int:
        window.show()
        qtbot.waitExposed(window)
        assert visible_windows() == [window]
        seen.append(visible_texts())
        assert window.focusWidget() is window.page.passphrase_edit
        return QDialog.DialogCode.Rejected  # Quit

    monkeypatch.setattr(UnlockWindow, "exec", look)
    monkeypatch.setattr(app, "connect", lambda *a, **k: opened.append(a))
    args = argparse.Namespace(db=str(encrypted), demo=False)
    assert app.run_app(args, clock) == 0
    [texts] = seen
    assert "Counselor Desk is locked" in texts
    assert "The database is encrypted. Type your passphrase to open it." in texts
    assert not any(name in text for text in texts for name in NAMES)
    assert opened == []  # the database was not opened


def test_a_wrong_passphrase_waits_and_is_audited_once_the_right_one_opens_the_caseload(
    qtbot: QtBot,
    encrypted: Path,
    clock: FixedClock,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def type_passphrases(window: UnlockWindow) -> int:
        window.show()
        qtbot.keyClicks(window.page.passphrase_edit, "not the one")
        window.page.unlock_button.click()
        assert window.result() != QDialog.DialogCode.Accepted
        assert window.page.status_label.text() == "Wrong passphrase. Try again in 1 s."
        assert not window.page.unlock_button.isEnabled()
        assert window.page.passphrase_edit.text() == ""
        assert not window.try_unlock(PASSPHRASE)  # refused while waiting, even the right one
        qtbot.waitUntil(window.page.unlock_button.isEnabled, timeout=3000)  # the countdown
        qtbot.keyClicks(window.page.passphrase_edit, PASSPHRASE)
        window.page.unlock_button.click()
        return window.result()

    seen: dict[str, object] = {}

    def main_loop(_app: QApplication) -> int:
        [main] = [w for w in visible_windows() if isinstance(w, MainWindow)]
        main.show_view(CASELOAD)
        seen["locked"] = main.lock.locked
        seen["encrypted"] = main.ctx.db.encrypted
        seen["texts"] = visible_texts()
        seen["audit"] = [(e.action, e.detail) for e in audit.entries(main.ctx.db)][-2:]
        main.close()
        return 0

    monkeypatch.setattr(UnlockWindow, "exec", type_passphrases)
    monkeypatch.setattr(QApplication, "exec", main_loop)
    args = argparse.Namespace(db=str(encrypted), demo=False)
    assert app.run_app(args, clock) == 0
    assert seen["locked"] is False and seen["encrypted"] is True  # not asked a second time
    texts = seen["texts"]
    assert isinstance(texts, list) and "Encrypted" in texts
    assert any("Quintero" in text for text in texts)  # the caseload shows
    assert seen["audit"] == [
        (AuditAction.FAILED_UNLOCK, "wrong passphrase at start, try 1"),
        (AuditAction.UNLOCK, ""),
    ]


def test_the_recovery_key_sets_a_new_passphrase(
    qtbot: QtBot,
    turned_on: encryption.TurnedOn,
    encrypted: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    recovery_key = turned_on.recovery_key
    window = UnlockWindow(encrypted, clock)
    qtbot.addWidget(window)
    errors: list[str] = []

    def answer(dialog: RecoveryDialog) -> int:
        dialog.recovery_edit.setText("AAAA-BBBB-CCCC")
        dialog.passphrase_edit.setText("new river stone")
        dialog.repeat_edit.setText("new river stone")
        dialog.save()
        errors.append(dialog.error_label.text())
        assert dialog.passphrase_edit.text() == "new river stone"  # what was typed stays
        dialog.recovery_edit.setText(recovery_key)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", answer)
    assert window.forgot_button.text() == "Forgot your passphrase? Use the recovery key…"
    window.forgot_button.click()
    assert errors == ["The recovery key is not right."]
    assert window.result() == QDialog.DialogCode.Accepted and window.key is not None
    assert encryption.unlock(encrypted, "new river stone") == window.key
    with pytest.raises(Exception, match="not right"):
        encryption.unlock(encrypted, PASSPHRASE)


def test_first_run_with_a_passphrase_encrypts_and_shows_the_recovery_key_once(
    qtbot: QtBot, ctx: AppContext, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def answer(dialog: FirstRunDialog) -> int:
        dialog.profile_fields.name_edit.setText("Robin Vale")
        dialog.program_fields.name_edit.setText("Adult IOP")
        dialog.passphrase.passphrase_edit.setText(PASSPHRASE)
        dialog.passphrase.repeat_edit.setText(PASSPHRASE)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", answer)
    path = ctx.db.path
    window = app.start_window(ctx, settings=settings)
    assert window is not None
    qtbot.addWidget(window)
    assert header(path) != SQLITE_HEADER and encryption.is_encrypted(path)
    assert ctx.db.encrypted and not window.lock.locked  # the passphrase was just typed
    assert window.encryption_label.text() == "Encrypted"
    shown = window.recovery_key_dialog
    assert isinstance(shown, encrypting.RecoveryKeyDialog) and shown.isVisible()
    key = shown.key_label.text()
    assert encryption.unlock_with_recovery_key(path, key) == ctx.db.key
    assert encrypting.RECOVERY_WARNING in visible_texts()
    assert not shown.continue_button.isEnabled()
    shown.reject()  # Escape does not skip it
    assert shown.isVisible()
    shown.written_check.setChecked(True)
    assert shown.continue_button.isEnabled()
    shown.continue_button.click()
    assert not window.recovery_key_dialog.isVisible()
    assert "The caseload is now encrypted at rest" in " ".join(visible_texts())
    assert "SQLCipher" in window.about_text()
    document = encrypting.RecoveryKeyDialog("KEY-1234", window).document().toPlainText()
    assert "KEY-1234" in document and "Robin" not in document


def test_used_by_me_alone_stays_unencrypted_and_says_so(
    qtbot: QtBot, ctx: AppContext, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def answer(dialog: FirstRunDialog) -> int:
        dialog.show()
        assert (
            "the database stays unencrypted: anyone who copies the file can read it"
            in dialog.passphrase.alone_consequence.text()
        )
        assert dialog.passphrase.alone_consequence.isVisible()
        dialog.profile_fields.name_edit.setText("Robin Vale")
        dialog.program_fields.name_edit.setText("Adult IOP")
        dialog.passphrase.alone_check.setChecked(True)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", answer)
    window = app.start_window(ctx, settings=settings)
    assert window is not None
    qtbot.addWidget(window)
    assert header(ctx.db.path) == SQLITE_HEADER and not ctx.db.encrypted
    assert window.recovery_key_dialog is None
    assert window.encryption_label.text() == "Not encrypted"
    assert "anyone who copies the file can read it" in window.encryption_label.toolTip()
    assert "Database: not encrypted" in window.about_text()


def test_settings_encrypts_a_plaintext_caseload_and_the_window_goes_on(
    qtbot: QtBot,
    ctx: AppContext,
    settings: QSettings,
    person: Participant,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    security.set_passphrase(ctx.db, PASSPHRASE, PASSPHRASE)
    window = MainWindow(ctx, settings, unlocked=True)
    qtbot.addWidget(window)
    window.show()
    window.show_view(CASELOAD)
    dialog = SettingsDialog(ctx, window, reconnect=window.maintenance)
    qtbot.addWidget(dialog)
    assert dialog.encryption_label.text() == encrypting.PLAINTEXT_STATE
    assert not dialog.encrypt_button.isHidden()
    refused: list[str] = []

    def answer(asked: encrypting.EncryptDialog) -> int:
        asked.passphrase_edit.setText("another passphrase")
        asked.repeat_edit.setText("another passphrase")
        asked.check()  # not the lock passphrase
        refused.append(asked.error_label.text())
        asked.passphrase_edit.setText(PASSPHRASE)
        asked.repeat_edit.setText(PASSPHRASE)
        asked.check()
        return asked.result()

    monkeypatch.setattr(encrypting.EncryptDialog, "exec", answer)
    dialog.encrypt()
    assert refused == ["That is not your lock passphrase: type the one that unlocks the app."]
    assert ctx.db.encrypted and header(ctx.db.path) != SQLITE_HEADER
    assert dialog.encryption_label.text().startswith(encrypting.ENCRYPTED_STATE)
    assert dialog.encrypt_button.isHidden()
    assert isinstance(dialog.recovery_key_dialog, encrypting.RecoveryKeyDialog)
    assert window.encryption_label.text() == "Encrypted"
    assert window.statusBar().currentMessage() == "Encrypted."
    rows = window.caseload.model.rowCount()
    assert rows == 1 and any("Quintero" in text for text in visible_texts())
    assert security.check_passphrase(ctx.db, PASSPHRASE)
    assert AuditAction.ENCRYPTION in [entry.action for entry in audit.entries(ctx.db)]


def test_a_failed_conversion_leaves_the_plaintext_caseload_open(
    qtbot: QtBot, ctx: AppContext, person: Participant, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counselor_desk.store.db import StoreError

    def refuse(*_args: object) -> object:
        raise StoreError("The encrypted copy did not pass the check; nothing was changed.")

    told: list[str] = []
    monkeypatch.setattr(encryption, "turn_on", refuse)
    monkeypatch.setattr(encrypting.QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    assert encrypting.turn_on(ctx, PASSPHRASE, None) is None
    assert told == [
        "The encrypted copy did not pass the check; nothing was changed.\n\n"
        "The database stays unencrypted."
    ]
    assert not ctx.db.encrypted and ctx.db.conn.execute("SELECT 1").fetchone()[0] == 1


def test_export_save_dialogs_say_the_file_is_not_encrypted(
    qtbot: QtBot, ctx: AppContext, person: Participant, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counselor_desk.ui.record.export import ExportBar

    caption = encrypting.export_caption("Export")
    assert caption.startswith("Export — ")
    assert "The exported file is not encrypted" in caption
    captions: list[str] = []

    def save_dialog(_parent: object, title: str, *_args: object) -> tuple[str, str]:
        captions.append(title)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    bar = ExportBar(ctx, person.id)
    qtbot.addWidget(bar)
    assert bar.ask_path("discharge") is None
    assert captions == [caption]


def test_background_connections_open_an_encrypted_caseload(
    qtbot: QtBot, encrypted: Path, clock: FixedClock, settings: QSettings
) -> None:
    key = encryption.unlock(encrypted, PASSPHRASE)
    db: Database = connect(encrypted, key=key)
    ctx = AppContext(db=db, clock=clock)
    try:
        window = MainWindow(ctx, settings, unlocked=True)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.maintenance.check_finished, timeout=10_000) as checked:
            window.maintenance.start_check()
        assert checked.args[0].ok
        assert "Database: encrypted at rest (SQLCipher 4" in window.about_text()
        window.close()
    finally:
        ctx.db.close()
