"""What every document export shares: the counselor profile and letterhead, who a document
is about, the measures and safety status it prints, the consent a disclosure is made under,
and the one safe way a document reaches the disk.

Every export writes atomically (a temporary file in the same folder, mode 0600, then
os.replace) and refuses bad requests with a plain ValidationError. What must be recorded with
an export (the audit row, the disclosure log entry) is committed before the file gets its
final name: disclosed means logged. A failed rename after the commit leaves the record and no
file, never a file without its record.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
import tempfile
from collections.abc import Callable
from pathlib import Path

from counselor_desk.domain import measures, messages
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.measures import C_SSRS
from counselor_desk.domain.model import (
    AttendanceStatus,
    AttendedSession,
    Consent,
    CounselorProfile,
    Measure,
    Participant,
    ServiceType,
    Session,
)
from counselor_desk.reports.model import (
    Identity,
    Letterhead,
    MeasureChange,
    OpenSafetyFlag,
    SafetyStatus,
    ScorePoint,
    ServiceLine,
    Signer,
)
from counselor_desk.services import (
    audit,
    clinical,
    safety,
    setup,
)
from counselor_desk.services.clock import Clock
from counselor_desk.store.db import Database

KINDS = {
    "discharge": "discharge-summary",
    "discharge-summary": "discharge-summary",
    "continuity": "continuity-of-care",
    "continuity-of-care": "continuity-of-care",
    "letter": "attendance-letter",
    "attendance-letter": "attendance-letter",
    "signin": "sign-in-sheet",
    "sign-in-sheet": "sign-in-sheet",
    "safety-plan": "safety-plan",
    "plan": "treatment-plan",
    "treatment-plan": "treatment-plan",
    "review": "concurrent-review",
    "concurrent-review": "concurrent-review",
}


def default_file_name(
    kind: str, chart_number: str | None, day: dt.date, session_id: int | None = None
) -> str:
    """The file name an export suggests: kind, chart number (or session) and date; never a name.

    >>> default_file_name("discharge", "A-1001", dt.date(2026, 3, 2))
    'discharge-summary_A-1001_2026-03-02.pdf'
    """
    label = KINDS.get(kind)
    if label is None:
        raise ValidationError(messages.text("Unknown document kind '{kind}'.", kind=kind), "kind")
    if label == "sign-in-sheet":
        who = f"session-{session_id}" if session_id is not None else ""
    else:
        who = re.sub(r"[^A-Za-z0-9._-]+", "-", chart_number or "").strip("-.")
    return "_".join(part for part in (label, who, day.isoformat()) if part) + ".pdf"


def profile(db: Database) -> CounselorProfile:
    """The counselor profile every document prints; refused until it names the counselor and
    the clinic (a document must never go out under the app's name)."""
    found = setup.get_profile(db)
    no_name = found is None or not found.name.strip()
    no_clinic = found is None or not found.clinic_name.strip()
    if no_name or no_clinic:
        if no_name and no_clinic:
            template = (
                "Fill in your name and the clinic's name in your counselor profile (File > "
                "Settings) before exporting documents; nothing was exported."
            )
        elif no_name:
            template = (
                "Fill in your name in your counselor profile (File > Settings) before "
                "exporting documents; nothing was exported."
            )
        else:
            template = (
                "Fill in the clinic's name in your counselor profile (File > Settings) before "
                "exporting documents; nothing was exported."
            )
        raise ValidationError(messages.text(template), "profile")
    assert found is not None
    return found


def document_id(now: dt.datetime) -> str:
    """A new document ID: printed on every page of a disclosed document and kept on its line
    of the disclosure log, so a reader holding a page can find the disclosure.
    'CD-20261202-' and eight random letters and digits (no 0/O or 1/I to misread).

    The random part makes two documents made the same second differ (the log's unique index
    would refuse a repeat)."""
    letters = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    return f"CD-{now:%Y%m%d}-" + "".join(secrets.choice(letters) for _ in range(8))


def letterhead(profile: CounselorProfile) -> Letterhead:
    return Letterhead(
        clinic_name=profile.clinic_name,
        clinic_address=profile.clinic_address,
        clinic_phone=profile.clinic_phone,
        page_size=profile.page_size,
    )


def signer(profile: CounselorProfile) -> Signer:
    """The counselor as documents print them: name, credentials, license number and NPI."""
    return Signer(
        profile.name.strip(),
        profile.credentials.strip(),
        profile.license_number.strip(),
        profile.npi.strip(),
    )


def identity(participant: Participant) -> Identity:
    return Identity(participant.legal_name, participant.chart_number, participant.date_of_birth)


def cancelled_mark(session: Session) -> AttendedSession:
    """A session the program cancelled before roll call, as the cancelled mark a participant
    expected at it would have had (it counts for no one and against no one)."""
    return AttendedSession(
        date=session.date,
        start_time=session.start_time,
        duration_minutes=session.duration_minutes,
        service_type=session.service_type,
        status=AttendanceStatus.CANCELLED,
        minutes_attended=0,
        session_id=session.id,
        topic=session.topic,
    )


def service_lines(marks: list[AttendedSession]) -> tuple[ServiceLine, ...]:
    """Sessions attended and minutes for each of the four service types (zeros included)."""
    lines = []
    for service in ServiceType:
        attended = [m for m in marks if m.service_type is service and m.status.attended]
        lines.append(ServiceLine(service, len(attended), sum(m.minutes_attended for m in attended)))
    return tuple(lines)


def measure_changes(
    found: list[Measure], *, followed_only: bool = False
) -> tuple[MeasureChange, ...]:
    """Baseline and latest score of every instrument taken (or of those whose change is
    followed), in the order measures lists them, with every score for the trend chart."""
    changes = []
    for instrument in measures.INSTRUMENTS:
        if followed_only and not instrument.follows_change:
            continue
        taken = measures.counted(instrument.name, found)
        if not taken:
            continue
        first, last = taken[0], (taken[-1] if len(taken) > 1 else None)
        course = measures.course(instrument.name, found)
        changes.append(
            MeasureChange(
                instrument=instrument.name,
                baseline_date=first.taken_on,
                baseline_score=first.score,
                baseline_band=instrument.severity(first.score),
                latest_date=None if last is None else last.taken_on,
                latest_score=None if last is None else last.score,
                latest_band="" if last is None else instrument.severity(last.score),
                followed=instrument.follows_change,
                baseline_text=instrument.score_text(first.score),
                latest_text="" if last is None else instrument.score_text(last.score),
                baseline_total_only=first.total_only,
                latest_total_only=last is not None and last.total_only,
                response=course is not None and course.response,
                remission=course is not None and course.remission,
                remission_below=instrument.remission_below,
                maximum=instrument.maximum,
                bands=instrument.bands,
                points=tuple(ScorePoint(m.taken_on, m.score, m.total_only) for m in taken),
            )
        )
    return tuple(changes)


def safety_status(db: Database, participant_id: int, found: list[Measure]) -> SafetyStatus:
    """The latest C-SSRS screen, the safety plan on file and the open safety flags."""
    screen = measures.latest(C_SSRS.name, found)
    plan = safety.current_plan(db, participant_id)
    flags = sorted(safety.open_flags(db, participant_id), key=lambda flag: flag.raised_at)
    return SafetyStatus(
        screen_name=C_SSRS.name,
        screen_on=None if screen is None else screen.taken_on,
        screen_result="" if screen is None else C_SSRS.score_text(screen.score),
        screen_total_only=screen is not None and screen.total_only,
        plan_version=None if plan is None else plan.version,
        plan_saved_on=None if plan is None or plan.saved_at is None else plan.saved_at.date(),
        open_flags=tuple(
            OpenSafetyFlag(flag.raised_at.date(), flag.state.label, flag.reason) for flag in flags
        ),
    )


def consent_for(
    db: Database, participant_id: int, consent_id: int | None, today: dt.date
) -> Consent:
    """The consent allowing the disclosure; a refusal says why the newest one cannot be used."""
    if consent_id is None:
        on_file = clinical.consents(db, participant_id)
        if on_file and not any(item.valid_on(today) for item in on_file):
            raise ValidationError(
                messages.text(
                    "{why} No valid consent for disclosure is on file; nothing was disclosed.",
                    why=on_file[0].why_not_valid(today),
                ),
                "consent",
            )
    return clinical.usable_consent(db, participant_id, consent_id, today)


def audited(
    db: Database,
    clock: Clock,
    kind: str,
    participant_id: int | None,
    detail: str = "",
    then: Callable[[], object] | None = None,
) -> Callable[[], None]:
    """The audit row of an export (and any other write), for `write`'s transaction."""

    def record() -> None:
        if then is not None:
            then()
        audit.record(
            db.conn,
            AuditAction.EXPORT,
            clock.now(),
            participant_id=participant_id,
            target=kind,
            detail=detail,
        )

    return record


def write(db: Database, out: Path, data: bytes, record: Callable[[], None] | None = None) -> Path:
    """Write `data` to `out` (mode 0600); `record` (the audit row, the disclosure log entry and
    whatever the export changes) is committed before the file gets its final name.

    The order is: the PDF into a private temporary file beside `out`, then COMMIT of `record`,
    then the rename into place. A disclosed file therefore always has its log row; a crash or a
    failed rename after the commit leaves the row (the export is logged, though no file took
    the name), never a file without one.
    """
    out = Path(out)
    if out.is_dir():
        raise ValidationError(
            messages.text("{out} is a folder; give a file name ending in .pdf.", out=out), "out"
        )
    folder = out.parent
    if not folder.is_dir():
        raise ValidationError(
            messages.text("The folder {folder} does not exist.", folder=folder), "out"
        )
    try:
        handle, temporary = tempfile.mkstemp(prefix=".counselor-desk-", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ValidationError(
            messages.text(
                "The folder {folder} cannot be written to ({strerror}).",
                folder=folder,
                strerror=error.strerror,
            ),
            "out",
        ) from None
    placed = False
    try:
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temporary, 0o600)
        except OSError as error:
            raise ValidationError(
                messages.text(
                    "The file {out} could not be written ({strerror}).",
                    out=out,
                    strerror=error.strerror,
                ),
                "out",
            ) from None
        with db.transaction():
            if record is not None:
                record()
        # committed: from here on the export is on record, whatever happens to the file
        try:
            os.replace(temporary, out)
        except OSError as error:
            raise ValidationError(
                messages.text(
                    "The file {out} could not be put in place ({strerror}). The export is still "
                    "recorded in the audit trail (and, for a disclosure, in the disclosure log); "
                    "export it again.",
                    out=out,
                    strerror=error.strerror,
                ),
                "out",
            ) from None
        placed = True
    finally:
        if not placed:
            Path(temporary).unlink(missing_ok=True)
    return out


def write_logged(
    db: Database,
    out: Path,
    data: bytes,
    clock: Clock,
    kind: str,
    participant_id: int,
    *,
    detail: str,
    then: Callable[[], object],
) -> Path:
    """Write a disclosed document: `then` (its disclosure row) and the audit row are committed
    before the file gets its final name."""
    return write(db, out, data, audited(db, clock, kind, participant_id, detail=detail, then=then))
