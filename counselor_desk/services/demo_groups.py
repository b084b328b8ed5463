"""The demo's group notes: the last three weeks of every program's groups documented
through the group-note service as a counselor would (most signed, the latest left as
drafts, one entry the clone check points out signed with a reason), so a newcomer sees the
feature at once. Fictional text only; no one's name in any entry."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.group_note import EntryDraft, ParticipationLevel, SharedPart
from counselor_desk.domain.model import RiskLevel, Session
from counselor_desk.services import curriculum, group_notes
from counselor_desk.services.clock import FixedClock
from counselor_desk.store import group_note_repo, session_repo
from counselor_desk.store.db import Database

WEEKS = 3

CONTENT = {
    "Process group": (
        "Check-in on the week's stressors and cravings; members gave feedback on each other's "
        "plans for the weekend; closing reflection on one thing each will do differently."
    ),
    "Skills group": (
        "Taught the STOP skill and urge surfing; members practised in pairs with a craving "
        "scenario, then rated their urge before and after."
    ),
    "Psychoeducation": (
        "Presented how stress, sleep and substance use feed each other; worksheet on personal "
        "high-risk times; discussion of one change to try this week."
    ),
    "Family group": (
        "Family members and participants practised I-statements about a recent conflict; "
        "reviewed how to respond to a lapse without blame."
    ),
}
PICKS = {
    "Process group": ("Process group", "Peer feedback", "Motivational interviewing"),
    "Skills group": (
        "DBT skills (distress tolerance, emotion regulation)",
        "Role play / skills rehearsal",
    ),
    "Psychoeducation": ("Psychoeducation", "Worksheet / homework review"),
    "Family group": ("Role play / skills rehearsal", "Psychoeducation"),
}

RESPONSES = (
    "Described a recent argument at home and how it built toward wanting to drink.",
    "Practised the skill with a partner and rated the urge dropping from 7 to 4.",
    "Said the worksheet helped see that evenings alone are the hardest time.",
    "Was skeptical at first, then tried the exercise and said it was easier than expected.",
    "Gave a peer concrete feedback about asking for help earlier in the week.",
    "Shared feeling ashamed after a lapse and accepted support without shutting down.",
    "Linked poor sleep to irritability at work and wants to track it.",
    "Role-played turning down an offer at a party; needed one prompt to finish.",
    "Talked about grief around the anniversary of a loss; tearful but stayed present.",
    "Reported using the breathing exercise twice in traffic this week.",
    "Questioned whether the program fits; agreed to try the skill for one more week.",
    "Listened closely and wrote down two coping ideas offered by peers.",
)
PROGRESS = (
    "Two of three planned days done this week; names this as real progress.",
    "First time reporting the skill used outside group; on track for the target date.",
    "Still struggling to start; identified the first small step for this week.",
    "Kept the daily log five of seven days, up from two last week.",
    "Reached out to a support person once when stressed, which is new.",
    "No change yet; barriers named were work hours and transport.",
    "Reports the routine held over the weekend for the first time.",
    "Used the plan in one high-risk moment and avoided use.",
)
PLANS = (
    "Practise the skill daily and bring the log to the next group.",
    "Review barriers in the next individual session.",
    "Try the plan on Friday evening and report back Monday.",
    "Complete the high-risk-times worksheet before Wednesday.",
    "Call a support person once before the next group.",
    "Continue the current plan; revisit the objective at the plan review.",
)
REASON = (
    "Both rehearsed the same refusal script in one pair exercise; each entry describes that "
    "person's own part, reviewed before signing."
)

NO_OBJECTIVE = "No objective in the treatment plan yet; objectives are set at the plan review."


def _sessions(db: Database, program_id: int, today: dt.date) -> list[Session]:
    first = today - dt.timedelta(days=7 * WEEKS)
    found = []
    for session in session_repo.sessions_between(db.conn, first, today - dt.timedelta(days=1)):
        if (
            session.program_id == program_id
            and session.participant_id is None
            and not session.cancelled
        ):
            found.append(session)
    return found


def _entry(rng: random.Random, attendee: group_notes.Attendee) -> EntryDraft:
    objective = attendee.objectives[0] if attendee.objectives else None
    return EntryDraft(
        participant_id=attendee.participant_id,
        participation=rng.choice(list(ParticipationLevel)[:4]),
        response=" ".join(rng.sample(RESPONSES, 2)),
        progress=rng.choice(PROGRESS) if objective else "",
        plan=rng.choice(PLANS),
        objective_id=objective.id if objective else None,
        risk=RiskLevel.DENIED,
    )


def write_group_notes(db: Database, program_ids: list[int], today: dt.date, seed: int = 7) -> int:
    """Document the programs' groups of the last weeks; returns how many entries it wrote."""
    with db.transaction() as conn:  # the groups before these were documented elsewhere
        group_note_repo.set_notes_owed_from(conn, today - dt.timedelta(days=7 * WEEKS))
    rng = random.Random(seed)
    return sum(
        _document(db, program_id, today, rng, copy_one=position == 0)
        for position, program_id in enumerate(program_ids)
    )


def _document(
    db: Database, program_id: int, today: dt.date, rng: random.Random, *, copy_one: bool
) -> int:
    held = _sessions(db, program_id, today)
    written = 0
    for number, session in enumerate(held):
        try:
            sheet = group_notes.sheet(db, session.id)
        except ValidationError:
            continue  # no roll call
        if not sheet.attendees:
            continue
        topic = session.topic or "Process group"
        covered = curriculum.session_module(db, session.id)  # the curriculum's, when kept
        shared = SharedPart(
            topic=topic,
            module=covered.title if covered else f"Week {1 + number // 4} rotation",
            interventions=PICKS.get(topic, ("Process group",)),
            content=CONTENT.get(topic, CONTENT["Process group"]),
        )
        entries = [_entry(rng, attendee) for attendee in sheet.attendees]
        copied = copy_one and number == len(held) // 2 and len(entries) > 1
        if copied:  # the pair the clone check stops, signed with a stated reason
            entries[1] = replace(
                entries[0],
                participant_id=entries[1].participant_id,
                objective_id=entries[1].objective_id,
                progress=entries[0].progress if entries[1].objective_id else "",
            )
        end = dt.datetime.combine(session.date, session.start_time) + dt.timedelta(
            minutes=session.duration_minutes
        )
        writing = FixedClock(end.date(), (end + dt.timedelta(minutes=40)).time())
        written += len(entries)
        group_notes.save(db, session.id, shared, entries, writing)
        for _attempt in range(5):  # phrases drawn alike by chance are drawn again
            alike = [
                pid
                for pid, finding in group_notes.review(db, session.id).findings.items()
                if finding.likenesses
                and not (copied and pid in {e.participant_id for e in entries[:2]})
            ]
            if not alike:
                break
            again = {pid: _entry(rng, sheet.attendee(pid)) for pid in alike}
            entries = [again.get(entry.participant_id, entry) for entry in entries]
            group_notes.save(db, session.id, shared, entries, writing)
        if number >= len(held) - 2:
            continue  # the latest groups are still being written
        reasons = {entry.participant_id: REASON for entry in entries[:2]} if copied else {}
        for entry in entries:
            if entry.objective_id is None:
                reasons.setdefault(entry.participant_id, NO_OBJECTIVE)
        group_notes.sign(db, session.id, writing, reasons=reasons)
    return written
