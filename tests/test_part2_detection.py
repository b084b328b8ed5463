"""A record that looks like substance-use treatment outside a substance-use program: the rule
(domain/part2.py), the question asked once and remembered (audited), and what an export does
with the answer; the command line's --part2."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from counselor_desk import cli
from counselor_desk.domain import part2 as rule
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import Diagnosis
from counselor_desk.reports.model import PART2_NOTICE
from counselor_desk.services import audit, clinical, documents, part2, participants
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database, connect
from tests.test_documents import add_consent, flat, make_caseload, pdf_text

FIRST, LAST = dt.date(2026, 1, 5), dt.date(2026, 1, 30)


@pytest.mark.parametrize(
    ("code", "substance_use"),
    [
        ("F10.20", True),
        ("F11", True),
        ("f11.20", True),
        ("F12.10", True),
        ("F15.20", True),
        ("F19.99", True),
        ("F17.210", False),  # nicotine: not a substance use disorder under 42 CFR 2.11
        ("F20.9", False),
        ("F1.0", False),
        ("F33.1", False),
        ("Z79.891", False),
    ],
)
def test_substance_use_diagnoses_are_f10_to_f19_without_tobacco(
    code: str, substance_use: bool
) -> None:
    assert rule.is_substance_use_code(code) is substance_use


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Suboxone 8/2 mg daily", ["Suboxone"]),
        ("buprenorphine/naloxone 8 mg", ["buprenorphine"]),
        ("BUPRENORPHINE-NALOXONE film", ["BUPRENORPHINE"]),
        ("Methadone 60 mg; sertraline", ["Methadone"]),
        ("Methadose liquid", ["Methadose"]),
        ("Vivitrol monthly injection", ["Vivitrol"]),
        ("naltrexone 50 mg", ["naltrexone"]),
        ("Subutex, Sublocade, Zubsolv", ["Subutex", "Sublocade", "Zubsolv"]),
        ("Sertraline 100 mg daily", []),
        ("nomethadonex", []),  # only whole words
        ("", []),
    ],
)
def test_medications_for_opioid_use_disorder_by_generic_and_brand_name(
    text: str, found: list[str]
) -> None:
    assert rule.moud_named(text) == found


def test_the_reasons_name_each_diagnosis_and_medication_once() -> None:
    diagnoses = [Diagnosis("F11.20", "Opioid use disorder"), Diagnosis("F33.1", "MDD")]
    assert rule.reasons(diagnoses, ["Suboxone 8 mg", "suboxone 4 mg"]) == [
        "diagnosis F11.20 (substance use)",
        "medication Suboxone (for opioid use disorder)",
    ]
    assert rule.reasons([Diagnosis("F17.210", "")], ["Sertraline"]) == []


def adolescent_on_buprenorphine(db: Database, clock: FixedClock) -> int:
    """A participant of a program not flagged as substance use, with an opioid use disorder
    and buprenorphine/naloxone, and a consent allowing attendance and diagnoses."""
    caseload = make_caseload(db, clock)
    person = caseload.participant
    participants.edit(
        db,
        replace(
            participants.get(db, person.id),
            medications="Buprenorphine/naloxone 8/2 mg daily",
            diagnoses=(Diagnosis("F11.20", "Opioid use disorder, moderate"),),
        ),
        clock,
    )
    add_consent(
        db,
        clock,
        person.id,
        recipient="Union County Drug Court",
        scope=frozenset({ScopeCategory.ATTENDANCE, ScopeCategory.DIAGNOSES}),
    )
    return person.id


def test_the_question_is_asked_until_answered_then_remembered_and_audited(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = adolescent_on_buprenorphine(db, clock)
    asked = part2.question(db, pid)
    assert "diagnosis F11.20 (substance use)" in asked
    assert "medication Buprenorphine (for opioid use disorder)" in asked
    out = tmp_path / "ccd.pdf"
    with pytest.raises(ValidationError) as refused:
        documents.export_continuity(db, pid, out, clock)
    assert refused.value.field == "part2" and "nothing was disclosed" in refused.value.message
    assert not out.exists() and clinical.disclosures(db, pid) == []

    assert part2.decide(db, pid, True, clock) is True
    assert part2.question(db, pid) == ""  # not asked again
    assert part2.decide(db, pid, True, clock) is True  # the same answer again records nothing
    [entry] = [e for e in audit.entries(db) if e.action == AuditAction.PART2_DECISION]
    assert entry.participant_id == pid
    assert entry.detail == (
        "treated as 42 CFR part 2: yes (substance-use diagnosis and medication for opioid "
        "use disorder)"
    )
    assert "F11" not in entry.detail and "naloxone" not in entry.detail.casefold()

    documents.export_continuity(db, pid, out, clock)
    text = flat(" ".join(pdf_text(out.read_bytes())[0]))
    assert PART2_NOTICE in text
    [row] = clinical.disclosures(db, pid)
    assert row.what.endswith("42 CFR part 2 notice included.")


def test_treated_as_part2_a_letter_needs_a_consent_and_prints_the_notice(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = adolescent_on_buprenorphine(db, clock)
    part2.decide(db, pid, True, clock)
    out = tmp_path / "letter.pdf"
    with pytest.raises(ValidationError, match="allows disclosure to Union County Drug Court"):
        documents.export_attendance_letter(
            db, pid, out, clock, FIRST, LAST, recipient="Acme Inc.", purpose="Work"
        )
    documents.export_attendance_letter(
        db, pid, out, clock, FIRST, LAST, recipient="Union County Drug Court", purpose="Court"
    )
    assert PART2_NOTICE in flat(" ".join(pdf_text(out.read_bytes())[0]))


def test_not_part2_exports_without_the_notice_and_asks_no_more(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = adolescent_on_buprenorphine(db, clock)
    part2.decide(db, pid, False, clock)
    assert part2.question(db, pid) == ""
    out = tmp_path / "ccd.pdf"
    documents.export_continuity(db, pid, out, clock)
    assert PART2_NOTICE not in flat(" ".join(pdf_text(out.read_bytes())[0]))
    # a letter to someone without a consent is then an ordinary, logged disclosure
    documents.export_attendance_letter(
        db, pid, tmp_path / "l.pdf", clock, FIRST, LAST, recipient="Acme Inc.", purpose="Work"
    )
    assert [row.recipient for row in clinical.disclosures(db, pid)] == [
        "Union County Drug Court",
        "Acme Inc.",
    ]


def test_a_substance_use_program_is_part2_whatever_is_answered(
    db: Database, clock: FixedClock
) -> None:
    caseload = make_caseload(db, clock, substance_use=True)
    pid = caseload.participant.id
    assert part2.question(db, pid) == ""
    assert part2.applies(db, pid)
    with pytest.raises(ValidationError, match="substance-use program"):
        part2.decide(db, pid, False, clock)


def test_a_record_without_substance_use_is_never_asked(db: Database, clock: FixedClock) -> None:
    caseload = make_caseload(db, clock)  # F33.1, F41.0, sertraline
    assert part2.question(db, caseload.participant.id) == ""
    assert not part2.applies(db, caseload.participant.id)


def test_medications_at_discharge_count_too(db: Database, clock: FixedClock) -> None:
    caseload = make_caseload(db, clock)
    pid = caseload.participant.id
    from counselor_desk.domain.model import Discharge, DischargeReason

    clinical.save_discharge_plan(
        db,
        Discharge(
            participant_id=pid,
            discharge_date=dt.date(2026, 2, 27),
            reason=DischargeReason.COMPLETED,
            medications_at_discharge="Vivitrol 380 mg monthly",
        ),
        clock,
    )
    assert "medication Vivitrol" in part2.question(db, pid)


# -- the command line ------------------------------------------------------------------------


def run_cli(db_path: Path, *argv: str) -> int:
    return cli.main(["--db", str(db_path), "--today", "2026-03-02", *argv])


def test_the_cli_refuses_naming_the_reason_and_the_flag_then_records_the_answer(
    db: Database,
    db_path: Path,
    clock: FixedClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pid = adolescent_on_buprenorphine(db, clock)
    db.close()
    out = tmp_path / "ccd.pdf"
    assert run_cli(db_path, "export", "continuity", "A-1001", "--out", str(out)) == 1
    error = capsys.readouterr().err
    assert "diagnosis F11.20 (substance use)" in error
    assert "pass --part2 yes or --part2 no" in error
    assert not out.exists()
    letter = ["export", "letter", "A-1001", "--from", "2026-01-05", "--to", "2026-01-30"]
    to_court = ["--recipient", "Union County Drug Court", "--purpose", "Court"]
    assert run_cli(db_path, *letter, *to_court, "--out", str(tmp_path / "l.pdf")) == 1
    assert "--part2 yes or --part2 no" in capsys.readouterr().err
    assert run_cli(db_path, "export", "discharge", "A-1001", "--part2", "yes") == 1
    assert "--part2 is for the continuity" in capsys.readouterr().err

    assert (
        run_cli(db_path, "export", "continuity", "A-1001", "--part2", "yes", "--out", str(out)) == 0
    )
    assert PART2_NOTICE in flat(" ".join(pdf_text(out.read_bytes())[0]))
    # remembered: the next export needs no flag
    assert run_cli(db_path, *letter, *to_court, "--out", str(tmp_path / "l.pdf")) == 0
    with connect(db_path) as reopened:
        assert part2.decision(reopened, pid) is True
