"""The course of care: EpisodeOfCare (the stay, one per level of care when the history may be
told), Encounter per session attended (or one for the stay), Goal per goal and objective, and
the CarePlan for after the program (aftercare, referrals, relapse prevention, safety plan)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.model import Goal, GoalStatus, LevelOfCare, Referral
from counselor_desk.interop import codes
from counselor_desk.interop.fhir_base import Entries, Resource, day, instant, minutes, narrative
from counselor_desk.interop.source import ExportSource

Listed = tuple[list[dict[str, str]], list[str]]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the stay at one level of care (both days included; `last` None: ongoing)."""

    first: dt.date
    last: dt.date | None
    level: LevelOfCare
    reason: str = ""


def level_words(level: LevelOfCare) -> str:
    return f"ASAM level {level.asam}: {level.label}"


def level_concept(level: LevelOfCare, words: str = "") -> dict[str, object]:
    return codes.concept(
        words or level_words(level),
        codes.coding(codes.LEVEL_OF_CARE_SYSTEM, level.value, level.label),
    )


def spans(entries: Entries) -> list[Span]:
    """The level-of-care history as spans, when the consent lets it be told (attendance and
    dates of service); else one span of the stay at the current level."""
    summary = entries.source.summary
    end = summary.service_end
    if not summary.includes(ScopeCategory.ATTENDANCE):
        return [Span(summary.service_start, end, summary.current_level)]
    starts = [(summary.service_start, entries.source.admission_level, "")]
    for change in sorted(summary.level_changes, key=lambda item: item.effective_date):
        starts.append((change.effective_date, change.level_of_care, change.reason))
    found = []
    for position, (first, level, reason) in enumerate(starts):
        later = starts[position + 1][0] if position + 1 < len(starts) else None
        last = later - dt.timedelta(days=1) if later is not None else end
        if last is not None and last < first:
            continue  # changed again the same day
        found.append(Span(first, last, level, reason))
    return found


def add_episodes(
    entries: Entries, conditions: list[dict[str, str]]
) -> tuple[list[tuple[Span, dict[str, str]]], list[str]]:
    """One EpisodeOfCare per span, all under the stay's identifier; the last lists the
    diagnoses. Returns each span with its reference, and the words for the section."""
    summary = entries.source.summary
    history = spans(entries)
    told = summary.includes(ScopeCategory.ATTENDANCE)
    stay = f"{summary.identity.chart_number}/{day(summary.service_start)}"
    found, words = [], []
    for position, span in enumerate(history):
        current = position == len(history) - 1
        ongoing = current and span.last is None
        period: Resource = {"start": day(span.first)}
        if span.last is not None:
            period["end"] = day(span.last)
        label = (
            level_words(span.level)
            if told
            else f"Level of care {'at discharge' if summary.discharged else 'now'}: "
            f"{level_words(span.level)}"
        )
        episode: Resource = {
            "resourceType": "EpisodeOfCare",
            "identifier": [{"system": entries.system("stay"), "value": stay}],
            "status": "active" if ongoing else "finished",
            "type": [level_concept(span.level, label)],
            "patient": dict(entries.patient),
            "managingOrganization": dict(entries.organization),
            "period": period,
            "careManager": dict(entries.practitioner),
        }
        if current and conditions:
            episode["diagnosis"] = [
                {"condition": dict(ref), "rank": rank} for rank, ref in enumerate(conditions, 1)
            ]
        ref = entries.add(episode, f"episode-{position}")
        found.append((span, ref))
        until = "ongoing" if span.last is None else day(span.last)
        why = f" ({span.reason})" if span.reason else ""
        words.append(f"{label}, {day(span.first)} to {until}{why}")
    return found, words


def _episode_on(episodes: list[tuple[Span, dict[str, str]]], on: dt.date) -> dict[str, str]:
    for span, ref in episodes:
        if span.first <= on and (span.last is None or on <= span.last):
            return ref
    return episodes[-1][1]


def add_encounters(entries: Entries, episodes: list[tuple[Span, dict[str, str]]]) -> Listed:
    """An Encounter per session attended (class AMB, or VR by telehealth; its type, times and
    minutes attended), or, when the consent does not allow dates of service, one Encounter
    summing up the stay with no session detail."""
    source = entries.source
    summary = source.summary
    performer = {
        "type": [
            codes.concept(
                "Primary performer",
                codes.coding(codes.V3_PARTICIPATION, "PPRF", "primary performer"),
            )
        ],
        "individual": dict(entries.practitioner),
    }
    refs, words = [], []
    if not summary.includes(ScopeCategory.ATTENDANCE):
        period: Resource = {"start": day(summary.service_start)}
        if summary.service_end is not None:
            period["end"] = day(summary.service_end)
        encounter: Resource = {
            "resourceType": "Encounter",
            "status": "finished" if summary.service_end is not None else "in-progress",
            "class": codes.coding(codes.V3_ACT_CODE, "AMB", "ambulatory"),
            "type": [
                codes.concept(
                    f"{summary.program_name}: the program stay (session dates are outside the "
                    "consent's scope)"
                )
            ],
            "subject": dict(entries.patient),
            "episodeOfCare": [dict(episodes[-1][1])],
            "participant": [performer],
            "period": period,
            "serviceProvider": dict(entries.organization),
        }
        refs.append(entries.add(encounter, "stay"))
        words.append("The program stay as a whole (session dates are outside the consent's scope)")
        return refs, words
    for position, session in enumerate(item for item in source.sessions if item.status.attended):
        start = source.moment(session.date, session.start_time)
        code, display = codes.SERVICE_CODES[session.service_type]
        encounter = {
            "resourceType": "Encounter",
            "status": "finished",
            "class": codes.coding(codes.V3_ACT_CODE, "VR", "virtual")
            if session.telehealth
            else codes.coding(codes.V3_ACT_CODE, "AMB", "ambulatory"),
            "type": [
                codes.concept(session.service_type.label, codes.coding(codes.SNOMED, code, display))
            ],
            "subject": dict(entries.patient),
            "episodeOfCare": [dict(_episode_on(episodes, session.date))],
            "participant": [performer],
            "period": {
                "start": instant(start),
                "end": instant(start + dt.timedelta(minutes=session.duration_minutes)),
            },
            "length": minutes(session.minutes_attended),
            "serviceProvider": dict(entries.organization),
        }
        # No session identifier: a group's id is the same in every attendee's bundle, and
        # two bundles must not tell that their participants sat in one group.
        key = f"session-{session.session_id}" if session.session_id else f"session-at-{position}"
        refs.append(entries.add(encounter, key))
        where = " (telehealth)" if session.telehealth else ""
        words.append(
            f"{day(session.date)} {session.start_time:%H:%M} {session.service_type.label}{where}: "
            f"{session.minutes_attended} of {session.duration_minutes} minutes"
        )
    return refs, words


def add_goals(entries: Entries, goals: tuple[Goal, ...]) -> Listed:
    """A Goal per goal of the treatment plan and per objective under it, with its status."""
    refs, words = [], []
    for goal in goals:
        refs.append(
            _goal(entries, f"goal-{goal.id}", "Treatment plan goal", goal.description,
                  goal.status, goal.target_date, goal.progress)
        )  # fmt: skip
        words.append(f"Goal: {goal.description} ({goal.status.label})")
        for objective in goal.objectives:
            refs.append(
                _goal(entries, f"objective-{objective.id}", "Objective", objective.description,
                      objective.status, objective.target_date, objective.progress,
                      toward=goal.description)
            )  # fmt: skip
            words.append(f"Objective: {objective.description} ({objective.status.label})")
    return refs, words


def _goal(
    entries: Entries,
    key: str,
    category: str,
    description: str,
    status: GoalStatus,
    target: dt.date | None,
    progress: str,
    toward: str = "",
) -> dict[str, str]:
    lifecycle, achievement = codes.GOAL_STATES[status]
    goal: Resource = {
        "resourceType": "Goal",
        "lifecycleStatus": lifecycle,
        "category": [codes.concept(category)],
        "description": codes.concept(description),
        "subject": dict(entries.patient),
        "expressedBy": dict(entries.practitioner),
    }
    if achievement:
        goal["achievementStatus"] = codes.concept(
            status.label,
            codes.coding(codes.GOAL_ACHIEVEMENT, achievement, codes.ACHIEVEMENT_WORDS[achievement]),
        )
    if target is not None:
        goal["target"] = [{"dueDate": day(target)}]
    notes = []
    if toward:
        notes.append({"text": f"Objective toward the goal: {toward}"})
    if progress.strip():
        notes.append({"text": f"Progress: {progress.strip()}"})
    if notes:
        goal["note"] = notes
    return entries.add(goal, key)


def add_care_plan(
    entries: Entries, goals: list[dict[str, str]], conditions: list[dict[str, str]]
) -> Listed:
    """The plan for after the program: the aftercare plan, each referral (with its first
    appointment), the recommended next level, the relapse-prevention plan and the steps of the
    safety plan, as the consent allows them; none when there is nothing to plan."""
    source = entries.source
    summary = source.summary
    activities: list[Resource] = []
    words: list[str] = []

    def activity(text: str, status: str, **detail: object) -> None:
        activities.append({"detail": {"status": status, "description": text, **detail}})
        words.append(text)

    if summary.recommended_level is not None:
        activity(f"Recommended next level of care: {level_words(summary.recommended_level)}",
                 "not-started")  # fmt: skip
    for referral in summary.referrals:
        text, status, detail = _referral(source, referral)
        activity(text, status, **detail)
    if summary.relapse_prevention_plan.strip():
        activity(f"Relapse-prevention plan: {summary.relapse_prevention_plan.strip()}",
                 "in-progress")  # fmt: skip
    plan = summary.safety_plan
    if plan is not None:
        for section in plan.sections:
            if section.text.strip():
                activity(f"Safety plan (version {plan.version}), step {section.number}, "
                         f"{section.heading}: {section.text.strip()}", "in-progress")  # fmt: skip
    aftercare = summary.aftercare_plan.strip()
    if not activities and not aftercare:
        return [], []
    notes = []
    if summary.discharge_reason is not None:
        notes.append(f"Discharge reason: {summary.discharge_reason.label}")
    if summary.condition_at_discharge.strip():
        notes.append(f"Condition at discharge: {summary.condition_at_discharge.strip()}")
    care_plan: Resource = {
        "resourceType": "CarePlan",
        "text": narrative(
            *(["Aftercare plan: " + aftercare] if aftercare else []), *notes, items=list(words)
        ),
        "status": "active",
        "intent": "plan",
        "category": [
            codes.concept(
                "Assessment and plan of treatment",
                codes.coding(
                    codes.CAREPLAN_CATEGORY, "assess-plan", "Assessment and Plan of Treatment"
                ),
            )
        ],
        "title": "Aftercare and continuing care plan",
        "subject": dict(entries.patient),
        "period": {"start": day(summary.service_end or source.made_at.date())},
        "created": instant(source.made_at),
        "author": dict(entries.practitioner),
    }
    if aftercare:
        care_plan["description"] = aftercare
    if conditions:
        care_plan["addresses"] = [dict(ref) for ref in conditions]
    if goals:
        care_plan["goal"] = [dict(ref) for ref in goals]
    if activities:
        care_plan["activity"] = activities
    if notes:
        care_plan["note"] = [{"text": note} for note in notes]
    ref = entries.add(care_plan, "care-plan")
    return [ref], ([f"Aftercare plan: {aftercare}"] if aftercare else []) + notes + words


def _referral(source: ExportSource, referral: Referral) -> tuple[str, str, dict[str, object]]:
    """A referral as a CarePlan activity: its words, status and detail (when, who, where)."""
    parts = [referral.provider]
    if referral.service:
        parts.append(referral.service)
    contact = ", ".join(part for part in (referral.contact, referral.phone) if part)
    if contact:
        parts.append(f"contact: {contact}")
    if referral.address:
        parts.append(referral.address)
    detail: dict[str, object] = {"performer": [{"display": referral.provider}]}
    if referral.address:
        detail["location"] = {"display": referral.address}
    status = "not-started"
    if referral.first_appointment is not None:
        first = referral.first_appointment
        start = source.moment(first.date(), first.time())
        detail["scheduledPeriod"] = {"start": instant(start)}
        parts.append(f"first appointment {first:%Y-%m-%d %H:%M}")
        status = "scheduled"
    return "Referral: " + "; ".join(parts), status, detail
