"""Measures and safety in the discharge and continuity-of-care summaries: baseline, latest,
change, response and remission, totals entered alone, the trend chart, the latest C-SSRS, the
safety plan and open flags; in the continuity summary only what the consent's scope allows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.model import Measure
from counselor_desk.reports import discharge as discharge_pdf
from counselor_desk.services import clinical, discharge_signing, documents, safety
from counselor_desk.services import measures as scores
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from tests.test_documents import add_consent, flat, make_caseload, pdf_text, plan_discharge

PLAN = {
    "warning_signs": "Not sleeping.",
    "coping": "Paced breathing.",
    "help": "Sister Lucia (973) 555-0123.",
    "professionals": "Dr. Haddad, (973) 555-0177.",
}


def add_risk_story(db: Database, clock: FixedClock, pid: int) -> None:
    """On top of make_caseload's totals (PHQ-9 18 then 7, GAD-7 15 then 6): a GAD-7 from its
    answers, a C-SSRS at high risk (its flag answered by a safety plan), and a last PHQ-9 whose
    question 9 is answered, which leaves a flag open."""
    scores.add(
        db, Measure(pid, "GAD-7", dt.date(2026, 1, 26), 0, items=(2, 2, 1, 1, 1, 1, 1)), clock
    )
    scores.add(db, Measure(pid, "C-SSRS", dt.date(2026, 2, 23), 0, items=(1, 1, 0, 1, 0, 0)), clock)
    safety.save_plan(db, pid, PLAN, clock)
    scores.add(
        db, Measure(pid, "PHQ-9", dt.date(2026, 2, 27), 0, items=(1, 1, 1, 0, 0, 0, 0, 0, 1)), clock
    )


def text_of(data: bytes) -> str:
    return flat(" ".join(pdf_text(data)[0]))


@pytest.fixture
def pid(db: Database, clock: FixedClock) -> int:
    participant_id = make_caseload(db, clock).participant.id
    add_risk_story(db, clock, participant_id)
    return participant_id


# -- the discharge summary -----------------------------------------------------------------


def test_the_discharge_summary_prints_each_course_the_c_ssrs_the_plan_and_the_open_flag(
    db: Database, clock: FixedClock, pid: int
) -> None:
    model = documents.discharge_summary_model(db, pid, clock)
    text = text_of(discharge_pdf.build(model))
    for expected in (
        "Measures and safety",
        "18 (moderately severe) †",  # make_caseload's scores are totals entered alone
        "4 (minimal)",  # the last PHQ-9, from its answers
        "-14",
        "(-78 %)",
        "Response: yes (at least halved)",
        "Remission: yes (under 5)",  # PHQ-9 4
        "Remission: no (5 or more)",  # GAD-7 6
        "6 (mild) †",
        "† Total entered alone (scored on paper; the answers are not on record).",
        "Scores over time on the measure's severity bands",
        "moderately severe",
        "Latest C-SSRS screen: high risk, 2026-02-23.",
        "Safety plan: version 1, saved 2026-03-02.",
        "Safety follow-up open since 2026-03-02: C-SSRS screen needed.",
        "Raised by: PHQ-9 question 9",
    ):
        assert expected in text, expected
    assert "No safety follow-up is open." not in text
    [phq, gad, cssrs] = model.measures
    assert (phq.instrument, phq.followed, phq.response, phq.remission) == (
        "PHQ-9",
        True,
        True,
        True,
    )
    assert [point.score for point in phq.points] == [18, 7, 4]
    assert [point.total_only for point in phq.points] == [True, True, False]
    assert [point.score for point in gad.points] == [15, 9, 6]
    assert (cssrs.instrument, cssrs.followed) == ("C-SSRS", False)


def test_the_signature_vouches_for_the_c_ssrs_and_the_safety_status(
    db: Database, clock: FixedClock, pid: int, tmp_path: Path
) -> None:
    plan_discharge(db, clock, pid, record=True)
    discharge_signing.sign(db, pid, clock)
    reprint = documents.discharge_summary_model(db, pid, clock)
    assert reprint.changed_since_signing == ()
    [cssrs] = [m for m in scores.measures(db, pid) if m.instrument == "C-SSRS"]
    scores.strike(db, pid, cssrs.id, "Entered for the wrong person", clock)
    reprint = documents.discharge_summary_model(db, pid, clock)
    assert reprint.changed_since_signing == ("Measures", "Suicide-risk screen and safety plan")
    text = text_of(discharge_pdf.build(reprint))
    assert "No C-SSRS screen recorded." in text


def test_no_flag_open_is_said_too(db: Database, clock: FixedClock) -> None:
    participant_id = make_caseload(db, clock).participant.id
    text = text_of(
        discharge_pdf.build(documents.discharge_summary_model(db, participant_id, clock))
    )
    assert "No C-SSRS screen recorded." in text
    assert "Safety plan: none on file." in text
    assert "No safety follow-up is open." in text


# -- the continuity-of-care summary ----------------------------------------------------------


def continuity(db: Database, clock: FixedClock, pid: int, out: Path) -> str:
    documents.export_continuity(db, pid, out, clock)
    return flat(" ".join(pdf_text(out.read_bytes())[0]))


def test_everything_in_scope_prints_and_the_log_says_what(
    db: Database, clock: FixedClock, pid: int, tmp_path: Path
) -> None:
    add_consent(db, clock, pid)
    text = continuity(db, clock, pid, tmp_path / "ccd.pdf")
    for expected in (
        "Response: yes (at least halved)",
        "Scores over time",
        "Risk and safety",
        "Latest C-SSRS screen: high risk, 2026-02-23.",
        "Safety plan: version 1, saved 2026-03-02.",
        "Safety follow-up open since 2026-03-02: C-SSRS screen needed.",
    ):
        assert expected in text, expected
    [row] = clinical.disclosures(db, pid)
    assert "measures and scores (PHQ-9, GAD-7) (6 score(s))" in row.what
    assert (
        "risk and safety assessments (C-SSRS of 2026-02-23; safety plan status (version 1); "
        "1 open safety follow-up(s))" in row.what
    )


def test_without_the_measures_and_risk_scope_none_of_it_prints(
    db: Database, clock: FixedClock, pid: int, tmp_path: Path
) -> None:
    scope = {ScopeCategory.ATTENDANCE, ScopeCategory.DIAGNOSES, ScopeCategory.SESSION_NOTES}
    add_consent(db, clock, pid, scope=frozenset(scope))
    model = documents.continuity_model(db, pid, clock)
    assert model.measures == () and model.safety is None
    text = continuity(db, clock, pid, tmp_path / "ccd.pdf")
    for absent in (
        "C-SSRS",
        "Safety plan",
        "Safety follow-up",
        "Response:",
        "Remission",
        "Scores over time",
        "18 (moderately severe)",
        "Risk and safety",
    ):
        assert absent not in text, absent
    assert text.count("PHQ-9") == 2  # only where the left-out categories are named


def test_measures_alone_print_the_course_but_no_risk(
    db: Database, clock: FixedClock, pid: int, tmp_path: Path
) -> None:
    add_consent(db, clock, pid, scope=frozenset({ScopeCategory.MEASURES}))
    model = documents.continuity_model(db, pid, clock)
    assert [item.instrument for item in model.measures] == ["PHQ-9", "GAD-7"]  # no C-SSRS
    text = continuity(db, clock, pid, tmp_path / "ccd.pdf")
    assert "Response: yes (at least halved)" in text and "Scores over time" in text
    assert "C-SSRS" not in text and "Safety plan" not in text and "Safety follow-up" not in text


def test_risk_alone_prints_the_c_ssrs_plan_and_flag_but_no_scores(
    db: Database, clock: FixedClock, pid: int, tmp_path: Path
) -> None:
    add_consent(db, clock, pid, scope=frozenset({ScopeCategory.RISK}))
    text = continuity(db, clock, pid, tmp_path / "ccd.pdf")
    assert "Latest C-SSRS screen: high risk, 2026-02-23." in text
    assert "Safety plan: version 1, saved 2026-03-02." in text
    assert "Safety follow-up open since 2026-03-02: C-SSRS screen needed." in text
    assert "Response:" not in text and "Scores over time" not in text
    assert "18 (moderately severe)" not in text
