"""A realistic, deterministic demo caseload (and, scaled up, the benchmark database).

Everything is built relative to the clock's date, so the demo always shows people at
different weeks of their program: some new, some ending, a few discharged, a few short on
hours or missing sessions, signed and draft notes, names with accents. Their measure scores
and the two safety stories are written by services/demo_measures.py, the words of their
session notes by services/demo_notes.py.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, replace

from counselor_desk.domain import integrity, messages
from counselor_desk.domain.audit import AuditAction, AuditEntry
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    AgeGroup,
    Attendance,
    AttendanceStatus,
    Consent,
    CounselorProfile,
    Diagnosis,
    Discharge,
    DischargeReason,
    Goal,
    GoalStatus,
    Leave,
    LevelChange,
    LevelOfCare,
    Note,
    NoteFormat,
    NoteStatus,
    Objective,
    Participant,
    ParticipantStatus,
    Program,
    Referral,
    RiskLevel,
    ScheduleSlot,
    ServiceType,
    Session,
)
from counselor_desk.domain.rules import on_leave
from counselor_desk.services import (
    caseload,
    demo_curriculum,
    demo_discharge,
    demo_groups,
    demo_notes,
    demo_payer,
    demo_plans,
    discharge_signing,
)
from counselor_desk.services.clock import Clock, FixedClock
from counselor_desk.services.demo_measures import DemoMeasures
from counselor_desk.services.sessions import scheduled_sessions
from counselor_desk.store import (
    audit_repo,
    clinical_repo,
    measure_repo,
    note_repo,
    participant_repo,
    session_repo,
)
from counselor_desk.store.db import Database

FIRST_NAMES = [
    "José",
    "Zoë",
    "Ánh",
    "Łukasz",
    "Renée",
    "François",
    "Chloé",
    "Björn",
    "Siobhán",
    "İlkay",
    "Mateo",
    "Aaliyah",
    "Dmitri",
    "Marisol",
    "Kwame",
    "Ingrid",
    "Tomás",
    "Noémie",
    "Rafael",
    "Jasmine",
    "Darnell",
    "Priya",
    "Eun-ji",
    "Anahí",
    "Gábor",
    "Hannah",
    "Óscar",
    "Leilani",
    "Connor",
    "Fatima",
    "Wei",
    "Thandiwe",
    "Jonas",
    "Mireille",
    "Santiago",
    "Kayla",
]
LAST_NAMES = [
    "Núñez",
    "Ångström",
    "Nguyễn",
    "Żółć",
    "Dubois",
    "Lefèvre",
    "Martín",
    "Ødegaard",
    "Ó Briain",
    "Şahin",
    "García",
    "Johnson",
    "Petrov",
    "Ramírez",
    "Mensah",
    "Bergström",
    "Peña",
    "Gagné",
    "Costa",
    "Williams",
    "Brooks",
    "Raman",
    "Park",
    "Quispe",
    "Szabó",
    "Schmidt",
    "Muñoz",
    "Kahananui",
    "O'Neill",
    "Haddad",
    "Zhang",
    "Dlamini",
    "Müller",
    "Lévesque",
    "Álvarez",
    "Thompson",
]
PREFERRED = {"Siobhán": "Shiv", "Łukasz": "Luke", "Dmitri": "Dima", "Santiago": "Santi"}
PRONOUNS = ["she/her", "he/him", "they/them", "she/her", "he/him"]
DIAGNOSES = [
    Diagnosis("F33.1", "Major depressive disorder, recurrent, moderate"),
    Diagnosis("F41.1", "Generalized anxiety disorder"),
    Diagnosis("F10.20", "Alcohol use disorder, moderate"),
    Diagnosis("F43.10", "Post-traumatic stress disorder, unspecified"),
    Diagnosis("F32.1", "Major depressive disorder, single episode, moderate"),
    Diagnosis("F11.20", "Opioid use disorder, moderate"),
    Diagnosis("F12.20", "Cannabis use disorder, moderate"),
    Diagnosis("F31.81", "Bipolar II disorder"),
]
PROBLEMS = [
    "Depressed mood, withdrawal from friends and family, missed work for two weeks.",
    "Panic attacks several times a week; avoids driving and crowded places.",
    "Daily drinking after a job loss; two failed attempts to cut down on their own.",
    "Nightmares and hypervigilance since a car accident; irritability at home.",
    "Return to opioid use after six months in recovery; cravings most evenings.",
]
TEEN_PROBLEMS = [
    "Self-harm urges after a breakup; poor sleep; falling grades.",
    "Refuses to go to school; panic before tests; stays in their room most of the day.",
    "Daily cannabis use; two school suspensions; conflict with parents.",
    "Low mood and irritability since moving schools; stopped playing soccer.",
]
MEDICATIONS = [
    "Sertraline 100 mg daily",
    "Escitalopram 10 mg daily",
    "Naltrexone 50 mg daily",
    "Buprenorphine/naloxone 8/2 mg daily",
    "Bupropion XL 150 mg daily",
    "None reported",
]
ALLERGIES = ["No known drug allergies", "Penicillin (rash)", "Sulfa drugs", "Latex"]
#: Who refers someone, by the participant's age group: no school counselor for an adult, no
#: employee assistance program or self-referral for an adolescent. Both lists keep seven
#: entries, so the draw from the demo's random stream is the one it always was.
REFERRALS = {
    AgeGroup.ADULT: [
        "Primary care",
        "Court / probation",
        "Self",
        "Emergency department",
        "Outpatient therapist",
        "Employee assistance program",
        "Residential program (step-down)",
    ],
    AgeGroup.ADOLESCENT: [
        "Pediatrician",
        "Juvenile court / probation",
        "Parent / guardian",
        "Emergency department",
        "School counselor",
        "Child psychiatrist",
        "Residential program (step-down)",
    ],
}
#: Where each kind of session meets.
LOCATIONS = {
    ServiceType.GROUP: "Group room A",
    ServiceType.EDUCATION: "Classroom",
    ServiceType.FAMILY: "Family room",
    ServiceType.INDIVIDUAL: "Office 3",
}
GOALS = [
    (
        "Reduce depressive symptoms to the mild range",
        [
            "Attend every group session this week",
            "Complete a daily mood log",
            "Schedule two pleasant activities per week",
        ],
    ),
    (
        "Build coping skills for cravings and triggers",
        [
            "Identify three personal triggers",
            "Practice urge surfing when cravings occur",
            "Call a support person before using",
        ],
    ),
    (
        "Manage panic and anxiety without avoidance",
        ["Use paced breathing twice daily", "Drive to the store with a support person"],
    ),
    (
        "Write and use a relapse-prevention plan",
        ["List warning signs and early actions", "Share the plan with one family member"],
    ),
    ("Improve sleep routine", ["Keep a consistent bedtime", "No screens after 22:00"]),
]
TOPICS_ADULT = [
    "Coping skills",
    "Relapse prevention",
    "Mindfulness",
    "Healthy relationships",
    "Managing cravings",
    "Emotion regulation",
    "Sleep and recovery",
]
#: The sentences the demo's notes were once drawn from: their lengths still set how many draws a
#: note makes (see _earlier_note_draws), and the benchmarks build text from their words.
PHRASES = [
    "Participant arrived on time and engaged throughout the session.",
    "Reported mood as 5/10, improved from 3/10 last week.",
    "Discussed triggers at work and the use of the urge-surfing skill.",
    "Identified two warning signs: isolating after work and skipping meals.",
    "Practiced paced breathing in session with a noticeable drop in reported anxiety.",
    "Reviewed the relapse-prevention plan and added a call to the sponsor.",
    "Explored conflict with a family member using the DEAR MAN skill.",
    "Participant was tearful when discussing the anniversary of a loss.",
    "Counselor used motivational interviewing to explore ambivalence about change.",
    "Homework: complete the daily mood log and bring it to group on Monday.",
    "Sleep improved to six hours on most nights with the new routine.",
    "Denies suicidal and homicidal ideation; no new safety concerns reported.",
]


@dataclass(frozen=True, slots=True)
class DemoSize:
    participants: int
    active: int
    history_days: int

    @classmethod
    def default(cls) -> DemoSize:
        return cls(participants=25, active=20, history_days=16 * 7)

    @classmethod
    def scaled(cls, *, participants: int | None, years: int | None) -> DemoSize:
        total = participants or 25
        days = max(16 * 7, int((years or 1) * 365))
        return cls(participants=total, active=min(60, max(1, total * 4 // 5)), history_days=days)


def _earlier_note_draws(rng: random.Random, fmt: NoteFormat, size: int) -> None:
    """The draws the demo's notes once made to pick their sentences from PHRASES, still made
    so that every later draw (who attends, who leaves when) stays what it was; the notes'
    words now come from services/demo_notes.py."""
    keys = fmt.sections
    for _key in keys:
        length = 0
        while length < size // len(keys):
            length += len(rng.choice(PHRASES)) + 1


def fill_demo(
    db: Database,
    clock: Clock,
    *,
    size: DemoSize | None = None,
    seed: int = 7,
    progress: Callable[[str], None] | None = None,
) -> str:
    """Fill an empty database; refuses one that already holds data. Returns a summary line."""
    size = size or DemoSize.default()
    if (
        participant_repo.get_profile(db.conn) is not None
        or participant_repo.list_programs(db.conn)
        or participant_repo.participant_count(db.conn)
    ):
        raise ValidationError(
            messages.text(
                "The database {path} already holds data; demo fills only an empty database.",
                path=db.path,
            ),
            "db",
        )
    say = progress or (lambda _text: None)
    builder = _Builder(db, clock, size, random.Random(seed), say, seed)
    with db.transaction():
        builder.build()
    if not builder.large:
        # Written while the discharged participants' objectives are still open, as they were
        # on the days of those groups: each entry addresses one.
        say("Writing the group notes of the last weeks…")
        builder.count_notes += demo_groups.write_group_notes(
            db, [program.id for program in builder.programs], clock.today(), seed
        )
        say("Writing the authorizations and ASAM ratings…")
        demo_payer.write(db, clock, seed)
        say("Reviewing the treatment plans…")
        demo_plans.write(db, clock)
    say("Closing the treatment plans of the discharged…")
    with db.transaction():
        builder.close_plans()
    if not builder.large:
        # Signed last: everything dated before a discharge (its group notes, plan reviews,
        # ratings, the plan's outcome) is on the record first, so a reprint finds the record
        # as it was signed.
        say("Signing the discharge summaries already written…")
        for participant_id, moment in builder.summaries_to_sign:
            try:  # as the counselor signed them, two days after the discharge
                discharge_signing.sign(db, participant_id, FixedClock(moment.date(), moment.time()))
            except ValidationError:
                continue  # an incomplete one stays unsigned
    say("Keeping the figures of discharged participants…")
    caseload.reviews(db, clock, caseload.Include.DISCHARGED)  # as record_discharge does
    return (
        f"Demo caseload written to {db.path}: {builder.count_participants} participants "
        f"({builder.count_active} active), {builder.count_sessions} sessions, "
        f"{builder.count_marks} attendance marks, {builder.count_notes} notes."
    )


class _Builder:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        size: DemoSize,
        rng: random.Random,
        say: Callable[[str], None],
        seed: int,
    ):
        self.db = db
        self.conn = db.conn
        self.today = clock.today()
        self.now = clock.now()
        self.size = size
        self.rng = rng
        self.say = say
        self.count_participants = self.count_active = self.count_sessions = 0
        self.count_marks = self.count_notes = 0
        self.large = size.participants > 200
        self.summaries_to_sign: list[tuple[int, dt.datetime]] = []
        #: The goals' outcomes of each discharged participant, recorded once their episode's
        #: documents are written (close_plans).
        self.outcomes: dict[int, dict[int, GoalStatus]] = {}
        self.seed = seed
        self.measures = DemoMeasures(db, seed, self.today, self.now)

    # -- programs and sessions -------------------------------------------------------------

    def build(self) -> None:
        participant_repo.save_profile(
            self.conn,
            CounselorProfile(
                name="Dana Reyes",
                credentials="LPC, LCADC",
                clinic_name="Riverside Behavioral Health",
                clinic_address="1200 River Road, Suite 300, Springfield, IL 62701",
                clinic_phone="(217) 555-0140",
                crisis_line="Riverside crisis line (217) 555-0199 (24/7)",
                license_number="IL LPC 178.012345",
                npi="1234567893",  # a fictional number that passes the NPI check digit
            ),
        )
        adult = Program(
            id=0,
            name="Adult IOP (co-occurring)",
            level_of_care=LevelOfCare.IOP,
            age_group=AgeGroup.ADULT,
            planned_weeks=12,
            weekly_minimum_hours=None,
            substance_use=True,
            schedule=(
                ScheduleSlot(0, dt.time(9, 0), 180, ServiceType.GROUP, "Process group"),
                ScheduleSlot(2, dt.time(9, 0), 180, ServiceType.GROUP, "Skills group"),
                ScheduleSlot(4, dt.time(9, 0), 180, ServiceType.EDUCATION, "Psychoeducation"),
                ScheduleSlot(1, dt.time(18, 0), 90, ServiceType.FAMILY, "Family group"),
            ),
        )
        teen = Program(
            id=0,
            name="Adolescent IOP",
            level_of_care=LevelOfCare.IOP,
            age_group=AgeGroup.ADOLESCENT,
            planned_weeks=8,
            weekly_minimum_hours=None,
            substance_use=False,
            schedule=(
                ScheduleSlot(1, dt.time(15, 30), 180, ServiceType.GROUP, "DBT skills"),
                ScheduleSlot(3, dt.time(15, 30), 180, ServiceType.GROUP, "Process group"),
                ScheduleSlot(2, dt.time(17, 0), 90, ServiceType.FAMILY, "Multi-family group"),
            ),
        )
        self.programs = [
            replace(p, id=participant_repo.insert_program(self.conn, p)) for p in (adult, teen)
        ]
        first = self.today - dt.timedelta(days=self.size.history_days)
        self.say("Writing group sessions…")
        self.group_sessions: dict[int, list[Session]] = {p.id: [] for p in self.programs}
        day = first
        cancelled_day = self.today - dt.timedelta(days=19)
        while day <= self.today:
            for session in scheduled_sessions(self.programs, day):
                cancel = day == cancelled_day or (self.large and self.rng.random() < 0.01)
                session = replace(session, location=LOCATIONS[session.service_type])
                if cancel:
                    session = replace(
                        session, cancelled=True, cancel_reason="Clinic closed (weather)"
                    )
                stored = replace(session, id=session_repo.insert_session(self.conn, session))
                self.group_sessions[session.program_id or 0].append(stored)
                self.count_sessions += 1
            day += dt.timedelta(days=1)
        self.group_dates = {
            pid: [s.date for s in items] for pid, items in self.group_sessions.items()
        }
        self.say("Writing the curricula…")
        demo_curriculum.write(self.db, self.programs)
        self.say("Writing participants, attendance and notes…")
        discharged = self.size.participants - self.size.active
        for index in range(self.size.participants):
            self._participant(index, active=index >= discharged, discharged_index=index)
        self._signing_rows()

    def _signing_rows(self) -> None:
        """A SIGN audit row for every signed note, as signing one in the app writes."""
        self.say("Writing the audit trail…")
        previous = audit_repo.last_hash(self.conn)
        chained = []
        for note_id, participant_id, signed_at, digest in note_repo.signatures(self.conn):
            entry = AuditEntry(
                id=0,
                at=signed_at,
                actor="Dana Reyes",
                action=AuditAction.SIGN.value,
                participant_id=participant_id,
                target=f"note {note_id}",
                detail=f"content hash {digest}",
            ).chained_to(previous)
            previous = entry.hash
            chained.append(entry)
        audit_repo.append_many(self.conn, chained)

    # -- one participant -------------------------------------------------------------------

    def _participant(self, index: int, *, active: bool, discharged_index: int) -> None:
        rng = self.rng
        program = self.programs[0] if rng.random() < 0.68 else self.programs[1]
        weeks = program.planned_weeks
        if active:
            active_index = index - (self.size.participants - self.size.active)
            span = weeks * 7 + 6
            offset = (active_index * 37) % span  # spread over every program week, some past end
            admission = self.today - dt.timedelta(days=offset)
        else:
            latest = self.today - dt.timedelta(days=weeks * 7 + 3)
            earliest = self.today - dt.timedelta(days=self.size.history_days)
            spread = max(1, (latest - earliest).days)
            admission = earliest + dt.timedelta(days=rng.randrange(spread))
        teen = program.age_group is AgeGroup.ADOLESCENT
        age = rng.randint(14, 17) if teen else rng.randint(19, 64)
        dob = admission - dt.timedelta(days=age * 365 + rng.randrange(365))
        first = FIRST_NAMES[index % len(FIRST_NAMES)] if not self.large else rng.choice(FIRST_NAMES)
        last = (
            LAST_NAMES[(index * 7) % len(LAST_NAMES)] if not self.large else rng.choice(LAST_NAMES)
        )
        diagnoses = tuple(rng.sample(DIAGNOSES, rng.choice((1, 2, 2, 3))))
        pronouns = rng.choice(PRONOUNS)
        phone = f"(217) 555-{rng.randrange(1000, 9999)}"
        relative = f"{rng.choice(FIRST_NAMES)} {last}"
        relation = "parent" if teen else "family"
        contact = f"{relative} ({relation}) (217) 555-{rng.randrange(1000, 9999)}"
        referrer = rng.choice(REFERRALS[AgeGroup.ADOLESCENT if teen else AgeGroup.ADULT])
        guardian = f"{relative}, parent" if teen else ""
        participant = Participant(
            id=0,
            chart_number=f"RB-{10001 + index}",
            first_name=first,
            last_name=last,
            preferred_name=PREFERRED.get(first, ""),
            date_of_birth=dob,
            pronouns=pronouns,
            phone=phone,
            emergency_contact=contact,
            referral_source=referrer,
            program_id=program.id,
            level_of_care=LevelOfCare.IOP,
            admission_date=admission,
            planned_weeks=weeks,
            presenting_problems=rng.choice(TEEN_PROBLEMS if teen else PROBLEMS),
            medications=rng.choice(MEDICATIONS),
            allergies=rng.choice(ALLERGIES),
            diagnoses=diagnoses,
        )
        pid = participant_repo.insert_participant(self.conn, participant, self.now)
        participant = replace(participant, id=pid)
        self.count_participants += 1

        # the episode's end: active people run to today; discharged people end with a reason
        reason = None
        end = self.today
        if not active:
            reason = rng.choices(list(DischargeReason)[:6], weights=(60, 15, 5, 10, 5, 5), k=1)[0]
            planned_last = admission + dt.timedelta(days=weeks * 7 - 1)
            if reason in (DischargeReason.COMPLETED, DischargeReason.STEPPED_DOWN):
                end = planned_last
            else:
                end = admission + dt.timedelta(days=rng.randrange(14, weeks * 7 - 7))
            end = min(end, self.today - dt.timedelta(days=1))
        else:
            self.count_active += 1

        leaves: list[Leave] = []
        if active and index % 11 == 5 and (self.today - admission).days > 30:
            start = admission + dt.timedelta(days=15)
            leave = Leave(start, start + dt.timedelta(days=6), "Medical leave (surgery)")
            participant_repo.insert_leave(self.conn, pid, leave)
            leaves.append(leave)
        if active and index % 13 == 7 and (self.today - admission).days > 56:
            participant_repo.insert_level_change(
                self.conn,
                pid,
                LevelChange(
                    admission + dt.timedelta(days=56),
                    LevelOfCare.OP,
                    "Stepped down: symptoms stable",
                ),
                self.now,
            )

        reliability = rng.choice((0.97, 0.97, 0.95, 0.9, 0.85, 0.7))
        struggling = active and index % 9 == 4
        marks = []
        attended_dates = []
        dates = self.group_dates[program.id]
        sessions = self.group_sessions[program.id][
            bisect.bisect_left(dates, admission) : bisect.bisect_right(dates, end)
        ]
        for position, session in enumerate(sessions):
            if session.date >= self.today:
                continue  # today's roll call is the counselor's to take
            if any(leave.covers(session.date) for leave in leaves):
                continue
            tail = len(sessions) - position
            if session.cancelled:
                status, minutes = AttendanceStatus.CANCELLED, 0
            elif struggling and tail <= 3:
                status, minutes = AttendanceStatus.UNEXCUSED, 0
            elif rng.random() < reliability:
                roll = rng.random()
                if roll < 0.06:
                    status, minutes = (
                        AttendanceStatus.LATE,
                        session.duration_minutes - rng.choice((15, 20, 30)),
                    )
                elif roll < 0.09:
                    status, minutes = (
                        AttendanceStatus.LEFT_EARLY,
                        session.duration_minutes - rng.choice((30, 45, 60)),
                    )
                else:
                    status, minutes = AttendanceStatus.PRESENT, session.duration_minutes
            else:
                status = (
                    AttendanceStatus.EXCUSED if rng.random() < 0.4 else AttendanceStatus.UNEXCUSED
                )
                minutes = 0
            if status.attended:
                attended_dates.append(session.date)
            marks.append(
                Attendance(session.id, pid, status, minutes, telehealth=rng.random() < 0.08)
            )
        session_repo.save_attendance(self.conn, marks, self.now, replace=False)
        self.count_marks += len(marks)

        goals = self._plan(participant, active, rng)
        self._individual_sessions(participant, end, goals, rng, struggling, leaves, teen=teen)
        self._measures(participant, end, rng, active)
        if not active and reason is not None:
            self._discharge(participant, end, reason, discharged_index, guardian)
        drawn = rng.random() < 0.5 or (
            not active and reason in (DischargeReason.COMPLETED, DischargeReason.STEPPED_DOWN)
        )
        # the safety story's participant has consented too (two days after admission, no
        # draw, so the rest of the demo stays what it was): their continuity summary shows
        # the safety plan
        story = self.measures.stories.followed_up == pid
        if drawn or story:
            signed = (
                max(admission, self.today - dt.timedelta(days=rng.randrange(20, 120)))
                if drawn
                else admission + dt.timedelta(days=2)
            )
            clinical_repo.insert_consent(
                self.conn,
                Consent(
                    id=0,
                    participant_id=pid,
                    recipient="Dr. Amal Haddad, Lakeside Primary Care",
                    recipient_address="45 Lake Street, Springfield, IL 62704",
                    purpose="Continuity of care after discharge",
                    scope=frozenset(
                        {
                            ScopeCategory.ATTENDANCE,
                            ScopeCategory.DIAGNOSES,
                            ScopeCategory.MEDICATIONS,
                            ScopeCategory.TREATMENT_PLAN,
                            ScopeCategory.DISCHARGE_PLAN,
                            ScopeCategory.MEASURES,
                            ScopeCategory.RISK,
                        }
                    ),
                    signed_date=signed,
                    signed_by=guardian,
                    expiry_date=signed + dt.timedelta(days=365),
                    revoked_date=(signed + dt.timedelta(days=10))
                    if index % 17 == 3 and signed + dt.timedelta(days=10) <= self.today
                    else None,
                ),
            )

    def _plan(self, participant: Participant, active: bool, rng: random.Random) -> list[Goal]:
        """The treatment plan written at admission: every goal and objective in progress. A
        discharged participant's outcome is drawn now and recorded at close_plans."""
        goals = []
        outcomes = {}
        for description, objectives in rng.sample(GOALS, rng.choice((2, 2, 3))):
            outcome = (
                GoalStatus.IN_PROGRESS
                if active
                else rng.choice(
                    (GoalStatus.MET, GoalStatus.MET, GoalStatus.PARTIALLY_MET, GoalStatus.NOT_MET)
                )
            )
            goal = Goal(
                id=0,
                participant_id=participant.id,
                description=description,
                status=GoalStatus.IN_PROGRESS,
                progress=demo_discharge.goal_progress(GoalStatus.IN_PROGRESS),
                target_date=participant.admission_date
                + dt.timedelta(weeks=participant.planned_weeks),
            )
            goal = replace(goal, id=clinical_repo.insert_goal(self.conn, goal))
            written = []
            for text in objectives[: rng.choice((1, 2, 2, 3))]:
                objective = Objective(
                    id=0, goal_id=goal.id, description=text, status=GoalStatus.IN_PROGRESS
                )
                written.append(
                    replace(objective, id=clinical_repo.insert_objective(self.conn, objective))
                )
            goals.append(replace(goal, objectives=tuple(written)))
            outcomes[goal.id] = outcome
        if not active:
            self.outcomes[participant.id] = outcomes
        return goals

    def close_plans(self) -> None:
        """Each discharged participant's goals as they ended, then the goals of reaching a
        severity band as the scores say."""
        for participant_id, outcomes in self.outcomes.items():
            found = measure_repo.measures_for(self.conn, participant_id)
            demo_discharge.close_plan(self.conn, participant_id, outcomes, found)

    def _individual_sessions(
        self,
        participant: Participant,
        end: dt.date,
        goals: list[Goal],
        rng: random.Random,
        struggling: bool,
        leaves: list[Leave],
        *,
        teen: bool,
    ) -> None:
        """A weekly individual (every fourth a family) session with its note, from the day
        after admission; none on a day of leave (attendance then is refused). A week's
        random draws are made even when its day is one of leave, so the rest of the demo
        stays what it was."""
        notes = []
        marks = []
        day = participant.admission_date + dt.timedelta(days=1)
        number = 0
        note_size = 1500 if self.large else 900
        story = demo_notes.NoteStory(self.seed, participant.chart_number, adolescent=teen)
        last_day = min(end, self.today - dt.timedelta(days=1))
        while day <= last_day:
            away = on_leave(leaves, day)
            number += 1
            service = ServiceType.FAMILY if number % 4 == 0 else ServiceType.INDIVIDUAL
            start = (
                dt.time(13, 0) if participant.program_id == self.programs[0].id else dt.time(14, 0)
            )
            session = Session(
                id=0,
                date=day,
                start_time=start,
                duration_minutes=50,
                service_type=service,
                topic="Individual counseling"
                if service is ServiceType.INDIVIDUAL
                else "Family session",
                program_id=participant.program_id,
                participant_id=participant.id,
                location=LOCATIONS[service],
            )
            sid = 0 if away else session_repo.insert_session(self.conn, session)
            self.count_sessions += 0 if away else 1
            missed = struggling and (last_day - day).days < 7
            if not away:
                marks.append(
                    Attendance(
                        sid,
                        participant.id,
                        AttendanceStatus.UNEXCUSED if missed else AttendanceStatus.PRESENT,
                        0 if missed else 50,
                    )
                )
            if not missed:
                fmt = rng.choice((NoteFormat.DAP, NoteFormat.DAP, NoteFormat.BIRP, NoteFormat.SOAP))
                created = dt.datetime.combine(day, dt.time(14, 10))
                recent = (self.today - day).days <= 9
                draft = recent and participant.id % 5 == 0
                late = not draft and rng.random() < 0.05
                signed_at = (
                    created + dt.timedelta(days=rng.choice((2, 3)))
                    if late
                    else created + dt.timedelta(minutes=rng.randrange(5, 90))
                )
                _earlier_note_draws(rng, fmt, note_size)
                reviewed = rng.random() < 0.3
                goal = rng.choice(goals) if goals else None
                if not away:
                    family = service is ServiceType.FAMILY
                    note = Note(
                        id=0,
                        participant_id=participant.id,
                        session_date=day,
                        start_time=start,
                        duration_minutes=50,
                        service_type=service,
                        format=fmt,
                        fields=story.fields(fmt, goal, note_size, family=family),
                        risk=RiskLevel.DENIED,
                        risk_detail="Warning signs and coping steps reviewed." if reviewed else "",
                        goal_id=goal.id if goal else None,
                        status=NoteStatus.DRAFT if draft else NoteStatus.SIGNED,
                        created_at=created,
                        updated_at=created if draft else signed_at,
                        signed_at=None if draft else signed_at,
                        signed_by="" if draft else "Dana Reyes, LPC, LCADC",
                        session_id=sid,
                    )
                    if not draft:
                        note = replace(note, content_hash=integrity.note_hash(note))
                    notes.append(note)
            day += dt.timedelta(days=7)
        session_repo.save_attendance(self.conn, marks, self.now, replace=False)
        note_repo.insert_notes_bulk(self.conn, notes)
        self.count_marks += len(marks)
        self.count_notes += len(notes)

    def _measures(
        self, participant: Participant, end: dt.date, rng: random.Random, active: bool
    ) -> None:
        if self.large:
            self.measures.write_large(participant, end)
            return
        self.measures.write(participant, end, rng, active=active)

    def _discharge(
        self,
        participant: Participant,
        end: dt.date,
        reason: DischargeReason,
        index: int,
        guardian: str,
    ) -> None:
        """The discharge record, worded from the scores and goals as recorded."""
        recent = (self.today - end).days <= 10
        found = measure_repo.measures_for(self.conn, participant.id)
        recorded = dt.datetime.combine(end, dt.time(16, 30))
        next_level = {
            DischargeReason.STEPPED_DOWN: LevelOfCare.OP,
            DischargeReason.STEPPED_UP: LevelOfCare.PHP,
            DischargeReason.COMPLETED: LevelOfCare.OP,
        }.get(reason)
        referral = Referral(
            provider="Lakeside Counseling Associates",
            service="Outpatient therapy, weekly",
            contact="Intake coordinator",
            phone="(217) 555-0177",
            address="45 Lake Street, Springfield, IL 62704",
            first_appointment=dt.datetime.combine(end + dt.timedelta(days=6), dt.time(10, 0)),
        )
        if not recent:
            self.summaries_to_sign.append((participant.id, recorded + dt.timedelta(days=2)))
        clinical_repo.save_discharge(
            self.conn,
            Discharge(
                participant_id=participant.id,
                discharge_date=end,
                reason=reason,
                condition_at_discharge=demo_discharge.condition_at_discharge(found, reason),
                recommended_level=next_level,
                aftercare_plan="Weekly outpatient therapy; monthly medication management with primary care; "
                "peer support meetings twice a week.",
                relapse_prevention_plan="Warning signs: isolating, skipping meals, poor sleep. Actions: call sponsor, "
                "attend a meeting, use urge surfing, contact counselor.",
                crisis_resources="988 Suicide & Crisis Lifeline (call or text 988); Riverside crisis line (217) 555-0199 (24/7)",
                medications_at_discharge=participant.medications,
                referrals=(referral,) if reason is not DischargeReason.AGAINST_ADVICE else (),
                strengths=demo_discharge.STRENGTHS[index % len(demo_discharge.STRENGTHS)],
                copy_given_on=end,
                copy_given_to=demo_discharge.copy_given_to(guardian),
                recorded_at=recorded,
                summary_completed_at=None if recent else recorded + dt.timedelta(days=2),
            ),
        )
        participant_repo.update_participant(
            self.conn,
            replace(participant, status=ParticipantStatus.DISCHARGED, discharge_date=end),
            self.now,
            at_admission=False,
        )
