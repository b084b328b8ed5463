"""The participant dialogs: admit, edit, level change, leave, consent, goal, correction."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidgetItem

from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.model import (
    Attendance,
    AttendanceStatus,
    CounselorProfile,
    GoalStatus,
    LevelOfCare,
    Participant,
    ParticipantStatus,
    Program,
)
from counselor_desk.services import caseload, clinical, participants, sessions, setup
from counselor_desk.services.changes import Changes
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.consent import ConsentDialog, RevokeConsentDialog
from counselor_desk.ui.dialogs.correction import CorrectionDialog
from counselor_desk.ui.dialogs.form import to_date, to_qdate
from counselor_desk.ui.dialogs.goal import GoalDialog, ObjectiveDialog
from counselor_desk.ui.dialogs.leave import LeaveDialog
from counselor_desk.ui.dialogs.level_change import LevelChangeDialog
from counselor_desk.ui.dialogs.participant_dialog import AdmitDialog, EditParticipantDialog
from tests.factories import ALEXANDRA, new_participant

ADMITTED = dt.date(2026, 1, 5)


@pytest.fixture
def program(db: Database) -> Program:
    setup.save_profile(
        db, CounselorProfile(name="Robin Vale", credentials="LCSW", clinic_name="Eastside Clinic")
    )
    setup.add_program(db, setup.standard_program("Teen IOP", planned_weeks=8, days=(1, 3)))
    return setup.add_program(
        db, setup.standard_program("Adult PHP", LevelOfCare.PHP, planned_weeks=6)
    )


@pytest.fixture
def record_ctx(db: Database, clock: FixedClock, program: Program) -> AppContext:
    return AppContext(db=db, clock=clock)


@pytest.fixture
def person(record_ctx: AppContext, program: Program) -> Participant:
    teen = setup.list_programs(record_ctx.db)[0]
    return participants.admit(
        record_ctx.db,
        new_participant(teen, **ALEXANDRA, admitted=ADMITTED, weeks=8),
        record_ctx.clock,
    )


def click_ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)


def test_admit_through_the_dialog_stores_the_participant(qtbot, record_ctx, program) -> None:
    changed: list[Changes] = []
    record_ctx.bus.changed.connect(changed.append)
    dialog = AdmitDialog(record_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.fields
    form.chart_number.setText("B-2002")
    form.first_name.setText("Samuel")
    form.last_name.setText("Okafor")
    form.preferred_name.setText("Sam")
    qtbot.keyClicks(form.date_of_birth, "1985-02-03")
    form.pronouns.setText("he/him")
    form.phone.setText("555-0142")
    form.program.setCurrentIndex(form.program.findData(program.id))
    assert form.level.currentData() == LevelOfCare.PHP.value  # the program brings its level
    assert form.planned_weeks.value() == 6  # … and its planned length
    form.planned_weeks.setValue(10)
    form.admission_date.setDate(to_qdate(dt.date(2026, 2, 23)))
    form.presenting_problems.setPlainText("Panic attacks")
    row = form.diagnoses.add_row()
    form.diagnoses.table.setItem(row, 0, QTableWidgetItem("f41.0"))
    form.diagnoses.table.setItem(row, 1, QTableWidgetItem("Panic disorder"))
    form.medications.setPlainText("None reported")
    click_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = participants.get(record_ctx.db, dialog.participant_id)
    assert stored.chart_number == "B-2002"
    assert stored.display_name == "Sam Okafor"
    assert stored.legal_name == "Samuel Okafor"
    assert stored.date_of_birth == dt.date(1985, 2, 3)
    assert stored.program_id == program.id
    assert stored.level_of_care is LevelOfCare.PHP
    assert stored.planned_weeks == 10
    assert stored.admission_date == dt.date(2026, 2, 23)
    assert [(d.code, d.description) for d in stored.diagnoses] == [("F41.0", "Panic disorder")]
    assert stored.presenting_problems == "Panic attacks"
    assert changed == [Changes.participant(stored.id)]


def test_a_bad_admit_shows_errors_beside_the_fields_and_saves_nothing(
    qtbot, record_ctx, person
) -> None:
    dialog = AdmitDialog(record_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.fields
    form.chart_number.setText("A-1001")  # already in use
    form.first_name.setText("Mina")
    row = form.diagnoses.add_row()
    form.diagnoses.table.setItem(row, 0, QTableWidgetItem("depression"))
    click_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    errors = dialog.errors
    assert "already in use" in errors.message("chart_number")
    assert errors.message("last_name") == "Last name is required."
    assert errors.message("date_of_birth") == "Date of birth is required."
    assert "not an ICD-10 code" in errors.message("diagnoses")
    assert errors.message("first_name") == ""
    form.date_of_birth.setText("31/31/1990")
    click_ok(qtbot, dialog)
    assert errors.message("date_of_birth") == (
        "Date of birth: '31/31/1990' is not a date like 1990-06-15."
    )
    # nothing half-saved, nothing typed lost
    stored = caseload.reviews(record_ctx.db, record_ctx.clock, caseload.Include.ALL)
    assert [review.participant.chart_number for review in stored] == ["A-1001"]
    assert form.first_name.text() == "Mina"
    assert form.diagnoses.diagnoses()[0].code == "depression"


def test_edit_dialog_saves_changed_details(qtbot, record_ctx, person) -> None:
    dialog = EditParticipantDialog(record_ctx, person.id)
    qtbot.addWidget(dialog)
    assert dialog.fields.first_name.text() == "Alexandra"
    assert "Alexandra" not in dialog.windowTitle()
    dialog.fields.preferred_name.setText("Alex")
    dialog.fields.phone.setText("555-0199")
    click_ok(qtbot, dialog)
    stored = participants.get(record_ctx.db, person.id)
    assert (stored.preferred_name, stored.phone) == ("Alex", "555-0199")
    assert stored.date_of_birth == dt.date(1990, 6, 15)
    assert stored.status is ParticipantStatus.ACTIVE


def test_level_change_is_stored_as_a_dated_event(qtbot, record_ctx, person) -> None:
    dialog = LevelChangeDialog(record_ctx, person.id)
    qtbot.addWidget(dialog)
    dialog.level.setCurrentIndex(dialog.level.findData(LevelOfCare.OP.value))
    dialog.effective_date.setDate(to_qdate(dt.date(2026, 2, 16)))
    dialog.reason.setPlainText("Stable; stepping down")
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [change] = participants.level_changes(record_ctx.db, person.id)
    assert (change.level_of_care, change.effective_date, change.reason) == (
        LevelOfCare.OP,
        dt.date(2026, 2, 16),
        "Stable; stepping down",
    )


def test_level_change_before_admission_is_refused_beside_the_date(
    qtbot, record_ctx, person
) -> None:
    dialog = LevelChangeDialog(record_ctx, person.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.effective_date.setDate(to_qdate(dt.date(2025, 12, 1)))
    click_ok(qtbot, dialog)
    assert "before the admission date" in dialog.errors.message("effective_date")
    assert participants.level_changes(record_ctx.db, person.id) == []


def test_leave_is_stored_and_a_bad_one_is_explained(qtbot, record_ctx, person) -> None:
    dialog = LeaveDialog(record_ctx, person.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_date.setDate(to_qdate(dt.date(2026, 3, 9)))
    dialog.end_date.setDate(to_qdate(dt.date(2026, 3, 6)))
    dialog.reason.setPlainText("Family emergency")
    click_ok(qtbot, dialog)
    assert dialog.errors.message("end_date") == "A leave cannot end before it starts."
    assert participants.leaves(record_ctx.db, person.id) == []

    dialog.end_date.setDate(to_qdate(dt.date(2026, 3, 15)))
    click_ok(qtbot, dialog)
    [leave] = participants.leaves(record_ctx.db, person.id)
    assert (leave.start_date, leave.end_date, leave.reason) == (
        dt.date(2026, 3, 9),
        dt.date(2026, 3, 15),
        "Family emergency",
    )


def test_consent_is_added_then_revoked(qtbot, record_ctx, person) -> None:
    dialog = ConsentDialog(record_ctx, person.id)
    qtbot.addWidget(dialog)
    dialog.recipient.setText("Harbor Clinic")
    dialog.purpose.setPlainText("Continuity of care")
    dialog.scope.boxes[ScopeCategory.ATTENDANCE].setChecked(True)
    dialog.expires.setChecked(False)
    click_ok(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert clinical.consents(record_ctx.db, person.id) == []
    assert "Expiry date" in dialog.errors.message("expiry_date")
    dialog.expires.setChecked(True)
    click_ok(qtbot, dialog)
    [consent] = clinical.consents(record_ctx.db, person.id)
    assert consent.recipient == "Harbor Clinic"
    assert consent.expiry_date == to_date(dialog.expiry_date.date())

    revoke = RevokeConsentDialog(record_ctx, person.id, consent)
    qtbot.addWidget(revoke)
    click_ok(qtbot, revoke)
    assert clinical.get_consent(record_ctx.db, consent.id).revoked_date == record_ctx.clock.today()


def test_goal_and_objective_dialogs_store_the_plan(qtbot, record_ctx, person) -> None:
    goal_dialog = GoalDialog(record_ctx, person.id)
    qtbot.addWidget(goal_dialog)
    goal_dialog.description.setPlainText("Reduce panic attacks")
    goal_dialog.status.setCurrentIndex(goal_dialog.status.findData(GoalStatus.IN_PROGRESS.value))
    click_ok(qtbot, goal_dialog)
    [goal] = clinical.goals(record_ctx.db, person.id)
    objective_dialog = ObjectiveDialog(record_ctx, person.id, goal.id)
    qtbot.addWidget(objective_dialog)
    click_ok(qtbot, objective_dialog)  # blank: refused beside the field
    assert objective_dialog.errors.message("description") == "Objective is required."
    objective_dialog.description.setPlainText("Practise breathing daily")
    objective_dialog.has_target.setChecked(True)
    objective_dialog.target_date.setDate(to_qdate(dt.date(2026, 4, 1)))
    click_ok(qtbot, objective_dialog)
    [goal] = clinical.goals(record_ctx.db, person.id)
    assert goal.status is GoalStatus.IN_PROGRESS
    assert [(o.description, o.target_date) for o in goal.objectives] == [
        ("Practise breathing daily", dt.date(2026, 4, 1))
    ]


def test_correction_needs_a_reason_and_is_stored(qtbot, record_ctx, person) -> None:
    day = dt.date(2026, 1, 6)  # a Tuesday: the teen group meets
    sessions.ensure_scheduled(record_ctx.db, day, day)
    [today] = sessions.day_sessions(record_ctx.db, day)
    session = today.session
    sessions.record_roll_call(
        record_ctx.db,
        session.id,
        [Attendance(session.id, person.id, AttendanceStatus.UNEXCUSED, 0)],
        record_ctx.clock,
    )
    [mark] = caseload.attendance_history(record_ctx.db, person.id)
    dialog = CorrectionDialog(record_ctx, person.id, mark)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.setCurrentIndex(dialog.status.findData(AttendanceStatus.PRESENT.value))
    assert dialog.minutes.value() == session.duration_minutes
    click_ok(qtbot, dialog)
    assert dialog.errors.message("reason") == "Reason for the correction is required."
    assert (
        caseload.attendance_history(record_ctx.db, person.id)[0].status
        is AttendanceStatus.UNEXCUSED
    )

    dialog.reason.setText("Signed in late on paper")
    click_ok(qtbot, dialog)
    [mark] = caseload.attendance_history(record_ctx.db, person.id)
    assert (mark.status, mark.minutes_attended) == (
        AttendanceStatus.PRESENT,
        session.duration_minutes,
    )
    [correction] = sessions.corrections(record_ctx.db, person.id)
    assert correction.reason == "Signed in late on paper"
    assert correction.old_status is AttendanceStatus.UNEXCUSED
