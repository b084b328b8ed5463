"""Starting the app: first run, the main window, navigation, settings, demo, errors."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from counselor_desk import app_log
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import AgeGroup, LevelOfCare, Participant, Program
from counselor_desk.services import security, setup
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import StoreError, connect
from counselor_desk.ui import app
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.first_run import FirstRunDialog
from counselor_desk.ui.main_window import CASELOAD, RECORD, SESSIONS, TODAY, MainWindow


def open_window(qtbot: QtBot, ctx: AppContext, settings: QSettings) -> MainWindow:
    window = app.start_window(ctx, settings=settings)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_first_run_saves_profile_and_program_together(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.profile_fields.name_edit, "Robin Vale")
    qtbot.keyClicks(dialog.profile_fields.credentials_edit, "LCSW")
    qtbot.keyClicks(dialog.profile_fields.clinic_edit, "Eastside Clinic")
    qtbot.keyClicks(dialog.profile_fields.crisis_edit, "555-0100")
    qtbot.keyClicks(dialog.program_fields.name_edit, "Teen IOP")
    dialog.program_fields.age_combo.setCurrentIndex(1)
    dialog.program_fields.weeks_spin.setValue(10)
    dialog.program_fields.substance_check.setChecked(True)
    dialog.program_fields.schedule.day_checks[4].setChecked(False)  # Monday and Wednesday only
    dialog.program_fields.schedule.day_checks[1].setChecked(True)  # and Tuesday
    qtbot.keyClicks(dialog.passphrase.passphrase_edit, "quiet harbour")
    qtbot.keyClicks(dialog.passphrase.repeat_edit, "quiet harbour")
    dialog.save()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert security.check_passphrase(ctx.db, "quiet harbour")
    assert not security.check_passphrase(ctx.db, "something else")
    profile = setup.get_profile(ctx.db)
    assert profile is not None
    assert (profile.name, profile.credentials, profile.clinic_name, profile.crisis_line) == (
        "Robin Vale",
        "LCSW",
        "Eastside Clinic",
        "555-0100",
    )
    [program] = setup.list_programs(ctx.db)
    assert (program.name, program.level_of_care, program.age_group, program.planned_weeks) == (
        "Teen IOP",
        LevelOfCare.IOP,
        AgeGroup.ADOLESCENT,
        10,
    )
    assert program.substance_use
    assert [(s.weekday, s.start_time, s.duration_minutes) for s in program.schedule] == [
        (0, dt.time(9, 0), 180),
        (1, dt.time(9, 0), 180),
        (2, dt.time(9, 0), 180),
    ]
    assert setup.is_set_up(ctx.db)


def test_first_run_with_a_bad_program_saves_nothing(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.profile_fields.name_edit, "Robin Vale")
    dialog.save()  # no program name
    assert dialog.error_label.text() == "Program name is required."
    assert dialog.result() != FirstRunDialog.DialogCode.Accepted
    assert setup.get_profile(ctx.db) is None
    assert dialog.profile_fields.name_edit.text() == "Robin Vale"
    assert dialog.focusWidget() is dialog.program_fields.name_edit


def test_first_run_asks_a_passphrase_or_the_single_user_tick(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.profile_fields.name_edit, "Robin Vale")
    qtbot.keyClicks(dialog.program_fields.name_edit, "Adult IOP")
    qtbot.keyClicks(dialog.passphrase.passphrase_edit, "short")
    qtbot.keyClicks(dialog.passphrase.repeat_edit, "short")
    dialog.save()
    assert dialog.error_label.text() == "Passphrase must be at least 8 characters long."
    assert dialog.focusWidget() is dialog.passphrase.passphrase_edit
    assert setup.get_profile(ctx.db) is None  # nothing half-saved
    assert not security.is_decided(ctx.db)
    dialog.passphrase.alone_check.setChecked(True)
    assert not dialog.passphrase.passphrase_edit.isEnabled()
    dialog.save()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert security.is_single_user(ctx.db) and not security.has_passphrase(ctx.db)
    assert setup.is_set_up(ctx.db)


def test_main_window_opens_on_today_with_the_database_named(
    qtbot: QtBot, ctx: AppContext, settings: QSettings, group_of_twelve: list[Participant]
) -> None:
    window = open_window(qtbot, ctx, settings)
    assert window.windowTitle() == "Counselor Desk"
    assert window.current_view() == TODAY
    assert window.db_label.text() == f"Database: {ctx.db.path}"
    assert not window.demo_banner.isVisible()
    assert window.today.model.rowCount() == 1
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == CASELOAD
    assert window.caseload.model.rowCount() == 12
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == SESSIONS
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == CASELOAD
    assert window.caseload.filter_edit.hasFocus()
    window.nav.setCurrentRow(TODAY)
    assert window.current_view() == TODAY
    assert "0.1.0" in window.about_text() and str(ctx.db.path) in window.about_text()


def test_last_view_and_geometry_are_remembered(
    qtbot: QtBot, ctx: AppContext, settings: QSettings, program: Program
) -> None:
    window = open_window(qtbot, ctx, settings)
    window.show_view(SESSIONS)
    window.resize(700, 500)  # within the offscreen screen (800 x 600)
    size = window.size()
    window.close()
    assert settings.value("mainWindow/lastView") in (SESSIONS, str(SESSIONS))
    again = open_window(qtbot, ctx, settings)
    assert again.current_view() == SESSIONS
    assert again.size() == size, (size, again.size())


def test_broken_settings_do_not_stop_the_window(
    qtbot: QtBot, ctx: AppContext, settings: QSettings, program: Program
) -> None:
    settings.setValue("mainWindow/geometry", "not a geometry")
    settings.setValue("mainWindow/lastView", "nonsense")
    window = open_window(qtbot, ctx, settings)
    assert window.current_view() == TODAY


class FakeRecord(QWidget):
    """Stands in for ui.record.window.ParticipantRecord: counts saves, can refuse one."""

    instances: ClassVar[list[FakeRecord]] = []

    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.participant_id = participant_id
        self.saves = 0
        self.refuse = False
        FakeRecord.instances.append(self)

    def save_now(self) -> None:
        if self.refuse:
            raise ValidationError("Note: the risk detail is required.", "note")
        self.saves += 1

    def has_unsaved_changes(self) -> bool:
        return False


@pytest.fixture
def fake_record(monkeypatch: pytest.MonkeyPatch) -> type[FakeRecord]:
    module = types.ModuleType("counselor_desk.ui.record.window")
    module.ParticipantRecord = FakeRecord  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "counselor_desk.ui.record.window", module)
    FakeRecord.instances = []
    return FakeRecord


def test_record_opens_saves_and_goes_back(
    admit_person: Callable[..., Participant],
    qtbot: QtBot,
    ctx: AppContext,
    settings: QSettings,
    clock: FixedClock,
    program: Program,
    fake_record: type[FakeRecord],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    person = admit_person(ctx.db, clock, program, "Sam", "Short", dt.date(2026, 2, 16), "A-1")
    window = open_window(qtbot, ctx, settings)
    window.show_view(CASELOAD)
    ctx.bus.open_participant.emit(person.id)
    assert window.current_view() == RECORD
    record = fake_record.instances[0]
    assert record.participant_id == person.id
    assert window.windowTitle() == "Counselor Desk"  # never the participant's name
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert record.saves == 1
    window.back_button.click()
    assert window.current_view() == CASELOAD
    assert record.saves == 2  # leaving the record saves its drafts
    # A draft that cannot be saved keeps the counselor on the record, text kept.
    window.show_view(RECORD)
    record.refuse = True
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    window.close()
    assert window.isVisible()
    assert warnings == [
        "Note: the risk detail is required.\n\nYour text is kept; correct it and save again."
    ]
    record.refuse = False
    window.close()
    assert not window.isVisible()
    assert record.saves == 3


def test_demo_start_is_marked(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> None:
    clock = FixedClock(dt.date(2026, 3, 2), dt.time(9, 30))
    ctx = app.open_context(tmp_path / "demo.sqlite3", clock, demo=True)
    try:
        assert setup.is_set_up(ctx.db)  # filled by the demo generator
        window = open_window(qtbot, ctx, settings)
        assert window.windowTitle() == "Counselor Desk — demo"
        assert window.demo_banner.isVisible()
        assert "DEMO DATA" in window.demo_banner.text()
        assert window.demo_status.isVisible()
        assert window.today.model.rowCount() > 0
        window.close()
    finally:
        ctx.db.close()


def test_a_database_that_cannot_be_used_is_a_plain_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "not-a-db.sqlite3"
    bad.write_bytes(b"this is not sqlite" * 100)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    args = argparse.Namespace(db=str(bad), demo=False)
    assert app.run_app(args, FixedClock(dt.date(2026, 3, 2))) == 1
    assert shown == [f"The file {bad} is damaged or is not a Counselor Desk database."]
    with pytest.raises(StoreError):
        connect(bad)


def test_after_a_run_that_did_not_close_the_next_start_says_so_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "desk.sqlite3"
    told: list[tuple[str, Path | None]] = []
    monkeypatch.setattr(app, "tell_last_run", lambda text, folder: told.append((text, folder)))
    monkeypatch.setattr(app, "_run_locked", lambda *_args: 0)
    args = argparse.Namespace(db=str(path), demo=False)
    app_log.mark_running(path)  # a run that was killed: its marker is still there
    assert app.run_app(args, FixedClock(dt.date(2026, 3, 2))) == 0
    assert len(told) == 1 and "did not close normally" in told[0][0]
    assert told[0][1] == app_log.log_dir()
    assert app.run_app(args, FixedClock(dt.date(2026, 3, 2))) == 0
    assert len(told) == 1  # that run closed normally


def test_the_notice_offers_to_open_the_log_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))

    def press_open() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        assert "did not close normally" in box.text()
        button = next(b for b in box.buttons() if b.text() == "Open log folder")
        button.click()

    QTimer.singleShot(0, press_open)
    app.tell_last_run("Counselor Desk did not close normally last time.", tmp_path)
    assert opened == [str(tmp_path)]


def test_unexpected_errors_are_told_without_details(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    hook = app.make_excepthook(lambda: None)
    try:
        raise RuntimeError("Sam Short, chart A-1, said something")
    except RuntimeError as error:
        hook(RuntimeError, error, error.__traceback__)
    assert len(shown) == 1
    assert "RuntimeError" in shown[0]
    assert "Sam" not in shown[0] and "A-1" not in shown[0]
    store = StoreError("The disk holding /x/db is full; free some space and try again.")
    hook(StoreError, store, None)
    assert shown[1] == str(store)


def test_the_real_record_opens_in_the_window(
    admit_person: Callable[..., Participant],
    qtbot: QtBot,
    ctx: AppContext,
    settings: QSettings,
    clock: FixedClock,
    program: Program,
) -> None:
    window_module = pytest.importorskip("counselor_desk.ui.record.window")
    person = admit_person(ctx.db, clock, program, "Sam", "Short", dt.date(2026, 2, 16), "A-1")
    window = open_window(qtbot, ctx, settings)
    ctx.bus.open_participant.emit(person.id)
    assert window.current_view() == RECORD
    assert isinstance(window.record, window_module.ParticipantRecord)
    assert not window.nav.item(RECORD).isHidden()
    assert window.windowTitle() == "Counselor Desk"
    window.go_back()
    assert window.current_view() == TODAY


def test_about_names_the_licences_and_the_data(
    qtbot: QtBot, ctx: AppContext, settings: QSettings, program: Program
) -> None:
    window = open_window(qtbot, ctx, settings)
    assert window.guide_action.shortcut().toString() == "F1"  # F1 is the user guide
    text = window.about_text()
    for words in (
        "MIT licence",
        "DejaVu Sans",
        "(LGPLv3)",
        "reportlab 4" if "reportlab 4" in text else "reportlab 5",
        "python-bidi 0.6",
        "arabic-reshaper",
        "sqlcipher3",
        "Third-party licences",
        str(ctx.db.path),
        "Default data folder",
    ):
        assert words in text


def test_the_licences_dialog_shows_the_notices_and_every_text(qtbot: QtBot) -> None:
    from counselor_desk.ui.dialogs.licences import LicencesDialog

    dialog = LicencesDialog()
    qtbot.addWidget(dialog)
    names = [dialog.files.item(row).text() for row in range(dialog.files.count())]
    assert names[0] == "Notices" and {"LGPL-3.0.txt", "reportlab.txt"} <= set(names)
    assert "Third-party software in Counselor Desk" in dialog.text.toPlainText()
    dialog.files.setCurrentRow(names.index("LGPL-3.0.txt"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()


def test_the_window_icon_is_found_in_the_resources() -> None:
    icon = app.app_icon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} >= {16, 32, 48, 256}
    assert app.icon_dirs()[0] == Path(app.__file__).resolve().parents[2] / "resources" / "icons"
    assert app.DESKTOP_FILE_NAME == "org.counselordesk.CounselorDesk"


def test_opening_another_record_hides_the_first_at_once(
    admit_person: Callable[..., Participant],
    qtbot: QtBot,
    ctx: AppContext,
    settings: QSettings,
    clock: FixedClock,
    program: Program,
) -> None:
    """The replaced record waits for its deferred delete: it must not be seen meanwhile."""
    first = admit_person(ctx.db, clock, program, "Sam", "Short", dt.date(2026, 2, 16), "A-1")
    second = admit_person(ctx.db, clock, program, "Lou", "Tall", dt.date(2026, 2, 16), "A-2")
    window = open_window(qtbot, ctx, settings)
    window.open_participant(first.id)
    old = window.record
    qtbot.waitUntil(lambda: old is not None and old.isVisible())
    window.open_participant(second.id)
    assert old is not None and not old.isVisible()
    new = window.record
    assert new is not None
    qtbot.waitUntil(new.isVisible)
    assert new.header.facts["chart"].text() == "A-2"
