"""A consent's scope is a set of categories, and every export carries only what it allows:
the PDF's sections, the line naming what was left out, the disclosure log's 'what', the
letter's refusal, old free-text scopes migrated, and the command line."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from counselor_desk import cli
from counselor_desk.domain import consent_scope
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.errors import ValidationError
from counselor_desk.services import audit, clinical, documents
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database, connect
from tests.test_documents import add_consent, flat, make_caseload, pdf_text
from tests.test_value_tables import allowed_by_check

FIXTURES = Path(__file__).resolve().parent / "fixtures"
NARROW = frozenset({ScopeCategory.ATTENDANCE, ScopeCategory.DIAGNOSES, ScopeCategory.MEDICATIONS})
NOTE_TEXT = "Family session with sister."  # the signed note make_caseload writes


def continuity_text(db: Database, clock: FixedClock, pid: int, out: Path) -> str:
    documents.export_continuity(db, pid, out, clock)
    return flat(" ".join(pdf_text(out.read_bytes())[0]))


# -- the categories ------------------------------------------------------------------------


def test_the_consent_scope_check_allows_exactly_the_categories(db: Database) -> None:
    allowed = allowed_by_check(db, "consent_scope", "category")
    assert allowed == {category.value for category in ScopeCategory}


def test_a_scope_is_parsed_from_names_and_unknown_ones_are_named_with_the_valid_ones() -> None:
    assert consent_scope.parse("attendance, Diagnoses,session_notes") == {
        ScopeCategory.ATTENDANCE,
        ScopeCategory.DIAGNOSES,
        ScopeCategory.SESSION_NOTES,
    }
    with pytest.raises(ValidationError) as refused:
        consent_scope.parse("attendance,summaries,notes")
    message = refused.value.message
    assert "Unknown scope categories: summaries, notes." in message
    assert f"Valid categories: {consent_scope.valid_names()}." in message
    with pytest.raises(ValidationError, match="at least one"):
        consent_scope.parse(" , ")


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Attendance dates and hours", {ScopeCategory.ATTENDANCE}),
        (
            "attendance, diagnoses and medications",
            {ScopeCategory.ATTENDANCE, ScopeCategory.DIAGNOSES, ScopeCategory.MEDICATIONS},
        ),
        (
            "Treatment plan; progress notes",
            {ScopeCategory.TREATMENT_PLAN, ScopeCategory.SESSION_NOTES},
        ),
        ("PHQ-9 scores & risk assessments", {ScopeCategory.MEASURES, ScopeCategory.RISK}),
        # a word that could mean several categories, or none: not read at all
        ("summaries, attendance, diagnoses and medications", None),
        ("discharge summary", None),
        ("Continuity-of-care summary", None),
        ("all records", None),
        ("", None),
    ],
)
def test_a_written_scope_is_read_only_when_every_part_names_one_category(
    written: str, read: set[ScopeCategory] | None
) -> None:
    assert consent_scope.read_written(written) == (None if read is None else frozenset(read))


def test_a_consent_needs_at_least_one_category(db: Database, clock: FixedClock) -> None:
    caseload = make_caseload(db, clock)
    with pytest.raises(ValidationError) as refused:
        add_consent(db, clock, caseload.participant.id, scope=frozenset())
    assert refused.value.field == "scope"
    assert clinical.consents(db, caseload.participant.id) == []


# -- the continuity-of-care summary ----------------------------------------------------------


def test_a_narrow_consent_prints_only_its_categories_and_says_what_it_left_out(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    caseload = make_caseload(db, clock)
    pid = caseload.participant.id
    consent = add_consent(db, clock, pid, scope=NARROW)
    text = continuity_text(db, clock, pid, tmp_path / "ccd.pdf")
    # in scope
    assert "F33.1" in text and "Sertraline 100 mg daily" in text
    assert "Treatment course and attendance" in text
    # out of scope: no note text, no risk, no goals, no scores, no plan
    assert NOTE_TEXT not in text and "Recent session summaries" not in text
    assert "Risk screen" not in text and "Latest risk screen" not in text
    assert "Reduce panic attacks" not in text and "Goals and status" not in text
    assert text.count("PHQ-9") == 2  # only where the left-out categories are named
    assert "Plan of treatment" not in text
    assert (
        "Not included (outside the consent's scope): treatment plan and progress, discharge "
        "and aftercare plan, session notes, risk and safety assessments, measures and scores "
        "(PHQ-9, GAD-7)." in text
    )
    [row] = clinical.disclosures(db, pid)
    assert row.consent_id == consent.id
    assert row.what == (
        f"Continuity-of-care summary, chart A-1001, under consent {consent.id}: identification "
        "and service period; attendance and dates of service, diagnoses and presenting "
        "problems, medications and allergies. Left out (outside the consent's scope): "
        "treatment plan and progress, discharge and aftercare plan, session notes, risk and "
        "safety assessments, measures and scores (PHQ-9, GAD-7)."
    )


def test_session_notes_without_risk_print_the_notes_but_no_risk_screen(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    caseload = make_caseload(db, clock)
    pid = caseload.participant.id
    add_consent(db, clock, pid, scope=frozenset({ScopeCategory.SESSION_NOTES}))
    text = continuity_text(db, clock, pid, tmp_path / "ccd.pdf")
    assert NOTE_TEXT in text and "Risk screen" not in text
    assert "F33.1" not in text and "Sertraline" not in text and "hours of service" not in text
    assert "Not included (outside the consent's scope): attendance and dates of service," in text
    [row] = clinical.disclosures(db, pid)
    assert "session notes (1 signed note(s))" in row.what


def test_a_consent_allowing_everything_leaves_nothing_out(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    caseload = make_caseload(db, clock)
    pid = caseload.participant.id
    add_consent(db, clock, pid, scope=frozenset(ScopeCategory))
    text = continuity_text(db, clock, pid, tmp_path / "ccd.pdf")
    assert NOTE_TEXT in text and "Risk screen: Denied" in text and "PHQ-9" in text
    assert "Not included (outside" not in text
    [row] = clinical.disclosures(db, pid)
    assert row.what.endswith("Left out (outside the consent's scope): nothing.")


def test_the_model_carries_nothing_outside_the_scope(db: Database, clock: FixedClock) -> None:
    caseload = make_caseload(db, clock)
    pid = caseload.participant.id
    add_consent(db, clock, pid, scope=frozenset({ScopeCategory.ATTENDANCE}))
    model = documents.continuity_model(db, pid, clock)
    assert model.diagnoses == () and model.presenting_problems == ""
    assert model.medications == "" and model.allergies == ""
    assert model.goals == () and model.recent_sessions == () and model.latest_risk is None
    assert model.measures == () and model.aftercare_plan == "" and model.referrals == ()


# -- the attendance letter -------------------------------------------------------------------


def test_a_letter_is_refused_under_a_consent_without_attendance(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    caseload = make_caseload(db, clock, substance_use=True)
    pid = caseload.participant.id
    consent = add_consent(
        db,
        clock,
        pid,
        recipient="Union County Drug Court",
        scope=frozenset({ScopeCategory.DIAGNOSES}),
    )
    out = tmp_path / "letter.pdf"
    with pytest.raises(ValidationError) as refused:
        documents.export_attendance_letter(
            db,
            pid,
            out,
            clock,
            dt.date(2026, 1, 5),
            dt.date(2026, 1, 30),
            recipient="Union County Drug Court",
            purpose="Verification",
            consent_id=consent.id,
        )
    assert "does not include attendance" in refused.value.message
    assert not out.exists() and clinical.disclosures(db, pid) == []


def test_a_letter_logs_attendance_as_what_it_disclosed(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    caseload = make_caseload(db, clock, substance_use=True)
    pid = caseload.participant.id
    consent = add_consent(
        db,
        clock,
        pid,
        recipient="Union County Drug Court",
        scope=frozenset({ScopeCategory.ATTENDANCE}),
    )
    documents.export_attendance_letter(
        db,
        pid,
        tmp_path / "letter.pdf",
        clock,
        dt.date(2026, 1, 5),
        dt.date(2026, 1, 30),
        recipient="Union County Drug Court",
        purpose="Verification",
    )
    [row] = clinical.disclosures(db, pid)
    assert row.what.startswith(
        f"Attendance verification letter, chart A-1001, under consent {consent.id}: attendance "
        "and dates of service, sessions from 2026-01-05 to 2026-01-30"
    )


# -- consents saved with a free-text scope -------------------------------------------------------


def migrated(tmp_path: Path, scope: str | None = None) -> Path:
    """The schema_v7 sample (consent 1 of FX-002, written 'discharge summary'; given an expiry
    here so only its scope stands in the way), optionally with another written scope."""
    path = tmp_path / "caseload.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v7.sqlite3", path)
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE consents SET scope = coalesce(:scope, scope), expiry_date = '2026-10-09' "
        "WHERE id = 1",
        {"scope": scope},
    )
    conn.commit()
    conn.close()
    return path


def test_an_unreadable_written_scope_becomes_attendance_only_to_confirm(tmp_path: Path) -> None:
    clock = FixedClock(dt.date(2025, 10, 20))
    with connect(migrated(tmp_path)) as db:
        consent = clinical.get_consent(db, 1)
        assert consent.scope == {ScopeCategory.ATTENDANCE}
        assert consent.scope_as_written == "discharge summary"
        assert not consent.scope_confirmed
        # it allows no disclosure until the counselor confirms its scope
        consent = clinical.get_consent(db, 1)
        assert not consent.valid_on(dt.date(2025, 10, 20))
        assert "confirm its scope" in consent.why_not_valid(dt.date(2025, 10, 20))
        confirmed = clinical.confirm_consent_scope(
            db, 1, frozenset({ScopeCategory.ATTENDANCE, ScopeCategory.DISCHARGE_PLAN}), clock
        )
        assert confirmed.scope_confirmed
        stored = clinical.get_consent(db, 1)
        assert stored.scope == {ScopeCategory.ATTENDANCE, ScopeCategory.DISCHARGE_PLAN}
        assert stored.scope_as_written == "discharge summary"  # still shown as written
        [entry] = [e for e in audit.entries(db) if e.action == AuditAction.CONSENT_SCOPE]
        assert entry.target == "consent 1"
        assert entry.detail == "scope confirmed: attendance,discharge-plan"
        with pytest.raises(ValidationError, match="cannot change"):
            clinical.confirm_consent_scope(db, 1, frozenset(ScopeCategory), clock)


def test_a_readable_written_scope_is_migrated_to_its_categories(tmp_path: Path) -> None:
    with connect(migrated(tmp_path, "Attendance, diagnoses and medications")) as db:
        consent = clinical.get_consent(db, 1)
        assert consent.scope == NARROW and consent.scope_confirmed
        assert consent.scope_as_written == "Attendance, diagnoses and medications"


def test_the_issue_s_written_scope_is_not_guessed(tmp_path: Path) -> None:
    written = "summaries, attendance, diagnoses and medications"
    with connect(migrated(tmp_path, written)) as db:
        consent = clinical.get_consent(db, 1)
        assert consent.scope == {ScopeCategory.ATTENDANCE} and not consent.scope_confirmed


# -- the command line ------------------------------------------------------------------------


def run_cli(db_path: Path, *argv: str) -> int:
    return cli.main(["--db", str(db_path), "--today", "2026-03-02", *argv])


def test_the_cli_adds_a_consent_by_category_and_names_unknown_ones(
    db: Database, db_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    make_caseload(db, clock)
    db.close()
    base = ["consent", "add", "A-1001", "--recipient", "Harbor Clinic", "--purpose", "Care"]
    dates = ["--signed", "2026-03-01", "--expires", "2027-03-01"]
    assert run_cli(db_path, *base, "--scope", "attendance,notes,risk-screen", *dates) == 1
    error = capsys.readouterr().err
    assert "Unknown scope categories: notes, risk-screen." in error
    assert consent_scope.valid_names() in error
    assert run_cli(db_path, *base, *dates) == 1
    assert "Give --scope" in capsys.readouterr().err
    assert run_cli(db_path, *base, "--scope", "attendance,diagnoses", *dates) == 0
    assert "scope attendance,diagnoses" in capsys.readouterr().out
    assert run_cli(db_path, "consent", "list", "A-1001") == 0
    assert "Harbor Clinic" in capsys.readouterr().out
    with connect(db_path) as reopened:
        [consent] = clinical.consents(reopened, 1)
        assert consent.scope == {ScopeCategory.ATTENDANCE, ScopeCategory.DIAGNOSES}


def test_the_cli_confirms_an_old_consent_s_scope(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = migrated(tmp_path)
    connect(path).close()
    assert run_cli(path, "consent", "confirm", "1", "--scope", "attendance,summaries") == 1
    assert "Unknown scope category: summaries." in capsys.readouterr().err
    assert run_cli(path, "consent", "confirm", "1", "--scope", "attendance") == 0
    with connect(path) as db:
        assert clinical.get_consent(db, 1).scope_confirmed
