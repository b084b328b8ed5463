"""`counselor-desk export …` end to end: files written, plain errors, nothing half-done."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_documents import add_consent, make_caseload, plan_discharge

from counselor_desk.cli import main
from counselor_desk.services import clinical, discharge_signing, safety, sessions
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def export(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), "--today", "2026-03-02", "export", *args])


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_export_discharge_summary_by_chart_number(
    db: Database,
    db_path: Path,
    clock: FixedClock,
    out_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case = make_caseload(db, clock)
    plan_discharge(db, clock, case.participant.id, record=True)
    out = out_dir / "summary.pdf"
    assert export(db_path, "discharge", "A-1001", "--out", str(out)) == 0
    assert capsys.readouterr().out.strip() == f"Wrote {out}"
    text = text_of(out)
    assert "Discharge Summary" in text and "Maria Lopez" in text and "DRAFT" in text
    # an export before the signature is a draft: the summary is still due
    assert clinical.discharge_record(db, case.participant.id).summary_completed_at is None  # type: ignore[union-attr]
    discharge_signing.sign(db, case.participant.id, clock)
    assert export(db_path, "discharge", "A-1001", "--out", str(out)) == 0
    text = text_of(out)
    assert "DRAFT" not in text and "Copy of the discharge summary electronically signed" in text


def test_continuity_without_consent_is_refused_plainly(
    db: Database,
    db_path: Path,
    clock: FixedClock,
    out_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case = make_caseload(db, clock)
    assert export(db_path, "continuity", "A-1001", "--out", str(out_dir / "c.pdf")) == 1
    err = capsys.readouterr().err
    assert err.startswith("counselor-desk: No valid consent") and "Traceback" not in err
    assert list(out_dir.iterdir()) == []
    assert clinical.disclosures(db, case.participant.id) == []


def test_continuity_with_a_chosen_consent_logs_the_disclosure(
    db: Database, db_path: Path, clock: FixedClock, out_dir: Path
) -> None:
    case = make_caseload(db, clock, substance_use=True)
    add_consent(db, clock, case.participant.id, recipient="First clinic")
    chosen = add_consent(db, clock, case.participant.id, recipient="Second clinic")
    out = out_dir / "c.pdf"
    assert (
        export(db_path, "continuity", "A-1001", "--consent", str(chosen.id), "--out", str(out)) == 0
    )
    text = text_of(out)
    assert "For Second clinic" in text
    assert "42 CFR part 2 prohibits unauthorized use or disclosure of these records." in text
    logged = clinical.disclosures(db, case.participant.id)
    assert [(item.recipient, item.consent_id) for item in logged] == [("Second clinic", chosen.id)]


def test_letter_needs_both_dates(
    db: Database,
    db_path: Path,
    clock: FixedClock,
    out_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make_caseload(db, clock)
    assert (
        export(db_path, "letter", "A-1001", "--from", "2026-01-12", "--out", str(out_dir / "l.pdf"))
        == 1
    )
    assert "needs --from and --to" in capsys.readouterr().err
    assert list(out_dir.iterdir()) == []


def test_letter_with_a_range(db: Database, db_path: Path, clock: FixedClock, out_dir: Path) -> None:
    make_caseload(db, clock)
    out = out_dir / "l.pdf"
    assert (
        export(
            db_path,
            "letter",
            "A-1001",
            "--from",
            "2026-01-12",
            "--to",
            "2026-01-18",
            "--recipient",
            "Union County Drug Court",
            "--purpose",
            "Court-ordered attendance verification",
            "--out",
            str(out),
        )
        == 0
    )
    assert "Total attended 4 sessions 10:00" in text_of(out)
    [logged] = clinical.disclosures(db, 1)
    assert (logged.recipient, logged.purpose, logged.consent_id) == (
        "Union County Drug Court",
        "Court-ordered attendance verification",
        None,
    )


LETTER = ["letter", "A-1001", "--from", "2026-01-12", "--to", "2026-01-18"]


def test_a_letter_needs_a_recipient_and_a_purpose(
    db: Database,
    db_path: Path,
    clock: FixedClock,
    out_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make_caseload(db, clock)
    out = str(out_dir / "l.pdf")
    assert export(db_path, *LETTER, "--recipient", "Court", "--out", out) == 1
    assert "needs --recipient and --purpose" in capsys.readouterr().err
    assert list(out_dir.iterdir()) == [] and clinical.disclosures(db, 1) == []


def test_a_substance_use_letter_goes_under_the_consent_chosen(
    db: Database,
    db_path: Path,
    clock: FixedClock,
    out_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pid = make_caseload(db, clock, substance_use=True).participant.id
    add_consent(db, clock, pid, recipient="Acme Logistics HR")
    court = add_consent(db, clock, pid, recipient="Union County Drug Court")
    out = str(out_dir / "l.pdf")
    who = ["--recipient", "Union County Drug Court", "--purpose", "Verification", "--out", out]
    assert export(db_path, *LETTER, *who) == 1
    assert "Several consents are valid; choose one" in capsys.readouterr().err
    assert export(db_path, *LETTER, *who[:4], "--consent", str(court.id - 1), "--out", out) == 1
    assert "allows disclosure to Acme Logistics HR, not to Union" in capsys.readouterr().err
    assert list(out_dir.iterdir()) == [] and clinical.disclosures(db, pid) == []
    assert export(db_path, *LETTER, *who, "--consent", str(court.id)) == 0
    [logged] = clinical.disclosures(db, pid)
    assert (logged.recipient, logged.consent_id) == ("Union County Drug Court", court.id)


def test_signin_default_file_name_in_the_current_folder(
    db: Database, db_path: Path, clock: FixedClock, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_caseload(db, clock)
    session_id = sessions.day_sessions(db, dt.date(2026, 3, 2))[0].session.id
    monkeypatch.chdir(out_dir)
    assert export(db_path, "signin", str(session_id)) == 0
    written = out_dir / f"sign-in-sheet_session-{session_id}_2026-03-02.pdf"
    assert "Maria L." in text_of(written)


PLAN = {
    "warning_signs": "Not sleeping.",
    "coping": "Paced breathing.",
    "help": "Sister Lucia (973) 555-0123.",
    "professionals": "Dr. Haddad, (973) 555-0177.",
}


def test_export_safety_plan_under_its_default_name_is_logged_as_a_disclosure(
    db: Database,
    db_path: Path,
    clock: FixedClock,
    out_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pid = make_caseload(db, clock).participant.id
    safety.save_plan(db, pid, PLAN, clock)
    monkeypatch.chdir(out_dir)
    assert export(db_path, "safety-plan", "A-1001") == 0
    written = out_dir / "safety-plan_A-1001_2026-03-02.pdf"
    assert capsys.readouterr().out.strip() == f"Wrote {written.name}"
    text = text_of(written)
    assert "My Safety Plan" in text and "Sister Lucia (973) 555-0123." in text
    assert "988 Suicide & Crisis Lifeline: call or text 988" in text
    [logged] = clinical.disclosures(db, pid)
    assert logged.recipient == "The participant themself" and logged.consent_id is None


def test_export_safety_plan_without_a_plan_is_refused_plainly(
    db: Database,
    db_path: Path,
    clock: FixedClock,
    out_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pid = make_caseload(db, clock).participant.id
    assert export(db_path, "safety-plan", "A-1001", "--out", str(out_dir / "p.pdf")) == 1
    err = capsys.readouterr().err
    assert err.startswith("counselor-desk: There is no safety plan for this participant yet")
    assert "Traceback" not in err
    assert list(out_dir.iterdir()) == [] and clinical.disclosures(db, pid) == []


def test_export_safety_plan_too_long_for_one_page_is_refused_plainly(
    db: Database,
    db_path: Path,
    clock: FixedClock,
    out_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pid = make_caseload(db, clock).participant.id
    long_text = "I call my sister and we walk by the river until it passes. " * 30
    safety.save_plan(db, pid, {key: long_text for key in (*PLAN, "reasons")}, clock)
    assert export(db_path, "safety-plan", "A-1001", "--out", str(out_dir / "p.pdf")) == 1
    err = capsys.readouterr().err
    assert "does not fit on one page" in err and "Traceback" not in err
    assert list(out_dir.iterdir()) == [] and clinical.disclosures(db, pid) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["signin", "twelve"], "'twelve' is not a session id"),
        (["signin", "999"], "Session 999 does not exist"),
        (["discharge", "Z-9"], "No participant has chart number Z-9"),
        (
            ["discharge", "A-1001", "--from", "2026-01-01"],
            "--from and --to are for the attendance letter",
        ),
        (
            ["discharge", "A-1001", "--recipient", "Court"],
            "--recipient and --purpose are for the attendance letter only",
        ),
        (["safety-plan", "Z-9"], "No participant has chart number Z-9"),
        (
            ["safety-plan", "A-1001", "--consent", "1"],
            "--consent is for the continuity-of-care summary and the attendance letter only",
        ),
        (["safety-plan", "A-1001", "--part2", "yes"], "--part2 is for the continuity-of-care"),
    ],
)
def test_bad_requests_are_said_plainly(
    db: Database,
    db_path: Path,
    clock: FixedClock,
    out_dir: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    make_caseload(db, clock)
    assert export(db_path, *args, "--out", str(out_dir / "x.pdf")) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert list(out_dir.iterdir()) == []
