"""File > Settings…: profile, programs (edit and add), lock minutes, passphrase."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QTimeEdit
from pytestqt.qtbot import QtBot

from counselor_desk.domain.model import AgeGroup, LevelOfCare, Program, ServiceType
from counselor_desk.services import security, setup
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.passphrase import ALONE_TEXT
from counselor_desk.ui.dialogs.settings import SettingsDialog


def make_dialog(qtbot: QtBot, ctx: AppContext) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_profile_and_lock_minutes_are_saved(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    dialog = make_dialog(qtbot, ctx)
    assert dialog.profile_fields.name_edit.text() == "Robin Vale"
    assert dialog.lock_spin.value() == 10
    dialog.profile_fields.clinic_edit.setText("Riverbend IOP")
    dialog.profile_fields.address_edit.setText("12 Mill Road")
    dialog.profile_fields.phone_edit.setText("555-0142")
    dialog.profile_fields.crisis_edit.setText("555-0199")
    dialog.profile_fields.due_spin.setValue(7)
    dialog.profile_fields.page_combo.setCurrentIndex(1)
    dialog.lock_spin.setValue(5)
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    profile = setup.get_profile(ctx.db)
    assert profile is not None
    assert (
        profile.clinic_name,
        profile.clinic_address,
        profile.clinic_phone,
        profile.crisis_line,
        profile.summary_due_days,
        profile.page_size,
    ) == ("Riverbend IOP", "12 Mill Road", "555-0142", "555-0199", 7, "a4")
    assert security.lock_minutes(ctx.db) == 5


def test_a_bad_profile_saves_nothing_and_names_the_field(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    dialog = make_dialog(qtbot, ctx)
    dialog.profile_fields.name_edit.clear()
    dialog.lock_spin.setValue(3)
    dialog.save()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "Your name is required."
    assert dialog.focusWidget() is dialog.profile_fields.name_edit
    assert security.lock_minutes(ctx.db) == 10  # nothing half-saved
    profile = setup.get_profile(ctx.db)
    assert profile is not None and profile.name == "Robin Vale"


def test_a_program_is_edited_with_its_schedule(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    dialog = make_dialog(qtbot, ctx)
    dialog.tabs.setCurrentIndex(1)
    editor = dialog.editor
    assert editor.name_edit.text() == "Adult IOP"
    assert editor.schedule.table.rowCount() == 3
    editor.name_edit.setText("Adult IOP evenings")
    editor.level_combo.setCurrentIndex(editor.level_combo.findData(LevelOfCare.PHP))
    editor.weeks_spin.setValue(8)
    editor.own_minimum_check.setChecked(True)
    editor.minimum_spin.setValue(10.5)
    editor.substance_check.setChecked(True)
    editor.schedule.table.setCurrentCell(2, 0)
    editor.schedule.remove_slot()  # Friday goes
    start = editor.schedule.table.cellWidget(0, 1)
    assert isinstance(start, QTimeEdit)
    start.setTime(start.time().addSecs(9 * 3600))  # Monday 18:00
    editor.schedule.add_slot(None)
    day = editor.schedule.table.cellWidget(2, 0)
    service = editor.schedule.table.cellWidget(2, 3)
    topic = editor.schedule.table.cellWidget(2, 4)
    minutes = editor.schedule.table.cellWidget(2, 2)
    assert isinstance(day, QComboBox) and isinstance(service, QComboBox)
    assert isinstance(topic, QLineEdit) and isinstance(minutes, QSpinBox)
    day.setCurrentIndex(3)
    service.setCurrentIndex(service.findData(ServiceType.FAMILY))
    minutes.setValue(90)
    topic.setText("Family group")
    assert dialog.save_program()
    [saved] = setup.list_programs(ctx.db)
    assert (saved.name, saved.level_of_care, saved.planned_weeks) == (
        "Adult IOP evenings",
        LevelOfCare.PHP,
        8,
    )
    assert saved.weekly_minimum_hours == 10.5 and saved.substance_use
    assert [
        (s.weekday, s.start_time, s.duration_minutes, s.service_type, s.topic)
        for s in saved.schedule
    ] == [
        (0, dt.time(18, 0), 180, ServiceType.GROUP, ""),
        (2, dt.time(9, 0), 180, ServiceType.GROUP, ""),
        (3, dt.time(9, 0), 90, ServiceType.FAMILY, "Family group"),
    ]
    assert dialog.program_list.item(0).text() == "Adult IOP evenings"


def test_a_program_is_added_and_a_bad_one_is_refused(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    dialog = make_dialog(qtbot, ctx)
    dialog.tabs.setCurrentIndex(1)
    dialog.new_program()
    editor = dialog.editor
    editor.name_edit.setText("adult iop")  # the same name as the first one
    assert not dialog.save_program()
    assert dialog.program_error.text() == "A program named adult iop already exists."
    assert editor.name_edit.text() == "adult iop"  # kept to correct
    editor.name_edit.setText("Teen IOP")
    editor.age_combo.setCurrentIndex(editor.age_combo.findData(AgeGroup.ADOLESCENT))
    # Choosing another program saves the one being typed first.
    dialog.program_list.setCurrentRow(0)
    names = sorted(p.name for p in setup.list_programs(ctx.db))
    assert names == ["Adult IOP", "Teen IOP"]
    teen = next(p for p in setup.list_programs(ctx.db) if p.name == "Teen IOP")
    assert teen.age_group is AgeGroup.ADOLESCENT
    assert [dialog.program_list.item(n).text() for n in range(2)] == ["Adult IOP", "Teen IOP"]


def test_passphrase_is_changed_with_the_current_one(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    security.set_passphrase(ctx.db, "first passphrase", "first passphrase")
    dialog = make_dialog(qtbot, ctx)
    assert dialog.alone_label.text() == "Set: unlocking the app asks for it."
    change = dialog.passphrase_dialog()
    qtbot.addWidget(change)
    change.show()
    assert change.current_edit.isVisible()
    change.current_edit.setText("wrong one!")
    change.passphrase_edit.setText("second passphrase")
    change.repeat_edit.setText("second passphrase")
    change.save()
    assert change.error_label.text() == "The current passphrase is not right."
    assert change.focusWidget() is change.current_edit
    change.current_edit.setText("first passphrase")
    change.save()
    assert change.result() == change.DialogCode.Accepted
    assert security.check_passphrase(ctx.db, "second passphrase")


def test_single_user_is_shown(qtbot: QtBot, ctx: AppContext, program: Program) -> None:
    security.choose_single_user(ctx.db)
    dialog = make_dialog(qtbot, ctx)
    assert ALONE_TEXT in dialog.alone_label.text()
    assert dialog.passphrase_button.text() == "Set a &passphrase…"
