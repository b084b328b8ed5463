"""The participant record: header, overview chart, attendance, plan, clinical, discharge, exports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QTableWidgetItem

from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.measures import PHQ_9
from counselor_desk.domain.model import (
    Attendance,
    AttendanceStatus,
    CounselorProfile,
    DischargeReason,
    Goal,
    LevelOfCare,
    Participant,
    ParticipantStatus,
)
from counselor_desk.services import clinical, participants, sessions, setup
from counselor_desk.services.changes import Changes
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import form
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.dialogs.form import to_date, to_qdate
from counselor_desk.ui.record import export as export_module
from counselor_desk.ui.record.charts import SHORT_COLOUR, HoursChart
from counselor_desk.ui.record.window import ParticipantRecord
from tests.factories import ALEXANDRA, new_participant

ADMITTED = dt.date(2026, 1, 5)  # a Monday; the clock stands on Monday 2 March (week 9)


@pytest.fixture
def record_ctx(db: Database, clock: FixedClock) -> AppContext:
    setup.save_profile(
        db,
        CounselorProfile(
            name="Robin Vale", credentials="LCSW", clinic_name="Eastside", crisis_line="555-0100"
        ),
    )
    return AppContext(db=db, clock=clock)


@pytest.fixture
def person(record_ctx: AppContext) -> Participant:
    """Admitted 8 weeks ago to a Mon/Wed/Fri 3-hour group; misses every Wednesday in week 3."""
    db, clock = record_ctx.db, record_ctx.clock
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    person = participants.admit(
        db,
        new_participant(
            program,
            **ALEXANDRA,
            preferred_name="Alex",
            admitted=ADMITTED,
            medications="Sertraline 50 mg",
        ),
        clock,
    )
    day = ADMITTED
    while day < clock.today():
        for found in sessions.day_sessions(db, day):
            session = found.session
            absent = dt.date(2026, 1, 19) <= day <= dt.date(2026, 1, 25) and day.weekday() == 2
            status = AttendanceStatus.UNEXCUSED if absent else AttendanceStatus.PRESENT
            minutes = 0 if absent else session.duration_minutes
            sessions.record_roll_call(
                db, session.id, [Attendance(session.id, person.id, status, minutes)], clock
            )
        day += dt.timedelta(days=1)
    return person


@pytest.fixture
def record(qtbot, record_ctx, person) -> ParticipantRecord:  # type: ignore[no-untyped-def]
    widget = ParticipantRecord(record_ctx, person.id)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def test_header_shows_who_and_where_in_the_program(record) -> None:
    header = record.header
    assert header.name.text() == "Alex Rivera"
    assert header.legal.text() == "(legal name: Alexandra Rivera)"
    assert header.facts["chart"].text() == "A-1001"
    assert header.facts["age"].text() == "35"
    assert header.facts["program"].text() == "Adult IOP"
    assert header.facts["level"].text() == "IOP (ASAM 2.1)"
    assert header.facts["admitted"].text() == "2026-01-05"
    assert header.facts["week"].text() == "Week 9 of 12"
    assert header.facts["end"].text() == "2026-03-30"
    assert header.facts["status"].text() == "Active"


def test_overview_chart_paints_every_week_with_short_weeks_in_the_warning_colour(
    qtbot, record
) -> None:
    chart = record.overview.chart
    assert [week.week for week in chart.weeks] == list(range(1, 10))
    assert [week.week for week in chart.weeks if week.short] == [3]
    image = chart.grab().toImage()
    warning = SHORT_COLOUR.rgb()
    reds = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixel(x, y) == warning
    )
    assert reds > 20  # the short week's bar (and its legend swatch) are painted in red
    assert "Week 3: 6.0 h of 9.0 h minimum (short)" in chart.accessibleDescription()
    assert chart.describe().endswith("Week 9: 0.0 h of 9.0 h minimum, 9.0 h still reachable")
    assert "still reachable" in record.overview.week_line.text()


def test_an_empty_chart_says_so(qtbot) -> None:
    chart = HoursChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.set_weeks([])
    assert not chart.grab().isNull()
    assert chart.describe() == "No program weeks yet."


def test_attendance_tab_lists_history_newest_first_and_its_corrections(qtbot, record) -> None:
    model = record.attendance.model
    assert model.rowCount() == 24
    assert model.index(0, 0).data() == "Fri 2026-02-27"
    unexcused = [
        row for row in range(model.rowCount()) if model.index(row, 3).data() == "Absent – unexcused"
    ]
    assert len(unexcused) == 1
    record.attendance.table.selectRow(unexcused[0])
    dialog = record.attendance.correction_dialog()
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData(AttendanceStatus.EXCUSED.value))
    dialog.reason.setText("Doctor's note received")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert model.index(unexcused[0], 3).data() == "Absent – excused"  # bus refreshed the tab
    corrections = record.attendance.corrections.model()
    assert corrections.rowCount() == 1
    assert corrections.index(0, 3).data() == "Doctor's note received"


def test_the_attendance_tab_opened_later_shows_a_roll_call_taken_meanwhile(
    qtbot, record, record_ctx
) -> None:
    """Built when first shown, from the history the record's standing last read."""
    db, clock = record_ctx.db, record_ctx.clock
    today = sessions.day_sessions(db, clock.today())[0].session
    sessions.record_roll_call(
        db,
        today.id,
        [Attendance(today.id, record.participant_id, AttendanceStatus.PRESENT, 180)],
        clock,
    )
    record_ctx.bus.publish(Changes.attendance_of(today.id))
    record.tabs.setCurrentIndex(1)
    qtbot.wait(10)
    tab = record.attendance
    assert tab.isVisible()
    assert tab.model.rowCount() == 25
    assert tab.model.index(0, 0).data() == "Mon 2026-03-02"
    assert tab.model.index(0, 3).data() == "Present"


def test_discharge_through_the_tab_stores_status_date_and_reason(
    qtbot, record, record_ctx, answers
) -> None:
    tab = record.discharge
    assert tab.crisis.toPlainText() == (
        "988 Suicide & Crisis Lifeline (call or text 988)\nLocal crisis line: 555-0100"
    )
    assert tab.medications.toPlainText() == "Sertraline 50 mg"
    tab.discharge_date.setDate(to_qdate(dt.date(2026, 2, 27)))
    tab.reason.setCurrentIndex(tab.reason.findData(DischargeReason.STEPPED_DOWN.value))
    tab.recommended.setCurrentIndex(tab.recommended.findData(LevelOfCare.OP.value))
    tab.condition.setPlainText("Stable, sober 8 weeks")
    row = tab.add_referral()
    for column, text in enumerate(
        ["Harbor Clinic", "OP therapy", "Dr. Lee", "555-0123", "1 Main St", "2026-03-10 14:30"]
    ):
        tab.referrals.setItem(row, column, QTableWidgetItem(text))
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)

    assert len(answers) == 1 and "2026-02-27" in answers[0]
    stored = participants.get(record_ctx.db, record.participant_id)
    assert stored.status is ParticipantStatus.DISCHARGED
    assert stored.discharge_date == dt.date(2026, 2, 27)
    plan = clinical.discharge_record(record_ctx.db, record.participant_id)
    assert plan is not None
    assert plan.reason is DischargeReason.STEPPED_DOWN
    assert plan.recommended_level is LevelOfCare.OP
    assert plan.referrals[0].first_appointment == dt.datetime(2026, 3, 10, 14, 30)
    assert record.header.facts["status"].text() == "Discharged 2026-02-27"
    assert not tab.record_button.isEnabled()
    assert any(text.startswith("Summary due") for text in record.header.flag_texts())


def test_a_bad_discharge_is_explained_beside_the_field_and_nothing_is_saved(
    qtbot, record, record_ctx, answers
) -> None:
    tab = record.discharge
    tab.discharge_date.setDate(to_qdate(dt.date(2026, 2, 20)))  # attendance after it
    row = tab.add_referral()
    tab.referrals.setItem(row, 0, QTableWidgetItem("Harbor Clinic"))
    tab.referrals.setItem(row, 5, QTableWidgetItem("next Tuesday"))
    tab.record()
    assert "is not a date and time" in tab.errors.message("referrals")
    tab.referrals.setItem(row, 5, QTableWidgetItem(""))
    tab.record()
    assert "after this discharge date" in tab.errors.message("discharge_date")
    assert participants.get(record_ctx.db, record.participant_id).status is ParticipantStatus.ACTIVE
    assert clinical.discharge_record(record_ctx.db, record.participant_id) is None
    assert tab.referrals.item(row, 0).text() == "Harbor Clinic"
    assert record.has_unsaved_changes()


def test_save_plan_keeps_the_form_as_a_draft(qtbot, record, record_ctx) -> None:
    tab = record.discharge
    tab.aftercare.setPlainText("Weekly OP therapy")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    plan = clinical.discharge_record(record_ctx.db, record.participant_id)
    assert plan is not None and plan.aftercare_plan == "Weekly OP therapy"
    assert participants.get(record_ctx.db, record.participant_id).status is ParticipantStatus.ACTIVE
    assert not record.has_unsaved_changes()


def test_plan_tab_shows_goals_added_elsewhere(record, record_ctx) -> None:
    clinical.save_goal(record_ctx.db, Goal(0, record.participant_id, "Stay sober"))
    record_ctx.bus.publish(Changes.plan(record.participant_id))
    top = record.plan.tree.model().index(0, 0)
    assert top.isValid() and top.data() == "Stay sober"
    assert record.notes.editor.form.goal.findText("Stay sober") >= 0


def test_clinical_tab_saves_details_and_scores(qtbot, record, record_ctx) -> None:
    tab = record.clinical
    tab.allergies.setPlainText("Penicillin")
    row = tab.diagnoses.add_row("F10.20", "Alcohol use disorder, moderate")
    assert row == 0 and record.has_unsaved_changes()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    stored = participants.get(record_ctx.db, record.participant_id)
    assert stored.allergies == "Penicillin"
    assert [d.code for d in stored.diagnoses] == ["F10.20"]

    def total_entered(day: dt.date, score: int) -> ServiceDialog:
        dialog = tab.entry_dialog(PHQ_9)
        qtbot.addWidget(dialog)
        dialog.taken_on.setDate(to_qdate(day))
        dialog.total_only.setChecked(True)
        qtbot.keyClicks(dialog.total, str(score))
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        return dialog

    for day, score in ((ADMITTED, 18), (dt.date(2026, 2, 23), 9)):
        total_entered(day, score)
    assert tab.courses["PHQ-9"].summary.text() == (
        "Baseline 18 (moderately severe) on 2026-01-05 · latest 9 (mild) on 2026-02-23 · "
        "change \u22129"
    )
    refused = total_entered(dt.date(2026, 3, 9), 5)
    assert refused.errors.message("taken_on") == "The date cannot be in the future."


def test_consents_tab_shows_status(qtbot, record, record_ctx) -> None:
    from counselor_desk.domain.model import Consent

    clinical.add_consent(
        record_ctx.db,
        Consent(
            0,
            record.participant_id,
            "Court",
            "Verification",
            frozenset({ScopeCategory.ATTENDANCE}),
            ADMITTED,
            dt.date(2026, 2, 1),
        ),
        record_ctx.clock,
    )
    record_ctx.bus.publish(Changes.participant(record.participant_id))
    assert record.consents.statuses() == ["Expired"]


def test_save_now_stores_the_draft_note(record, record_ctx) -> None:
    record.notes.editor.form.sections["data"].setPlainText("Quick note before closing.")
    assert record.has_unsaved_changes()
    record.save_now()
    [note] = participants_notes(record_ctx, record.participant_id)
    assert note.fields["data"] == "Quick note before closing."
    assert not record.has_unsaved_changes()
    assert "Draft" in record.notes.lines()[0]


def participants_notes(ctx: AppContext, participant_id: int):  # type: ignore[no-untyped-def]
    from counselor_desk.services import notes

    return notes.notes_for(ctx.db, participant_id)


def test_export_runs_off_the_gui_thread_and_writes_the_file(
    qtbot, record, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bar = record.exports
    out = tmp_path / "out" / "summary.pdf"
    out.parent.mkdir()
    suggested: list[str] = []

    def save_dialog(_parent, _title, start, _filter):  # type: ignore[no-untyped-def]
        suggested.append(Path(start).name)
        return str(out), ""

    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    monkeypatch.setattr(
        export_module.QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(url.toLocalFile())),
    )
    bar.export_discharge()
    assert not bar.discharge_button.isEnabled()  # busy while the worker runs
    qtbot.waitUntil(lambda: not bar.jobs, timeout=20000)
    assert suggested == ["discharge-summary_A-1001_2026-03-02.pdf"]
    assert out.read_bytes().startswith(b"%PDF")
    assert opened == [str(out)]
    assert bar.status.text().startswith("Exported")
    assert bar.discharge_button.isEnabled()


def test_a_failed_export_says_why(qtbot, record, tmp_path: Path, monkeypatch) -> None:
    bar = record.exports
    told: list[str] = []
    monkeypatch.setattr(form, "tell", lambda _p, _t, text, problem=False: told.append(text))

    def refuse(_db, _path):  # type: ignore[no-untyped-def]
        raise form.ValidationError("No valid consent for disclosure is on file.", "consent")

    bar.start(tmp_path / "x.pdf", refuse)
    qtbot.waitUntil(lambda: not bar.jobs, timeout=10000)
    assert told == ["No valid consent for disclosure is on file."]
    assert bar.status.text() == "Export failed"


def test_header_follows_edits_and_level_changes(qtbot, record, record_ctx) -> None:
    dialog = record.edit_dialog()
    qtbot.addWidget(dialog)
    dialog.fields.preferred_name.setText("")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert record.header.name.text() == "Alexandra Rivera"
    assert record.header.legal.text() == ""

    level = record.level_dialog()
    qtbot.addWidget(level)
    level.level.setCurrentIndex(level.level.findData(LevelOfCare.PHP.value))
    level.effective_date.setDate(to_qdate(dt.date(2026, 3, 2)))
    qtbot.mouseClick(level.ok_button(), Qt.MouseButton.LeftButton)
    assert record.header.facts["level"].text() == "PHP (ASAM 2.5)"


def test_a_leave_moves_the_projected_end(qtbot, record) -> None:
    leave = record.leave_dialog()
    qtbot.addWidget(leave)
    leave.start_date.setDate(to_qdate(dt.date(2026, 3, 3)))
    leave.end_date.setDate(to_qdate(dt.date(2026, 3, 9)))
    qtbot.mouseClick(leave.ok_button(), Qt.MouseButton.LeftButton)
    assert record.header.facts["end"].text() == "2026-04-06"


def test_on_leave_the_button_ends_the_leave_early(qtbot, record, record_ctx) -> None:
    today = record_ctx.clock.today()
    leave = record.leave_dialog()
    qtbot.addWidget(leave)
    leave.start_date.setDate(to_qdate(today - dt.timedelta(days=1)))  # a Sunday: no sessions
    leave.end_date.setDate(to_qdate(today + dt.timedelta(days=10)))
    qtbot.mouseClick(leave.ok_button(), Qt.MouseButton.LeftButton)
    assert record.leave_button.text() == "Return from leave…"
    back = record.leave_dialog()
    qtbot.addWidget(back)
    assert back.windowTitle() == "Return from leave"
    assert to_date(back.last_day.date()) == today - dt.timedelta(days=1)
    qtbot.mouseClick(back.ok_button(), Qt.MouseButton.LeftButton)
    [stored] = participants.leaves(record_ctx.db, record.participant_id)
    assert stored.end_date == today - dt.timedelta(days=1)
    assert record.leave_button.text() == "Leave of absence…"


def test_no_participant_detail_in_window_titles(qtbot, record) -> None:
    dialogs = [record.edit_dialog(), record.level_dialog(), record.leave_dialog()]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert "Rivera" not in dialog.windowTitle() and "A-1001" not in dialog.windowTitle()
    assert "Rivera" not in record.windowTitle()


def test_overview_lists_level_changes_and_leaves(record, record_ctx) -> None:
    participants.change_level(
        record_ctx.db,
        record.participant_id,
        LevelOfCare.PHP,
        dt.date(2026, 2, 2),
        "Relapse",
        record_ctx.clock,
    )
    participants.add_leave(
        record_ctx.db,
        record.participant_id,
        dt.date(2026, 3, 3),
        dt.date(2026, 3, 5),
        "",
        record_ctx.clock,
    )
    record_ctx.bus.publish(Changes.participant(record.participant_id))
    assert record.overview.events.text().splitlines() == [
        "2026-02-02: level changed to Partial hospitalization (PHP) – Relapse",
        "2026-03-03 to 2026-03-05: leave of absence (3 days)",
    ]


def test_discharge_tab_shows_when_the_summary_is_due(record, record_ctx, answers) -> None:
    tab = record.discharge
    assert tab.summary_due.isHidden()
    tab.discharge_date.setDate(to_qdate(dt.date(2026, 2, 27)))
    tab.record()
    assert not tab.summary_due.isHidden()
    assert tab.summary_due.text().startswith("Discharge summary due by 2026-03-13")


def test_record_of_someone_not_started_yet(qtbot, record_ctx) -> None:
    program = setup.add_program(record_ctx.db, setup.standard_program("Evening IOP"))
    future = participants.admit(
        record_ctx.db,
        Participant(
            id=0,
            chart_number="C-3003",
            first_name="Jo",
            last_name="Park",
            date_of_birth=dt.date(2008, 3, 3),
            program_id=program.id,
            level_of_care=LevelOfCare.IOP,
            admission_date=dt.date(2026, 3, 9),
            planned_weeks=8,
        ),
        record_ctx.clock,
    )
    widget = ParticipantRecord(record_ctx, future.id)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.header.facts["week"].text() == "Not started"
    assert widget.header.facts["age"].text() == "17"
    assert widget.overview.chart.describe() == "No program weeks yet."
    assert widget.overview.week_line.text() == "The program has not started yet."
    assert not widget.overview.chart.grab().isNull()
    assert widget.attendance.model.rowCount() == 0
    assert not widget.attendance.correct_button.isEnabled()


def test_continuity_export_is_listed_as_a_disclosure(
    qtbot, record, record_ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counselor_desk.domain.model import Consent

    bar = record.exports
    clinical.add_consent(
        record_ctx.db,
        Consent(
            0,
            record.participant_id,
            "Harbor Clinic",
            "Continuity of care",
            frozenset(ScopeCategory),
            ADMITTED,
            dt.date(2027, 1, 5),
        ),
        record_ctx.clock,
    )
    out = tmp_path / "continuity.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(out), "")))
    bar.open_after.setChecked(False)
    bar.export_continuity()
    qtbot.waitUntil(lambda: not bar.jobs, timeout=20000)
    assert out.read_bytes().startswith(b"%PDF")
    table = record.consents.disclosures.model()
    assert table.rowCount() == 1
    assert (table.index(0, 1).data(), table.index(0, 2).data()) == (
        "Harbor Clinic",
        "Continuity of care",
    )


def test_export_saves_what_is_typed_on_the_record_first(
    qtbot, record, record_ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The summary holds the aftercare plan on screen, not only what was saved before."""
    bar = record.exports
    from pypdf import PdfReader

    out = tmp_path / "summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(out), "")))
    monkeypatch.setattr(export_module.QDesktopServices, "openUrl", staticmethod(lambda _url: True))
    record.discharge.aftercare.setPlainText("Weekly OP therapy at Lakeside")
    bar.export_discharge()
    qtbot.waitUntil(lambda: not bar.jobs, timeout=20000)
    plan = clinical.discharge_record(record_ctx.db, record.participant_id)
    assert plan is not None and plan.aftercare_plan == "Weekly OP therapy at Lakeside"
    assert not record.has_unsaved_changes()
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Weekly OP therapy at Lakeside" in " ".join(text.split())


def test_export_waits_while_typed_text_cannot_be_saved(
    qtbot, record, record_ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bar = record.exports
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args: asked.append("x") or ("", ""))
    )
    tab = record.discharge
    row = tab.add_referral(["Lakeside Clinic", "", "", "", "", "next Tuesday"])
    assert row == 0
    bar.export_discharge()
    assert asked == []  # no file asked for: the typing is not saved
    assert record.tabs.currentWidget() is record._slots["discharge"]
    assert "next Tuesday" in tab.errors.banner.text() or "next Tuesday" in tab.errors.message(
        "referrals"
    )
    assert tab.referrals.item(0, 0).text() == "Lakeside Clinic"  # the typing is kept


def test_refreshed_header_leaves_no_old_flag_badge_on_screen(record, record_ctx) -> None:
    """Old badges wait for their deferred delete: until then they must not be seen."""
    import dataclasses

    from PySide6.QtWidgets import QApplication, QLabel

    from counselor_desk.domain.rules import Flag
    from counselor_desk.services import caseload

    header = record.header
    person = participants.get(record_ctx.db, record.participant_id)
    review = caseload.review(record_ctx.db, person, record_ctx.clock)
    flagged = dataclasses.replace(review, flags=(Flag.SHORT_HOURS, Flag.ABSENCES))
    today = record_ctx.clock.today()
    header.show_review(flagged, today)
    QApplication.processEvents()  # shows the badges (deferred deletes wait for the loop)
    header.show_review(flagged, today)
    QApplication.processEvents()
    shown = [
        label.text()
        for label in header.findChildren(QLabel)
        if label.accessibleName().startswith("Flag:") and label.isVisibleTo(header)
    ]
    assert shown == header.flag_texts() == [Flag.SHORT_HOURS.label, Flag.ABSENCES.label]


def _letter_form(
    monkeypatch: pytest.MonkeyPatch, out: Path, **typed: str
) -> list[export_module.LetterDialog]:
    """The letter's form filled with `typed` (field name: text) and OK pressed; `out` chosen
    in the save dialog. Returns the forms shown, each as it was when OK was pressed."""
    shown: list[export_module.LetterDialog] = []

    def fill(dialog: export_module.LetterDialog) -> int:
        shown.append(dialog)
        for field, text in typed.items():
            widget = getattr(dialog, field)
            if field == "purpose":
                widget.setPlainText(text)
            else:
                widget.setText(text)
        dialog.accept()  # OK: checked like the export, problems said beside the fields
        return dialog.result()

    monkeypatch.setattr(export_module.LetterDialog, "exec", fill)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(out), "")))
    return shown


def test_the_attendance_letter_asks_recipient_and_purpose_and_is_logged(
    qtbot, record, record_ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bar = record.exports
    bar.open_after.setChecked(False)
    out = tmp_path / "letter.pdf"
    shown = _letter_form(
        monkeypatch,
        out,
        recipient="Hon. Ruth Ade",
        organization="Union County Drug Court",
        case_number="2026-CR-0142",
        purpose="Attendance verification",
    )
    bar.export_letter()
    qtbot.waitUntil(lambda: not bar.jobs, timeout=20000)
    [form_shown] = shown
    assert not form_shown.omit_program.isChecked()  # not a Part 2 record: the name prints
    assert out.read_bytes().startswith(b"%PDF")
    [logged] = clinical.disclosures(record_ctx.db, record.participant_id)
    assert (logged.recipient, logged.purpose) == (
        "Hon. Ruth Ade, Union County Drug Court (case no. 2026-CR-0142)",
        "Attendance verification",
    )
    table = record.consents.disclosures.model()
    assert table.rowCount() == 1 and table.index(0, 1).data() == logged.recipient


def test_a_letter_without_a_recipient_is_not_exported(
    qtbot, record, record_ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "letter.pdf"
    shown = _letter_form(monkeypatch, out, recipient=" ", purpose="Attendance verification")
    record.exports.export_letter()
    [form_shown] = shown
    assert form_shown.result() != QDialog.DialogCode.Accepted  # the form stays open
    assert "Recipient is required" in form_shown.errors.message("recipient")
    assert not out.exists() and not record.exports.jobs
    assert clinical.disclosures(record_ctx.db, record.participant_id) == []


def test_a_substance_use_letter_goes_under_the_chosen_consent(
    qtbot, record_ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from counselor_desk.domain.model import Consent

    db, clock = record_ctx.db, record_ctx.clock
    program = setup.add_program(
        db, replace(setup.standard_program("Adult SUD IOP"), substance_use=True)
    )
    person = participants.admit(db, new_participant(program, **ALEXANDRA, admitted=ADMITTED), clock)
    record = ParticipantRecord(record_ctx, person.id)
    qtbot.addWidget(record)
    told: list[str] = []
    monkeypatch.setattr(export_module.form, "tell", lambda _w, _t, text, **_k: told.append(text))
    out = tmp_path / "letter.pdf"
    shown = _letter_form(monkeypatch, out)
    record.exports.export_letter()
    assert "No valid consent" in told[0] and shown == []  # refused before anything is asked
    court = clinical.add_consent(
        db,
        Consent(
            0,
            person.id,
            "Union County Drug Court",
            "Verification",
            frozenset({ScopeCategory.ATTENDANCE}),
            ADMITTED,
            dt.date(2027, 1, 5),
        ),
        clock,
    )
    record.exports.open_after.setChecked(False)
    record.exports.export_letter()
    qtbot.waitUntil(lambda: not record.exports.jobs, timeout=20000)
    [form_shown] = shown
    assert form_shown.recipient.text() == "Union County Drug Court"  # the consent's recipient
    assert form_shown.omit_program.isChecked()  # Part 2: the program's name left out by default
    [logged] = clinical.disclosures(db, person.id)
    assert (logged.recipient, logged.consent_id) == ("Union County Drug Court", court.id)
    assert "(program name left out)" in logged.what


def test_a_letter_to_another_recipient_than_the_consent_s_is_refused_in_the_form(
    qtbot, record_ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from counselor_desk.domain.model import Consent

    db, clock = record_ctx.db, record_ctx.clock
    program = setup.add_program(
        db, replace(setup.standard_program("Adult SUD IOP"), substance_use=True)
    )
    person = participants.admit(db, new_participant(program, **ALEXANDRA, admitted=ADMITTED), clock)
    clinical.add_consent(
        db,
        Consent(
            0,
            person.id,
            "Union County Drug Court",
            "Verification",
            frozenset({ScopeCategory.ATTENDANCE}),
            ADMITTED,
            dt.date(2027, 1, 5),
        ),
        clock,
    )
    record = ParticipantRecord(record_ctx, person.id)
    qtbot.addWidget(record)
    out = tmp_path / "letter.pdf"
    shown = _letter_form(monkeypatch, out, recipient="Acme Logistics HR")
    record.exports.export_letter()
    [form_shown] = shown
    assert "allows disclosure to Union County Drug Court, not to Acme Logistics HR" in (
        form_shown.errors.message("recipient")
    )
    assert not out.exists() and clinical.disclosures(db, person.id) == []


def test_the_review_packet_is_exported_under_a_consent_with_the_counselors_reasons(
    qtbot, record, record_ctx, person, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog, QInputDialog

    from counselor_desk.domain.consent_scope import ScopeCategory
    from counselor_desk.domain.model import Consent
    from counselor_desk.services import clinical
    from counselor_desk.ui.dialogs.date_range import DateRangeDialog

    today = record_ctx.clock.today()
    clinical.add_consent(
        record_ctx.db,
        Consent(
            id=0,
            participant_id=person.id,
            recipient="Prairie Health Plan",
            purpose="Concurrent review",
            scope=frozenset(ScopeCategory),
            signed_date=today,
            expiry_date=today + dt.timedelta(days=365),
        ),
        record_ctx.clock,
    )
    out = tmp_path / "review.pdf"
    monkeypatch.setattr(DateRangeDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(
        QInputDialog,
        "getMultiLineText",
        staticmethod(lambda *_args, **_kw: ("Panic attacks still weekly.", True)),
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(out), "")))
    monkeypatch.setattr(export_module.QDesktopServices, "openUrl", staticmethod(lambda url: None))
    bar = record.exports
    bar.export_review_packet()
    qtbot.waitUntil(lambda: not bar.jobs, timeout=20000)
    assert out.read_bytes().startswith(b"%PDF")
    (logged,) = [d for d in clinical.disclosures(record_ctx.db, person.id) if "review" in d.what]
    assert logged.recipient == "Prairie Health Plan"
