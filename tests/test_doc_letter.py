"""The attendance verification letter read as a court clerk reads it: to whom, the status,
the level of care and hours per program week, leave and level changes, exact h:mm hours, the
document ID that matches the disclosure log, and plain refusals that leave nothing behind."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import logging
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from test_doc_every import split_pages
from test_documents import add_consent, make_caseload, plan_discharge

from counselor_desk.cli import main
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    Attendance,
    AttendanceStatus,
    AttendedSession,
    CounselorProfile,
    DischargeReason,
    Leave,
    LevelOfCare,
    Participant,
    ServiceType,
)
from counselor_desk.reports import letter as letter_pdf
from counselor_desk.reports.model import (
    AttendanceLetter,
    Identity,
    Letterhead,
    LetterRecipient,
    LetterWeek,
    LevelSpan,
    Signer,
    WeekStanding,
)
from counselor_desk.services import audit, clinical, documents, participants, sessions, setup
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.documents import attendance_letter
from counselor_desk.store import session_repo
from counselor_desk.store.db import Database
from tests.factories import new_participant

ADMITTED = dt.date(2026, 1, 5)  # a Monday; the clock stands on Monday 2 March 2026
TODAY = dt.date(2026, 3, 2)
LEAVE = (dt.date(2026, 1, 26), dt.date(2026, 2, 1))  # all of program week 4
SNOW_DAY = dt.date(2026, 2, 11)  # week 6: the program cancelled its Wednesday group
STEP_UP = dt.date(2026, 2, 16)  # week 7 begins at PHP
DOCUMENT_ID = re.compile(r"CD-\d{8}-[2-9A-HJ-NP-Z]{8}")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
COURT = {
    "recipient": "Hon. Ruth Ade",
    "organization": "Union County Drug Court",
    "case_number": "2026-CR-0142",
    "purpose": "Court-ordered attendance verification",
}


def pages_of(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def profile(db: Database, **changes: str) -> None:
    values = {
        "name": "Dana Reyes",
        "credentials": "LPC",
        "clinic_name": "Riverbend Behavioral Health",
        "clinic_address": "12 Mill Street, Springfield, NJ 07081",
        "clinic_phone": "(973) 555-0142",
        "license_number": "LPC-12345",
    }
    values.update(changes)
    setup.save_profile(db, CounselorProfile(**values))  # type: ignore[arg-type]


def court_case(
    db: Database,
    clock: FixedClock,
    *,
    substance_use: bool = False,
    first: str = "Maria",
    last: str = "Lopez",
) -> Participant:
    """Admitted on Monday 5 January to a Mon/Wed/Fri 3-hour IOP group, 10 planned weeks:
    late on 12 January (2:30), absent unexcused on 14 January, a week of leave (week 4), the
    program's snow day on 11 February (cancelled before roll call), stepped up to PHP on 16
    February and 2:53 on that day; present at every other session up to yesterday."""
    profile(db)
    program = setup.add_program(
        db, setup.standard_program("Riverbend Recovery IOP", substance_use=substance_use)
    )
    person = participants.admit(
        db,
        new_participant(
            program, chart="A-1001", first=first, last=last, admitted=ADMITTED, weeks=10
        ),
        clock,
    )
    participants.add_leave(db, person.id, *LEAVE, "Family emergency", clock)
    participants.change_level(db, person.id, LevelOfCare.PHP, STEP_UP, "More support", clock)
    sessions.ensure_scheduled(db, ADMITTED, TODAY)
    for session in session_repo.sessions_between(db.conn, ADMITTED, TODAY - dt.timedelta(1)):
        if LEAVE[0] <= session.date <= LEAVE[1]:
            continue
        if session.date == SNOW_DAY:
            sessions.cancel_session(db, session.id, "Snow day")
            continue
        status, minutes = AttendanceStatus.PRESENT, 180
        if session.date == dt.date(2026, 1, 12):
            status, minutes = AttendanceStatus.LATE, 150
        elif session.date == dt.date(2026, 1, 14):
            status, minutes = AttendanceStatus.UNEXCUSED, 0
        elif session.date == STEP_UP:
            status, minutes = AttendanceStatus.LEFT_EARLY, 173
        sessions.record_roll_call(
            db, session.id, [Attendance(session.id, person.id, status, minutes)], clock
        )
    return person


def export(
    db: Database,
    clock: FixedClock,
    pid: int,
    out: Path,
    first: dt.date = dt.date(2026, 1, 12),
    last: dt.date = dt.date(2026, 3, 31),
    **changes: object,
) -> str:
    values: dict[str, object] = dict(COURT)
    values.update(changes)
    documents.export_attendance_letter(db, pid, out, clock, first, last, **values)  # type: ignore[arg-type]
    return flat(" ".join(pages_of(out.read_bytes())))


@pytest.fixture
def exports(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


# -- what the letter says ---------------------------------------------------------------------


def test_the_letter_says_to_whom_where_the_participant_stands_and_the_hours_of_each_week(
    db: Database, clock: FixedClock, exports: Path
) -> None:
    person = court_case(db, clock)
    text = export(db, clock, person.id, exports / "l.pdf")
    for expected in (
        # the address block, the subject and the greeting
        "March 2, 2026 Hon. Ruth Ade Union County Drug Court Case no. 2026-CR-0142",
        "Re: Attendance verification – Maria Lopez (case no. 2026-CR-0142)",
        "Dear Hon. Ruth Ade:",
        "in Riverbend Recovery IOP at Riverbend Behavioral Health",
        # the status, with the expected end moved by the week of leave
        "Maria Lopez was admitted on January 5, 2026 and is enrolled as of March 2, 2026.",
        "The expected end date is March 23, 2026 (a planned 10 weeks from admission",
        # a 'to' date after today: reported as of today
        "This letter covers January 12 to March 2, 2026. The dates asked for ran to March 31, "
        "2026; attendance is reported as of March 2, 2026, the date of this letter.",
        # the level per range, and each leave and level change on its own line
        "Intensive outpatient (IOP): January 12 to February 15, 2026",
        "Partial hospitalization (PHP): February 16 to March 2, 2026",
        "January 26 to February 1, 2026: leave of absence (7 days); no attendance was expected.",
        "February 16, 2026: level of care stepped up from Intensive outpatient (IOP) to "
        "Partial hospitalization (PHP).",
        # required against attended, week by week
        "2 January 12 to 18, 2026 9:00 5:30 Below the minimum by 3:30.",
        "3 January 19 to 25, 2026 9:00 9:00 Minimum met.",
        "4 January 26 to February 1, 2026 0:00 0:00 On leave of absence; no hours were required.",
        # the program's snow day is the program's, not the participant's
        "6 February 9 to 15, 2026 9:00 6:00 Below the minimum by 3:00: the program cancelled "
        "1 session (3:00), and the participant attended every session held. Not a shortfall "
        "on the participant's part.",
        "7 February 16 to 22, 2026 20:00 8:53",
        "9 March 2, 2026 20:00 0:00 Week in progress (it ends on March 8, 2026).",
        # every session, in h:mm, the cancelled one listed too
        "Mon, January 12, 2026 09:00 Group therapy Late 2:30",
        "Wed, January 14, 2026 09:00 Group therapy Absent – unexcused 0:00",
        "Wed, February 11, 2026 09:00 Group therapy Cancelled by program 0:00",
        "Mon, February 16, 2026 09:00 Group therapy Left early 2:53",
        "Total attended 16 sessions 47:23",
        "47:23 hours (2,843 minutes)",
        "Sessions cancelled by the program: 1 (listed above; they count neither for nor "
        "against the participant).",
        "Counselor Dana Reyes, LPC · License LPC-12345",
        "Electronically signed by Dana Reyes, LPC on March 2, 2026",
    ):
        assert expected in text, expected
    for wrong in ("was enrolled since", "is currently enrolled", "Short by", "To whom"):
        assert wrong not in text
    # long dates throughout: an ISO date is only the page header's date of birth
    assert set(ISO_DATE.findall(text)) <= {person.date_of_birth.isoformat()}


def test_the_document_id_on_every_page_is_the_disclosure_log_s(
    db: Database, clock: FixedClock, exports: Path
) -> None:
    person = court_case(db, clock)
    out = exports / "l.pdf"
    export(db, clock, person.id, out)
    [logged] = clinical.disclosures(db, person.id)
    pages = [flat(page) for page in pages_of(out.read_bytes())]
    assert len(pages) >= 2
    assert DOCUMENT_ID.fullmatch(logged.document_id)
    assert all(f"Document ID {logged.document_id}" in page for page in pages)
    assert {found for page in pages for found in DOCUMENT_ID.findall(page)} == {logged.document_id}
    assert (
        f"To verify this letter, call (973) 555-0142 and quote document ID {logged.document_id}."
        in " ".join(pages)
    )
    # the log keeps to whom (with the case number), why, and what, in the counselor's dates
    assert logged.recipient == "Hon. Ruth Ade, Union County Drug Court (case no. 2026-CR-0142)"
    assert logged.purpose == "Court-ordered attendance verification"
    assert "sessions from 2026-01-12 to 2026-03-02 (16 attended)" in logged.what
    # a second letter gets its own ID
    export(db, clock, person.id, exports / "again.pdf")
    assert len({row.document_id for row in clinical.disclosures(db, person.id)}) == 2


def test_without_a_clinic_phone_the_reader_is_told_to_contact_the_clinic(
    db: Database, clock: FixedClock, exports: Path
) -> None:
    person = court_case(db, clock)
    profile(db, clinic_phone="")
    text = export(db, clock, person.id, exports / "l.pdf")
    [logged] = clinical.disclosures(db, person.id)
    assert (
        f"To verify this letter, contact Riverbend Behavioral Health and quote document ID "
        f"{logged.document_id}." in text
    )


def test_the_weeks_and_the_sessions_add_up_to_the_same_total(
    db: Database, clock: FixedClock
) -> None:
    person = court_case(db, clock)
    model, _row = attendance_letter.attendance_letter_disclosure(
        db, person.id, clock, ADMITTED, TODAY, **COURT
    )
    assert [week.week for week in model.weeks] == list(range(1, 10))
    assert sum(week.minutes_attended for week in model.weeks) == model.minutes_attended == 3383
    standing = {week.week: week.standing for week in model.weeks}
    assert standing[4] is WeekStanding.ON_LEAVE
    assert standing[6] is WeekStanding.SHORT_BY_PROGRAM
    assert standing[2] is WeekStanding.SHORT  # the unexcused absence is the participant's
    assert standing[9] is WeekStanding.IN_PROGRESS


def test_a_range_that_starts_mid_week_does_not_compare_that_week(
    db: Database, clock: FixedClock, exports: Path
) -> None:
    person = court_case(db, clock)
    text = export(db, clock, person.id, exports / "l.pdf", dt.date(2026, 1, 14), TODAY)
    assert (
        "2 January 14 to 18, 2026 – 3:00 Only January 14 to 18, 2026 of this week is within "
        "the letter's dates; not compared with the weekly minimum." in text
    )
    assert "The dates asked for" not in text  # not capped: no 'as of'


def test_a_week_with_a_session_without_roll_call_is_never_called_the_program_s(
    db: Database, clock: FixedClock
) -> None:
    person = court_case(db, clock)
    friday = [
        s for s in session_repo.sessions_between(db.conn, SNOW_DAY, SNOW_DAY + dt.timedelta(2))
    ]
    with db.transaction() as conn:  # as if roll call of Friday 13 February was never taken
        conn.execute("DELETE FROM attendance WHERE session_id = :sid", {"sid": friday[-1].id})
    model = attendance_letter.attendance_letter_model(db, person.id, clock, ADMITTED, TODAY)
    week = next(week for week in model.weeks if week.week == 6)
    assert (week.unrecorded_sessions, week.standing) == (1, WeekStanding.SHORT)
    assert "1 session without a recorded roll call" in letter_pdf.week_note(week)


# -- status as the consent allows ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "says"),
    [
        (DischargeReason.COMPLETED, "and completed the program on February 27, 2026."),
        (
            DischargeReason.AGAINST_ADVICE,
            "and was discharged on February 27, 2026 (reason for discharge: Left against "
            "clinical advice).",
        ),
    ],
)
def test_a_discharged_participant_s_status_and_reason(
    db: Database, clock: FixedClock, exports: Path, reason: DischargeReason, says: str
) -> None:
    pid = make_caseload(db, clock).participant.id
    plan_discharge(db, clock, pid, record=True, reason=reason)
    text = export(db, clock, pid, exports / "l.pdf", dt.date(2026, 1, 5), dt.date(2026, 2, 27))
    assert "Maria Lopez was admitted on January 5, 2026 " + says in text
    assert "expected end" not in text and "enrolled as of" not in text


@pytest.mark.parametrize(
    ("scope", "says", "not_said"),
    [
        (
            {ScopeCategory.ATTENDANCE},
            "and was discharged on February 27, 2026. The reason for discharge is outside the "
            "scope of the consent this letter is disclosed under and is not stated.",
            "completed the program",
        ),
        (
            {ScopeCategory.ATTENDANCE, ScopeCategory.DISCHARGE_PLAN},
            "and completed the program on February 27, 2026.",
            "outside the scope",
        ),
    ],
)
def test_under_a_consent_the_reason_for_discharge_prints_only_within_its_scope(
    db: Database,
    clock: FixedClock,
    exports: Path,
    scope: set[ScopeCategory],
    says: str,
    not_said: str,
) -> None:
    pid = make_caseload(db, clock, substance_use=True).participant.id
    plan_discharge(db, clock, pid, record=True, reason=DischargeReason.COMPLETED)
    add_consent(db, clock, pid, recipient="Union County Drug Court", scope=frozenset(scope))
    text = export(db, clock, pid, exports / "l.pdf", dt.date(2026, 1, 5), dt.date(2026, 2, 27))
    assert says in text and not_said not in text


def test_an_active_participant_past_the_planned_end_is_said_to_remain_enrolled(
    db: Database, clock: FixedClock, exports: Path
) -> None:
    pid = make_caseload(db, clock).participant.id  # 8 planned weeks from 5 January
    participants.edit(db, dataclasses.replace(participants.get(db, pid), planned_weeks=6), clock)
    text = export(db, clock, pid, exports / "l.pdf", dt.date(2026, 2, 2), TODAY)
    assert "The planned end date, February 16, 2026, has passed; Maria Lopez remains enrolled." in (
        text
    )


# -- the program's name (42 CFR Part 2) --------------------------------------------------------


def test_the_program_s_name_can_be_left_out(db: Database, clock: FixedClock, exports: Path) -> None:
    person = court_case(db, clock, substance_use=True)
    add_consent(db, clock, person.id, recipient="Union County Drug Court")
    out = exports / "l.pdf"
    text = export(db, clock, person.id, out, omit_program=True)
    assert "in an outpatient program at Riverbend Behavioral Health." in text
    assert "Recovery" not in text and "Recovery" not in str(PdfReader(out).metadata)
    [logged] = clinical.disclosures(db, person.id)
    assert "(program name left out)" in logged.what


def test_the_command_line_letter_takes_the_recipient_s_organization_case_and_omit_program(
    db: Database, db_path: Path, clock: FixedClock, exports: Path
) -> None:
    court_case(db, clock)
    out = exports / "l.pdf"
    arguments = ["--db", str(db_path), "--today", "2026-03-02", "export", "letter", "A-1001"]
    assert (
        main(
            [
                *arguments,
                *("--from", "2026-01-12", "--to", "2026-02-27"),
                *("--recipient", "Hon. Ruth Ade", "--organization", "Union County Drug Court"),
                *("--case-number", "2026-CR-0142", "--purpose", "Verification"),
                "--omit-program",
                *("--out", str(out)),
            ]
        )
        == 0
    )
    text = flat(" ".join(pages_of(out.read_bytes())))
    assert "Union County Drug Court Case no. 2026-CR-0142" in text
    assert "an outpatient program at Riverbend" in text and "Recovery IOP" not in text
    [logged] = clinical.disclosures(db, 1)
    assert logged.recipient == "Hon. Ruth Ade, Union County Drug Court (case no. 2026-CR-0142)"


def test_the_letter_s_options_are_refused_for_other_documents(
    db: Database, db_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    court_case(db, clock)
    base = ["--db", str(db_path), "--today", "2026-03-02", "export", "discharge", "A-1001"]
    assert main([*base, "--omit-program"]) == 1
    assert "--omit-program are for the attendance letter only" in capsys.readouterr().err


# -- the recipient and its consent -------------------------------------------------------------


def test_a_consent_for_the_organization_allows_a_letter_to_a_person_there(
    db: Database, clock: FixedClock, exports: Path
) -> None:
    person = court_case(db, clock, substance_use=True)
    consent = add_consent(db, clock, person.id, recipient="union county drug court")
    export(db, clock, person.id, exports / "l.pdf")
    [logged] = clinical.disclosures(db, person.id)
    assert logged.consent_id == consent.id
    with pytest.raises(ValidationError) as refused:
        export(db, clock, person.id, exports / "x.pdf", organization="Acme Logistics")
    assert refused.value.field == "recipient"
    assert "allows disclosure to union county drug court, not to Hon. Ruth Ade, Acme" in str(
        refused.value
    )
    assert not (exports / "x.pdf").exists() and len(clinical.disclosures(db, person.id)) == 1


# -- bad input: every field, plain words, nothing left behind ------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"recipient": "  "}, "recipient", "Recipient is required"),
        ({"recipient": "Ruth\nAde"}, "recipient", "one line"),
        ({"recipient": "R" * 201}, "recipient", "at most 200"),
        ({"organization": "Court\tHouse"}, "organization", "The organization must be one line"),
        ({"organization": "O" * 201}, "organization", "The organization is too long"),
        ({"case_number": "2026-CR\n0142"}, "case_number", "case or docket number must be one"),
        ({"case_number": "9" * 61}, "case_number", "at most 60"),
        ({"purpose": ""}, "purpose", "Purpose is required"),
        ({"purpose": "p" * 1001}, "purpose", "Purpose is too long"),
        (
            {"first": dt.date(2026, 2, 1), "last": dt.date(2026, 1, 1)},
            "last",
            "'to' date is before",
        ),
        (
            {"first": dt.date(2026, 3, 3), "last": dt.date(2026, 3, 10)},
            "first",
            "'from' date is in the future",
        ),
        ({"first": dt.date(2022, 1, 1)}, "first", "at most three years"),
    ],
)
def test_a_bad_field_is_named_and_nothing_is_written_or_logged(
    db: Database,
    clock: FixedClock,
    exports: Path,
    caplog: pytest.LogCaptureFixture,
    changes: dict[str, object],
    field: str,
    words: str,
) -> None:
    person = court_case(db, clock)
    before = len(audit.entries(db))
    values: dict[str, object] = {"first": dt.date(2026, 1, 12), "last": TODAY, **COURT}
    values.update(changes)
    first, last = values.pop("first"), values.pop("last")
    with caplog.at_level(logging.DEBUG), pytest.raises(ValidationError) as refused:
        documents.export_attendance_letter(
            db,
            person.id,
            exports / "l.pdf",
            clock,
            first,
            last,
            **values,  # type: ignore[arg-type]
        )
    assert refused.value.field == field and words in str(refused.value)
    assert list(exports.iterdir()) == []
    assert clinical.disclosures(db, person.id) == [] and len(audit.entries(db)) == before
    assert "Lopez" not in caplog.text and "Ruth" not in caplog.text


def test_every_bad_field_is_named_at_once(clock: FixedClock) -> None:
    with pytest.raises(ValidationError) as refused:
        attendance_letter.letter_request(
            dt.date(2026, 1, 1),
            TODAY,
            TODAY,
            recipient="",
            purpose="",
            organization="x\ny",
            case_number="9" * 61,
        )
    assert [field for field, _message in refused.value.problems] == [
        "recipient",
        "organization",
        "case_number",
        "purpose",
    ]


def test_no_letter_goes_out_without_the_clinic_s_name(
    db: Database, clock: FixedClock, exports: Path
) -> None:
    person = court_case(db, clock)
    profile(db, clinic_name="  ")
    with pytest.raises(ValidationError) as refused:
        export(db, clock, person.id, exports / "l.pdf")
    assert refused.value.field == "profile" and "the clinic's name" in str(refused.value)
    assert list(exports.iterdir()) == [] and clinical.disclosures(db, person.id) == []


# -- exact hours and the page breaks -------------------------------------------------------------


def letter_model(minutes: list[int]) -> AttendanceLetter:
    """A letter of one session a day from Monday 5 January, attended for `minutes` each."""
    marks = tuple(
        AttendedSession(
            ADMITTED + dt.timedelta(days=day),
            dt.time(9, 0),
            600,
            ServiceType.GROUP,
            AttendanceStatus.LATE if spent % 60 else AttendanceStatus.PRESENT,
            spent,
        )
        for day, spent in enumerate(minutes)
    )
    last = ADMITTED + dt.timedelta(days=max(len(minutes) - 1, 0))
    return AttendanceLetter(
        letterhead=Letterhead("Riverbend Behavioral Health", clinic_phone="(973) 555-0142"),
        identity=Identity("Maria Lopez", "A-1001", dt.date(1988, 4, 17)),
        signer=Signer("Dana Reyes", "LPC"),
        generated_on=TODAY,
        program_name="Adult IOP",
        admission_date=ADMITTED,
        discharge_date=None,
        first=ADMITTED,
        last=last,
        sessions=marks,
        recipient=LetterRecipient("Hon. Ruth Ade"),
        levels=(LevelSpan(LevelOfCare.IOP, ADMITTED, last),),
        document_id="CD-20260302-ABCDEFGH",
    )


ROW = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \w+ \d+, \d{4} 09:00 Group therapy (?:Late|Present) "
    r"(\d+):(\d\d)"
)
TOTAL = re.compile(r"Total attended \d+ sessions? (\d+):(\d\d)")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(min_value=1, max_value=600), min_size=1, max_size=40))
def test_the_h_mm_rows_add_up_to_the_printed_total(minutes: list[int]) -> None:
    text = flat(" ".join(pages_of(letter_pdf.build(letter_model(minutes)))))
    rows = [int(hours) * 60 + int(rest) for hours, rest in ROW.findall(text)]
    [total] = [int(hours) * 60 + int(rest) for hours, rest in TOTAL.findall(text)]
    assert rows == minutes and sum(rows) == total
    count = sum(minutes)
    assert f"({count:,} minute{'' if count == 1 else 's'})" in text


@given(st.integers(min_value=0, max_value=10**7))
def test_hours_and_minutes_are_exact(minutes: int) -> None:
    hours, rest = letter_pdf.hours_minutes(minutes).split(":")
    assert int(hours) * 60 + int(rest) == minutes and len(rest) == 2


def test_the_signature_never_stands_alone_on_a_page() -> None:
    for count in range(10, 45):
        pages = [flat(page) for page in pages_of(letter_pdf.build(letter_model([60] * count)))]
        last = pages[-1]
        assert "Electronically signed by" in last, count
        assert "In total, Maria Lopez attended" in last, count  # the last content goes with it
        assert all("Electronically signed by" not in page for page in pages[:-1])


def test_a_week_s_standing_is_decided_on_the_week() -> None:
    week = LetterWeek(
        week=3,
        start=dt.date(2026, 1, 19),
        end=dt.date(2026, 1, 25),
        first=dt.date(2026, 1, 19),
        last=dt.date(2026, 1, 25),
        minutes_attended=360,
        minimum_minutes=540,
        complete=True,
        whole=True,
        cancelled_sessions=1,
        cancelled_minutes=180,
    )
    assert week.standing is WeekStanding.SHORT_BY_PROGRAM and week.short_by == 180
    assert dataclasses.replace(week, missed_minutes=30).standing is WeekStanding.SHORT
    assert dataclasses.replace(week, complete=False).standing is WeekStanding.IN_PROGRESS
    assert dataclasses.replace(week, whole=False).standing is WeekStanding.PARTIAL
    assert dataclasses.replace(week, minimum_minutes=None).standing is WeekStanding.NO_MINIMUM
    assert dataclasses.replace(week, minutes_attended=540).standing is WeekStanding.MET


HEADINGS = {
    "Level of care",
    "Leave and changes in level of care within these dates",
    "Hours by program week: required and attended",
    "Sessions",
}


def paged_letter(sessions: int, leaves: int, weeks: int) -> AttendanceLetter:
    """A letter of `sessions` one-hour sessions whose tables start lower down the page the
    more one-day leaves it lists, with `weeks` program weeks."""

    def week(number: int) -> LetterWeek:
        start = ADMITTED + dt.timedelta(days=7 * number)
        end = start + dt.timedelta(days=6)
        return LetterWeek(number + 1, start, end, start, end, 540, 540, True, True)

    return dataclasses.replace(
        letter_model([60] * sessions),
        leaves=tuple(
            Leave(ADMITTED + dt.timedelta(days=n), ADMITTED + dt.timedelta(days=n))
            for n in range(leaves)
        ),
        weeks=tuple(week(number) for number in range(weeks)),
    )


@pytest.mark.parametrize(
    ("sessions", "weeks", "leaves"),
    [
        (5, 0, range(24)),  # a short table, then the signature kept with the last lines
        (5, 3, range(24)),  # the weeks' table before it
        (14, 3, range(0, 36, 3)),  # a long table that splits
        (0, 3, range(0, 36, 3)),  # no session: one line under the heading
    ],
)
def test_no_heading_of_the_letter_ends_a_page(sessions: int, weeks: int, leaves: range) -> None:
    for count in leaves:
        pages = split_pages(letter_pdf.build(paged_letter(sessions, weeks=weeks, leaves=count)))
        for number, page in enumerate(pages):
            lines = [flat(line) for line in page.content]
            assert lines[-1] not in HEADINGS, f"{lines[-1]!r} ends page {number + 1} ({count})"
            # a table's heading is on the page of its first rows, the note with them
            if "Hours by program week: required and attended" in lines:
                assert any(line.startswith("1 January 5 to 11, 2026") for line in lines), count
            if "Sessions" in lines:
                after = lines[lines.index("Sessions") + 1 :]
                first_row = "Mon, January 5, 2026 09:00" if sessions else "No session was"
                assert after[0].startswith("Date Time Service") or not sessions, count
                assert any(line.startswith(first_row) for line in after[:2]), count
        signed = [page for page in pages if "Electronically signed" in page.text]
        assert len(signed) == 1 and "In total, Maria Lopez attended" in signed[0].text


def test_the_total_row_keeps_the_last_rows_above_it() -> None:
    for count in range(14, 50):  # the total falls at every place of a page's foot and top
        pages = [flat(page) for page in pages_of(letter_pdf.build(letter_model([60] * count)))]
        [page] = [page for page in pages if "Total attended" in page]
        assert len(ROW.findall(page)) >= 2, f"{count} sessions: the total has no rows above"
        starts = [page for page in pages if ROW.search(page)]
        assert all(len(ROW.findall(page)) >= 2 for page in starts), count


def test_a_from_date_before_the_admission_starts_the_letter_at_the_admission(
    db: Database, clock: FixedClock, exports: Path
) -> None:
    person = court_case(db, clock)  # admitted on Monday 5 January 2026
    text = export(db, clock, person.id, exports / "l.pdf", dt.date(2025, 12, 1), TODAY)
    assert (
        "This letter covers January 5 to March 2, 2026. The dates asked for began on "
        "December 1, 2025; the participant was admitted on January 5, 2026, and attendance is "
        "reported from that day." in text
    )
    assert "December 1, 2025 to" not in text and "from December" not in text
    assert "Intensive outpatient (IOP): January 5 to February 15, 2026" in text
    [logged] = clinical.disclosures(db, person.id)
    assert "sessions from 2026-01-05 to 2026-03-02" in logged.what
    # dates that end before the admission: there is nothing to verify, and nothing is logged
    with pytest.raises(ValidationError) as refused:
        export(db, clock, person.id, exports / "m.pdf", dt.date(2025, 12, 1), dt.date(2026, 1, 4))
    assert refused.value.field == "last" and "before the admission on 2026-01-05" in str(
        refused.value
    )
    assert not (exports / "m.pdf").exists() and len(clinical.disclosures(db, person.id)) == 1


@pytest.mark.parametrize(
    ("scope", "logged_reason"),
    [
        ({ScopeCategory.ATTENDANCE}, False),
        ({ScopeCategory.ATTENDANCE, ScopeCategory.DISCHARGE_PLAN}, True),
        (None, True),  # no consent (not a Part 2 record): the reason prints and is logged
    ],
)
def test_the_log_names_the_reason_for_discharge_when_the_letter_printed_it(
    db: Database,
    clock: FixedClock,
    exports: Path,
    scope: set[ScopeCategory] | None,
    logged_reason: bool,
) -> None:
    pid = make_caseload(db, clock, substance_use=scope is not None).participant.id
    plan_discharge(db, clock, pid, record=True, reason=DischargeReason.AGAINST_ADVICE)
    if scope is not None:
        add_consent(db, clock, pid, recipient="Union County Drug Court", scope=frozenset(scope))
    text = export(db, clock, pid, exports / "l.pdf", dt.date(2026, 1, 5), dt.date(2026, 2, 27))
    [row] = clinical.disclosures(db, pid)
    printed = "(reason for discharge: Left against clinical advice)" in text
    assert printed is logged_reason
    assert row.what.startswith(
        f"Attendance verification letter, chart A-1001{'' if scope is None else ', under consent'}"
    )
    assert "attendance and dates of service, sessions from 2026-01-05 to 2026-02-27" in row.what
    named = (
        "; discharge and aftercare plan (the reason for discharge: Left against clinical advice)"
    )
    assert (named in row.what) is logged_reason
    assert ("discharge and aftercare plan" in row.what) is logged_reason


# -- hostile content ---------------------------------------------------------------------------

#: 80 characters: Latin with diacritics, Arabic, Cyrillic, Greek and CJK in one name.
HOSTILE_FIRST = "Zoé Nguyễn Thị Ánh فاطمة الزهراء"
HOSTILE_LAST = "Дмитриевна-Παπαδοπούλου 山田花子 O'Brien-Łukasiewic"


def test_a_hostile_letter_keeps_the_chart_number_and_every_character(
    db: Database, clock: FixedClock, exports: Path
) -> None:
    person = court_case(db, clock, first=HOSTILE_FIRST, last=HOSTILE_LAST)
    assert len(person.legal_name) == 80
    out = exports / "l.pdf"
    hostile = {
        "recipient": "<b>Hon.</b> Ruth &amp; Ade 👍🏽",
        "organization": "Smith & Sons <script>alert(1)</script> 🎉",
        "case_number": "<i>2026</i>-CR & 0142",
    }
    text = export(db, clock, person.id, out, **hostile)
    pages = [flat(page) for page in pages_of(out.read_bytes())]
    assert all("Chart A-1001" in page for page in pages)  # the header keeps the chart number
    for typed in (
        "<b>Hon.</b> Ruth &amp; Ade",
        "Smith & Sons <script>alert(1)</script>",
        "Case no. <i>2026</i>-CR & 0142",
        "Dear <b>Hon.</b> Ruth &amp; Ade",
    ):
        assert typed in text, typed
    assert "O'Brien-Łukasiewic" in text and "Дмитриевна-Παπαδοπούλου" in text
    readable = unicodedata.normalize("NFKC", text)  # Arabic comes back in joined forms
    assert "فاطمة" in readable and "الزهراء" in readable
    assert "👍" in text and "🎉" in text  # emoji print (a fallback font), not as nothing
    # a script the fonts lack prints as a visible placeholder, never as nothing
    assert "山田花子" in text or "[U+5C71 U+7530 U+82B1 U+5B50]" in text
    [logged] = clinical.disclosures(db, person.id)
    assert logged.recipient == (
        "<b>Hon.</b> Ruth &amp; Ade 👍🏽, Smith & Sons <script>alert(1)</script> 🎉 "
        "(case no. <i>2026</i>-CR & 0142)"
    )
