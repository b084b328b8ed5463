"""The treatment plan PDF (reports/treatment_plan.py, documents.export_treatment_plan) and
`counselor-desk export plan`."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from counselor_desk.cli import main
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.model import (
    AgeGroup,
    CounselorProfile,
    Diagnosis,
    Goal,
    GoalStatus,
    Objective,
    Participant,
)
from counselor_desk.domain.plan_review import ItemProgress, PlanReview
from counselor_desk.services import audit, clinical, documents, plan_reviews, setup
from counselor_desk.services import participants as people
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from tests.factories import new_participant
from tests.test_documents import flat, pdf_text

D = dt.date
TODAY = FixedClock(D(2026, 4, 6), dt.time(10, 0))
ADULT_BORN = D(1990, 5, 17)


def admitted(db: Database, *, born: dt.date = ADULT_BORN, teens: bool = False) -> Participant:
    setup.save_profile(
        db,
        CounselorProfile(name="Sam Ortiz", credentials="LADC", clinic_name="Riverbend Health"),
    )
    program = setup.add_program(
        db,
        replace(
            setup.standard_program("Teen IOP" if teens else "Adult IOP"),
            age_group=AgeGroup.ADOLESCENT if teens else AgeGroup.ADULT,
            substance_use=True,
        ),
    )
    person = new_participant(
        program,
        born=born,
        admitted=D(2026, 3, 2),
        presenting_problems="Alcohol use after a job loss; poor sleep.",
        diagnoses=(Diagnosis("F10.20", "Alcohol use disorder, moderate"),),
    )
    return people.admit(db, person, TODAY)


def with_plan(db: Database, person: Participant) -> Goal:
    goal = clinical.save_goal(
        db, Goal(0, person.id, "Stay sober", GoalStatus.IN_PROGRESS, target_date=D(2026, 5, 25))
    )
    clinical.save_objective(
        db, Objective(0, goal.id, "Attend 3 groups a week", target_date=D(2026, 4, 30))
    )
    db.conn.execute(
        "UPDATE goals SET interventions = 'Relapse-prevention skills group' WHERE id = ?",
        (goal.id,),
    )
    db.conn.commit()
    return clinical.goals(db, person.id)[0]


def test_the_plan_prints_problems_goals_objectives_interventions_reviews_and_signatures(
    db: Database, tmp_path: Path
) -> None:
    person = admitted(db)
    goal = with_plan(db, person)
    objective = goal.objectives[0]
    review = plan_reviews.save_draft(
        db,
        PlanReview(
            0,
            person.id,
            D(2026, 4, 1),
            goals={goal.id: ItemProgress("Sober 30 days")},
            objectives={objective.id: ItemProgress("All groups", GoalStatus.MET)},
            changes="Objective met.",
            next_review=D(2026, 5, 1),
        ),
        TODAY,
    )
    plan_reviews.sign(db, review.id, TODAY)
    out = documents.export_treatment_plan(db, person.id, tmp_path / "plan.pdf", TODAY)
    pages, _reader = pdf_text(out.read_bytes())
    text = flat(" ".join(pages))
    for expected in (
        "Treatment Plan",
        "Alcohol use after a job loss; poor sleep.",
        "F10.20",
        "Alcohol use disorder, moderate",
        "Goal 1: Stay sober",
        "Status: In progress; target 2026-05-25",
        "Attend 3 groups a week",
        "2026-04-30",
        "Met",
        "Relapse-prevention skills group",
        "2026-04-01",
        "Sam Ortiz, LADC",
        "Objective met. (Now Attend 3 groups a week: met.)",
        "2026-05-01",
        "Participant",
        "Counselor: Sam Ortiz, LADC",
    ):
        assert expected in text, expected
    assert "Parent or guardian" not in text  # an adult in an adult program
    assert "42 CFR part 2 prohibits" in text  # the notice of a substance-use program, on every page
    (logged,) = [e for e in audit.entries(db, person.id) if e.action == AuditAction.EXPORT]
    assert (logged.target, logged.detail) == ("treatment plan", "1 goals; 1 signed reviews")
    assert clinical.disclosures(db, person.id) == []  # for the chart: not a disclosure


def test_a_draft_review_prints_as_a_draft_and_an_adolescent_gets_a_guardian_line(
    db: Database, tmp_path: Path
) -> None:
    person = admitted(db, born=D(2010, 1, 1), teens=True)
    goal = with_plan(db, person)
    plan_reviews.save_draft(
        db, PlanReview(0, person.id, D(2026, 4, 2), goals={goal.id: ItemProgress("So far")}), TODAY
    )
    out = documents.export_treatment_plan(db, person.id, tmp_path / "plan.pdf", TODAY)
    text = flat(" ".join(pdf_text(out.read_bytes())[0]))
    assert "Draft (not signed)" in text
    assert "Parent or guardian" in text


def test_an_empty_plan_says_so(db: Database, tmp_path: Path) -> None:
    person = admitted(db)
    out = documents.export_treatment_plan(db, person.id, tmp_path / "plan.pdf", TODAY)
    text = flat(" ".join(pdf_text(out.read_bytes())[0]))
    assert "No goals written yet." in text and "Not reviewed yet." in text


def test_export_plan_from_the_command_line(
    db: Database,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    person = admitted(db)
    with_plan(db, person)
    monkeypatch.chdir(tmp_path)
    assert main(["--db", str(db_path), "--today", "2026-04-06", "export", "plan", "C-1"]) == 0
    out = capsys.readouterr().out.strip()
    assert out == "Wrote treatment-plan_C-1_2026-04-06.pdf"
    written = tmp_path / out.removeprefix("Wrote ")
    assert "Goal 1: Stay sober" in flat(" ".join(pdf_text(written.read_bytes())[0]))


def test_a_goals_interventions_are_kept_and_printed_on_the_plan(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    from counselor_desk.domain.errors import ValidationError
    from counselor_desk.domain.model import CounselorProfile, Goal

    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    person = people.admit(db, new_participant(program), clock)
    setup.save_profile(
        db, CounselorProfile(name="Robin Vale", credentials="LCSW", clinic_name="Eastside Clinic")
    )
    goal = clinical.save_goal(
        db,
        Goal(
            id=0,
            participant_id=person.id,
            description="Fewer panic attacks",
            interventions="CBT skills group three times a week; paced breathing practice",
        ),
    )
    assert clinical.goals(db, person.id)[0].interventions == goal.interventions
    with pytest.raises(ValidationError) as refused:
        clinical.save_goal(db, replace(goal, interventions="x" * 200_001))
    assert refused.value.field == "interventions"
    out = documents.export_treatment_plan(db, person.id, tmp_path / "plan.pdf", clock)
    pages, _reader = pdf_text(out.read_bytes())
    assert "CBT skills group three times a week" in flat(" ".join(pages))
