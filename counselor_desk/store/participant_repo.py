"""Counselor profile, programs, participants and their dated events."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable

from counselor_desk.domain.model import (
    AgeGroup,
    CounselorProfile,
    Diagnosis,
    Leave,
    LevelChange,
    LevelOfCare,
    Participant,
    ParticipantStatus,
    Program,
    ScheduleSlot,
    ServiceType,
    display_name,
)
from counselor_desk.store import measure_repo, review_cache
from counselor_desk.store.convert import (
    SQLITE_INTEGERS,
    d,
    dd,
    grouped_by_participant,
    iso_date,
    iso_moment,
    iso_time,
    newer_column,
    t,
)

# -- counselor profile ---------------------------------------------------------------------


def get_profile(conn: sqlite3.Connection) -> CounselorProfile | None:
    row = conn.execute("SELECT * FROM counselor_profile WHERE id = 1").fetchone()
    if row is None:
        return None
    return CounselorProfile(
        name=row["name"],
        credentials=row["credentials"],
        clinic_name=row["clinic_name"],
        clinic_address=row["clinic_address"],
        clinic_phone=row["clinic_phone"],
        crisis_line=row["crisis_line"],
        summary_due_days=row["summary_due_days"],
        page_size=row["page_size"],
        # read by migration steps before schema 13 too
        license_number=newer_column(row, "license_number"),
        npi=newer_column(row, "npi"),
    )


def save_profile(conn: sqlite3.Connection, profile: CounselorProfile) -> None:
    conn.execute(
        """INSERT INTO counselor_profile (id, name, credentials, clinic_name, clinic_address,
               clinic_phone, crisis_line, summary_due_days, page_size, license_number, npi)
           VALUES (1, :name, :credentials, :clinic_name, :clinic_address, :clinic_phone,
               :crisis_line, :summary_due_days, :page_size, :license_number, :npi)
           ON CONFLICT (id) DO UPDATE SET name = :name, credentials = :credentials,
               clinic_name = :clinic_name, clinic_address = :clinic_address,
               clinic_phone = :clinic_phone, crisis_line = :crisis_line,
               summary_due_days = :summary_due_days, page_size = :page_size,
               license_number = :license_number, npi = :npi""",
        {
            "name": profile.name,
            "credentials": profile.credentials,
            "clinic_name": profile.clinic_name,
            "clinic_address": profile.clinic_address,
            "clinic_phone": profile.clinic_phone,
            "crisis_line": profile.crisis_line,
            "summary_due_days": profile.summary_due_days,
            "page_size": profile.page_size,
            "license_number": profile.license_number,
            "npi": profile.npi,
        },
    )


# -- programs ------------------------------------------------------------------------------


def _schedules(conn: sqlite3.Connection) -> dict[int, list[ScheduleSlot]]:
    slots: dict[int, list[ScheduleSlot]] = {}
    for row in conn.execute(
        "SELECT * FROM program_schedule ORDER BY program_id, weekday, start_time"
    ):
        slots.setdefault(row["program_id"], []).append(
            ScheduleSlot(
                weekday=row["weekday"],
                start_time=t(row["start_time"]),
                duration_minutes=row["duration_minutes"],
                service_type=ServiceType(row["service_type"]),
                topic=row["topic"],
            )
        )
    return slots


def _program(row: sqlite3.Row, schedule: Iterable[ScheduleSlot]) -> Program:
    return Program(
        id=row["id"],
        name=row["name"],
        level_of_care=LevelOfCare(row["level_of_care"]),
        age_group=AgeGroup(row["age_group"]),
        planned_weeks=row["planned_weeks"],
        weekly_minimum_hours=row["weekly_minimum_hours"],
        substance_use=bool(row["substance_use"]),
        schedule=tuple(schedule),
        active=bool(row["active"]),
        review_interval_days=row["review_interval_days"],
        first_plan_days=row["first_plan_days"],
    )


def list_programs(conn: sqlite3.Connection) -> list[Program]:
    schedules = _schedules(conn)
    return [
        _program(row, schedules.get(row["id"], ()))
        for row in conn.execute("SELECT * FROM programs ORDER BY name")
    ]


def insert_program(conn: sqlite3.Connection, program: Program) -> int:
    cursor = conn.execute(
        """INSERT INTO programs (name, level_of_care, age_group, planned_weeks,
               weekly_minimum_hours, substance_use, active, review_interval_days,
               first_plan_days)
           VALUES (:name, :level, :age, :weeks, :minimum, :substance_use, :active,
               :review_interval, :first_plan)""",
        {
            "name": program.name,
            "level": program.level_of_care.value,
            "age": program.age_group.value,
            "weeks": program.planned_weeks,
            "minimum": program.weekly_minimum_hours,
            "substance_use": int(program.substance_use),
            "active": int(program.active),
            "review_interval": program.review_interval_days,
            "first_plan": program.first_plan_days,
        },
    )
    program_id = int(cursor.lastrowid or 0)
    replace_schedule(conn, program_id, program.schedule)
    measure_repo.set_default_schedule(conn, program_id)  # PHQ-9 and GAD-7, every 2 weeks
    return program_id


def update_program(conn: sqlite3.Connection, program: Program) -> None:
    conn.execute(
        """UPDATE programs SET name = :name, level_of_care = :level, age_group = :age,
               planned_weeks = :weeks, weekly_minimum_hours = :minimum,
               substance_use = :substance_use, active = :active,
               review_interval_days = :review_interval, first_plan_days = :first_plan
           WHERE id = :id""",
        {
            "id": program.id,
            "name": program.name,
            "level": program.level_of_care.value,
            "age": program.age_group.value,
            "weeks": program.planned_weeks,
            "minimum": program.weekly_minimum_hours,
            "substance_use": int(program.substance_use),
            "active": int(program.active),
            "review_interval": program.review_interval_days,
            "first_plan": program.first_plan_days,
        },
    )
    replace_schedule(conn, program.id, program.schedule)


def replace_schedule(
    conn: sqlite3.Connection, program_id: int, schedule: Iterable[ScheduleSlot]
) -> None:
    conn.execute("DELETE FROM program_schedule WHERE program_id = :id", {"id": program_id})
    conn.executemany(
        """INSERT INTO program_schedule (program_id, weekday, start_time, duration_minutes,
               service_type, topic)
           VALUES (:program_id, :weekday, :start, :minutes, :service, :topic)""",
        [
            {
                "program_id": program_id,
                "weekday": slot.weekday,
                "start": iso_time(slot.start_time),
                "minutes": slot.duration_minutes,
                "service": slot.service_type.value,
                "topic": slot.topic,
            }
            for slot in schedule
        ],
    )


# -- participants --------------------------------------------------------------------------

_PARTICIPANT_COLUMNS = (
    "chart_number, first_name, last_name, preferred_name, date_of_birth, pronouns, phone, "
    "emergency_contact, referral_source, program_id, level_of_care, admission_date, "
    "planned_weeks, presenting_problems, medications, allergies, status, discharge_date, "
    "age_group_confirmed"
)


_LEVELS = {level.value: level for level in LevelOfCare}
_STATUSES = {status.value: status for status in ParticipantStatus}


def _participant(row: sqlite3.Row, diagnoses: Iterable[Diagnosis] = ()) -> Participant:
    return Participant(
        id=row["id"],
        chart_number=row["chart_number"],
        first_name=row["first_name"],
        last_name=row["last_name"],
        preferred_name=row["preferred_name"],
        date_of_birth=dd(row["date_of_birth"]),
        pronouns=row["pronouns"],
        phone=row["phone"],
        emergency_contact=row["emergency_contact"],
        referral_source=row["referral_source"],
        program_id=row["program_id"],
        level_of_care=_LEVELS[row["level_of_care"]],
        admission_date=dd(row["admission_date"]),
        planned_weeks=row["planned_weeks"],
        presenting_problems=row["presenting_problems"],
        medications=row["medications"],
        allergies=row["allergies"],
        status=_STATUSES[row["status"]],
        discharge_date=d(row["discharge_date"]),
        diagnoses=tuple(diagnoses),
        age_group_confirmed=bool(row["age_group_confirmed"]),
    )


def _participant_params(participant: Participant) -> dict[str, object]:
    return {
        "chart_number": participant.chart_number,
        "first_name": participant.first_name,
        "last_name": participant.last_name,
        "preferred_name": participant.preferred_name,
        "date_of_birth": iso_date(participant.date_of_birth),
        "pronouns": participant.pronouns,
        "phone": participant.phone,
        "emergency_contact": participant.emergency_contact,
        "referral_source": participant.referral_source,
        "program_id": participant.program_id,
        "level_of_care": participant.level_of_care.value,
        "admission_date": iso_date(participant.admission_date),
        "planned_weeks": participant.planned_weeks,
        "presenting_problems": participant.presenting_problems,
        "medications": participant.medications,
        "allergies": participant.allergies,
        "status": participant.status.value,
        "discharge_date": iso_date(participant.discharge_date),
        "age_group_confirmed": int(participant.age_group_confirmed),
    }


def insert_participant(conn: sqlite3.Connection, participant: Participant, now: dt.datetime) -> int:
    params = _participant_params(participant)
    params["now"] = iso_moment(now)
    placeholders = ", ".join(f":{name.strip()}" for name in _PARTICIPANT_COLUMNS.split(","))
    cursor = conn.execute(
        f"INSERT INTO participants ({_PARTICIPANT_COLUMNS}, created_at, updated_at) "
        f"VALUES ({placeholders}, :now, :now)",
        params,
    )
    participant_id = int(cursor.lastrowid or 0)
    replace_diagnoses(conn, participant_id, participant.diagnoses, at_admission=True)
    return participant_id


def update_participant(
    conn: sqlite3.Connection, participant: Participant, now: dt.datetime, *, at_admission: bool
) -> None:
    """Write the participant; `at_admission`: the diagnoses are still those at admission
    (domain/rules.py `admission_diagnoses_open`), so both lists take them."""
    params = _participant_params(participant)
    params.update(id=participant.id, now=iso_moment(now))
    assignments = ", ".join(
        f"{name.strip()} = :{name.strip()}" for name in _PARTICIPANT_COLUMNS.split(",")
    )
    conn.execute(f"UPDATE participants SET {assignments}, updated_at = :now WHERE id = :id", params)
    replace_diagnoses(conn, participant.id, participant.diagnoses, at_admission=at_admission)


def part2_decision(conn: sqlite3.Connection, participant_id: int) -> bool | None:
    """Whether the counselor treats the record as 42 CFR Part 2 (None: not decided)."""
    row = conn.execute(
        "SELECT part2 FROM part2_decisions WHERE participant_id = :id", {"id": participant_id}
    ).fetchone()
    return None if row is None else bool(row[0])


def set_part2(conn: sqlite3.Connection, participant_id: int, part2: bool, at: dt.datetime) -> None:
    """Record whether the participant's record is treated as 42 CFR Part 2."""
    conn.execute(
        """INSERT INTO part2_decisions (participant_id, part2, decided_at)
           VALUES (:id, :part2, :at)
           ON CONFLICT (participant_id) DO UPDATE SET part2 = :part2, decided_at = :at""",
        {"id": participant_id, "part2": int(part2), "at": iso_moment(at)},
    )


def replace_diagnoses(
    conn: sqlite3.Connection,
    participant_id: int,
    diagnoses: Iterable[Diagnosis],
    *,
    at_admission: bool = False,
) -> None:
    """The current diagnoses (and, `at_admission`, those at admission too)."""
    tables = ("diagnoses", "admission_diagnoses") if at_admission else ("diagnoses",)
    rows = [
        {
            "participant_id": participant_id,
            "position": position,
            "code": diagnosis.code,
            "description": diagnosis.description,
        }
        for position, diagnosis in enumerate(diagnoses)
    ]
    for table in tables:
        conn.execute(f"DELETE FROM {table} WHERE participant_id = :id", {"id": participant_id})
        conn.executemany(
            f"""INSERT INTO {table} (participant_id, position, code, description)
               VALUES (:participant_id, :position, :code, :description)""",
            rows,
        )


def admission_diagnoses(conn: sqlite3.Connection, participant_id: int) -> list[Diagnosis]:
    """The diagnoses as they stood at admission (the end of program week 1)."""
    rows = conn.execute(
        "SELECT code, description FROM admission_diagnoses WHERE participant_id = :id "
        "ORDER BY position",
        {"id": participant_id},
    ).fetchall()
    return [Diagnosis(row["code"], row["description"]) for row in rows]


def _diagnoses_for(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[Diagnosis]]:
    return grouped_by_participant(
        conn,
        "SELECT participant_id, code, description FROM diagnoses "
        "WHERE participant_id IN ({ids}) ORDER BY participant_id, position",
        ids,
        lambda row: Diagnosis(row["code"], row["description"]),
    )


def get_participant(conn: sqlite3.Connection, participant_id: int) -> Participant | None:
    if participant_id not in SQLITE_INTEGERS:
        return None
    row = conn.execute(
        "SELECT * FROM participants WHERE id = :id", {"id": participant_id}
    ).fetchone()
    if row is None:
        return None
    return _participant(row, _diagnoses_for(conn, [participant_id]).get(participant_id, ()))


def find_by_chart(conn: sqlite3.Connection, chart_number: str) -> Participant | None:
    row = conn.execute(
        "SELECT id FROM participants WHERE chart_number = :chart", {"chart": chart_number}
    ).fetchone()
    return None if row is None else get_participant(conn, row["id"])


#: Chart numbers looked up per query by `find_by_charts` (well under SQLite's 999 variables).
CHARTS_PER_QUERY = 500


def find_by_charts(conn: sqlite3.Connection, charts: Iterable[str]) -> dict[str, Participant]:
    """The participants with these chart numbers, by chart number, in a few queries (an
    import's rows name thousands); without their diagnoses, which no row needs."""
    wanted = sorted({chart for chart in charts if chart})
    found: dict[str, Participant] = {}
    for start in range(0, len(wanted), CHARTS_PER_QUERY):
        chunk = wanted[start : start + CHARTS_PER_QUERY]
        marks = ", ".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT * FROM participants WHERE chart_number IN ({marks})", chunk
        ):
            found[row["chart_number"]] = _participant(row)
    return found


def charts_and_names(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """(chart number, name as the counselor says it) of these participants, by id, in one
    query (a search lists a few dozen people)."""
    wanted = sorted({pid for pid in ids if pid in SQLITE_INTEGERS})
    found: dict[int, tuple[str, str]] = {}
    for start in range(0, len(wanted), CHARTS_PER_QUERY):
        chunk = wanted[start : start + CHARTS_PER_QUERY]
        marks = ", ".join("?" * len(chunk))
        for pid, chart, first, last, preferred in conn.execute(
            "SELECT id, chart_number, first_name, last_name, preferred_name "
            f"FROM participants WHERE id IN ({marks})",
            chunk,
        ):
            found[pid] = (chart, display_name(first, last, preferred))
    return found


def chart_numbers(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT chart_number FROM participants")}


def list_participants(
    conn: sqlite3.Connection,
    *,
    status: ParticipantStatus | None = None,
    with_diagnoses: bool = True,
) -> list[Participant]:
    """Participants (all, or of one status), in name order; diagnoses left out on request."""
    if status is None:
        rows = conn.execute("SELECT * FROM participants ORDER BY last_name, first_name").fetchall()
    else:
        rows = conn.execute(
            "SELECT * FROM participants WHERE status = :status ORDER BY last_name, first_name",
            {"status": status.value},
        ).fetchall()
    if not with_diagnoses:
        return [_participant(row) for row in rows]
    diagnoses = _diagnoses_for(conn, [row["id"] for row in rows])
    return [_participant(row, diagnoses.get(row["id"], ())) for row in rows]


def participants_not_listed(
    conn: sqlite3.Connection, today: dt.date, status: ParticipantStatus | None
) -> list[Participant]:
    """Participants (all, or of one status) whose caseload line `review_cache.listing` does
    not return on `today`: their figures are worked out from the records. No diagnoses."""
    where = "" if status is None else "p.status = :status AND "
    rows = conn.execute(
        f"""SELECT p.* FROM participants p WHERE {where}NOT EXISTS
              (SELECT 1 FROM review_cache c WHERE c.participant_id = p.id
                 AND {review_cache.LISTED})""",
        {"today": iso_date(today), "status": None if status is None else status.value},
    )
    return [_participant(row) for row in rows]


def participants_active_between(
    conn: sqlite3.Connection, first: dt.date, last: dt.date
) -> list[Participant]:
    """Participants in the program on at least one day from `first` to `last`."""
    rows = conn.execute(
        """SELECT * FROM participants WHERE admission_date <= :last
             AND (discharge_date IS NULL OR discharge_date >= :first)
           ORDER BY last_name, first_name""",
        {"first": iso_date(first), "last": iso_date(last)},
    ).fetchall()
    diagnoses = _diagnoses_for(conn, [row["id"] for row in rows])
    return [_participant(row, diagnoses.get(row["id"], ())) for row in rows]


def participant_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM participants").fetchone()[0])


# -- level changes and leaves --------------------------------------------------------------


def insert_level_change(
    conn: sqlite3.Connection, participant_id: int, change: LevelChange, now: dt.datetime
) -> int:
    cursor = conn.execute(
        """INSERT INTO level_changes (participant_id, effective_date, level_of_care, reason,
               recorded_at)
           VALUES (:participant_id, :date, :level, :reason, :now)""",
        {
            "participant_id": participant_id,
            "date": iso_date(change.effective_date),
            "level": change.level_of_care.value,
            "reason": change.reason,
            "now": iso_moment(now),
        },
    )
    return int(cursor.lastrowid or 0)


def level_changes(
    conn: sqlite3.Connection, participant_ids: list[int]
) -> dict[int, list[LevelChange]]:
    return grouped_by_participant(
        conn,
        "SELECT * FROM level_changes WHERE participant_id IN ({ids}) "
        "ORDER BY participant_id, effective_date, id",
        participant_ids,
        lambda row: LevelChange(
            effective_date=dd(row["effective_date"]),
            level_of_care=LevelOfCare(row["level_of_care"]),
            reason=row["reason"],
            id=row["id"],
        ),
    )


def insert_leave(conn: sqlite3.Connection, participant_id: int, leave: Leave) -> int:
    cursor = conn.execute(
        """INSERT INTO leaves (participant_id, start_date, end_date, reason)
           VALUES (:participant_id, :start, :end, :reason)""",
        {
            "participant_id": participant_id,
            "start": iso_date(leave.start_date),
            "end": iso_date(leave.end_date),
            "reason": leave.reason,
        },
    )
    return int(cursor.lastrowid or 0)


def update_leave_end(conn: sqlite3.Connection, leave_id: int, end_date: dt.date) -> None:
    conn.execute(
        "UPDATE leaves SET end_date = :end WHERE id = :id",
        {"id": leave_id, "end": iso_date(end_date)},
    )


def leaves(conn: sqlite3.Connection, participant_ids: list[int]) -> dict[int, list[Leave]]:
    return grouped_by_participant(
        conn,
        "SELECT * FROM leaves WHERE participant_id IN ({ids}) ORDER BY participant_id, start_date",
        participant_ids,
        lambda row: Leave(
            start_date=dd(row["start_date"]),
            end_date=dd(row["end_date"]),
            reason=row["reason"],
            id=row["id"],
        ),
    )


def any_participant(conn: sqlite3.Connection) -> bool:
    """Whether anyone was ever admitted (an empty caseload shows what to do first)."""
    return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM participants)").fetchone()[0])
