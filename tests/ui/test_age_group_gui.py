"""The age group in the GUI: the admission warning and its checkbox, the adolescent program
at first run, and the Part 2 hint in the program form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from counselor_desk.domain.model import AgeGroup, Program
from counselor_desk.services import participants, setup
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.first_run import ADOLESCENT_PROGRAM, FirstRunDialog
from counselor_desk.ui.dialogs.form import to_qdate
from counselor_desk.ui.dialogs.participant_dialog import AdmitDialog, EditParticipantDialog
from counselor_desk.ui.forms.program_fields import GroupDays, ProgramFields

ADMITTED = dt.date(2026, 3, 2)


def _admit_dialog(qtbot: QtBot, ctx: AppContext) -> AdmitDialog:
    dialog = AdmitDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.fields
    form.chart_number.setText("C-3003")
    form.first_name.setText("Dana")
    form.last_name.setText("Reyes")
    form.admission_date.setDate(to_qdate(ADMITTED))
    return dialog


def _warning_shown(dialog: AdmitDialog) -> bool:
    form = dialog.fields
    return form.age_warning.isVisible() and form.age_confirmed.isVisible()


def test_the_warning_follows_the_date_of_birth(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    dialog = _admit_dialog(qtbot, ctx)
    form = dialog.fields
    assert not _warning_shown(dialog)  # no date of birth yet
    qtbot.keyClicks(form.date_of_birth, "2009-06-15")
    assert _warning_shown(dialog)
    assert form.age_warning.text() == (
        "Dana is 16 on the admission date: the adolescent minimum (6 h a week) applies, "
        "not this adult program's 9 h."
    )
    form.date_of_birth.setText("1990-06-15")
    assert not _warning_shown(dialog)
    form.date_of_birth.setText("2008-03-02")  # 18 on the admission date itself
    assert not _warning_shown(dialog)
    form.admission_date.setDate(to_qdate(dt.date(2026, 3, 1)))  # a day earlier: 17
    assert _warning_shown(dialog)
    assert "Dana is 17" in form.age_warning.text()
    assert form.first_name.text() == "Dana" and form.date_of_birth.text() == "2008-03-02"


def test_the_warning_follows_the_program(qtbot: QtBot, ctx: AppContext, program: Program) -> None:
    teens = setup.add_program(
        ctx.db, setup.standard_program("Teen IOP", age_group=AgeGroup.ADOLESCENT)
    )
    dialog = _admit_dialog(qtbot, ctx)
    form = dialog.fields
    form.date_of_birth.setText("2009-06-15")
    form.program.setCurrentIndex(form.program.findData(teens.id))
    assert not _warning_shown(dialog)
    form.date_of_birth.setText("1990-06-15")
    assert _warning_shown(dialog)
    assert form.age_warning.text() == (
        "Dana is 35 on the admission date: the adult minimum (9 h a week) applies, "
        "not this adolescent program's 6 h."
    )


def test_the_checkbox_stores_age_group_confirmed(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    dialog = _admit_dialog(qtbot, ctx)
    form = dialog.fields
    form.date_of_birth.setText("2009-06-15")
    form.age_confirmed.setChecked(True)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = participants.get(ctx.db, dialog.participant_id)
    assert stored.age_group_confirmed

    edit = EditParticipantDialog(ctx, stored.id)
    qtbot.addWidget(edit)
    edit.show()
    assert edit.fields.age_confirmed.isVisible() and edit.fields.age_confirmed.isChecked()
    edit.fields.age_confirmed.setChecked(False)
    qtbot.mouseClick(edit.ok_button(), Qt.MouseButton.LeftButton)
    assert not participants.get(ctx.db, stored.id).age_group_confirmed


def test_a_hidden_tick_is_not_stored(qtbot: QtBot, ctx: AppContext, program: Program) -> None:
    dialog = _admit_dialog(qtbot, ctx)
    form = dialog.fields
    form.date_of_birth.setText("2009-06-15")
    form.age_confirmed.setChecked(True)
    form.date_of_birth.setText("1990-06-15")  # the groups match now: the box is hidden
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert not participants.get(ctx.db, dialog.participant_id).age_group_confirmed


def _first_run(qtbot: QtBot, ctx: AppContext, adolescent: bool) -> list[Program]:
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.adolescent_check.isChecked()  # off unless asked for
    dialog.profile_fields.name_edit.setText("Robin Vale")
    dialog.program_fields.name_edit.setText("Adult IOP")
    dialog.passphrase.alone_check.setChecked(True)
    dialog.adolescent_check.setChecked(adolescent)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    return setup.list_programs(ctx.db)


def test_first_run_with_the_adolescent_box_sets_up_two_programs(
    qtbot: QtBot, ctx: AppContext
) -> None:
    programs = _first_run(qtbot, ctx, adolescent=True)
    by_name = {p.name: p.age_group for p in programs}
    assert by_name == {"Adult IOP": AgeGroup.ADULT, ADOLESCENT_PROGRAM: AgeGroup.ADOLESCENT}
    teen = next(p for p in programs if p.name == ADOLESCENT_PROGRAM)
    assert sum(slot.duration_minutes for slot in teen.schedule) == 6 * 60


def test_first_run_without_it_sets_up_one(qtbot: QtBot, ctx: AppContext) -> None:
    assert [p.name for p in _first_run(qtbot, ctx, adolescent=False)] == ["Adult IOP"]


def test_the_part2_hint_and_its_button(qtbot: QtBot) -> None:
    fields = ProgramFields(setup.standard_program("Adult IOP"), GroupDays())
    qtbot.addWidget(fields)
    fields.show()
    assert not fields.part2_hint.isVisible()
    fields.name_edit.setText("Adult SUD IOP")
    assert fields.part2_hint.isVisible() and fields.mark_part2_button.isVisible()
    assert "42 CFR Part 2" in fields.part2_hint.text()
    assert not fields.substance_check.isChecked()
    qtbot.mouseClick(fields.mark_part2_button, Qt.MouseButton.LeftButton)
    assert fields.substance_check.isChecked()
    assert not fields.part2_hint.isVisible()
    assert fields.values().substance_use and fields.has_unsaved_changes()  # the user saves
    assert fields.name_edit.text() == "Adult SUD IOP"
    fields.substance_check.setChecked(False)
    assert fields.part2_hint.isVisible()
    fields.name_edit.setText("Adult IOP")
    assert not fields.part2_hint.isVisible()
