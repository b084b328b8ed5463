"""CSV import is strict: a stray quote, a control character, a non-ASCII digit or a date in
another format is refused with its line number, and nothing is imported."""

from __future__ import annotations

import datetime as dt

import pytest

from counselor_desk.domain.errors import ValidationError
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.imports import import_attendance, import_participants
from counselor_desk.store.db import Database

CLOCK = FixedClock(dt.date(2026, 2, 17), dt.time(20, 0))
HEADER = "chart_number,first_name,last_name,date_of_birth,admission_date,program\n"
ATTENDANCE_HEADER = (
    "chart_number,date,start_time,duration_minutes,service_type,status,minutes_attended,topic\n"
)


def _participants(db: Database) -> int:
    return int(db.conn.execute("SELECT count(*) FROM participants").fetchone()[0])


def _refused(db: Database, text: str) -> str:
    with pytest.raises(ValidationError) as caught:
        import_participants(db, text.encode("utf-8"), CLOCK)
    assert _participants(db) == 0
    return caught.value.message


def test_a_stray_quote_does_not_merge_two_rows_into_one_name(db: Database) -> None:
    text = (
        HEADER
        + 'C-1,"Ana,Pérez,1990-05-01,2026-02-02,Adult IOP\n'
        + 'C-2,Teo",Kowalski,1991-01-01,2026-02-09,Adult IOP\n'
    )
    message = _refused(db, text)
    assert "line 2: " in message and "more than one line" in message


def test_a_quote_inside_an_unquoted_value_is_not_valid_csv(db: Database) -> None:
    text = HEADER + 'C-1,"Ana"x,Pérez,1990-05-01,2026-02-02,Adult IOP\n'
    assert "Line 2 is not valid CSV" in _refused(db, text)


def test_control_characters_and_line_breaks_are_refused_on_every_line(db: Database) -> None:
    text = (
        HEADER
        + "C-1,Ana,Pérez,1990-05-01,2026-02-02,Adult IOP\n"
        + "C-2,Te\x07o,Kowalski,1991-01-01,2026-02-09,Adult IOP\n"
        + "C-3,Mia,Lee\u2028Smith,1992-01-01,2026-02-09,Adult IOP\n"
        + "C-4,Ben,Ng\x00,1993-01-01,2026-02-09,Adult IOP\n"
        + 'C-5,"Jo\ran",Ek,1994-01-01,2026-02-09,Adult IOP\n'
    )
    message = _refused(db, text)
    assert "line 2:" not in message
    assert "line 3: first_name contains a control character or line break" in message
    assert "line 4: last_name contains a control character or line break" in message
    assert "line 5: last_name contains a control character or line break" in message
    assert "line 6: " in message


@pytest.mark.parametrize("weeks", ["٣٠", "1_0", "+8", " 1 0", "８", "-3", "1e1"])
def test_numbers_are_ascii_digits_only(db: Database, weeks: str) -> None:
    text = (
        "chart_number,first_name,last_name,date_of_birth,admission_date,program,planned_weeks\n"
        f"C-1,Ana,Pérez,1990-05-01,2026-02-02,Adult IOP,{weeks}\n"
    )
    assert "line 2: planned_weeks" in _refused(db, text)


@pytest.mark.parametrize(
    "day", ["20260202", "2026-W06-1", "2026-02-02T00:00", "٢٠٢٦-٠٢-٠٢", "2026-2-2", "2026-036"]
)
def test_dates_are_yyyy_mm_dd_only(db: Database, day: str) -> None:
    text = HEADER + f"C-1,Ana,Pérez,1990-05-01,{day},Adult IOP\n"
    assert f"line 2: admission_date '{day}' is not a date like" in _refused(db, text)


def test_attendance_minutes_and_times_are_strict(db: Database) -> None:
    import_participants(
        db, (HEADER + "C-1,Ana,Pérez,1990-05-01,2026-02-02,Adult IOP\n").encode("utf-8"), CLOCK
    )
    text = (
        ATTENDANCE_HEADER
        + "C-1,2026-02-03,09:00,٣٠,group,present,,Skills\n"
        + "C-1,2026-02-04,09:00,180,group,late,1_0,Skills\n"
        + "C-1,2026-02-05,0900,180,group,present,,Skills\n"
        + "C-1,20260206,09:00,180,group,present,,Skills\n"
        + "C-1,2026-02-09,9:00,180,group,present,,Skills\n"
    )
    with pytest.raises(ValidationError) as caught:
        import_attendance(db, text.encode("utf-8"), CLOCK)
    message = caught.value.message
    assert "line 2: duration_minutes '٣٠' is not a whole number" in message
    assert "line 3: minutes_attended '1_0' is not a whole number" in message
    assert "line 4: start_time '0900' is not a time like 09:00" in message
    assert "line 5: date '20260206' is not a date like" in message
    assert "line 6:" not in message  # 9:00 is a time like 09:00
    assert db.conn.execute("SELECT count(*) FROM attendance").fetchone()[0] == 0


def test_plain_valid_rows_still_import(db: Database) -> None:
    text = (
        "\ufeff"
        + HEADER.replace("first_name", "First Name")
        + 'C-1,"Ana, María",Pérez,1990-05-01,2026-02-02,Adult IOP\r\n'
        + "\r\n"
        + "C-2,Teo,O'Brien,1991-01-01,2026-02-09,Adult IOP\r\n"
    )
    assert import_participants(db, text.encode("utf-8"), CLOCK) == 2
