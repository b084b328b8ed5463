"""File > Settings…, Programs: each program's schedule of measures (PHQ-9, GAD-7), shown from
the database and stored with the program by "Save program"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from counselor_desk.domain.measure_due import DEFAULT_SCHEDULE, MeasureSchedule
from counselor_desk.domain.model import Program
from counselor_desk.services import measures, setup
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.settings import SettingsDialog
from counselor_desk.ui.forms.program_fields import EVERY_OFF


def programs_tab(qtbot: QtBot, ctx: AppContext) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    return dialog


def test_the_schedule_shown_is_the_stored_one_and_edits_are_stored(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    measures.set_schedule(
        ctx.db, program.id, [MeasureSchedule("PHQ-9", True, 4, False)]
    )  # GAD-7 not on schedule
    dialog = programs_tab(qtbot, ctx)
    fields = dialog.measure_schedule
    assert fields.admission["PHQ-9"].isChecked()
    assert fields.every["PHQ-9"].value() == 4
    assert fields.every["PHQ-9"].text() == "every 4 weeks"
    assert not fields.discharge["PHQ-9"].isChecked()
    assert not fields.admission["GAD-7"].isChecked()
    assert fields.every["GAD-7"].text() == "not repeated"
    assert not fields.discharge["GAD-7"].isChecked()

    fields.every["PHQ-9"].setValue(EVERY_OFF)
    fields.discharge["PHQ-9"].setChecked(True)
    fields.every["GAD-7"].setValue(1)
    assert fields.every["GAD-7"].text() == "every 1 week"
    assert dialog.program_has_unsaved_changes()
    assert dialog.save_program()

    assert measures.schedule(ctx.db, program.id) == (
        MeasureSchedule("PHQ-9", at_admission=True, every_weeks=None, at_discharge=True),
        MeasureSchedule("GAD-7", at_admission=False, every_weeks=1, at_discharge=False),
    )
    assert not dialog.program_has_unsaved_changes()


def test_an_instrument_with_everything_off_leaves_the_schedule(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    assert measures.schedule(ctx.db, program.id) == DEFAULT_SCHEDULE
    dialog = programs_tab(qtbot, ctx)
    fields = dialog.measure_schedule
    fields.admission["GAD-7"].setChecked(False)
    fields.every["GAD-7"].setValue(EVERY_OFF)
    fields.discharge["GAD-7"].setChecked(False)
    dialog.save()  # Save of the dialog saves the program being edited first
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert measures.schedule(ctx.db, program.id) == (MeasureSchedule("PHQ-9"),)


def test_a_new_program_starts_from_the_default_and_keeps_what_was_chosen(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    dialog = programs_tab(qtbot, ctx)
    fields = dialog.measure_schedule
    fields.every["PHQ-9"].setValue(3)
    dialog.new_program()  # the edit of the first program is saved before the new one
    assert measures.schedule(ctx.db, program.id)[0].every_weeks == 3
    assert fields.entries() == DEFAULT_SCHEDULE
    dialog.editor.name_edit.setText("Teen IOP")
    fields.discharge["GAD-7"].setChecked(False)
    assert dialog.save_program()
    teen = next(p for p in setup.list_programs(ctx.db) if p.name == "Teen IOP")
    assert measures.schedule(ctx.db, teen.id) == (
        MeasureSchedule("PHQ-9"),
        MeasureSchedule("GAD-7", at_discharge=False),
    )
    # Choosing the first program again shows its own schedule, from the database.
    dialog.program_list.setCurrentRow(0)
    assert fields.every["PHQ-9"].value() == 3


def test_a_program_refused_stores_no_schedule_either(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    dialog = programs_tab(qtbot, ctx)
    dialog.editor.name_edit.clear()  # a program needs its name
    dialog.measure_schedule.every["PHQ-9"].setValue(6)
    assert not dialog.save_program()
    assert dialog.program_error.isVisibleTo(dialog)
    assert measures.schedule(ctx.db, program.id) == DEFAULT_SCHEDULE
    assert dialog.measure_schedule.every["PHQ-9"].value() == 6  # kept to correct
