"""The demo's discharge records in words that agree with what the demo recorded: the
condition at discharge gives the latest PHQ-9 and GAD-7 in their instruments' own severity
words (domain/measures.py), a goal of reaching a severity band is met only when the latest
score is in it, and the copy of the discharge information goes to the participant (and a
parent for an adolescent) on the discharge date. Fictional text only."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from counselor_desk.domain.measures import FOLLOWED, PHQ_9, Instrument, counted
from counselor_desk.domain.model import DischargeReason, GoalStatus, Measure
from counselor_desk.store import clinical_repo
from counselor_desk.store.connection import Connection

#: A goal that names a severity band of an instrument: met when the latest score is in it
#: (or below it).
BAND_GOALS: dict[str, tuple[Instrument, str]] = {
    "Reduce depressive symptoms to the mild range": (PHQ_9, "mild"),
}

#: How each reason the demo uses ends the condition at discharge.
_OUTCOME = {
    DischargeReason.COMPLETED: "Completed the program; uses coping skills daily.",
    DischargeReason.STEPPED_DOWN: "Ready for a lower level of care; uses coping skills daily.",
    DischargeReason.STEPPED_UP: (
        "Needs more support than this level gives; transferred to a higher level of care."
    ),
    DischargeReason.AGAINST_ADVICE: (
        "Left against clinical advice; engagement had been inconsistent."
    ),
    DischargeReason.ADMINISTRATIVE: "Discharged administratively; engagement inconsistent.",
    DischargeReason.MOVED: "Moving out of the area; care continues near the new home.",
}

STRENGTHS = (
    "Strengths: motivated, keeps appointments, supportive sister. Needs: steady work hours. "
    "Abilities: uses paced breathing and the mood log unprompted. Preferences: evening "
    "sessions, a counselor who is direct.",
    "Strengths: humour, insight into triggers, a sponsor met weekly. Needs: transport to "
    "appointments. Abilities: plans the week ahead. Preferences: group work over one-to-one.",
    "Strengths: close to family, returns to work next month. Needs: help with sleep. "
    "Abilities: names warning signs early. Preferences: telehealth when possible.",
    "Strengths: curious, reads about recovery, attends peer meetings. Needs: housing closer "
    "to the bus line. Abilities: asks for help when stressed. Preferences: written plans.",
)


def course(instrument: Instrument, found: list[Measure]) -> tuple[int, int] | None:
    """(baseline, latest) score of an instrument, or None when it was never taken."""
    taken = counted(instrument.name, found)
    if not taken:
        return None
    return taken[0].score, taken[-1].score


def _trend(first: int, last: int) -> str:
    if last < first:
        return "improved"
    return "unchanged" if last == first else "worse"


def condition_at_discharge(found: list[Measure], reason: DischargeReason) -> str:
    """The condition at discharge from the scores as they stand, in the bands' own words."""
    said = []
    lead = "Symptoms"
    for instrument in FOLLOWED:
        scores = course(instrument, found)
        if scores is None:
            continue
        first, last = scores
        if instrument is PHQ_9:
            lead = f"Mood {_trend(first, last)}"
        said.append(
            f"{instrument.name} {instrument.score_text(last)} at the last score, "
            f"from {instrument.score_text(first)} at admission"
        )
    scores_said = "; ".join(said) if said else "no scores recorded"
    return f"{lead}: {scores_said}. {_OUTCOME.get(reason, '')}".strip()


def band_goal_status(instrument: Instrument, band: str, found: list[Measure]) -> GoalStatus:
    """Met when the latest score is in `band` or below; partly met when it fell; else not."""
    scores = course(instrument, found)
    if scores is None:
        return GoalStatus.NOT_MET
    first, last = scores
    top = next(item.top for item in instrument.bands if item.label == band)
    if last <= top:
        return GoalStatus.MET
    return GoalStatus.PARTIALLY_MET if last < first else GoalStatus.NOT_MET


def goal_progress(status: GoalStatus) -> str:
    """A goal's progress in the plan's words, as it stands at `status`."""
    if status is GoalStatus.NOT_MET:
        return "Little progress; attendance limited practice."
    return "Steady progress; uses the skill most days."


def close_plan(
    conn: Connection,
    participant_id: int,
    outcomes: Mapping[int, GoalStatus],
    found: list[Measure],
) -> None:
    """A discharged participant's plan as it ended: each goal's outcome (its objectives met
    with a met goal, else still open), then the band goals as the scores say. Written after
    the episode's group notes, which address the objectives open on their days."""
    for goal in clinical_repo.goals_for(conn, participant_id):
        outcome = outcomes.get(goal.id)
        if outcome is None:
            continue
        clinical_repo.update_goal(
            conn, replace(goal, status=outcome, progress=goal_progress(outcome))
        )
        if outcome is GoalStatus.MET:
            for objective in goal.objectives:
                clinical_repo.update_objective(conn, replace(objective, status=outcome))
    align_band_goals(conn, participant_id, found)


def align_band_goals(conn: Connection, participant_id: int, found: list[Measure]) -> None:
    """A discharged participant's band goals (and their objectives) as their scores say."""
    for goal in clinical_repo.goals_for(conn, participant_id):
        target = BAND_GOALS.get(goal.description)
        scores = None if target is None else course(target[0], found)
        if target is None or scores is None:
            continue
        instrument, band = target
        status = band_goal_status(instrument, band, found)
        first, last = scores
        progress = (
            f"Latest {instrument.name} {instrument.score_text(last)}, from "
            f"{instrument.score_text(first)} at admission."
        )
        clinical_repo.update_goal(conn, replace(goal, status=status, progress=progress))
        for objective in goal.objectives:
            done = GoalStatus.MET if status is GoalStatus.MET else GoalStatus.PARTIALLY_MET
            clinical_repo.update_objective(conn, replace(objective, status=done))


def copy_given_to(guardian: str) -> str:
    """Who received the discharge information, in the discharge form's words: the
    participant, and a guardian if any."""
    return f"the participant and guardian ({guardian})" if guardian else "the participant"
