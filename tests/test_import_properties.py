"""Any CSV either imports whole or is refused with the one validation error, writing nothing."""

from __future__ import annotations

import csv
import datetime as dt
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counselor_desk.domain.errors import ValidationError
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.import_measures import import_measures
from counselor_desk.services.imports import import_attendance, import_participants
from counselor_desk.store.db import Database, connect

CLOCK = FixedClock(dt.date(2026, 3, 2), dt.time(16, 0))
TABLES = (
    "participants",
    "programs",
    "diagnoses",
    "sessions",
    "attendance",
    "audit_log",
    "measures",
    "safety_flags",
)

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
dates = st.one_of(st.dates(dt.date(1900, 1, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat), text)
numbers = st.one_of(st.integers(-5, 900).map(str), text)


def counts(db: Database) -> tuple[int, ...]:
    return tuple(db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES)


def as_csv(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


participant_rows = st.lists(
    st.tuples(
        st.sampled_from(["P-1", "P-2", "", "bad chart!"]),
        text,
        text,
        dates,
        dates,
        st.sampled_from(["Adult IOP", "", "Teen"]),
        st.sampled_from(["IOP", "php", "", "x"]),
        st.sampled_from(["F33.1", "", "nope", "F41.1;F10.20"]),
    ).map(list),
    min_size=1,
    max_size=4,
)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(participant_rows)
def test_participant_import_is_all_or_nothing(rows: list[list[str]]) -> None:
    header = [
        "chart_number",
        "first_name",
        "last_name",
        "date_of_birth",
        "admission_date",
        "program",
        "level_of_care",
        "diagnosis_code",
    ]
    with connect(":memory:") as db:
        before = counts(db)
        try:
            imported = import_participants(db, as_csv(header, rows), CLOCK)
        except ValidationError as error:
            assert error.message and "Traceback" not in error.message
            assert counts(db) == before
        else:
            assert counts(db)[0] == imported == len(rows)


attendance_rows = st.lists(
    st.tuples(
        st.sampled_from(["A-1", "A-2", "missing"]),
        dates,
        st.sampled_from(["09:00", "9:00", "x"]),
        numbers,
        st.sampled_from(["group", "individual", "party"]),
        st.sampled_from(
            ["present", "late", "left_early", "excused", "unexcused", "cancelled", "?"]
        ),
        st.one_of(st.just(""), numbers),
        st.sampled_from(["yes", "no", "", "maybe"]),
    ).map(list),
    min_size=1,
    max_size=5,
)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(attendance_rows)
def test_attendance_import_is_all_or_nothing(rows: list[list[str]]) -> None:
    header = [
        "chart_number",
        "date",
        "start_time",
        "duration_minutes",
        "service_type",
        "status",
        "minutes_attended",
        "telehealth",
    ]
    people = (
        "chart_number,first_name,last_name,date_of_birth,admission_date,program\n"
        "A-1,Ana,Pérez,1990-05-01,2026-02-02,Adult IOP\n"
        "A-2,Teo,Nowak,1985-01-01,2026-02-16,Adult IOP\n"
    )
    with connect(":memory:") as db:
        import_participants(db, people.encode("utf-8"), CLOCK)
        before = counts(db)
        try:
            result = import_attendance(db, as_csv(header, rows), CLOCK)
        except ValidationError as error:
            assert error.message
            assert counts(db) == before
        else:
            assert counts(db)[4] == before[4] + result.marks == before[4] + len(rows)


answers = st.one_of(st.just(""), st.sampled_from(["0", "1", "2", "3", "4", "-1", "x"]))
measure_rows = st.lists(
    st.tuples(
        st.sampled_from(["A-1", "A-2", "missing"]),
        st.sampled_from(["PHQ-9", "GAD-7", "C-SSRS", "gad7", "BDI"]),
        st.one_of(st.sampled_from(["2026-02-02", "2026-02-20", "2026-03-02", "2026-03-03"]), dates),
        st.lists(answers, min_size=9, max_size=9),
        st.one_of(st.just(""), numbers),
        st.one_of(st.just(""), numbers),
    ).map(lambda row: [row[0], row[1], row[2], *row[3], row[4], row[5]]),
    min_size=1,
    max_size=5,
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(measure_rows)
def test_measure_import_is_all_or_nothing(rows: list[list[str]]) -> None:
    header = [
        "chart_number",
        "instrument",
        "date",
        *(f"item_{n}" for n in range(1, 10)),
        "difficulty",
        "total",
    ]
    people = (
        "chart_number,first_name,last_name,date_of_birth,admission_date,program\n"
        "A-1,Ana,Pérez,1990-05-01,2026-02-02,Adult IOP\n"
        "A-2,Teo,Nowak,1985-01-01,2026-02-16,Adult IOP\n"
    )
    with connect(":memory:") as db:
        import_participants(db, people.encode("utf-8"), CLOCK)
        before = counts(db)
        try:
            result = import_measures(db, as_csv(header, rows), CLOCK)
        except ValidationError as error:
            assert error.message
            assert counts(db) == before
        else:
            assert counts(db)[6] == before[6] + result.scores == before[6] + len(rows)
