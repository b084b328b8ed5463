"""CSV import: a crafted set gives hand-computed hours, rates and flags; bad files import nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from counselor_desk.domain.errors import ValidationError
from counselor_desk.services.caseload import reviews
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.import_measures import import_measures
from counselor_desk.services.imports import import_attendance, import_participants
from counselor_desk.store.db import Database

PARTICIPANTS = (
    "\ufeffChart_Number,First_Name,Last_Name,Date_of_Birth,Admission_Date,Program,"
    "Level_of_Care,Diagnosis_Code,Diagnosis,Preferred_Name\n"
    "C-1,Ana,Pérez,1990-05-01,2026-02-02,Adult IOP,IOP,F33.1;F41.1,MDD recurrent;GAD,\n"
    "C-2,Teodor,Kowalski,2010-01-01,2026-02-09,Teen IOP,IOP,,,Teo\n"
)
ATTENDANCE = """chart_number,date,start_time,duration_minutes,service_type,status,minutes_attended,topic,telehealth
C-1,2026-02-02,09:00,180,group,present,,Skills,no
C-1,2026-02-04,09:00,180,group,late,150,Skills,no
C-1,2026-02-06,09:00,180,group,unexcused,,Skills,
C-1,2026-02-09,09:00,180,group,unexcused,,Skills,
C-1,2026-02-11,09:00,180,group,excused,,Skills,
C-1,2026-02-13,09:00,180,group,unexcused,,Skills,
C-1,2026-02-16,09:00,180,group,cancelled,,Skills,
C-2,2026-02-10,16:00,180,group,present,,Teen,yes
C-2,2026-02-12,16:00,180,group,left_early,120,Teen,no
C-2,2026-02-17,16:00,180,group,present,,Teen,no
"""
# Each took PHQ-9 and GAD-7 in their first days, so nothing is due on the clock's day (Ana's
# next scores are due from Feb 20, two weeks after Feb 9 less the 3-day window; Teo's too).
MEASURES = """chart_number,instrument,date,item_1,item_2,item_3,item_4,item_5,item_6,item_7,item_8,item_9,total
C-1,PHQ-9,2026-02-09,2,2,2,1,1,2,1,1,0,
C-1,GAD-7,2026-02-09,,,,,,,,,,11
C-2,PHQ-9,2026-02-09,,,,,,,,,,16
C-2,GAD-7,2026-02-10,1,1,1,1,1,1,1,,,
"""

CLOCK = FixedClock(dt.date(2026, 2, 17), dt.time(20, 0))


def _counts(db: Database) -> tuple[int, int, int, int]:
    return tuple(  # type: ignore[return-value]
        db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("participants", "programs", "sessions", "attendance")
    )


def test_crafted_pair_matches_hand_computation(db: Database) -> None:
    assert import_participants(db, PARTICIPANTS.encode("utf-8"), CLOCK) == 2
    result = import_attendance(db, ATTENDANCE.encode("utf-8"), CLOCK)
    assert (result.sessions, result.marks) == (10, 10)
    assert import_measures(db, MEASURES.encode("utf-8"), CLOCK).scores == 4
    rows = {row.participant.chart_number: row.as_json() for row in reviews(db, CLOCK)}

    # Ana, admitted Mon 2026-02-02: week 1 = Feb 2-8 (present 180 + late 150 = 5.5 h),
    # week 2 = Feb 9-15 (absences only: 0 h < 9 h -> short), week 3 began Feb 16 (cancelled).
    # Rate: attended 2 / (2 + excused 1 + unexcused 3) = 1/3. Run: Feb 13 U, Feb 11 E skipped,
    # Feb 9 U, Feb 6 U, then Feb 4 late stops it -> 3; the cancelled Feb 16 neither breaks nor adds.
    ana = rows["C-1"]
    assert ana["program_week"] == 3
    assert ana["hours_this_week"] == 0.0
    assert ana["minimum_hours"] == 9.0
    assert ana["attendance_rate"] == pytest.approx(1 / 3, abs=1e-4)
    assert ana["consecutive_unexcused_absences"] == 3
    assert ana["flags"] == ["short_hours", "absences", "plan_due"]  # no goal 14 days in
    assert ana["projected_end_date"] == "2026-04-27"
    assert (ana["latest_phq9"], ana["phq9_change_from_baseline"]) == (12, None)

    # Teo (16 at admission -> adolescent program, minimum 6 h), admitted Mon 2026-02-09:
    # week 1 = Feb 9-15: 180 + 120 = 300 min = 5.0 h < 6 -> short; week 2: 3.0 h so far.
    teo = rows["C-2"]
    assert teo["name"] == "Teo Kowalski"
    assert teo["program_week"] == 2
    assert teo["hours_this_week"] == 3.0
    assert teo["minimum_hours"] == 6.0
    assert teo["attendance_rate"] == 1.0
    assert teo["flags"] == ["short_hours", "plan_due"]
    assert (teo["latest_phq9"], teo["safety_flag"]) == (16, False)


def test_diagnoses_and_created_programs(db: Database) -> None:
    import_participants(db, PARTICIPANTS.encode("utf-8"), CLOCK)
    ana = db.conn.execute("SELECT id FROM participants WHERE chart_number = 'C-1'").fetchone()[0]
    codes = db.conn.execute(
        "SELECT code, description FROM diagnoses WHERE participant_id = :id ORDER BY position",
        {"id": ana},
    ).fetchall()
    assert [tuple(row) for row in codes] == [("F33.1", "MDD recurrent"), ("F41.1", "GAD")]
    programs = {row["name"]: row["age_group"] for row in db.conn.execute("SELECT * FROM programs")}
    assert programs == {"Adult IOP": "adult", "Teen IOP": "adolescent"}


def test_bad_attendance_imports_nothing_and_names_every_line(db: Database) -> None:
    import_participants(db, PARTICIPANTS.encode("utf-8"), CLOCK)
    import_attendance(db, ATTENDANCE.encode("utf-8"), CLOCK)
    before = _counts(db)
    bad = """chart_number,date,start_time,duration_minutes,service_type,status,minutes_attended,topic,telehealth
C-1,2026-02-17,09:00,180,group,present,,Skills,no
C-9,2026-02-16,09:00,180,group,present,,Skills,no
C-1,2026-13-01,09:00,180,group,present,,Skills,no
C-2,2026-02-17,17:00,180,group,late,,Teen,no
C-2,2026-02-01,16:00,180,group,present,,Teen,no
C-1,2026-02-18,9:00,180,group,present,200,Skills,maybe
C-1,2026-02-17,09:00,180,group,present,,Skills,no
C-1,2026-02-16,09:00,180,groups,present,,Skills,no
"""
    with pytest.raises(ValidationError) as caught:
        import_attendance(db, bad.encode("utf-8"), CLOCK)
    message = caught.value.message
    assert "nothing was imported" in message
    assert "line 2:" not in message  # the first data row is fine on its own
    for line, words in [
        (3, "no participant has chart_number C-9"),
        (4, "'2026-13-01' is not a date"),
        (5, "minutes_attended is required when status is late"),
        (6, "before admission"),
        (7, "in the future"),
        (7, "telehealth 'maybe'"),
        (8, "already marked for this session on line 2"),
        (9, "service_type 'groups'"),
    ]:
        assert f"line {line}: " in message and words in message, (line, words)
    assert _counts(db) == before


def test_duplicate_of_stored_attendance_is_refused(db: Database) -> None:
    import_participants(db, PARTICIPANTS.encode("utf-8"), CLOCK)
    import_attendance(db, ATTENDANCE.encode("utf-8"), CLOCK)
    before = _counts(db)
    again = ATTENDANCE.splitlines()[0] + "\n" + ATTENDANCE.splitlines()[1] + "\n"
    with pytest.raises(ValidationError, match="already recorded"):
        import_attendance(db, again.encode("utf-8"), CLOCK)
    assert _counts(db) == before


def test_bad_participants_import_nothing(db: Database) -> None:
    text = (
        "chart_number,first_name,last_name,date_of_birth,admission_date,program\n"
        "P-1,Ok,Person,1980-01-01,2026-01-05,Adult IOP\n"
        "P-1,Dup,Person,1980-01-01,2026-01-05,Adult IOP\n"
        ",,Nobody,1980-02-30,2026-01-05,Adult IOP\n"
        "P-3,Future,Born,2030-01-01,2026-01-05,Adult IOP\n"
        "P-4,Blank,Program,1980-01-01,2026-01-05,\n"
    )
    with pytest.raises(ValidationError) as caught:
        import_participants(db, text.encode("utf-8"), CLOCK)
    message = caught.value.message
    assert "line 3: chart_number P-1 is also on line 2" in message
    assert "line 4: date_of_birth '1980-02-30' is not a date" in message
    assert "line 5: Date of birth cannot be in the future." in message
    assert "line 6: program is required" not in message  # one program exists by then
    assert _counts(db) == (0, 0, 0, 0)  # the program that line 2 would create is rolled back too


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"", "empty"),
        (b"chart_number,first_name\n", "missing the required column(s): last_name"),
        (
            b"chart_number,first_name,last_name,date_of_birth,admission_date\n",
            "no data rows",
        ),
        (b"\xff\xfe\x00c", "not UTF-8"),
    ],
)
def test_unusable_files_are_refused_plainly(db: Database, raw: bytes, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        import_participants(db, raw, CLOCK)
    assert words in caught.value.message


def test_attendance_inside_a_leave_is_refused(db: Database) -> None:
    from counselor_desk.services import participants

    import_participants(db, PARTICIPANTS.encode("utf-8"), CLOCK)
    ana = participants.by_chart(db, "C-1")
    participants.add_leave(db, ana.id, dt.date(2026, 2, 9), dt.date(2026, 2, 13), "Surgery", CLOCK)
    text = ATTENDANCE.splitlines()[0] + "\nC-1,2026-02-11,09:00,180,group,present,,Skills,no\n"
    with pytest.raises(ValidationError, match="line 2: on leave from 2026-02-09 to 2026-02-13"):
        import_attendance(db, text.encode("utf-8"), CLOCK)


def test_the_same_bad_value_is_named_on_every_line_that_holds_it(db: Database) -> None:
    import_participants(db, PARTICIPANTS.encode("utf-8"), CLOCK)
    header = ATTENDANCE.splitlines()[0]
    bad = (
        f"{header}\n"
        "C-1,2026-02-31,09:00,180,group,present,,Skills,no\n"
        "C-2,2026-02-31,16:00,180,group,present,,Teen,no\n"
        "C-1,2026-02-10,9.00,180,group,present,,Skills,no\n"
        "C-2,2026-02-10,9.00,180,group,present,,Skills,no\n"
        " ,\x00, ,,,,,,\n"
        "C-1,2026-02-11,09:00,180,group,gone,,Skills,no\n"
        "C-2,2026-02-11,09:00,180,group,gone,,Skills,no\n"
        "C-1,2026-02-12,09:00,180,group,present,,Skills,perhaps\n"
        "C-2,2026-02-12,09:00,180,group,present,,Skills,perhaps\n"
        "C-7,2026-02-13,09:00,180,group,present,,Skills,no\n"
        "C-7,2026-02-13,09:00,180,group,present,,Skills,no\n"
    )
    with pytest.raises(ValidationError) as caught:
        import_attendance(db, bad.encode("utf-8"), CLOCK)
    message = caught.value.message
    assert message.startswith("10 bad row(s) in the attendance file; nothing was imported.")
    for lines, words in [
        ((2, 3), "date '2026-02-31' is not a date like 2026-03-02."),
        ((4, 5), "start_time '9.00' is not a time like 09:00."),
        ((7, 8), "status 'gone' is not one of"),
        ((9, 10), "telehealth 'perhaps' is not yes or no."),
        ((11, 12), "no participant has chart_number C-7."),
    ]:
        for line in lines:
            assert f"line {line}: {words}" in message, (line, words)
    assert "line 6:" not in message  # blanks and a NUL only: a blank row
    assert _counts(db)[2:] == (0, 0)


def test_a_participant_with_a_leave_is_marked_on_the_days_outside_it(db: Database) -> None:
    from counselor_desk.services import participants

    import_participants(db, PARTICIPANTS.encode("utf-8"), CLOCK)
    ana = participants.by_chart(db, "C-1")
    participants.add_leave(db, ana.id, dt.date(2026, 2, 9), dt.date(2026, 2, 10), "Flu", CLOCK)
    participants.add_leave(db, ana.id, dt.date(2026, 2, 12), dt.date(2026, 2, 12), "Court", CLOCK)
    text = ATTENDANCE.splitlines()[0] + (
        "\nC-1,2026-02-11,09:00,180,group,present,,Skills,no"
        "\nC-1,2026-02-12,09:00,180,group,excused,,Skills,no"
        "\nC-1,2026-02-13,09:00,180,group,late,90,Skills,no\n"
    )
    assert import_attendance(db, text.encode("utf-8"), CLOCK).marks == 3
    inside = ATTENDANCE.splitlines()[0] + (
        "\nC-1,2026-02-10,09:00,180,group,present,,Skills,no"
        "\nC-1,2026-02-12,16:00,60,education,excused,,,no"
        "\nC-1,2026-02-12,17:00,60,education,late,30,,no\n"
    )
    with pytest.raises(ValidationError) as caught:
        import_attendance(db, inside.encode("utf-8"), CLOCK)
    message = caught.value.message
    assert "line 2: on leave from 2026-02-09 to 2026-02-10" in message
    assert "line 3:" not in message  # an absence on a day of leave is not refused
    assert "line 4: on leave from 2026-02-12 to 2026-02-12" in message


def test_a_stored_session_of_another_length_is_named(db: Database) -> None:
    import_participants(db, PARTICIPANTS.encode("utf-8"), CLOCK)
    import_attendance(db, ATTENDANCE.encode("utf-8"), CLOCK)
    before = _counts(db)
    text = ATTENDANCE.splitlines()[0] + "\nC-1,2026-02-04,09:00,120,group,present,,Skills,no\n"
    with pytest.raises(ValidationError) as caught:
        import_attendance(db, text.encode("utf-8"), CLOCK)
    assert "line 2: a stored session at that time lasts 180 minutes." in caught.value.message
    assert _counts(db) == before


def test_stored_sessions_are_found_across_lookups(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counselor_desk.store import session_repo

    import_participants(db, PARTICIPANTS.encode("utf-8"), CLOCK)
    import_attendance(db, ATTENDANCE.encode("utf-8"), CLOCK)
    monkeypatch.setattr(session_repo, "SLOTS_PER_QUERY", 3)  # ten sessions, four lookups
    before = _counts(db)
    with pytest.raises(ValidationError) as caught:
        import_attendance(db, ATTENDANCE.encode("utf-8"), CLOCK)
    message = caught.value.message
    for line in range(2, 12):
        assert f"line {line}: attendance for this participant and session is already recorded." in (
            message
        )
    assert _counts(db) == before


def test_an_import_leaves_the_connection_and_the_collector_as_they_were(db: Database) -> None:
    import gc

    cache = db.conn.execute("PRAGMA cache_size").fetchone()[0]
    import_participants(db, PARTICIPANTS.encode("utf-8"), CLOCK)
    assert import_attendance(db, ATTENDANCE.encode("utf-8"), CLOCK).marks == 10
    assert db.conn.execute("PRAGMA cache_size").fetchone()[0] == cache
    with pytest.raises(ValidationError):
        import_attendance(db, ATTENDANCE.encode("utf-8"), CLOCK)
    assert db.conn.execute("PRAGMA cache_size").fetchone()[0] == cache
    assert gc.isenabled()
