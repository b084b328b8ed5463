"""The discharge summary as a reviewer reads it (docs/DOCUMENTS.md): the clinic's letterhead,
the risk status at discharge with any recent risk boxed near the top, allergies, diagnoses at
admission and at discharge, strengths, who was given the information and a copy, crisis lines
once each, a week short only by the program said as such, the counselor's license and NPI by
the signature; signed content version 4 and the versions before it; the form's new fields."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    AttendanceStatus,
    AttendedSession,
    Diagnosis,
    Leave,
    LevelChange,
    LevelOfCare,
    Measure,
    NoteFormat,
    RiskLevel,
    ServiceType,
    Session,
)
from counselor_desk.domain.rules import (
    WeekHours,
    cancelled_minutes,
    missed_minutes,
    on_leave_all_week,
    risk_window,
    short_by_program,
)
from counselor_desk.reports import discharge as discharge_pdf
from counselor_desk.reports import discharge_parts
from counselor_desk.reports.base import ACCENT, BODY, MUTED, WARN, participant_pages, render
from counselor_desk.reports.fonts import register_fonts
from counselor_desk.reports.model import Letterhead, ServiceLine
from counselor_desk.services import (
    clinical,
    discharge_content,
    discharge_signing,
    documents,
    notes,
    participants,
    sessions,
    setup,
)
from counselor_desk.services import measures as scores
from counselor_desk.services.clock import FixedClock
from counselor_desk.store import clinical_repo, session_repo
from counselor_desk.store.db import Database, connect
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.record.discharge_tab import DischargeTab
from tests.test_documents import (
    DISCHARGED,
    add_consent,
    flat,
    make_caseload,
    pdf_text,
    plan_discharge,
)
from tests.test_reports import summary

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FOOTER = re.compile(r"CONFIDENTIAL|Page \d+ of \d+|Copy of the discharge summary")


def rich_case(db: Database, clock: FixedClock, **plan: str) -> int:
    """make_caseload's participant with everything the new sections print: a license and
    an NPI, a diagnosis changed after week 1, a program cancellation in a full week and one
    in a week the participant missed, a "present, with plan" risk and a high C-SSRS in the
    last 30 days, strengths, the copy given, and a discharge plan that repeats the crisis
    lines."""
    case = make_caseload(db, clock)
    pid = case.participant.id
    profile = setup.get_profile(db)
    assert profile is not None
    setup.save_profile(db, replace(profile, license_number="LCSW-0412", npi="1234567893"))
    person = participants.get(db, pid)
    participants.edit(
        db,
        replace(person, diagnoses=(Diagnosis("F33.0", "Major depressive disorder, mild"),)),
        clock,
    )
    for day in (dt.date(2026, 2, 11), dt.date(2026, 1, 23)):  # week 6 Wed, week 3 Fri
        (found,) = [s for s in sessions.day_sessions(db, day) if s.session.participant_id is None]
        sessions.cancel_session(db, found.session.id, "Snow day")
    notes.save_draft(
        db,
        notes.NoteDraft(
            participant_id=pid,
            session_date=dt.date(2026, 2, 20),
            start_time=dt.time(13, 0),
            duration_minutes=50,
            service_type=ServiceType.INDIVIDUAL,
            format=NoteFormat.DAP,
            fields={"data": "Crisis visit.", "assessment": "At risk.", "plan": "Safety plan."},
            risk=RiskLevel.PRESENT_WITH_PLAN,
            risk_detail="Thoughts of overdosing; safety plan reviewed, sister holds the pills.",
        ),
        clock,
    )
    scores.add(db, Measure(pid, "C-SSRS", dt.date(2026, 2, 20), 0, items=(1, 1, 1, 1, 0, 0)), clock)
    text = {
        "crisis": "988 Suicide & Crisis Lifeline (call or text 988)\n"
        "Local crisis line: (973) 555-0199; Mobile crisis team (973) 555-0111\n"
        "Emergency: 911",
        **plan,
    }
    plan_discharge(db, clock, pid, record=True)
    record = clinical.discharge_record(db, pid)
    assert record is not None
    clinical.save_discharge_plan(
        db,
        replace(
            record,
            crisis_resources=text["crisis"],
            aftercare_plan=text.get("aftercare", record.aftercare_plan),
            strengths=text.get(
                "strengths",
                "Strengths: close to her sister. Needs: evening appointments. Abilities: uses "
                "paced breathing. Preferences: a woman counselor.",
            ),
            copy_given_on=DISCHARGED,
            copy_given_to="the participant and guardian (Ana Lopez, sister)",
        ),
        clock,
    )
    return pid


def text_and_pages(db: Database, pid: int, clock: FixedClock, out: Path) -> tuple[str, list[str]]:
    documents.export_discharge_summary(db, pid, out, clock)
    pages, _reader = pdf_text(out.read_bytes())
    return flat(" ".join(pages)), pages


# -- every element, read back from the PDF ----------------------------------------------------


def test_the_signed_summary_prints_every_element_a_reviewer_checks(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = rich_case(db, clock)
    discharge_signing.sign(db, pid, clock)
    text, pages = text_and_pages(db, pid, clock, tmp_path / "summary.pdf")
    first = flat(pages[0])
    # the clinic's full letterhead in the body of page 1
    assert (
        "Riverbend Behavioral Health 12 Mill Street, Springfield, NJ 07081 · Phone (973) "
        "555-0142" in first
    )
    # the recent risk, boxed at the top with its dates, before the identification
    box = (
        "RISK RECORDED AS PRESENT from January 28, 2026 to February 27, 2026 (the discharge "
        "day and the 30 days before it)"
    )
    assert box in first and first.index(box) < first.index("Identification")
    assert (
        "February 20, 2026 – Individual counseling note: Present, with plan. Thoughts of "
        "overdosing; safety plan reviewed, sister holds the pills." in first
    )
    assert "February 20, 2026 – C-SSRS screen: high risk" in first
    # risk status at discharge: the latest note's screen and the latest C-SSRS, with dates
    for expected in (
        "Risk status at discharge",
        "Latest risk screen in a session note (suicidal or homicidal ideation), February 20, "
        "2026: Present, with plan",
        "Latest C-SSRS screen: high risk, 2026-02-20.",
        "Risk was recorded as present 2 times from January 28, 2026 to February 27, 2026",
        # allergies, strengths, both diagnosis lists
        "Allergies (as reported) Penicillin (rash)",
        "Strengths, needs, abilities and preferences Strengths: close to her sister. Needs: "
        "evening appointments. Abilities: uses paced breathing. Preferences: a woman counselor.",
        "At admission ICD-10 Diagnosis F33.1 Major depressive disorder, recurrent, moderate "
        "F41.0 Panic disorder",
        "At discharge ICD-10 Diagnosis F33.0 Major depressive disorder, mild",
        # who was given the information and a copy, and when
        "The discharge information and a copy of the discharge plan were given to the "
        "participant and guardian (Ana Lopez, sister) on February 27, 2026.",
        # the counselor's license and NPI by the signature
        "License / NPI License LCSW-0412 · NPI 1234567893",
        # a week short only by the program: said plainly, not as the participant's shortfall
        "6 2026-02-09 – 2026-02-15 7:00 9:00 Program cancelled 3:00",
        # a week the participant also missed: their shortfall, with the program's part named
        "3 2026-01-19 – 2026-01-25 3:00 9:00 Short by 6:00 (program cancelled 3:00)",
        "Also in the discharge plan: Mobile crisis team (973) 555-0111",
        "Grey: below the minimum only because of the program (every session held was attended).",
    ):
        assert expected in text, expected
    assert "Short by 2:00" not in text
    # each crisis line once: the plan's own copies of 988, the clinic line and 911 left out
    assert text.count("988 Suicide & Crisis Lifeline") == 1
    assert text.count("(973) 555-0199") == 1
    assert "Emergency: 911" not in text and "From the discharge plan" not in text
    # the last content and the signature on one page, the license with them
    last = flat(pages[-1])
    for expected in ("Information and copy given", "Signature", "License LCSW-0412"):
        assert expected in last, expected
    assert "Electronically signed by Dana Reyes, LCSW, LCADC on 2026-03-02 at 16:00" in last


def test_what_is_not_recorded_is_said_plainly(db: Database, clock: FixedClock) -> None:
    pid = make_caseload(db, clock).participant.id
    person = participants.get(db, pid)
    participants.edit(db, replace(person, allergies=""), clock)
    plan_discharge(db, clock, pid, record=False)
    model = documents.discharge_summary_model(db, pid, clock)
    text = flat(" ".join(pdf_text(discharge_pdf.build(model))[0]))
    for expected in (
        "Allergies (as reported) Not recorded: the participant's record has no allergy entry.",
        "Strengths, needs, abilities and preferences Not recorded on the discharge form.",
        "Information and copy given Not recorded: the discharge form does not say that the "
        "discharge information and a copy of the discharge plan were given to the participant "
        "(or a guardian), or when.",
        "Diagnoses At admission and at discharge (unchanged): ICD-10 Diagnosis F33.1",
        "No risk was recorded as present from January 28, 2026 to February 27, 2026",
        "Latest risk screen in a session note (suicidal or homicidal ideation), February 10, "
        "2026: Denied",
    ):
        assert expected in text, expected
    assert "RISK RECORDED AS PRESENT" not in text and "At discharge ICD-10" not in text
    assert "License / NPI" not in text  # the profile holds neither


def test_before_the_discharge_the_risk_window_ends_on_the_print_date(clock: FixedClock) -> None:
    model = summary(discharge_date=None, reason=None, generated_on=dt.date(2026, 3, 2))
    model = replace(model, risk_from=dt.date(2026, 1, 31))
    text = flat(" ".join(pdf_text(discharge_pdf.build(model))[0]))
    assert "from January 31, 2026 to March 2, 2026 (the print date and the 30 days before" in text


def test_a_level_change_reads_as_a_sentence_with_the_long_date() -> None:
    change = LevelChange(dt.date(2026, 2, 2), LevelOfCare.OP, "stepped down")
    text = flat(" ".join(pdf_text(discharge_pdf.build(summary(level_changes=(change,))))[0]))
    assert (
        "Level of care changed to Outpatient (OP) – ASAM level 1 on February 2, 2026 "
        "(stepped down)." in text
    )


# -- the rules behind them --------------------------------------------------------------------


def mark(day: int, status: AttendanceStatus, minutes: int, length: int = 180) -> AttendedSession:
    return AttendedSession(
        dt.date(2026, 2, day), dt.time(9), length, ServiceType.GROUP, status, minutes
    )


def week(minutes: int, complete: bool = True) -> WeekHours:
    return WeekHours(6, dt.date(2026, 2, 9), dt.date(2026, 2, 15), minutes, 540, complete)


def test_a_week_is_short_by_the_program_only_when_the_participant_missed_nothing() -> None:
    present, cancelled = AttendanceStatus.PRESENT, AttendanceStatus.CANCELLED
    snow_day = [mark(9, present, 180), mark(11, cancelled, 0), mark(13, present, 180)]
    assert cancelled_minutes(week(360), snow_day) == 180
    assert missed_minutes(week(360), snow_day) == 0
    assert short_by_program(week(360), snow_day)
    late = [mark(9, AttendanceStatus.LATE, 170), mark(11, cancelled, 0), mark(13, present, 180)]
    assert missed_minutes(week(350), late) == 10 and not short_by_program(week(350), late)
    absent = [mark(9, AttendanceStatus.EXCUSED, 0), mark(11, cancelled, 0)]
    assert missed_minutes(week(0), absent) == 180 and not short_by_program(week(0), absent)
    assert not short_by_program(week(360, complete=False), snow_day)  # still in progress
    assert not short_by_program(week(540), [mark(9, present, 540, 540)])  # met
    outside = [mark(16, cancelled, 0)]  # the next week's
    assert cancelled_minutes(week(540), outside) == 0


def test_the_chart_draws_a_week_short_by_the_program_grey_not_red(
    db: Database, clock: FixedClock
) -> None:
    model = documents.discharge_summary_model(db, rich_case(db, clock), clock)
    (chart,) = [s for s in discharge_parts.hours_chart(model, 400).contents if hasattr(s, "bars")]
    colour = {week.week: chart.bars[(0, index)].fillColor for index, week in enumerate(model.weeks)}
    assert colour[6] == MUTED and colour[3] == colour[4] == WARN and colour[1] == ACCENT


def test_the_risk_window_is_the_last_day_and_the_30_days_before_it() -> None:
    assert risk_window(dt.date(2026, 2, 27)) == (dt.date(2026, 1, 28), dt.date(2026, 2, 27))


def test_a_recent_risk_outside_the_window_is_not_boxed(db: Database, clock: FixedClock) -> None:
    pid = make_caseload(db, clock).participant.id
    scores.add(db, Measure(pid, "C-SSRS", dt.date(2026, 1, 27), 2, items=(1, 1, 1, 1, 0, 0)), clock)
    plan_discharge(db, clock, pid, record=True)
    model = documents.discharge_summary_model(db, pid, clock)
    assert model.recent_risks == ()  # 31 days before the discharge
    text = flat(" ".join(pdf_text(discharge_pdf.build(model))[0]))
    assert "RISK RECORDED AS PRESENT" not in text
    assert "Latest C-SSRS screen: high risk, 2026-01-27." in text


# -- the discharge form's new fields through the service ---------------------------------------


def refused(call: object, *args: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


def test_the_copy_given_date_and_recipient_are_checked(db: Database, clock: FixedClock) -> None:
    pid = make_caseload(db, clock).participant.id
    plan_discharge(db, clock, pid, record=False)
    stored = clinical.discharge_record(db, pid)
    assert stored is not None
    for given_on, given_to, field, words in (
        (dt.date(2026, 3, 3), "the participant", "copy_given_on", "is in the future"),
        (dt.date(2026, 1, 4), "the participant", "copy_given_on", "before the admission date"),
        (DISCHARGED, "  ", "copy_given_to", "say who received them"),
        (None, "the participant", "copy_given_on", "give the date"),
    ):
        error = refused(
            clinical.save_discharge_plan,
            db,
            replace(stored, copy_given_on=given_on, copy_given_to=given_to),
            clock,
        )
        assert error.field == field and words in str(error), (given_on, str(error))
        assert clinical.discharge_record(db, pid) == stored  # nothing half-written
    error = refused(
        clinical.save_discharge_plan, db, replace(stored, strengths="x" * 200_001), clock
    )
    assert error.field == "strengths" and "too long" in str(error)
    saved = clinical.save_discharge_plan(
        db,
        replace(
            stored,
            strengths="  Reliable; likes mornings.  ",
            copy_given_on=DISCHARGED,
            copy_given_to=" the participant ",
        ),
        clock,
    )
    again = clinical.discharge_record(db, pid)
    assert again is not None and again == saved
    assert (again.strengths, again.copy_given_on, again.copy_given_to) == (
        "Reliable; likes mornings.",
        DISCHARGED,
        "the participant",
    )


# -- signed content: version 4 and the versions before it --------------------------------------


def test_version_4_signs_the_new_sections_and_a_reprint_keeps_the_signed_license(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = rich_case(db, clock)
    discharge_signing.sign(db, pid, clock)
    content = json.loads(clinical.signed_discharge_content(db, pid))
    assert content["version"] == discharge_content.CONTENT_VERSION == 4
    signed = content["sections"]
    assert signed["allergies"] == "Penicillin (rash)"
    assert signed["admission_diagnoses"][0] == [
        "F33.1",
        "Major depressive disorder, recurrent, moderate",
    ]
    assert signed["copy_given"] == {
        "on": "2026-02-27",
        "to": "the participant and guardian (Ana Lopez, sister)",
    }
    assert signed["strengths"].startswith("Strengths: close to her sister.")
    assert signed["risk"]["latest_note"] == ["2026-02-20", "present_with_plan"]
    assert [item[:3] for item in signed["risk"]["recent"]] == [
        ["2026-02-20", "Individual counseling note", "Present, with plan"]
    ]  # the C-SSRS is signed with the measures, not twice
    assert [6, 180, True] in signed["cancelled_weeks"] and [3, 180, False] in signed[
        "cancelled_weeks"
    ]
    assert signed["signer"]["license_number"] == "LCSW-0412"
    assert discharge_signing.verify_signed_discharges(db) == []
    # the profile changes afterwards: the reprint keeps what was signed, and says nothing
    # changed; the allergies changing is named
    profile = setup.get_profile(db)
    assert profile is not None
    setup.save_profile(db, replace(profile, license_number="LCSW-9999", npi=""))
    person = participants.get(db, pid)
    participants.edit(db, replace(person, allergies="Penicillin (rash); latex"), clock)
    later = FixedClock(dt.date(2026, 3, 20), dt.time(9))
    model = documents.discharge_summary_model(db, pid, later)
    assert model.changed_since_signing == ("Allergies",)
    text, _pages = text_and_pages(db, pid, later, tmp_path / "reprint.pdf")
    assert "License LCSW-0412 · NPI 1234567893" in text and "LCSW-9999" not in text
    assert "not part of the content signed" not in text


def stripped(content: dict[str, object], version: int) -> str:
    """Content as version 1, 2 or 3 laid it out: the sections it had, nothing newer."""
    newer = {
        1: {"safety", "curriculum"},
        2: {"curriculum"},
        3: set(),
    }[version] | {
        "admission_diagnoses",
        "allergies",
        "risk",
        "strengths",
        "copy_given",
        "cancelled_weeks",
        "signer",
    }
    sections = content["sections"]
    assert isinstance(sections, dict)
    older = dict(content, version=version)
    older["sections"] = {key: value for key, value in sections.items() if key not in newer}
    return discharge_content.canonical(older)


@pytest.mark.parametrize("version", [1, 2, 3])
def test_content_signed_as_versions_1_to_3_still_verifies_and_reprints(
    db: Database, clock: FixedClock, tmp_path: Path, version: int
) -> None:
    pid = rich_case(db, clock)
    model = documents.discharge_summary_model(db, pid, clock)
    signer = "Dana Reyes, LCSW, LCADC"
    content = json.loads(discharge_content.signed_content(pid, model, signer, clock.now()))
    old = stripped(content, version)
    digest = discharge_content.sha256(old)
    with db.transaction() as conn:
        clinical_repo.sign_discharge(conn, pid, signer, clock.now(), old, digest)
    assert clinical.signed_discharge_content(db, pid) == old  # kept byte for byte
    assert discharge_signing.verify_signed_discharges(db) == []
    reprint = documents.discharge_summary_model(db, pid, clock)
    assert reprint.changed_since_signing == ()  # the newer sections are never named
    assert not reprint.identifiers_signed
    text, _pages = text_and_pages(db, pid, clock, tmp_path / "reprint.pdf")
    assert f"SHA-256 of the content signed: {digest}" in text
    assert (
        "License LCSW-0412 · NPI 1234567893 (as in the counselor profile now; not part of the "
        "content signed)" in text
    )


def test_the_version_1_sample_still_verifies_and_reprints(tmp_path: Path) -> None:
    path = tmp_path / "caseload.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v13.sqlite3", path)
    clock = FixedClock(dt.date(2026, 3, 2), dt.time(16))
    with connect(path, now=clock.now()) as db:
        assert json.loads(clinical.signed_discharge_content(db, 2))["version"] == 1
        assert discharge_signing.verify_signed_discharges(db) == []
        model = documents.discharge_summary_model(db, 2, clock)
        new = {"Diagnoses at admission", "Allergies", "Risk status at discharge"}
        assert not new & set(model.changed_since_signing)
        assert "Copy of the discharge summary" in flat(pdf_text(discharge_pdf.build(model))[0][0])


# -- hostile content ------------------------------------------------------------------------

NAME = "María-José نور Ο'Brien-Łukasiewicz 👍🏽 <b>&amp; ]]> Nguyễn Thị Minh Khai-Ødegård Ф"
LINE = "Line {n:03}: call Ana 🎉 <b>not bold</b> &amp; ]]> <br/> Ναι, dziękuję — 👨‍👩‍👧"


def invisible(text: str) -> str:
    """Text without what modifies an emoji rather than being one: the joiner of an emoji
    family (U+200D), variation selectors and skin tones, which the emoji font draws into the
    emoji before them (text extraction gives back the emoji alone)."""
    return re.sub("[\u200d\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]", "", text)


def test_hostile_content_keeps_every_header_and_loses_no_typed_text(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    assert len(NAME) >= 80
    aftercare = "\n".join(LINE.format(n=n) for n in range(200))
    pid = rich_case(db, clock, aftercare=aftercare, strengths="Strengths <i>&lt; 👍🏽")
    first, last = NAME.split(" ", 1)
    person = participants.get(db, pid)
    participants.edit(db, replace(person, first_name=first, last_name=last), clock)
    profile = setup.get_profile(db)
    assert profile is not None
    long_clinic = "Riverbend Behavioral Health & Recovery Services of Union County <Main Campus>"
    setup.save_profile(db, replace(profile, clinic_name=long_clinic))
    discharge_signing.sign(db, pid, clock)
    text, pages = text_and_pages(db, pid, clock, tmp_path / "hostile.pdf")
    assert len(pages) >= 5
    for number, page in enumerate(pages, start=1):  # the body never says "Chart A-1001"
        assert "Chart A-1001" in page and "DOB 1988-04-17" in page, number
    assert long_clinic in flat(pages[0])  # the body carries the clinic's name whole
    shown = invisible(text)
    for n in range(200):
        assert invisible(LINE.format(n=n)) in shown, n
    assert invisible("Strengths <i>&lt; 👍🏽") in shown


# -- the form ---------------------------------------------------------------------------------


@pytest.fixture
def tab(qtbot, db: Database, clock: FixedClock) -> DischargeTab:  # type: ignore[no-untyped-def]
    pid = make_caseload(db, clock).participant.id
    plan_discharge(db, clock, pid, record=False)
    widget = DischargeTab(AppContext(db=db, clock=clock), pid)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def test_the_form_saves_and_reloads_strengths_and_the_copy_given(
    qtbot,  # type: ignore[no-untyped-def]
    tab: DischargeTab,
    db: Database,
    clock: FixedClock,
) -> None:
    tab.strengths.setPlainText("Keeps appointments; prefers mornings.")
    tab.copy_given_on.setText("2026-02-27")
    tab.copy_given_to.setCurrentIndex(tab.copy_given_to.findData("guardian"))
    assert tab.copy_given_who.isVisibleTo(tab)
    tab.copy_given_who.setText("Ana Lopez, sister")
    assert tab.save_plan()
    stored = clinical.discharge_record(db, tab.participant_id)
    assert stored is not None
    assert stored.strengths == "Keeps appointments; prefers mornings."
    assert stored.copy_given_on == dt.date(2026, 2, 27)
    assert stored.copy_given_to == "the participant and guardian (Ana Lopez, sister)"
    again = DischargeTab(AppContext(db=db, clock=clock), tab.participant_id)
    qtbot.addWidget(again)
    again.refresh()
    assert again.strengths.toPlainText() == "Keeps appointments; prefers mornings."
    assert again.copy_given_on.text() == "2026-02-27"
    assert again.copy_given_to.currentData() == "guardian"
    assert again.copy_given_who.text() == "Ana Lopez, sister"


def test_the_form_refuses_a_copy_given_in_the_future_naming_the_field(
    tab: DischargeTab, db: Database
) -> None:
    before = clinical.discharge_record(db, tab.participant_id)
    tab.copy_given_on.setText("2026-03-03")
    tab.copy_given_to.setCurrentIndex(tab.copy_given_to.findData("participant"))
    assert not tab.save_plan()
    assert "2026-03-03 is in the future" in tab.errors.message("copy_given_on")
    assert clinical.discharge_record(db, tab.participant_id) == before
    assert tab.copy_given_on.text() == "2026-03-03"  # what was typed is kept
    tab.copy_given_on.setText("27 Feb")
    assert not tab.save_plan()
    assert "is not a date" in tab.errors.message("copy_given_on")
    tab.copy_given_on.setText("2026-02-27")
    tab.copy_given_to.setCurrentIndex(tab.copy_given_to.findData("other"))
    assert not tab.save_plan()
    assert "say who received them" in tab.errors.message("copy_given_to")
    assert clinical.discharge_record(db, tab.participant_id) == before


def test_once_signed_the_new_fields_are_read_only(tab: DischargeTab, db: Database) -> None:
    tab.copy_given_on.setText("2026-02-27")
    tab.copy_given_to.setCurrentIndex(tab.copy_given_to.findData("participant"))
    assert tab.save_plan()
    stored = clinical.discharge_record(db, tab.participant_id)
    assert stored is not None
    tab.show_signed(replace(stored, signed_at=dt.datetime(2026, 3, 2, 16), signed_by="D"))
    assert tab.strengths.isReadOnly() and tab.copy_given_on.isReadOnly()
    assert not tab.copy_given_to.isEnabled() and tab.copy_given_who.isReadOnly()


def test_the_letterhead_prints_what_the_profile_has() -> None:
    bare = summary(letterhead=Letterhead("Eastside Clinic"))
    text = flat(" ".join(pdf_text(discharge_pdf.build(bare))[0]))
    assert "Eastside Clinic Discharge Summary" in text and "Phone" not in text


# -- the audit of issue 16: cancellations before roll call, leave, h:mm, the crisis list -------

ADMITTED_ON = dt.date(2026, 1, 5)  # make_caseload's admission, a Monday
LEAVE = (dt.date(2026, 1, 26), dt.date(2026, 2, 1))  # all of program week 4
SNOW_DAY = dt.date(2026, 2, 11)  # week 6, Wednesday: cancelled before roll call
INDIVIDUAL_DAY = dt.date(2026, 2, 17)  # week 7, Tuesday: their own session, cancelled unmarked


def leave_and_snow_day_case(db: Database, clock: FixedClock) -> int:
    """make_caseload's participant (present at every session held) with week 4 on leave, the
    week-6 Wednesday group and a week-7 individual session cancelled by the program before
    roll call was taken, and, cancelled without roll call too, a group during the leave and a
    group of another program (neither expected of them)."""
    pid = make_caseload(db, clock).participant.id
    # make_caseload marks every group: take week 4 and the snow day back to no mark
    start, end = LEAVE
    with db.transaction() as conn:
        for day in (*(start + dt.timedelta(days=n) for n in range(7)), SNOW_DAY):
            for found in session_repo.sessions_between(conn, day, day):
                conn.execute("DELETE FROM attendance WHERE session_id = :sid", {"sid": found.id})
    participants.add_leave(db, pid, start, end, "Family emergency", clock)
    other = setup.add_program(db, setup.standard_program("Adolescent IOP", days=(2,)))
    sessions.ensure_scheduled(db, SNOW_DAY, SNOW_DAY)
    for found in session_repo.sessions_between(db.conn, SNOW_DAY, SNOW_DAY):
        assert found.program_id in {other.id, participants.get(db, pid).program_id}
        sessions.cancel_session(db, found.id, "Snow day")
    (on_leave,) = session_repo.sessions_between(db.conn, dt.date(2026, 1, 28), dt.date(2026, 1, 28))
    sessions.cancel_session(db, on_leave.id, "Facilitator ill")
    own = sessions.add_session(
        db,
        Session(
            id=0,
            date=INDIVIDUAL_DAY,
            start_time=dt.time(13, 0),
            duration_minutes=50,
            service_type=ServiceType.INDIVIDUAL,
            participant_id=pid,
        ),
    )
    sessions.cancel_session(db, own.id, "Counselor ill")
    plan_discharge(db, clock, pid, record=True)
    return pid


def test_a_session_cancelled_before_roll_call_is_counted_as_the_letter_counts_it(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = leave_and_snow_day_case(db, clock)
    model = documents.discharge_summary_model(db, pid, clock)
    # the snow day and the individual session: not the group on leave, not the other program's
    assert model.attendance.cancelled == 2 and model.cancelled_before_roll_call == 2
    assert model.attendance.expected == 24 - 3 - 1 + 3  # groups held off leave, their own
    by_week = {item.week: item for item in model.cancelled_weeks}
    assert (by_week[6].cancelled_minutes, by_week[6].short_by_program) == (180, True)
    assert (by_week[7].cancelled_minutes, by_week[7].short_by_program) == (50, False)
    letter = documents.attendance_letter_model(db, pid, clock, ADMITTED_ON, DISCHARGED)
    assert letter.summary.cancelled == model.attendance.cancelled  # the letter agrees
    text, _pages = text_and_pages(db, pid, clock, tmp_path / "summary.pdf")
    assert "Sessions cancelled by the program (not counted): 2." in text
    assert "6 2026-02-09 – 2026-02-15 7:00 9:00 Program cancelled 3:00" in text
    assert "7 2026-02-16 – 2026-02-22 9:00 9:00 Met (program cancelled 0:50)" in text
    assert "every session held attended" not in text
    add_consent(db, clock, pid)
    documents.export_continuity(db, pid, tmp_path / "ccd.pdf", clock)
    continuity_text = flat(" ".join(pdf_text((tmp_path / "ccd.pdf").read_bytes())[0]))
    assert "Sessions cancelled by the program (not counted): 2." in continuity_text


def test_a_week_on_leave_says_so_not_met(db: Database, clock: FixedClock, tmp_path: Path) -> None:
    pid = leave_and_snow_day_case(db, clock)
    model = documents.discharge_summary_model(db, pid, clock)
    assert model.leave_weeks == (4,)
    text, _pages = text_and_pages(db, pid, clock, tmp_path / "summary.pdf")
    assert "4 2026-01-26 – 2026-02-01 0:00 0:00 On leave of absence" in text
    assert "0.00 0.00 Met" not in text and "0:00 0:00 Met" not in text


def test_on_leave_all_week_counts_the_days_up_to_the_discharge() -> None:
    week4 = WeekHours(4, *LEAVE, 0, 0, True)
    leave = Leave(*LEAVE)
    assert on_leave_all_week(week4, [leave])
    assert not on_leave_all_week(week4, [Leave(LEAVE[0], LEAVE[1] - dt.timedelta(days=1))])
    # discharged on the leave's fifth day: the days after the discharge do not count
    short = [Leave(LEAVE[0], LEAVE[0] + dt.timedelta(days=4))]
    assert on_leave_all_week(week4, short, discharge_date=LEAVE[0] + dt.timedelta(days=4))
    assert not on_leave_all_week(week4, short)
    assert not on_leave_all_week(week4, [])


def test_old_content_reprints_unchanged_when_sessions_were_cancelled_before_roll_call(
    db: Database, clock: FixedClock
) -> None:
    pid = leave_and_snow_day_case(db, clock)
    model = documents.discharge_summary_model(db, pid, clock)
    signer = "Dana Reyes, LCSW, LCADC"
    content = json.loads(discharge_content.signed_content(pid, model, signer, clock.now()))
    signed = content["sections"]
    assert signed["services"]["attendance"][3] == 0  # the marks' counts, as versions 1-3 had
    assert signed["cancelled_before_roll_call"] == 2
    for version in (3, 4):
        old = stripped(content, version) if version < 4 else discharge_content.canonical(content)
        with db.transaction() as conn:
            clinical_repo.sign_discharge(
                conn, pid, signer, clock.now(), old, discharge_content.sha256(old)
            )
        assert discharge_signing.verify_signed_discharges(db) == []
        assert documents.discharge_summary_model(db, pid, clock).changed_since_signing == ()


def h_mm(text: str) -> int:
    hours_part, minutes_part = text.split(":")
    return int(hours_part) * 60 + int(minutes_part)


def test_weekly_hours_in_h_mm_add_up_to_the_services_total(tmp_path: Path) -> None:
    # the audit's rows: 680, 500 and 605 minutes read 11.33 + 8.33 + 10.08 = 29.74 in decimal
    # hours against a total of 29.75
    weeks = tuple(
        WeekHours(
            n,
            ADMITTED_ON + dt.timedelta(days=7 * (n - 1)),
            ADMITTED_ON + dt.timedelta(days=7 * n - 1),
            minutes,
            540,
            True,
        )
        for n, minutes in ((1, 680), (2, 500), (3, 605))
    )
    services = (
        ServiceLine(ServiceType.GROUP, 9, 1620),
        ServiceLine(ServiceType.INDIVIDUAL, 2, 100),
        ServiceLine(ServiceType.EDUCATION, 1, 65),
        ServiceLine(ServiceType.FAMILY, 0, 0),
    )
    model = summary(weeks=weeks, services=services)
    text = flat(" ".join(pdf_text(discharge_pdf.build(model))[0]))
    rows = re.findall(r"(\d) 2026-\d\d-\d\d – 2026-\d\d-\d\d (\d+:\d\d) 9:00", text)
    assert rows == [("1", "11:20"), ("2", "8:20"), ("3", "10:05")]
    assert "Total 29:45" in text  # the weekly table's own total
    assert "Group therapy 9 27:00" in text and "Total 12 29:45" in text  # the services'
    assert sum(h_mm(found) for _week, found in rows) == sum(line.minutes for line in services)
    assert "11.33" not in text and "29.75" not in text


def test_the_signed_content_keeps_minutes_so_h_mm_changes_no_hash(
    db: Database, clock: FixedClock
) -> None:
    pid = rich_case(db, clock)
    discharge_signing.sign(db, pid, clock)
    signed = json.loads(clinical.signed_discharge_content(db, pid))["sections"]
    assert ["group", 20, 3570] in signed["services"]["lines"]
    assert all(isinstance(week[2], int) for week in signed["services"]["weeks"])
    assert not re.search(r"\d:\d\d", discharge_content.canonical(signed["services"]))


def test_also_in_the_discharge_plan_keeps_with_its_line_at_every_page_position() -> None:
    clinic_line, plan = "(973) 555-0199", "Mobile crisis team (973) 555-0111"
    (head,) = [
        item
        for item in discharge_parts.crisis_section(clinic_line, plan)
        if "Also in the discharge plan" in getattr(item, "text", "")
    ]
    assert head.getKeepWithNext()
    register_fonts()
    model = summary()
    decor = participant_pages(model.letterhead, discharge_pdf.TITLE_TEXT, model.identity)
    on_pages = set()
    for lines in range(10, 60):  # the crisis block walks down a page (and over) a line at a time
        story = [Paragraph(f"Line {n}.", BODY) for n in range(lines)]
        story += discharge_parts.crisis_section(clinic_line, plan)
        pages = pdf_text(render(decor, story, title="t", author="a", subject="s"))[0]
        (number,) = [n for n, page in enumerate(pages) if "Also in the discharge plan" in page]
        assert plan in pages[number], lines
        on_pages.add(number)
    assert len(on_pages) > 1  # it crossed a page break: once it stood at a page's foot
