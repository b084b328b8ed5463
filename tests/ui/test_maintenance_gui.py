"""Backups, check, restore and the audit trail from the GUI; the deferred quick check."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.model import CounselorProfile, Participant, Program
from counselor_desk.services import audit, maintenance, security, setup
from counselor_desk.services.clock import FixedClock
from counselor_desk.store import backup, files
from counselor_desk.store.db import StoreError, connect
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.audit import COL_ACTION, COL_CHART, AuditDialog
from counselor_desk.ui.dialogs.maintenance import ReportDialog
from counselor_desk.ui.main_window import CASELOAD, MainWindow


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, settings: QSettings, program: Program) -> MainWindow:
    main = MainWindow(ctx, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def close_info(window: MainWindow) -> str:
    dialog = window.maintenance.last_dialog
    assert dialog is not None
    text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
    dialog.close()
    return text


def test_back_up_now_writes_a_file_and_an_audit_row(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    with qtbot.waitSignal(window.maintenance.backup_written, timeout=10_000) as written:
        window.maintenance.start_backup(None)
    target = Path(written.args[0])
    assert target.parent == backup.backups_dir(ctx.db.path) and target.is_file()
    assert backup.check_file(target).ok
    last = audit.entries(ctx.db)[-1]
    assert (last.action, last.target) == (AuditAction.BACKUP, target.name)
    assert window.statusBar().currentMessage() == f"Backed up at 16:00: {target.name}"
    assert close_info(window) == f"Backed up to\n{target}"


def test_back_up_into_a_chosen_folder(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    with qtbot.waitSignal(window.maintenance.backup_written, timeout=10_000) as written:
        window.maintenance.start_backup(usb)
    assert Path(written.args[0]).parent == usb
    assert audit.entries(ctx.db)[-1].detail == str(usb)
    close_info(window)


def test_automatic_backups_follow_changes_and_the_close(
    qtbot: QtBot,
    ctx: AppContext,
    window: MainWindow,
    admit_person: Callable[..., Participant],
    clock: FixedClock,
    program: Program,
) -> None:
    assert window.maintenance.timer.isActive()
    admit_person(ctx.db, clock, program, "Nell", "Okafor", dt.date(2026, 2, 16), "N-1")
    assert window.maintenance.backup_due()
    with qtbot.waitSignal(window.maintenance.backup_written, timeout=10_000):
        window.maintenance.tick()
    assert not window.maintenance.backup_due()
    assert window.statusBar().currentMessage().startswith("Backed up at 16:00")
    assert len(backup.list_backups(backup.backups_dir(ctx.db.path), ctx.db.path.stem)) == 1
    admit_person(ctx.db, clock, program, "Otto", "Park", dt.date(2026, 2, 16), "O-2")
    assert not window.maintenance.backup_due()  # the last one is not 30 minutes old
    window.close()  # on close: a backup, since something changed
    backups = backup.list_backups(backup.backups_dir(ctx.db.path), ctx.db.path.stem)
    assert len(backups) == 2
    assert [e.action for e in audit.entries(ctx.db)].count(AuditAction.BACKUP) == 2


def test_check_shows_the_plain_report(qtbot: QtBot, ctx: AppContext, window: MainWindow) -> None:
    with qtbot.waitSignal(window.maintenance.check_finished, timeout=10_000) as finished:
        window.maintenance.start_check()
    assert finished.args[0].ok
    dialog = window.maintenance.last_dialog
    assert isinstance(dialog, ReportDialog) and dialog.isVisible()
    assert dialog.heading.text() == f"Checked {ctx.db.path}: nothing is damaged or altered."
    report = dialog.text.toPlainText()
    assert "ok    file structure (integrity_check)" in report
    assert report.endswith("All good: nothing is damaged or altered.")
    assert window.statusBar().currentMessage() == "Check finished: all good."
    dialog.close()


def test_restore_replaces_the_database_and_the_views_show_it(
    qtbot: QtBot,
    ctx: AppContext,
    window: MainWindow,
    admit_person: Callable[..., Participant],
    clock: FixedClock,
    program: Program,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admit_person(ctx.db, clock, program, "Nell", "Okafor", dt.date(2026, 2, 16), "N-1")
    backup = maintenance.backup_now(ctx.db, FixedClock(dt.date(2026, 3, 2), dt.time(12, 30)))
    admit_person(ctx.db, clock, program, "Otto", "Park", dt.date(2026, 2, 16), "O-2")
    window.caseload.refresh()
    window.show_view(CASELOAD)
    assert window.caseload.model.rowCount() == 2
    old_db = ctx.db
    questions: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    with qtbot.waitSignal(window.maintenance.restored, timeout=10_000) as restored:
        assert window.maintenance.confirm_restore(backup)
    assert questions[0].startswith(
        f"Put the database back to the backup made on Monday 2 March 2026 at 12:30 ({backup.name})?"
    )
    result = restored.args[0]
    assert ctx.db is not old_db and ctx.db.path == old_db.path
    assert result.kept_aside is not None and result.kept_aside.is_file()
    with sqlite3.connect(result.kept_aside) as aside:
        assert aside.execute("SELECT count(*) FROM participants").fetchone()[0] == 2
    assert window.caseload.model.rowCount() == 1  # the view reads the restored database
    assert audit.entries(ctx.db)[-1].action == AuditAction.RESTORE
    assert f"The database it replaced is kept as {result.kept_aside}." in close_info(window)
    assert window.maintenance.timer.isActive()


def test_audit_trail_lists_rows_by_chart_and_exports_csv_without_names(
    qtbot: QtBot,
    ctx: AppContext,
    admit_person: Callable[..., Participant],
    clock: FixedClock,
    program: Program,
    tmp_path: Path,
) -> None:
    admit_person(ctx.db, clock, program, "Nell", "Okafor", dt.date(2026, 2, 16), "N-1")
    security.record_lock(ctx.db, clock, "idle")
    security.record_failed_unlock(ctx.db, clock, 1)
    security.record_unlock(ctx.db, clock)
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model
    assert model.rowCount() == 4
    shown = [model.index(row, COL_ACTION).data() for row in range(4)]
    assert shown == ["Unlock", "Failed unlock", "Lock", "Admit"]  # newest first
    assert model.index(3, COL_CHART).data() == "N-1"
    assert model.index(0, COL_CHART).data() == ""
    assert dialog.count_label.text() == "4 of 4 entries"
    assert dialog.chain_label.text().startswith("The audit trail is whole")
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("failed_unlock"))
    assert model.rowCount() == 1
    assert dialog.count_label.text() == "1 of 4 entries"

    target = tmp_path / "audit.csv"
    dialog.action_combo.setCurrentIndex(0)
    assert dialog.export_to(target)
    text = target.read_text(encoding="utf-8")
    assert "Nell" not in text and "Okafor" not in text
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:4] == ["id", "at", "actor", "action"]
    assert [row[3] for row in rows[1:]] == ["admit", "lock", "failed_unlock", "unlock"]
    last = audit.entries(ctx.db)[-1]
    assert (last.action, last.target) == (AuditAction.EXPORT, "audit.csv")
    assert model.rowCount() == 5  # the export itself is listed


def smash_table_page(path: Path, table: str) -> None:
    conn = sqlite3.connect(path)
    try:
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        root = int(
            conn.execute(
                "SELECT rootpage FROM sqlite_master WHERE name = :name", {"name": table}
            ).fetchone()[0]
        )
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * size : (root - 1) * size + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))


def test_a_large_damaged_database_is_checked_after_the_window_shows(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.sqlite3"
    clock = FixedClock(dt.date(2026, 3, 2), dt.time(16, 0))
    with connect(path) as db:
        setup.save_profile(db, CounselorProfile(name="Robin Vale", clinic_name="Eastside Clinic"))
        setup.add_program(db, setup.standard_program("Adult IOP"))
        good = maintenance.backup_now(db, FixedClock(dt.date(2026, 3, 1), dt.time(17, 0)))
    smash_table_page(path, "consents")
    monkeypatch.setattr("counselor_desk.store.db.QUICK_CHECK_AT_OPEN_MAX_BYTES", 0)
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    ctx = AppContext(db=connect(path), clock=clock)
    try:
        assert ctx.db.check_deferred
        main = MainWindow(ctx, settings)
        qtbot.addWidget(main)
        with qtbot.waitSignal(main.maintenance.quick_check_finished, timeout=10_000) as done:
            main.show()
        assert done.args[0]  # problems found
        qtbot.waitUntil(lambda: len(shown) == 1)
        assert shown[0].startswith(f"The database {path} failed its check: it is damaged.")
        assert (
            "The newest good backup is the backup made on Sunday 1 March 2026 at 17:00 "
            f"({good.name})." in shown[0]
        )
        assert "File > Restore from backup…" in shown[0]
        main.close()
    finally:
        ctx.db.close()


def test_a_database_that_cannot_be_opened_offers_the_newest_good_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counselor_desk.ui.dialogs.maintenance import offer_restore_at_start

    path = tmp_path / "desk.sqlite3"
    with connect(path) as db:
        setup.save_profile(db, CounselorProfile(name="Robin Vale", clinic_name="Eastside Clinic"))
        good = maintenance.backup_now(db, FixedClock(dt.date(2026, 3, 1), dt.time(17, 0)))
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError) as refused:
        connect(path)
    asked: list[str] = []

    def click_restore(box: QMessageBox) -> int:
        asked.append(f"{box.text()}\n{box.informativeText()}")
        [restore_button] = [b for b in box.buttons() if b.text() == "Restore this backup"]
        restore_button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    clock = FixedClock(dt.date(2026, 3, 2), dt.time(9, 0))
    assert offer_restore_at_start(path, refused.value, clock)
    assert asked == [
        f"The file {path} is damaged or is not a Counselor Desk database.\n"
        f"The newest good backup is the backup made on Sunday 1 March 2026 at 17:00 "
        f"({good.name}). Restore it? The file that cannot be opened is kept aside, not deleted."
    ]
    with connect(path) as restored:
        profile = setup.get_profile(restored)
        assert profile is not None and profile.name == "Robin Vale"
    assert (tmp_path / "desk.replaced-20260302-090000.sqlite3").read_bytes().startswith(b"this")


def test_a_failed_automatic_backup_is_said_in_the_status_bar_only(
    qtbot: QtBot,
    ctx: AppContext,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backups folder should be")
    monkeypatch.setattr(backup, "backups_dir", lambda _path: blocker)
    popups: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: popups.append(text))
    assert window.maintenance.start_backup(None, automatic=True) is not None
    qtbot.waitUntil(lambda: "failed" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage() == (
        f"The backup failed: {blocker} is a file, not a folder."
    )
    assert popups == []
    window.maintenance.start_backup(None)  # by hand: said in a message box
    qtbot.waitUntil(lambda: len(popups) == 1)
    assert popups == [f"The backup failed: {blocker} is a file, not a folder."]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_audit_csv_is_owner_only_from_its_first_byte(
    qtbot: QtBot,
    ctx: AppContext,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    security.record_lock(ctx.db, clock, "idle")
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    seen: list[int] = []
    real_fsync = os.fsync

    def watching_fsync(fd: int) -> None:
        # the data is in the file, not yet under its final name
        seen.append(stat.S_IMODE(os.fstat(fd).st_mode))
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", watching_fsync)
    target = tmp_path / "exports" / "audit.csv"
    target.parent.mkdir()
    old_umask = os.umask(0o022)
    try:
        assert dialog.export_to(target)
    finally:
        os.umask(old_umask)
    assert seen and set(seen) == {0o600}  # the CSV, and the audit trail's anchor after it
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8").count("\n") == 2
    assert [path.name for path in target.parent.iterdir()] == ["audit.csv"]  # no partial left
