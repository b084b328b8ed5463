"""The document exports end to end: services assemble, reports print, files and logs are right."""

from __future__ import annotations

import datetime as dt
import io
import os
import sqlite3
import stat
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    AgeGroup,
    Attendance,
    AttendanceStatus,
    Consent,
    CounselorProfile,
    Diagnosis,
    Discharge,
    DischargeReason,
    Goal,
    GoalStatus,
    LevelOfCare,
    Measure,
    NoteFormat,
    Objective,
    Participant,
    Referral,
    RiskLevel,
    ServiceType,
    Session,
)
from counselor_desk.reports import discharge as discharge_pdf
from counselor_desk.reports.model import PART2_NOTICE
from counselor_desk.services import (
    clinical,
    discharge_signing,
    documents,
    notes,
    participants,
    sessions,
    setup,
)
from counselor_desk.services import measures as scores
from counselor_desk.services.clock import FixedClock
from counselor_desk.store import session_repo
from counselor_desk.store.db import Database

ADMITTED = dt.date(2026, 1, 5)  # a Monday
DISCHARGED = dt.date(2026, 2, 27)  # a Friday, program week 8
TODAY = dt.date(2026, 3, 2)


@dataclass
class Caseload:
    participant: Participant
    program_id: int
    group_session_ids: list[int]


def pdf_text(data: bytes) -> tuple[list[str], PdfReader]:
    reader = PdfReader(io.BytesIO(data))
    return [page.extract_text() or "" for page in reader.pages], reader


def flat(text: str) -> str:
    """Extracted text with line breaks folded to spaces (wrapping is layout, not content)."""
    return " ".join(text.split())


def make_caseload(
    db: Database,
    clock: FixedClock,
    *,
    first_name: str = "Maria",
    last_name: str = "Lopez",
    substance_use: bool = False,
    page_size: str = "letter",
    chart: str = "A-1001",
) -> Caseload:
    """A crafted participant: 8 weeks of Mon/Wed/Fri 3-hour groups with known marks, an
    individual, an education and a family session, goals, measures and a signed note."""
    setup.save_profile(
        db,
        CounselorProfile(
            name="Dana Reyes",
            credentials="LCSW, LCADC",
            clinic_name="Riverbend Behavioral Health",
            clinic_address="12 Mill Street, Springfield, NJ 07081",
            clinic_phone="(973) 555-0142",
            crisis_line="(973) 555-0199",
            summary_due_days=10,
            page_size=page_size,
        ),
    )
    program = setup.add_program(
        db,
        setup.standard_program(
            "Adult IOP Evenings", LevelOfCare.IOP, AgeGroup.ADULT, substance_use=substance_use
        ),
    )
    participant = participants.admit(
        db,
        Participant(
            id=0,
            chart_number=chart,
            first_name=first_name,
            last_name=last_name,
            date_of_birth=dt.date(1988, 4, 17),
            program_id=program.id,
            level_of_care=LevelOfCare.IOP,
            admission_date=ADMITTED,
            planned_weeks=8,
            referral_source="County drug court",
            presenting_problems="Depressed mood and panic attacks after a job loss.",
            medications="Sertraline 100 mg daily",
            allergies="Penicillin (rash)",
            diagnoses=(
                Diagnosis("F33.1", "Major depressive disorder, recurrent, moderate"),
                Diagnosis("F41.0", "Panic disorder"),
            ),
        ),
        clock,
    )
    sessions.ensure_scheduled(db, ADMITTED, DISCHARGED)
    group_ids = [s.id for s in session_repo.sessions_between(db.conn, ADMITTED, DISCHARGED)]
    # 24 group sessions: all present (180 min) except week 2 Monday late (150 min) and
    # week 3 Wednesday unexcused, week 4 Friday excused.
    for session_id in group_ids:
        session = sessions.get_session(db, session_id)
        status, minutes = AttendanceStatus.PRESENT, 180
        if session.date == dt.date(2026, 1, 12):
            status, minutes = AttendanceStatus.LATE, 150
        elif session.date == dt.date(2026, 1, 21):
            status, minutes = AttendanceStatus.UNEXCUSED, 0
        elif session.date == dt.date(2026, 1, 30):
            status, minutes = AttendanceStatus.EXCUSED, 0
        sessions.record_roll_call(
            db, session_id, [Attendance(session_id, participant.id, status, minutes)], clock
        )
    for day, service, length in (
        (dt.date(2026, 1, 6), ServiceType.INDIVIDUAL, 50),
        (dt.date(2026, 1, 13), ServiceType.EDUCATION, 90),
        (dt.date(2026, 2, 10), ServiceType.FAMILY, 60),
    ):
        extra = sessions.add_session(
            db,
            Session(
                id=0,
                date=day,
                start_time=dt.time(13, 0),
                duration_minutes=length,
                service_type=service,
                participant_id=participant.id,
            ),
        )
        sessions.record_roll_call(
            db,
            extra.id,
            [Attendance(extra.id, participant.id, AttendanceStatus.PRESENT, length)],
            clock,
        )
    goal = clinical.save_goal(
        db,
        Goal(
            id=0,
            participant_id=participant.id,
            description="Reduce panic attacks",
            status=GoalStatus.PARTIALLY_MET,
            progress="From daily attacks to one a week.",
        ),
    )
    clinical.save_objective(
        db,
        Objective(
            id=0,
            goal_id=goal.id,
            description="Use paced breathing when panic starts",
            status=GoalStatus.MET,
            progress="Uses it without prompting.",
        ),
    )
    for instrument, day, score in (
        ("PHQ-9", ADMITTED, 18),
        ("PHQ-9", dt.date(2026, 2, 23), 7),
        ("GAD-7", ADMITTED, 15),
        ("GAD-7", dt.date(2026, 2, 23), 6),
    ):
        scores.add(db, Measure(participant.id, instrument, day, score), clock)
    draft = notes.save_draft(
        db,
        notes.NoteDraft(
            participant_id=participant.id,
            session_date=dt.date(2026, 2, 10),
            start_time=dt.time(13, 0),
            duration_minutes=60,
            service_type=ServiceType.FAMILY,
            format=NoteFormat.DAP,
            fields={
                "data": "Family session with sister.",
                "assessment": "Engaged.",
                "plan": "Continue weekly.",
            },
            risk=RiskLevel.DENIED,
        ),
        clock,
    )
    notes.sign(db, draft.id, clock)
    return Caseload(participant, program.id, group_ids)


def plan_discharge(
    db: Database,
    clock: FixedClock,
    participant_id: int,
    *,
    record: bool,
    reason: DischargeReason = DischargeReason.COMPLETED,
    **text: str,
) -> None:
    discharge = Discharge(
        participant_id=participant_id,
        discharge_date=DISCHARGED,
        reason=reason,
        condition_at_discharge=text.get("condition", "Mood improved; no panic attacks in 2 weeks."),
        recommended_level=LevelOfCare.OP,
        aftercare_plan=text.get("aftercare", "Weekly outpatient therapy; peer support group."),
        relapse_prevention_plan=text.get("relapse", "Triggers: isolation. Call sister; breathing."),
        medications_at_discharge="Sertraline 100 mg daily",
        referrals=(
            Referral(
                provider="Hillside Counseling",
                service="Outpatient therapy",
                contact="Dr. Amal Haddad",
                phone="(973) 555-0177",
                address="40 Oak Avenue, Union, NJ 07083",
                first_appointment=dt.datetime(2026, 3, 5, 10, 30),
            ),
        ),
    )
    if record:
        clinical.record_discharge(db, discharge, clock)
    else:
        clinical.save_discharge_plan(db, discharge, clock)


def add_consent(db: Database, clock: FixedClock, participant_id: int, **changes: object) -> Consent:
    values: dict[str, object] = {
        "id": 0,
        "participant_id": participant_id,
        "recipient": "Hillside Counseling",
        "purpose": "Continuity of care",
        "scope": frozenset(ScopeCategory),
        "signed_date": dt.date(2026, 2, 20),
        "expiry_date": dt.date(2027, 2, 20),
    }
    values.update(changes)
    return clinical.add_consent(db, Consent(**values), clock)  # type: ignore[arg-type]


@pytest.fixture
def caseload(db: Database, clock: FixedClock) -> Caseload:
    return make_caseload(db, clock)


@pytest.fixture
def exports(tmp_path: Path) -> Path:
    """An empty folder for the PDFs (the database lives beside it in tmp_path)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


# -- discharge summary ---------------------------------------------------------------------


def test_signed_discharge_summary_prints_every_section_and_its_signature(
    db: Database, clock: FixedClock, caseload: Caseload, exports: Path
) -> None:
    pid = caseload.participant.id
    plan_discharge(db, clock, pid, record=True)
    assert clinical.discharge_record(db, pid).summary_completed_at is None  # type: ignore[union-attr]
    discharge_signing.sign(db, pid, clock)
    out = documents.export_discharge_summary(db, pid, exports / "summary.pdf", clock)
    pages, reader = pdf_text(out.read_bytes())
    text = flat(" ".join(pages))
    for expected in (
        "Discharge Summary",
        "Maria Lopez",
        "A-1001",
        "1988-04-17",
        "Adult IOP Evenings",
        "Intensive outpatient (IOP) – ASAM level 2.1",
        "2026-01-05",
        "2026-02-27",
        "Completed program",
        "Reason for admission and presenting problems",
        "Depressed mood and panic attacks",
        "F33.1",
        "Panic disorder",
        "Services provided",
        "Attendance by program week",
        "Progress on goals and objectives",
        "Reduce panic attacks",
        "Objective 1.1",
        "PHQ-9",
        "18 (moderately severe)",
        "7 (mild)",
        "-11",
        "GAD-7",
        "Condition at discharge",
        "Outpatient (OP) – ASAM level 1",
        "Sertraline 100 mg daily",
        "Hillside Counseling",
        "(973) 555-0177",
        "40 Oak Avenue",
        "2026-03-05 at 10:30",
        "Relapse-prevention plan",
        "988 Suicide & Crisis Lifeline",
        "(973) 555-0199",
        "Dana Reyes, LCSW, LCADC",
        "Electronically signed by Dana Reyes, LCSW, LCADC on 2026-03-02 at 16:00",
    ):
        assert expected in text, expected
    # 24 groups, 22 attended: 21 x 180 + 150 = 3930 min = 65:30; individual 50 min = 0:50,
    # education 1:30, family 1:00; total 25 sessions, 4130 min = 68:50 (h:mm, exact).
    assert "Group therapy 22 65:30" in text
    assert "Individual counseling 1 0:50" in text
    assert "Psychoeducation 1 1:30" in text
    assert "Family session 1 1:00" in text
    assert "Total 25 68:50" in text
    assert "Sessions attended: 25 of 27 expected (93%)" in text
    assert "Summary due 2026-03-09" in text  # discharge + the profile's 10 days
    assert "Last service 2026-02-27" in text
    # week 3: 2 x 180 = 6:00 against 9:00 -> short by 3:00
    assert "3 2026-01-19 – 2026-01-25 6:00 9:00 Short by 3:00" in text
    assert "Right to appeal" not in text
    assert "DRAFT" not in text
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))
    assert all("CONFIDENTIAL" in page and "Chart A-1001" in page for page in pages)
    assert reader.metadata is not None
    assert reader.metadata.title == "Discharge summary – chart A-1001"
    assert "Lopez" not in (reader.metadata.title or "")
    assert reader.metadata.author == "Dana Reyes, LCSW, LCADC"
    assert reader.metadata.subject
    assert clinical.discharge_record(db, pid).summary_completed_at == clock.now()  # type: ignore[union-attr]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in exports.iterdir() if p.name.startswith(".")] == []


def test_draft_before_discharge_is_recorded_marks_every_page_and_clears_nothing(
    db: Database, clock: FixedClock, caseload: Caseload, exports: Path
) -> None:
    pid = caseload.participant.id
    long_plan = "\n\n".join(
        f"Step {n}: keep going to meetings and call the sponsor." for n in range(400)
    )
    plan_discharge(db, clock, pid, record=False, aftercare=long_plan)
    out = documents.export_discharge_summary(db, pid, exports / "draft.pdf", clock)
    pages, reader = pdf_text(out.read_bytes())
    assert len(pages) > 3
    assert all("DRAFT" in page for page in pages)
    assert "Not signed: draft" in flat(pages[-1])
    assert "Step 399" in flat(" ".join(pages))
    assert "DRAFT" in (reader.metadata.title or "")  # type: ignore[union-attr]
    record = clinical.discharge_record(db, pid)
    assert record is not None and record.recorded_at is None and record.summary_completed_at is None


def test_draft_without_any_discharge_record(
    db: Database, clock: FixedClock, caseload: Caseload
) -> None:
    model = documents.discharge_summary_model(db, caseload.participant.id, clock)
    assert model.draft and model.discharge_date is None
    pages, _reader = pdf_text(discharge_pdf.build(model))
    assert all("DRAFT" in page for page in pages)
    assert "Not yet recorded" in flat(" ".join(pages))


def test_involuntary_discharge_carries_the_right_to_appeal(
    db: Database, clock: FixedClock, caseload: Caseload
) -> None:
    plan_discharge(
        db, clock, caseload.participant.id, record=True, reason=DischargeReason.ADMINISTRATIVE
    )
    model = documents.discharge_summary_model(db, caseload.participant.id, clock)
    text = flat(" ".join(pdf_text(discharge_pdf.build(model))[0]))
    assert "Right to appeal" in text
    assert "right to appeal it" in text


def test_discharge_summary_builds_fast(db: Database, clock: FixedClock, caseload: Caseload) -> None:
    plan_discharge(db, clock, caseload.participant.id, record=True)
    discharge_pdf.build(documents.discharge_summary_model(db, caseload.participant.id, clock))
    started = time.perf_counter()
    model = documents.discharge_summary_model(db, caseload.participant.id, clock)
    discharge_pdf.build(model)
    assert time.perf_counter() - started < 0.25


def test_a4_page_size_from_the_profile(db: Database, clock: FixedClock) -> None:
    case = make_caseload(db, clock, page_size="a4")
    data = discharge_pdf.build(documents.discharge_summary_model(db, case.participant.id, clock))
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


# -- continuity of care --------------------------------------------------------------------


def test_continuity_for_part2_program_prints_notice_and_logs_disclosure(
    db: Database, clock: FixedClock, exports: Path
) -> None:
    case = make_caseload(db, clock, substance_use=True)
    pid = case.participant.id
    plan_discharge(db, clock, pid, record=True)
    consent = add_consent(db, clock, pid)
    out = documents.export_continuity(db, pid, exports / "ccd.pdf", clock)
    pages, reader = pdf_text(out.read_bytes())
    text = flat(" ".join(pages))
    for expected in (
        "Continuity-of-Care Summary",
        "For Hillside Counseling",
        "2026-01-05 to 2026-02-27",
        "Dana Reyes, LCSW, LCADC",
        "(973) 555-0142",
        "Recommended next",
        "Outpatient (OP) – ASAM level 1",
        "F41.0",
        "Sertraline 100 mg daily",
        "Penicillin (rash)",
        "Treatment course and attendance",
        "Goals and status",
        "Suicidal / homicidal ideation: Denied",
        "Data: Family session with sister.",
        "Plan of treatment and scheduled follow-up",
        "2026-03-05 at 10:30",
        "Consent for this disclosure",
        "Continuity of care",
        "2027-02-20",
    ):
        assert expected in text, expected
    assert all(PART2_NOTICE in flat(page) for page in pages)
    assert reader.metadata.title == "Continuity-of-care summary – chart A-1001"  # type: ignore[union-attr]
    logged = clinical.disclosures(db, pid)
    assert len(logged) == 1
    assert (logged[0].recipient, logged[0].purpose, logged[0].consent_id) == (
        "Hillside Counseling",
        "Continuity of care",
        consent.id,
    )
    assert logged[0].disclosed_at == clock.now()
    assert "Continuity-of-care summary, chart A-1001" in logged[0].what


def test_continuity_for_other_programs_logs_but_has_no_part2_notice(
    db: Database, clock: FixedClock, caseload: Caseload, exports: Path
) -> None:
    pid = caseload.participant.id
    add_consent(db, clock, pid)
    out = documents.export_continuity(db, pid, exports / "ccd.pdf", clock)
    text = flat(" ".join(pdf_text(out.read_bytes())[0]))
    assert "42 CFR" not in text
    assert "2026-01-05 to ongoing" in text
    assert len(clinical.disclosures(db, pid)) == 1


def test_part2_notice_is_not_on_the_discharge_summary(
    db: Database, clock: FixedClock, exports: Path
) -> None:
    case = make_caseload(db, clock, substance_use=True)
    data = discharge_pdf.build(documents.discharge_summary_model(db, case.participant.id, clock))
    assert "42 CFR" not in flat(" ".join(pdf_text(data)[0]))


@pytest.mark.parametrize(
    ("consent", "message"),
    [
        (None, "No valid consent"),
        ({"expiry_date": dt.date(2026, 2, 28)}, "expired on 2026-02-28"),
        ({"revoke": True}, "revoked on 2026-03-01"),
        ({"no_expiry": True}, "has no expiry date, so it cannot be used for a new disclosure"),
    ],
)
def test_refused_continuity_writes_no_file_and_logs_nothing(
    db: Database,
    clock: FixedClock,
    caseload: Caseload,
    exports: Path,
    consent: dict[str, object] | None,
    message: str,
) -> None:
    pid = caseload.participant.id
    if consent is not None:
        revoke = consent.pop("revoke", False)
        no_expiry = consent.pop("no_expiry", False)
        added = add_consent(db, clock, pid, **consent)
        if revoke:
            clinical.revoke_consent(db, added.id, dt.date(2026, 3, 1), clock)
        if no_expiry:  # saved by an older version, which allowed it
            with db.transaction() as conn:
                conn.execute(
                    "UPDATE consents SET expiry_date = NULL WHERE id = :id", {"id": added.id}
                )
    out = exports / "ccd.pdf"
    with pytest.raises(ValidationError, match=message):
        documents.export_continuity(db, pid, out, clock)
    assert list(exports.iterdir()) == []
    assert clinical.disclosures(db, pid) == []


def test_failed_write_leaves_no_disclosure_row(
    db: Database, clock: FixedClock, caseload: Caseload, exports: Path
) -> None:
    add_consent(db, clock, caseload.participant.id)
    with pytest.raises(ValidationError, match="does not exist"):
        documents.export_continuity(db, caseload.participant.id, exports / "no" / "x.pdf", clock)
    assert clinical.disclosures(db, caseload.participant.id) == []


def committed_disclosures(db: Database) -> int:
    """The disclosure rows another connection sees: what a crash now would leave."""
    other = sqlite3.connect(db.path)
    try:
        return int(other.execute("SELECT count(*) FROM disclosures").fetchone()[0])
    finally:
        other.close()


def test_the_disclosure_is_committed_before_the_file_has_its_final_name(
    db: Database,
    clock: FixedClock,
    caseload: Caseload,
    exports: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_consent(db, clock, caseload.participant.id)
    out = exports / "ccd.pdf"
    real_replace = os.replace
    seen: list[int] = []

    def replace(source: object, target: object) -> None:
        if Path(str(target)) == out:  # (the audit trail's anchor is replaced too, after COMMIT)
            assert not out.exists()
            seen.append(committed_disclosures(db))
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)
    documents.export_continuity(db, caseload.participant.id, out, clock)
    assert seen == [1]
    assert out.exists() and len(clinical.disclosures(db, caseload.participant.id)) == 1


@pytest.mark.parametrize("fault", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_crash_before_the_rename_leaves_the_log_row_and_no_final_file(
    db: Database,
    clock: FixedClock,
    caseload: Caseload,
    exports: Path,
    monkeypatch: pytest.MonkeyPatch,
    fault: BaseException,
) -> None:
    add_consent(db, clock, caseload.participant.id)
    out = exports / "ccd.pdf"
    real_replace = os.replace

    def replace(source: object, target: object) -> None:
        if Path(str(target)) == out:
            raise fault
        real_replace(source, target)  # type: ignore[arg-type]  # the audit trail's anchor

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(
        ValidationError if isinstance(fault, OSError) else KeyboardInterrupt
    ) as caught:
        documents.export_continuity(db, caseload.participant.id, out, clock)
    if isinstance(fault, OSError):
        assert "in the disclosure log); export it again." in str(caught.value)
    assert list(exports.iterdir()) == []  # neither the final name nor the temporary file
    assert committed_disclosures(db) == 1  # disclosed or not, it is logged


def test_a_failed_commit_never_puts_the_file_in_place(
    db: Database,
    clock: FixedClock,
    caseload: Caseload,
    exports: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_consent(db, clock, caseload.participant.id)

    def record_disclosure(*_args: object) -> None:
        raise RuntimeError("the commit failed")

    monkeypatch.setattr(clinical, "record_disclosure", record_disclosure)
    with pytest.raises(RuntimeError):
        documents.export_continuity(db, caseload.participant.id, exports / "ccd.pdf", clock)
    assert list(exports.iterdir()) == []
    assert committed_disclosures(db) == 0


# -- attendance letter and sign-in sheet ---------------------------------------------------


def test_attendance_letter_lists_each_session_and_exact_totals(
    db: Database, clock: FixedClock, caseload: Caseload, exports: Path
) -> None:
    out = documents.export_attendance_letter(
        db,
        caseload.participant.id,
        exports / "letter.pdf",
        clock,
        dt.date(2026, 1, 12),
        dt.date(2026, 1, 18),
        recipient="Union County Drug Court",
        purpose="Court-ordered attendance verification",
    )
    pages, reader = pdf_text(out.read_bytes())
    text = flat(" ".join(pages))
    for expected in (
        "Riverbend Behavioral Health",
        "12 Mill Street, Springfield, NJ 07081",
        "Phone (973) 555-0142",
        "March 2, 2026",
        "Dear Union County Drug Court:",  # addressed to the recipient it is disclosed to
        "was admitted on January 5, 2026 and is enrolled as of March 2, 2026",
        "This letter covers January 12 to 18, 2026.",
        "Mon, January 12, 2026 09:00 Group therapy Late 2:30",
        "Tue, January 13, 2026 13:00 Psychoeducation Present 1:30",
        "Wed, January 14, 2026 09:00 Group therapy Present 3:00",
        "Fri, January 16, 2026 09:00 Group therapy Present 3:00",
        "Total attended 4 sessions 10:00",
        "10:00 hours (600 minutes)",
        "Electronically signed by Dana Reyes, LCSW, LCADC on March 2, 2026",
    ):
        assert expected in text, expected
    assert "January 19" not in text and "To whom it may concern" not in text
    assert "2026-01" not in text  # no ISO date in the letter's own words
    assert reader.metadata.title == "Attendance verification letter – chart A-1001"  # type: ignore[union-attr]


def test_letter_refuses_a_reversed_range(
    db: Database, clock: FixedClock, caseload: Caseload, exports: Path
) -> None:
    with pytest.raises(ValidationError, match="'to' date is before"):
        documents.export_attendance_letter(
            db,
            caseload.participant.id,
            exports / "x.pdf",
            clock,
            dt.date(2026, 2, 1),
            dt.date(2026, 1, 1),
            recipient="Union County Drug Court",
            purpose="Attendance verification",
        )
    assert list(exports.iterdir()) == []


def letter(db: Database, clock: FixedClock, pid: int, out: Path, **changes: object) -> Path:
    values: dict[str, object] = {
        "recipient": "Hillside Counseling",
        "purpose": "Attendance verification",
    }
    values.update(changes)
    return documents.export_attendance_letter(
        db,
        pid,
        out,
        clock,
        dt.date(2026, 1, 12),
        dt.date(2026, 1, 18),
        **values,  # type: ignore[arg-type]
    )


def test_every_attendance_letter_is_in_the_disclosure_log(
    db: Database, clock: FixedClock, caseload: Caseload, exports: Path
) -> None:
    pid = caseload.participant.id
    letter(db, clock, pid, exports / "l.pdf", recipient=" Acme Logistics HR ", purpose="Leave")
    [logged] = clinical.disclosures(db, pid)
    assert (logged.recipient, logged.purpose, logged.consent_id) == (
        "Acme Logistics HR",
        "Leave",
        None,
    )
    assert logged.disclosed_at == clock.now()
    assert "2026-01-12 to 2026-01-18" in logged.what and "A-1001" in logged.what


@pytest.mark.parametrize(
    ("changes", "field"), [({"recipient": " "}, "recipient"), ({"purpose": ""}, "purpose")]
)
def test_a_letter_needs_a_recipient_and_a_purpose(
    db: Database,
    clock: FixedClock,
    caseload: Caseload,
    exports: Path,
    changes: dict[str, object],
    field: str,
) -> None:
    with pytest.raises(ValidationError) as caught:
        letter(db, clock, caseload.participant.id, exports / "l.pdf", **changes)
    assert caught.value.field == field
    assert list(exports.iterdir()) == []
    assert clinical.disclosures(db, caseload.participant.id) == []


def test_a_substance_use_letter_needs_a_valid_consent_for_its_recipient(
    db: Database, clock: FixedClock, exports: Path
) -> None:
    pid = make_caseload(db, clock, substance_use=True).participant.id
    out = exports / "l.pdf"
    with pytest.raises(ValidationError, match="No valid consent"):
        letter(db, clock, pid, out)
    consent = add_consent(db, clock, pid, recipient="Union County Drug Court")
    with pytest.raises(ValidationError) as caught:
        letter(db, clock, pid, out, recipient="Acme Logistics HR")
    assert caught.value.field == "recipient"
    assert str(caught.value) == (
        f"The consent {consent.id} allows disclosure to Union County Drug Court, not to Acme "
        "Logistics HR; nothing was disclosed."
    )
    assert list(exports.iterdir()) == [] and clinical.disclosures(db, pid) == []

    letter(db, clock, pid, out, recipient="union county drug court", consent_id=consent.id)
    [logged] = clinical.disclosures(db, pid)
    assert (logged.consent_id, logged.recipient) == (consent.id, "union county drug court")
    assert "42 CFR part 2 notice included" in logged.what
    assert PART2_NOTICE in flat(" ".join(pdf_text(out.read_bytes())[0]))


def test_a_substance_use_letter_refuses_an_expired_or_expiry_less_consent(
    db: Database, clock: FixedClock, exports: Path
) -> None:
    pid = make_caseload(db, clock, substance_use=True).participant.id
    add_consent(db, clock, pid, expiry_date=dt.date(2026, 2, 28))
    with pytest.raises(ValidationError, match="expired on 2026-02-28"):
        letter(db, clock, pid, exports / "l.pdf")
    assert list(exports.iterdir()) == [] and clinical.disclosures(db, pid) == []


def test_signin_sheet_has_first_names_and_initials_only(
    db: Database, clock: FixedClock, caseload: Caseload, exports: Path
) -> None:
    other = participants.admit(
        db,
        Participant(
            id=0,
            chart_number="A-1002",
            first_name="Łukasz",
            last_name="Żółć",
            date_of_birth=dt.date(1990, 1, 1),
            program_id=caseload.program_id,
            level_of_care=LevelOfCare.IOP,
            admission_date=dt.date(2026, 3, 2),
            planned_weeks=8,
        ),
        clock,
    )
    assert other.id
    today = sessions.day_sessions(db, TODAY)
    assert today, "Monday has a scheduled group"
    session_id = today[0].session.id
    out = documents.export_signin_sheet(db, session_id, exports / "signin.pdf", clock)
    pages, reader = pdf_text(out.read_bytes())
    text = flat(" ".join(pages))
    for expected in (
        "Group Sign-In Sheet",
        "Monday 2026-03-02",
        "09:00–12:00",
        "Dana Reyes, LCSW, LCADC",
        "Adult IOP Evenings",
        "Łukasz Ż.",
        "Maria L.",
        "Signature",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    assert "Żółć" not in text and "Lopez" not in text
    assert "A-1002" not in text and "A-1001" not in text and "1988" not in text
    assert reader.metadata.title == f"Group sign-in sheet – session {session_id}, 2026-03-02"  # type: ignore[union-attr]


def test_default_file_names_carry_chart_and_date_not_the_name() -> None:
    day = dt.date(2026, 3, 2)
    assert (
        documents.default_file_name("discharge", "A-1001", day)
        == "discharge-summary_A-1001_2026-03-02.pdf"
    )
    assert (
        documents.default_file_name("continuity", "A/1001", day)
        == "continuity-of-care_A-1001_2026-03-02.pdf"
    )
    assert (
        documents.default_file_name("letter", "A-1001", day)
        == "attendance-letter_A-1001_2026-03-02.pdf"
    )
    assert (
        documents.default_file_name("signin", None, day, 42)
        == "sign-in-sheet_session-42_2026-03-02.pdf"
    )
    with pytest.raises(ValidationError, match="Unknown document kind"):
        documents.default_file_name("memo", "A-1001", day)


def test_export_into_a_missing_folder_is_refused_plainly(
    db: Database, clock: FixedClock, caseload: Caseload, exports: Path
) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        documents.export_discharge_summary(
            db, caseload.participant.id, exports / "nope" / "a.pdf", clock
        )
    assert os.listdir(exports) == []
