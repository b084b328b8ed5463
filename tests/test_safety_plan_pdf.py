"""The participant's own copy of their safety plan: one page whatever its length (or refused),
every step, 988 and the clinic's crisis line, nothing else from the chart, and the copy
logged as a disclosure before the file exists."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import Diagnosis
from counselor_desk.domain.safety import PLAN_SECTIONS
from counselor_desk.reports import safety_plan
from counselor_desk.reports.model import (
    PART2_NOTICE,
    Letterhead,
    PlanSection,
    SafetyPlanSheet,
    Signer,
)
from counselor_desk.services import (
    audit,
    clinical,
    documents,
    part2,
    participants,
    safety,
    setup,
)
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from tests.test_documents import Caseload, flat, make_caseload, pdf_text

PLAN = {
    "warning_signs": "Not sleeping; skipping meals; pulling away from my sister.",
    "coping": "Paced breathing. Walk around the block. Play guitar for 20 minutes.",
    "distraction": "Coffee shop on Main St; the library.",
    "help": "Sister Lucia (973) 555-0123; sponsor Mark (973) 555-0456.",
    "professionals": "Dr. Haddad, (973) 555-0177.",
    "environment": "My sister keeps my spare medication.",
    "reasons": "My daughter Sofia.",
}
HEADINGS = [heading for _key, heading, _prompt in PLAN_SECTIONS]


@pytest.fixture
def caseload(db: Database, clock: FixedClock) -> Caseload:
    return make_caseload(db, clock)


@pytest.fixture
def exports(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def export(db: Database, clock: FixedClock, pid: int, out: Path) -> tuple[list[str], str]:
    written = documents.export_safety_plan(db, pid, out, clock)
    pages, _reader = pdf_text(written.read_bytes())
    return pages, flat(" ".join(pages))


def committed_disclosures(db: Database) -> int:
    """The disclosure rows another connection sees: what a crash now would leave."""
    other = sqlite3.connect(db.path)
    try:
        return int(other.execute("SELECT count(*) FROM disclosures").fetchone()[0])
    finally:
        other.close()


def test_one_page_with_every_step_988_and_the_clinic_crisis_line(
    db: Database, clock: FixedClock, caseload: Caseload, exports: Path
) -> None:
    pid = caseload.participant.id
    safety.save_plan(db, pid, PLAN, clock)
    pages, text = export(db, clock, pid, exports / "plan.pdf")
    assert len(pages) == 1
    for number, heading in enumerate(HEADINGS, start=1):
        assert f"Step {number}: {heading}" in text, heading
    for words in PLAN.values():
        assert words in text, words
    assert "988 Suicide & Crisis Lifeline: call or text 988" in text
    assert "Riverbend Behavioral Health crisis line: (973) 555-0199" in text
    assert "Riverbend Behavioral Health · (973) 555-0142" in text  # the letterhead
    assert "Maria Lopez" in text and "Version 1, saved March 2, 2026" in text
    assert "My signature" in text and "Date" in text
    # nothing else from the chart
    for chart_detail in ("A-1001", "1988", "F33.1", "Sertraline", "CONFIDENTIAL", "PHQ-9"):
        assert chart_detail not in text, chart_detail


def test_the_copy_is_logged_as_a_disclosure_to_the_participant(
    db: Database, clock: FixedClock, caseload: Caseload, exports: Path
) -> None:
    pid = caseload.participant.id
    safety.save_plan(db, pid, PLAN, clock)
    safety.save_plan(db, pid, {**PLAN, "reasons": "My daughter Sofia. My garden."}, clock)
    export(db, clock, pid, exports / "plan.pdf")
    [logged] = clinical.disclosures(db, pid)
    assert logged.recipient == "The participant themself"
    assert logged.purpose == "Safety plan for the participant's own use"
    assert logged.consent_id is None and logged.disclosed_at == clock.now()
    assert logged.what.startswith("Safety plan version 2 (saved 2026-03-02), chart A-1001")
    [exported] = [e for e in audit.entries(db, pid) if e.action == AuditAction.EXPORT]
    assert exported.target == "safety plan"
    assert exported.detail == "version 2; to The participant themself"


def test_the_disclosure_is_committed_before_the_file_has_its_final_name(
    db: Database,
    clock: FixedClock,
    caseload: Caseload,
    exports: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = caseload.participant.id
    safety.save_plan(db, pid, PLAN, clock)
    out = exports / "plan.pdf"
    real_replace = os.replace
    seen: list[int] = []

    def replace_file(source: object, target: object) -> None:
        if Path(str(target)) == out:  # (the audit trail's anchor is replaced too, after COMMIT)
            assert not out.exists()
            seen.append(committed_disclosures(db))
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace_file)
    documents.export_safety_plan(db, pid, out, clock)
    assert seen == [1] and out.exists()


def test_a_failed_rename_leaves_the_log_row_and_no_file(
    db: Database,
    clock: FixedClock,
    caseload: Caseload,
    exports: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = caseload.participant.id
    safety.save_plan(db, pid, PLAN, clock)
    out = exports / "plan.pdf"
    real_replace = os.replace

    def replace_file(source: object, target: object) -> None:
        if Path(str(target)) == out:
            raise OSError(28, "No space left on device")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace_file)
    with pytest.raises(ValidationError, match="export it again"):
        documents.export_safety_plan(db, pid, out, clock)
    assert list(exports.iterdir()) == []
    assert committed_disclosures(db) == 1


def test_no_plan_is_refused_and_nothing_is_written_or_logged(
    db: Database, clock: FixedClock, caseload: Caseload, exports: Path
) -> None:
    pid = caseload.participant.id
    with pytest.raises(ValidationError, match="no safety plan for this participant") as refused:
        documents.export_safety_plan(db, pid, exports / "plan.pdf", clock)
    assert refused.value.field == "plan"
    assert list(exports.iterdir()) == [] and clinical.disclosures(db, pid) == []
    assert not [e for e in audit.entries(db, pid) if e.action == AuditAction.EXPORT]


def test_a_profile_without_a_crisis_line_is_refused(
    db: Database, clock: FixedClock, caseload: Caseload, exports: Path
) -> None:
    pid = caseload.participant.id
    safety.save_plan(db, pid, PLAN, clock)
    profile = setup.get_profile(db)
    assert profile is not None
    setup.save_profile(db, replace(profile, crisis_line=" "))
    with pytest.raises(ValidationError, match="crisis line") as refused:
        documents.export_safety_plan(db, pid, exports / "plan.pdf", clock)
    assert refused.value.field == "profile"
    assert list(exports.iterdir()) == [] and clinical.disclosures(db, pid) == []


def test_long_text_is_set_smaller_and_still_fits_one_page_whole(
    db: Database, clock: FixedClock, caseload: Caseload, exports: Path
) -> None:
    pid = caseload.participant.id
    long_plan = {key: f"{(words + ' ') * 4}End of {key}." for key, words in PLAN.items()}
    safety.save_plan(db, pid, long_plan, clock)
    pages, text = export(db, clock, pid, exports / "plan.pdf")
    assert len(pages) == 1
    for key in PLAN:
        assert f"End of {key}." in text  # nothing cut
    assert "988 Suicide & Crisis Lifeline: call or text 988" in text


def test_a_plan_too_long_for_one_page_is_refused_never_cut(
    db: Database, clock: FixedClock, caseload: Caseload, exports: Path
) -> None:
    pid = caseload.participant.id
    huge = {key: (words + " ") * 14 for key, words in PLAN.items()}
    safety.save_plan(db, pid, huge, clock)
    with pytest.raises(ValidationError) as refused:
        documents.export_safety_plan(db, pid, exports / "plan.pdf", clock)
    assert refused.value.field == "plan"
    assert "does not fit on one page, even in the smallest type (9 pt)" in str(refused.value)
    assert "nothing was exported" in str(refused.value)
    assert list(exports.iterdir()) == [] and clinical.disclosures(db, pid) == []


def test_a_substance_use_program_copy_needs_no_consent_and_carries_no_notice(
    db: Database, clock: FixedClock, exports: Path
) -> None:
    pid = make_caseload(db, clock, substance_use=True).participant.id
    safety.save_plan(db, pid, PLAN, clock)
    _pages, text = export(db, clock, pid, exports / "plan.pdf")
    assert PART2_NOTICE not in text and "42 CFR" not in text
    [logged] = clinical.disclosures(db, pid)
    assert logged.consent_id is None


def test_an_open_part2_question_does_not_hold_up_the_participants_own_copy(
    db: Database, clock: FixedClock, caseload: Caseload, exports: Path
) -> None:
    pid = caseload.participant.id
    participants.edit(
        db,
        replace(
            participants.get(db, pid),
            diagnoses=(Diagnosis("F11.20", "Opioid use disorder, moderate"),),
        ),
        clock,
    )
    assert part2.question(db, pid)  # a disclosure to anyone else would wait for the answer
    safety.save_plan(db, pid, PLAN, clock)
    pages, _text = export(db, clock, pid, exports / "plan.pdf")
    assert len(pages) == 1
    assert part2.decision(db, pid) is None  # nothing was decided for the counselor


def test_the_default_file_name_has_the_chart_number_not_the_name() -> None:
    assert (
        documents.default_file_name("safety-plan", "A-1001", dt.date(2026, 3, 2))
        == "safety-plan_A-1001_2026-03-02.pdf"
    )


# -- the builder on its own ----------------------------------------------------------------


def sheet(**changes: object) -> SafetyPlanSheet:
    model = SafetyPlanSheet(
        letterhead=Letterhead("Riverbend Behavioral Health", clinic_phone="(973) 555-0142"),
        name="Maria Lopez",
        version=3,
        saved_on=dt.date(2026, 2, 24),
        generated_on=dt.date(2026, 3, 2),
        sections=tuple(
            PlanSection(number, heading, "", crisis_lines=key == "professionals")
            for number, (key, heading, _prompt) in enumerate(PLAN_SECTIONS, start=1)
        ),
        clinic_crisis_line="(973) 555-0199",
        counselor=Signer("Dana Reyes", "LCSW"),
    )
    return replace(model, **changes)  # type: ignore[arg-type]


def test_empty_steps_still_print_their_headings_and_the_crisis_lines() -> None:
    pages, reader = pdf_text(safety_plan.build(sheet()))
    text = flat(" ".join(pages))
    assert len(pages) == 1
    assert all(heading in text for heading in HEADINGS)
    assert "988 Suicide & Crisis Lifeline" in text and "(973) 555-0199" in text
    assert reader.metadata is not None
    assert reader.metadata.title == "Safety plan (version 3)"
    assert "Lopez" not in (reader.metadata.title or "") + (reader.metadata.subject or "")


def test_typed_text_prints_literally() -> None:
    hostile = "<b>&amp;</b> <font size=40>big</font> & more"
    sections = tuple(replace(section, text=hostile) for section in sheet().sections)
    text = flat(" ".join(pdf_text(safety_plan.build(sheet(sections=sections)))[0]))
    assert text.count(hostile) == len(sections)


def test_the_a4_page_is_one_page_too() -> None:
    sections = tuple(
        replace(section, text="I call my sister and we walk by the river. " * 6)
        for section in sheet().sections
    )
    model = sheet(letterhead=Letterhead("Clinic", page_size="a4"), sections=sections)
    pages, reader = pdf_text(safety_plan.build(model))
    assert len(pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
