"""Views on their own: given values, they show them and give them back; no database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    AgeGroup,
    AttendanceStatus,
    CounselorProfile,
    Discharge,
    DischargeReason,
    LevelOfCare,
    Program,
    Referral,
    ScheduleSlot,
    ServiceType,
    Session,
)
from counselor_desk.services import setup
from counselor_desk.services.sessions import RollCallRow, RollCallSheet
from counselor_desk.ui.dialogs.roll_call_view import COL_STATUS, RollCallView
from counselor_desk.ui.forms.profile_fields import ProfileFields
from counselor_desk.ui.forms.program_fields import GroupDays, ProgramFields, ScheduleTable
from counselor_desk.ui.record.discharge_view import DischargeTabView

DAY = dt.date(2026, 3, 2)


def test_a_discharge_plan_goes_in_and_comes_back_out(qtbot: QtBot) -> None:
    view = DischargeTabView(DAY)
    qtbot.addWidget(view)
    edits: list[str] = []
    view.edited.connect(lambda: edits.append("edited"))
    plan = Discharge(
        participant_id=4,
        discharge_date=dt.date(2026, 2, 27),
        reason=DischargeReason.STEPPED_DOWN,
        condition_at_discharge="Stable",
        recommended_level=LevelOfCare.OP,
        aftercare_plan="Weekly OP therapy",
        crisis_resources="988",
        referrals=(Referral("Harbor Clinic", first_appointment=dt.datetime(2026, 3, 10, 14, 30)),),
    )
    view.fill(plan)
    assert edits == []  # filling is not typing
    assert view.values(4) == plan
    view.aftercare.setPlainText("Twice-weekly OP therapy")
    assert edits == ["edited"]
    assert view.values(4).aftercare_plan == "Twice-weekly OP therapy"


def test_a_bad_first_appointment_names_the_referral(qtbot: QtBot) -> None:
    view = DischargeTabView(DAY)
    qtbot.addWidget(view)
    view.fill_new(DAY, "988", "Sertraline 50 mg")
    view.add_referral(["Lakeside Clinic", "", "", "", "", "next Tuesday"])
    with pytest.raises(ValidationError) as refused:
        view.values(4)
    assert refused.value.field == "referrals"
    assert "Referral 1" in str(refused.value)
    assert view.medications.toPlainText() == "Sertraline 50 mg"


PROFILE = CounselorProfile(
    name="Robin Vale",
    credentials="LCSW",
    clinic_name="Eastside",
    crisis_line="555-0100",
    summary_due_days=7,
    page_size="a4",
)


def test_profile_fields_give_back_the_profile_with_what_is_typed(qtbot: QtBot) -> None:
    fields = ProfileFields()
    qtbot.addWidget(fields)
    fields.load(PROFILE)
    assert fields.values() == PROFILE
    assert fields.fields["clinic_phone"] is fields.phone_edit
    fields.phone_edit.setText("555-0142")
    fields.page_combo.setCurrentIndex(fields.page_combo.findData("letter"))
    assert fields.values() == CounselorProfile(
        "Robin Vale", "LCSW", "Eastside", "", "555-0142", "555-0100", 7, "letter"
    )


def test_profile_fields_without_the_document_rows_keep_what_was_loaded(qtbot: QtBot) -> None:
    fields = ProfileFields(documents=False, optional_hints=True)
    qtbot.addWidget(fields)
    fields.show()
    fields.load(PROFILE)
    assert fields.due_spin.isHidden() and fields.page_combo.isHidden()
    fields.name_edit.setText("Robin A. Vale")
    typed = fields.values()
    assert (typed.name, typed.summary_due_days, typed.page_size) == ("Robin A. Vale", 7, "a4")


def test_a_first_program_from_group_days(qtbot: QtBot) -> None:
    fields = ProgramFields(setup.standard_program(""), GroupDays(), own_minimum=False)
    qtbot.addWidget(fields)
    assert fields.values() == setup.standard_program("")
    assert not fields.has_unsaved_changes()
    fields.name_edit.setText("Teen IOP")
    fields.age_combo.setCurrentIndex(fields.age_combo.findData(AgeGroup.ADOLESCENT))
    fields.schedule.day_checks[4].setChecked(False)
    fields.schedule.length_spin.setValue(120)
    assert fields.has_unsaved_changes()
    assert fields.values() == setup.standard_program(
        "Teen IOP", age_group=AgeGroup.ADOLESCENT, days=(0, 2), minutes=120
    )
    assert fields.fields["schedule"] is fields.schedule.day_checks[0]


def test_a_program_with_its_schedule_table(qtbot: QtBot) -> None:
    program = Program(
        id=3,
        name="Adult IOP",
        level_of_care=LevelOfCare.PHP,
        age_group=AgeGroup.ADULT,
        planned_weeks=8,
        weekly_minimum_hours=10.5,
        substance_use=True,
        schedule=(
            ScheduleSlot(0, dt.time(18, 0), 180),
            ScheduleSlot(3, dt.time(9, 0), 90, ServiceType.FAMILY, "Family group"),
        ),
        active=False,
    )
    fields = ProgramFields(program, ScheduleTable())
    qtbot.addWidget(fields)
    assert fields.values() == program
    fields.schedule.table.setCurrentCell(0, 0)
    fields.schedule.remove_slot()
    assert fields.values().schedule == program.schedule[1:]
    fields.keep_as_saved()
    assert not fields.has_unsaved_changes()


def test_the_roll_call_sheet_turns_keys_into_requests(qtbot: QtBot) -> None:
    session = Session(9, DAY, dt.time(9, 0), 180, ServiceType.GROUP, "Coping skills")
    rows = (
        RollCallRow(1, "C-100", "Ana Lee", 3, AttendanceStatus.PRESENT, 180, False, ""),
        RollCallRow(2, "C-101", "Ben Cho", 1, None, 0, False, ""),
    )
    view = RollCallView(RollCallSheet(session, "Adult IOP", rows))
    qtbot.addWidget(view)
    pressed: list[tuple[int, AttendanceStatus]] = []
    view.status_key.connect(lambda row, status: pressed.append((row, status)))
    edits: list[str] = []
    view.edited.connect(lambda: edits.append("edited"))
    assert "Coping skills" in view.heading.text()
    assert view.table.item(1, COL_STATUS).text() == "— not marked"
    view.table.setCurrentCell(1, 0)
    qtbot.keyClick(view.table, Qt.Key.Key_L)
    qtbot.keyClick(view.table, Qt.Key.Key_T)
    assert pressed == [(1, AttendanceStatus.LATE)]  # the view marks nothing itself
    assert view.table.item(1, COL_STATUS).text() == "— not marked"
    assert view.telehealth(1) and edits == ["edited"]
