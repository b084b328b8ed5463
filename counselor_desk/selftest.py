"""`counselor-desk --self-test`: prove an installed build works, without touching real data.

Runs the core flows through the services on a database in a temporary folder, renders every
document to PDF there, shows the main window offscreen, and prints one line per step:
"ok  <step>", or "FAIL  <step>: <what went wrong>" and stops (exit 1). The made-up
participant never appears in the output; the temporary folder is removed at the end.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.model import (
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
    NoteFormat,
    Participant,
    ParticipantStatus,
    Referral,
    RiskLevel,
    ServiceType,
)
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database, connect

#: The day the self-test stands on (a Monday); admission is two weeks earlier.
TODAY = dt.date(2026, 3, 2)
ADMISSION = TODAY - dt.timedelta(days=14)
PDF_NAMES = {
    "discharge summary PDF": "discharge-summary.pdf",
    "continuity-of-care PDF": "continuity-of-care.pdf",
    "attendance letter PDF": "attendance-letter.pdf",
    "sign-in sheet PDF": "sign-in-sheet.pdf",
}


class SelfTestFailure(Exception):
    """A step ran but did not give what it should; the message says what."""


@dataclass
class _Run:
    db: Database
    folder: Path
    clock: FixedClock = field(default_factory=lambda: FixedClock(TODAY, dt.time(16, 0)))
    program_id: int = 0
    participant_id: int = 0
    session_ids: list[int] = field(default_factory=list)
    consent_id: int = 0


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


def _profile_named(clinic_name: str) -> CounselorProfile:
    return CounselorProfile(
        name="Self-Test Counselor",
        credentials="LPC",
        clinic_name=clinic_name,
        clinic_address="1 Test Street",
        clinic_phone="555-0100",
        crisis_line="555-0199",
    )


def _profile(run: _Run) -> None:
    from counselor_desk.services import setup

    setup.save_profile(run.db, _profile_named("Self-Test Clinic"))
    saved = setup.get_profile(run.db)
    _check(saved is not None and saved.credentials == "LPC", "the profile was not stored")


def _program(run: _Run) -> None:
    from counselor_desk.services import setup

    program = setup.add_program(run.db, setup.standard_program("Self-test IOP"))
    run.program_id = program.id
    _check(setup.is_set_up(run.db), "the program was not stored")


def _admit(run: _Run) -> None:
    from counselor_desk.services import participants

    admitted = participants.admit(
        run.db,
        Participant(
            id=0,
            chart_number="ST-0001",
            first_name="Self",
            last_name="Test",
            date_of_birth=dt.date(1990, 1, 15),
            program_id=run.program_id,
            level_of_care=LevelOfCare.IOP,
            admission_date=ADMISSION,
            planned_weeks=12,
            presenting_problems="Self-test presenting problems.",
            diagnoses=(Diagnosis("F33.1", "Major depressive disorder, recurrent, moderate"),),
        ),
        run.clock,
    )
    run.participant_id = admitted.id
    stored = participants.get(run.db, admitted.id)
    _check(stored.status is ParticipantStatus.ACTIVE, "the admitted participant is not active")


def _roll_call(run: _Run) -> None:
    from counselor_desk.services import sessions

    day = ADMISSION
    while day <= TODAY:
        for item in sessions.day_sessions(run.db, day):
            if any(who.participant_id == run.participant_id for who in item.expected):
                minutes = item.session.duration_minutes
                mark = Attendance(
                    item.session.id, run.participant_id, AttendanceStatus.PRESENT, minutes
                )
                sessions.record_roll_call(run.db, item.session.id, [mark], run.clock)
                run.session_ids.append(item.session.id)
        day += dt.timedelta(days=1)
    _check(len(run.session_ids) == 7, f"expected 7 group sessions, found {len(run.session_ids)}")
    today = [item for item in sessions.day_sessions(run.db, TODAY) if item.roll_call_taken]
    _check(len(today) == 1, "today's roll call was not stored")


def _treatment_plan(run: _Run) -> None:
    from counselor_desk.services import clinical

    clinical.save_goal(
        run.db,
        Goal(
            id=0,
            participant_id=run.participant_id,
            description="Use two coping skills when stressed.",
            status=GoalStatus.IN_PROGRESS,
            progress="Practising breathing and grounding.",
        ),
    )
    _check(len(clinical.goals(run.db, run.participant_id)) == 1, "the goal was not stored")


def _session_note(run: _Run) -> None:
    from counselor_desk.services import notes

    draft = notes.save_draft(
        run.db,
        notes.NoteDraft(
            participant_id=run.participant_id,
            session_date=TODAY,
            start_time=dt.time(13, 0),
            duration_minutes=50,
            service_type=ServiceType.INDIVIDUAL,
            format=NoteFormat.DAP,
            fields={
                "data": "Self-test data.",
                "assessment": "Self-test assessment.",
                "plan": "Self-test plan.",
            },
            risk=RiskLevel.DENIED,
        ),
        run.clock,
    )
    signed = notes.sign(run.db, draft.id, run.clock)
    _check(signed.is_signed, "the note did not sign")
    notes.add_addendum(run.db, draft.id, "Self-test correction", "Self-test addendum.", run.clock)
    stored = notes.get(run.db, draft.id)
    _check(len(stored.addenda) == 1, "the addendum was not stored")
    _check(notes.verify_signed_notes(run.db) == [], "a signed note does not match its signature")


def _measures(run: _Run) -> None:
    """A PHQ-9 scored from its answers raises a safety flag on question 9 at once; a low-risk
    C-SSRS the same day follows it up; the caseload shows the latest PHQ-9."""
    from counselor_desk.domain.model import Measure
    from counselor_desk.services import caseload, safety
    from counselor_desk.services import measures as scores

    answers = (2, 2, 1, 2, 1, 2, 1, 1, 1)
    stored = scores.add(
        run.db, Measure(run.participant_id, "PHQ-9", TODAY, 0, items=answers), run.clock
    )
    _check(stored.score == 13, f"the PHQ-9 scored {stored.score}, not 13")
    _check(len(safety.open_flags(run.db, run.participant_id)) == 1, "no safety flag was raised")
    screen = (1, 0, None, None, None, 0)
    scores.add(run.db, Measure(run.participant_id, "C-SSRS", TODAY, 0, items=screen), run.clock)
    _check(not safety.open_flags(run.db, run.participant_id), "the screen did not follow it up")
    (row,) = caseload.reviews(run.db, run.clock)
    _check(row.latest_phq9 == 13, f"the caseload shows PHQ-9 {row.latest_phq9}, not 13")


def _verification(run: _Run) -> None:
    """The record's verification in a process of its own, as the app runs it for a large
    database after opening (in the frozen app this proves its background processes start)."""
    import multiprocessing

    from counselor_desk.services import maintenance

    with multiprocessing.get_context("spawn").Pool(1) as pool:
        report = pool.apply(maintenance.verify_file, (run.db.path,))
    failed = [line for line in report.lines() if line.startswith("FAIL")]
    _check(report.ok, f"the record's verification failed: {failed[:1]}")


def _caseload(run: _Run) -> None:
    from counselor_desk.services import caseload_list

    rows = caseload_list.rows(run.db, run.clock)
    _check(len(rows) == 1, f"the caseload shows {len(rows)} participants instead of 1")
    row = rows[0]
    _check(row.program_week == 3, f"program week is {row.program_week}, not 3")
    # The 3-hour group and the 50-minute individual session the signed note documents.
    hours = 3.0 + 50 / 60
    _check(abs(row.hours_this_week - hours) < 0.01, f"this week's hours are not {hours:.2f}")


def _discharge(run: _Run) -> None:
    from counselor_desk.services import clinical, participants

    clinical.record_discharge(
        run.db,
        Discharge(
            participant_id=run.participant_id,
            discharge_date=TODAY,
            reason=DischargeReason.STEPPED_DOWN,
            condition_at_discharge="Stable.",
            recommended_level=LevelOfCare.OP,
            aftercare_plan="Weekly outpatient counseling.",
            relapse_prevention_plan="Self-test relapse-prevention plan.",
            crisis_resources="988 Suicide & Crisis Lifeline.",
            referrals=(
                Referral(
                    provider="Self-Test Outpatient Clinic",
                    phone="555-0111",
                    first_appointment=dt.datetime.combine(
                        TODAY + dt.timedelta(days=7), dt.time(10, 0)
                    ),
                ),
            ),
        ),
        run.clock,
    )
    stored = participants.get(run.db, run.participant_id)
    _check(stored.status is ParticipantStatus.DISCHARGED, "the participant is not discharged")
    _check(stored.discharge_date == TODAY, "the discharge date was not stored")


def _consent(run: _Run) -> None:
    from counselor_desk.services import clinical

    consent = clinical.add_consent(
        run.db,
        Consent(
            id=0,
            participant_id=run.participant_id,
            recipient="Self-Test Outpatient Clinic",
            purpose="Continuity of care",
            scope=frozenset(ScopeCategory),
            signed_date=TODAY,
            expiry_date=TODAY + dt.timedelta(days=365),
        ),
        run.clock,
    )
    run.consent_id = consent.id
    _check(len(clinical.consents(run.db, run.participant_id)) == 1, "the consent was not stored")


def _check_pdf(path: Path) -> None:
    with path.open("rb") as stream:
        head = stream.read(5)
    _check(head == b"%PDF-", f"{path.name} is not a PDF")


def _pdf(step: str) -> Callable[[_Run], None]:
    def export(run: _Run) -> None:
        from counselor_desk.services import documents

        out = run.folder / PDF_NAMES[step]
        pid = run.participant_id
        if step == "discharge summary PDF":
            written = documents.export_discharge_summary(run.db, pid, out, run.clock)
        elif step == "continuity-of-care PDF":
            written = documents.export_continuity(run.db, pid, out, run.clock, run.consent_id)
        elif step == "attendance letter PDF":
            written = documents.export_attendance_letter(
                run.db,
                pid,
                out,
                run.clock,
                ADMISSION,
                TODAY,
                recipient="Self-Test Outpatient Clinic",
                purpose="Attendance verification",
                consent_id=run.consent_id,
            )
        else:
            written = documents.export_signin_sheet(run.db, run.session_ids[-1], out, run.clock)
        _check_pdf(written)

    return export


def _fhir(run: _Run) -> None:
    """The FHIR export, checked by fhir.resources' models (in the frozen app this proves its
    R4B modules, loaded by name, came along), and read back as a referral."""
    import json

    from counselor_desk.services import fhir_export, fhir_import

    out = run.folder / "self-test-bundle.json"
    fhir_export.export_fhir(run.db, run.participant_id, out, run.clock, run.consent_id)
    bundle = json.loads(out.read_text(encoding="utf-8"))
    _check(bundle.get("resourceType") == "Bundle", "the FHIR export is not a Bundle")
    proposal = fhir_import.read_referral(out)
    _check(proposal is not None, "the FHIR export could not be read back")


#: What the encrypted caseload is given to hold; it must not be readable in the file's bytes.
ENCRYPTED_MARKER = "Self-Test Encrypted Clinic"
ENCRYPTED_PASSPHRASE = "self-test passphrase"
PLAINTEXT_HEADER = b"SQLite format 3\x00"


def _encryption(run: _Run) -> None:
    """Encryption at rest as the app turns it on: a small caseload of its own (in a folder of
    its own, with its backups) converted with `turn_on`, a row written through the services,
    the file's bytes looked at, then unlocked with the passphrase and the row read back (in the
    frozen app this proves SQLCipher and OpenSSL's scrypt came along)."""
    from counselor_desk.services import encryption, setup

    folder = run.folder / "encrypted"
    folder.mkdir()
    path = folder / "self-test-encrypted.sqlite3"
    connect(path, now=run.clock.now()).close()
    turned_on = encryption.turn_on(path, ENCRYPTED_PASSPHRASE, ENCRYPTED_PASSPHRASE, run.clock)
    _check(encryption.is_encrypted(path), "turning encryption on left the file plaintext")
    with connect(path, key=turned_on.key, now=run.clock.now()) as db:
        setup.save_profile(db, _profile_named(ENCRYPTED_MARKER))
    with path.open("rb") as stream:
        head = stream.read(len(PLAINTEXT_HEADER))
    _check(head != PLAINTEXT_HEADER, "the encrypted database starts as a plaintext SQLite file")
    for written in (path, Path(f"{path}-wal"), Path(f"{path}-journal")):
        if written.exists():
            found = ENCRYPTED_MARKER.encode("utf-8") in written.read_bytes()
            _check(not found, f"{written.name} holds a stored text in the clear")
    key = encryption.unlock(path, ENCRYPTED_PASSPHRASE)
    _check(key == turned_on.key, "the passphrase unlocked another key")
    with connect(path, key=key, now=run.clock.now()) as db:
        saved = setup.get_profile(db)
    _check(
        saved is not None and saved.clinic_name == ENCRYPTED_MARKER,
        "the row written to the encrypted database was not read back",
    )


def _main_window(run: _Run) -> None:
    """Build and show the main window the way the app does, offscreen, then close it."""
    # The one place outside ui/ that touches Qt: a throwaway settings file and the platform.
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from counselor_desk.ui.app import create_application, start_window
    from counselor_desk.ui.context import AppContext

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = create_application(sys.argv[:1])
    previous = qInstallMessageHandler(_quiet_offscreen)
    try:
        # Window geometry goes to a throwaway file, never the counselor's own settings.
        settings = QSettings(str(run.folder / "settings.ini"), QSettings.Format.IniFormat)
        window = start_window(AppContext(db=run.db, clock=run.clock), settings=settings)
        _check(window is not None, "the main window did not open (first run was shown)")
        assert window is not None
        try:
            app.processEvents()
            _check(window.isVisible(), "the main window is not visible")
            _check("Counselor Desk" in window.windowTitle(), "the main window has no title")
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        qInstallMessageHandler(previous)


def _quiet_offscreen(_mode: object, _context: object, message: str) -> None:
    """Qt's messages go to stderr as usual, except the offscreen platform's known notice."""
    if "does not support propagateSizeHints" not in message:
        print(message, file=sys.stderr)


STEPS: tuple[tuple[str, Callable[[_Run], None]], ...] = (
    ("counselor profile", _profile),
    ("program", _program),
    ("admission", _admit),
    ("roll call", _roll_call),
    ("treatment plan", _treatment_plan),
    ("session note: draft, sign, addendum", _session_note),
    ("measures: PHQ-9 scored, safety flag raised and followed up", _measures),
    ("the record verified in a process of its own", _verification),
    ("caseload review", _caseload),
    ("discharge", _discharge),
    ("consent", _consent),
    *((name, _pdf(name)) for name in PDF_NAMES),
    ("FHIR export checked and read back", _fhir),
    ("encryption at rest: turned on, written, unlocked, read back", _encryption),
    ("main window", _main_window),
)


def _describe(error: BaseException) -> str:
    """What failed, in words fit for a terminal: plain messages only, never a traceback."""
    from counselor_desk.domain.errors import ValidationError
    from counselor_desk.store.db import StoreError

    if isinstance(error, SelfTestFailure | ValidationError | StoreError):
        return str(error)
    return f"{type(error).__name__}: {error}"


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step on a temporary database; 0 when all passed, 1 at the first failure."""
    stream = out if out is not None else sys.stdout
    with tempfile.TemporaryDirectory(prefix="counselor-desk-selftest-") as temporary:
        folder = Path(temporary)
        step = "database"
        try:
            db = connect(folder / "self-test.sqlite3")
        except Exception as error:
            print(f"FAIL  {step}: {_describe(error)}", file=stream)
            return 1
        print(f"ok  {step}", file=stream)
        run = _Run(db=db, folder=folder)
        try:
            for step, action in STEPS:
                try:
                    action(run)
                except Exception as error:
                    print(f"FAIL  {step}: {_describe(error)}", file=stream)
                    return 1
                print(f"ok  {step}", file=stream)
        finally:
            db.close()
    print(f"self-test passed: {len(STEPS) + 1} steps", file=stream)
    return 0
