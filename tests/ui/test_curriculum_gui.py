"""The curriculum in the desktop app: Settings edits it, roll call and the group note choose a
session's module, the record's Attendance tab shows the ledger."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QCheckBox, QLineEdit
from pytestqt.qtbot import QtBot

from counselor_desk.domain.curriculum import CompletionRule
from counselor_desk.domain.model import Attendance, AttendanceStatus, Participant, Program
from counselor_desk.services import curriculum, sessions
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.curriculum import ModuleDraft
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import roll_call
from counselor_desk.ui.dialogs.form import Unsaved
from counselor_desk.ui.dialogs.roll_call import RollCallDialog
from counselor_desk.ui.dialogs.settings import SettingsDialog
from counselor_desk.ui.record.attendance_tab import AttendanceTab
from tests.ui import group_note_setup as groups

D = dt.date
MONDAY = D(2026, 3, 2)
TITLES = ("Triggers", "Coping skills", "Sleep", "Relapse prevention")


@pytest.fixture(autouse=True)
def _discard_when_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(roll_call, "ask_unsaved", lambda _parent: Unsaved.DISCARD)


@pytest.fixture
def with_curriculum(ctx: AppContext, program: Program) -> Program:
    curriculum.save_curriculum(
        ctx.db, program.id, [ModuleDraft(t, core=t != "Sleep", materials="") for t in TITLES]
    )
    return program


def cell(fields: object, row: int, column: int) -> object:
    return fields.table.cellWidget(row, column)  # type: ignore[attr-defined]


def test_settings_edits_the_curriculum_and_the_completion_rule(
    qtbot: QtBot, ctx: AppContext, with_curriculum: Program
) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    dialog.program_tabs.setCurrentIndex(1)
    fields = dialog.curriculum_fields
    assert [d.title for d in fields.drafts()] == list(TITLES)
    # Move Sleep up, make it core, give it materials, add a module, remove Triggers.
    fields.table.selectRow(2)
    fields.up_button.click()
    assert [d.title for d in fields.drafts()] == [
        "Triggers",
        "Sleep",
        "Coping skills",
        "Relapse prevention",
    ]
    core = cell(fields, 1, 1)
    materials = cell(fields, 1, 2)
    assert isinstance(core, QCheckBox) and isinstance(materials, QLineEdit)
    core.setChecked(True)
    materials.setText("Sleep diary handout")
    fields.add_button.click()
    title = cell(fields, 4, 0)
    assert isinstance(title, QLineEdit)
    title.setText("Family roles")
    fields.table.selectRow(0)
    fields.remove_button.click()
    fields.all_core_check.setChecked(True)
    fields.sessions_spin.setValue(24)
    assert dialog.program_has_unsaved_changes()
    assert dialog.save_program()
    saved = curriculum.curriculum(ctx.db, with_curriculum.id)
    assert [(m.title, m.core, m.materials) for m in saved] == [
        ("Sleep", True, "Sleep diary handout"),
        ("Coping skills", True, ""),
        ("Relapse prevention", True, ""),
        ("Family roles", True, ""),
    ]
    assert curriculum.completion_rule(ctx.db, with_curriculum.id) == CompletionRule(True, 24)
    assert not dialog.program_has_unsaved_changes()


def test_settings_names_a_repeated_title_on_the_curriculum_tab_and_saves_nothing(
    qtbot: QtBot, ctx: AppContext, with_curriculum: Program
) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    fields = dialog.curriculum_fields
    fields.add_button.click()
    title = cell(fields, 4, 0)
    assert isinstance(title, QLineEdit)
    title.setText("sleep")
    assert not dialog.save_program()
    assert dialog.program_error.text() == "Modules 3 and 5 are both titled “sleep”."
    assert dialog.program_tabs.currentIndex() == 1  # the curriculum tab, where the problem is
    assert len(curriculum.curriculum(ctx.db, with_curriculum.id)) == 4


def test_roll_call_offers_the_rotation_module_and_keeps_the_one_chosen(
    qtbot: QtBot, ctx: AppContext, with_curriculum: Program, admit_person
) -> None:
    person = admit_person(ctx.db, ctx.clock, with_curriculum, "Ana", "Alder", MONDAY, "C-1")
    session_id = sessions.day_sessions(ctx.db, MONDAY)[0].session.id
    dialog = RollCallDialog(ctx, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.module_combo.isVisible()
    assert dialog.module_combo.currentText() == "1. Triggers (core)"  # the first session
    dialog.module_combo.setCurrentIndex(2)
    assert dialog.has_unsaved_changes()
    dialog.mark_all()
    assert dialog.save()
    assert curriculum.session_module(ctx.db, session_id).title == "Sleep"  # type: ignore[union-attr]
    assert sessions.roll_call_sheet(ctx.db, session_id).rows[0].status is AttendanceStatus.PRESENT
    # Wednesday's session follows the choice.
    wednesday = sessions.day_sessions(ctx.db, D(2026, 3, 4))[0].session.id
    assert curriculum.session_module(ctx.db, wednesday).title == "Relapse prevention"  # type: ignore[union-attr]
    assert person.id


def test_roll_call_without_a_curriculum_shows_no_module(
    qtbot: QtBot, ctx: AppContext, program: Program, admit_person
) -> None:
    admit_person(ctx.db, ctx.clock, program, "Ana", "Alder", MONDAY, "C-1")
    dialog = RollCallDialog(ctx, sessions.day_sessions(ctx.db, MONDAY)[0].session.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.module_combo.isVisible()
    assert dialog.chosen_module() is None
    dialog.mark_all()
    assert dialog.save()


def test_the_group_note_shows_the_sessions_module_and_choosing_one_sets_it(
    qtbot: QtBot, ctx: AppContext, with_curriculum: Program
) -> None:
    group = groups.make_group(ctx.db, with_curriculum)
    day = D(2026, 2, 23)  # the group's first Monday: Triggers
    session_id = groups.take_roll_call(ctx.db, day, [AttendanceStatus.PRESENT] * 4, group.members)
    try:
        dialog = groups.open_dialog(qtbot, ctx, session_id)
        module = dialog.shared.module
        assert [module.itemText(i) for i in range(len(TITLES))] == list(TITLES)
        assert module.currentText() == "Triggers"
        module.setCurrentIndex(3)
        module.activated.emit(3)
        assert dialog.save_now()
        assert curriculum.session_module(ctx.db, session_id).title == "Relapse prevention"  # type: ignore[union-attr]
    finally:
        groups.close_group_notes()


def test_the_group_note_keeps_free_text_for_a_program_without_a_curriculum(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    group = groups.make_group(ctx.db, program)
    session_id = groups.take_roll_call(
        ctx.db, D(2026, 2, 23), [AttendanceStatus.PRESENT] * 4, group.members
    )
    try:
        dialog = groups.open_dialog(qtbot, ctx, session_id)
        line = dialog.shared.module.lineEdit()
        assert line is not None
        qtbot.keyClicks(line, "Anger and calm")
        assert dialog.save_now()
        assert dialog.sheet.shared.module == "Anger and calm"
        assert curriculum.chosen_module(ctx.db, session_id) is None
    finally:
        groups.close_group_notes()


def mark(ctx: AppContext, day: dt.date, person: Participant, status: AttendanceStatus) -> None:
    session_id = sessions.day_sessions(ctx.db, day)[0].session.id
    minutes = 180 if status.attended else 0
    sessions.record_roll_call(
        ctx.db,
        session_id,
        [Attendance(session_id, person.id, status, minutes)],
        FixedClock(day, dt.time(13)),
    )


def test_the_attendance_tab_shows_the_ledger(
    qtbot: QtBot, ctx: AppContext, with_curriculum: Program, admit_person
) -> None:
    person = admit_person(ctx.db, ctx.clock, with_curriculum, "Ana", "Alder", MONDAY, "C-1")
    mark(ctx, MONDAY, person, AttendanceStatus.PRESENT)  # Triggers
    mark(ctx, D(2026, 3, 4), person, AttendanceStatus.UNEXCUSED)  # Coping skills
    curriculum.set_completion_rule(ctx.db, with_curriculum.id, CompletionRule(True, None))
    later = AppContext(db=ctx.db, clock=FixedClock(D(2026, 3, 5), dt.time(16)))
    tab = AttendanceTab(later, person.id)
    qtbot.addWidget(tab)
    tab.refresh()
    tab.show()
    section = tab.curriculum
    assert section.isVisible()
    assert [section.status_text(row) for row in range(4)] == [
        "Attended Mon 2026-03-02",
        "Missed 2026-03-04 · next offered Fri 2026-03-13",
        "Not offered yet",
        "Not offered yet",
    ]
    assert "not met yet" in section.completion_label.text()
    assert "core modules attended 1 of 3" in section.completion_label.text()


def test_the_attendance_tab_has_no_curriculum_section_without_one(
    qtbot: QtBot, ctx: AppContext, program: Program, admit_person
) -> None:
    person = admit_person(ctx.db, ctx.clock, program, "Ana", "Alder", MONDAY, "C-1")
    tab = AttendanceTab(ctx, person.id)
    qtbot.addWidget(tab)
    tab.refresh()
    tab.show()
    assert not tab.curriculum.isVisible()


def test_a_family_sessions_roll_call_offers_no_module(
    qtbot: QtBot, ctx: AppContext, with_curriculum: Program, admit_person
) -> None:
    from dataclasses import replace

    from counselor_desk.domain.model import ScheduleSlot, ServiceType
    from counselor_desk.services import setup

    setup.update_program(
        ctx.db,
        replace(
            with_curriculum,
            schedule=(
                *with_curriculum.schedule,
                ScheduleSlot(0, dt.time(18, 0), 90, ServiceType.FAMILY, "Family group"),
            ),
        ),
    )
    admit_person(ctx.db, ctx.clock, with_curriculum, "Ana", "Alder", MONDAY, "C-1")
    evening = next(
        s.session.id
        for s in sessions.day_sessions(ctx.db, MONDAY)
        if s.session.service_type is ServiceType.FAMILY
    )
    dialog = RollCallDialog(ctx, evening)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.module_combo.isVisible()
    dialog.mark_all()
    assert dialog.save()
