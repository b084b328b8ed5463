"""The caseload's lines: read kept for the discharged, and always what the reviews say."""

from __future__ import annotations

import datetime as dt

from counselor_desk.domain.model import ParticipantStatus
from counselor_desk.services.caseload import Include, reviews
from counselor_desk.services.caseload_list import rows
from counselor_desk.services.caseload_row import CaseloadRow
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.demo import fill_demo
from counselor_desk.store.db import Database
from counselor_desk.store.review_cache import COLUMNS, listing

CLOCK = FixedClock(dt.date(2026, 3, 2), dt.time(16, 0))


def _lines(db: Database, clock: FixedClock, include: Include) -> list[CaseloadRow]:
    return [review.line() for review in reviews(db, clock, include)]


def _kept(db: Database) -> set[int]:
    return {
        row[0]
        for row in db.conn.execute(
            "SELECT participant_id FROM review_cache WHERE shown IS NOT NULL"
        )
    }


def _one_kept(db: Database) -> CaseloadRow:
    """A discharged participant whose line is read kept (no flag of their own)."""
    return next(
        line
        for line in rows(db, CLOCK, Include.DISCHARGED)
        if not line.flags and line.participant_id in _kept(db)
    )


def test_the_lines_equal_the_reviews_before_and_after_they_are_kept(db: Database) -> None:
    fill_demo(db, CLOCK)
    db.conn.execute("UPDATE review_cache SET shown = NULL")  # none kept yet
    for include in Include:
        assert list(rows(db, CLOCK, include)) == _lines(db, CLOCK, include)
    discharged = {
        p[0] for p in db.conn.execute("SELECT id FROM participants WHERE status = 'discharged'")
    }
    assert discharged and _kept(db) == discharged
    for include in Include:
        listed = rows(db, CLOCK, include)
        assert list(listed) == _lines(db, CLOCK, include)
        keys = [line.sort_key for line in listed]
        assert keys == sorted(keys)
        assert listed.search_texts() == [line.search_text for line in listed]


def test_a_discharged_participant_with_a_flag_is_worked_out_with_it(db: Database) -> None:
    fill_demo(db, CLOCK)
    rows(db, CLOCK, Include.ALL)
    flagged = [
        line
        for line in rows(db, CLOCK, Include.DISCHARGED)
        if line.flags and line.status == ParticipantStatus.DISCHARGED.value
    ]
    assert flagged  # the demo leaves discharge summaries to write and notes in draft
    expected = {line.participant_id: line for line in _lines(db, CLOCK, Include.DISCHARGED)}
    assert all(expected[line.participant_id] == line for line in flagged)


def test_what_a_kept_line_shows_forgets_it_when_it_changes(db: Database) -> None:
    fill_demo(db, CLOCK)
    rows(db, CLOCK, Include.ALL)
    line = _one_kept(db)
    # a rename made outside the app: the line is forgotten, the list shows and sorts it anew
    db.conn.execute(
        "UPDATE participants SET last_name = 'Aaberg' WHERE id = :id", {"id": line.participant_id}
    )
    assert line.participant_id not in _kept(db)
    listed = list(rows(db, CLOCK, Include.ALL))
    assert listed == _lines(db, CLOCK, Include.ALL)
    assert listed[0].participant_id == line.participant_id
    assert listed[0].display_name.endswith("Aaberg")
    # the program's name
    program = db.conn.execute(
        "SELECT program_id FROM participants WHERE id = :id", {"id": line.participant_id}
    ).fetchone()[0]
    rows(db, CLOCK, Include.ALL)
    db.conn.execute("UPDATE programs SET name = 'Renamed' WHERE id = :id", {"id": program})
    assert line.participant_id not in _kept(db)
    renamed = next(
        r for r in rows(db, CLOCK, Include.ALL) if r.participant_id == line.participant_id
    )
    assert renamed.program == "Renamed"
    # the PHQ-9 course the line shows
    rows(db, CLOCK, Include.ALL)
    scored = next(
        r.participant_id
        for r in rows(db, CLOCK, Include.DISCHARGED)
        if r.latest_phq9 is not None and r.participant_id in _kept(db)
    )
    db.conn.execute("DELETE FROM measure_courses WHERE participant_id = :id", {"id": scored})
    assert scored not in _kept(db)
    assert list(rows(db, CLOCK, Include.ALL)) == _lines(db, CLOCK, Include.ALL)


def test_a_day_before_the_discharge_is_worked_out_not_read_kept(db: Database) -> None:
    fill_demo(db, CLOCK)
    rows(db, CLOCK, Include.ALL)
    pid, latest = db.conn.execute(
        """SELECT participant_id, discharge_date FROM review_cache WHERE shown IS NOT NULL
           ORDER BY discharge_date DESC LIMIT 1"""
    ).fetchone()
    earlier = FixedClock(dt.date.fromisoformat(latest) - dt.timedelta(days=1), dt.time(16, 0))
    assert pid not in {row[0] for row in listing(db.conn, earlier.today(), None)}
    assert pid in {row[0] for row in listing(db.conn, CLOCK.today(), None)}
    assert list(rows(db, earlier, Include.ALL)) == _lines(db, earlier, Include.ALL)


def test_a_kept_line_reads_back_as_it_was_written(db: Database) -> None:
    fill_demo(db, CLOCK)
    rows(db, CLOCK, Include.ALL)
    line = _one_kept(db)
    stored = db.conn.execute(
        "SELECT sort_key, search_text, shown FROM review_cache WHERE participant_id = :id",
        {"id": line.participant_id},
    ).fetchone()
    assert CaseloadRow.from_kept(*stored) == line
    assert COLUMNS[-1] == "shown"


def test_a_kept_line_changed_outside_the_app_is_worked_out_again(db: Database) -> None:
    fill_demo(db, CLOCK)
    rows(db, CLOCK, Include.ALL)
    line = _one_kept(db)
    expected = _lines(db, CLOCK, Include.ALL)
    for crafted in (
        "not json",
        "[1, 2]",
        '{"participant_id": 1}',
        line.shown().replace(f'"{line.status}"', "7", 1),  # a number where a word goes
        line.shown().replace(f'"{line.projected_end}"', '"someday"', 1),
        line.shown().replace(",1,", ",true,", 1),
    ):
        db.conn.execute(
            "UPDATE review_cache SET shown = :shown WHERE participant_id = :id",
            {"shown": crafted, "id": line.participant_id},
        )
        listed = rows(db, CLOCK, Include.ALL)
        assert list(listed) == expected, crafted


def test_marks_read_for_the_figures_are_every_mark_in_session_order(db: Database) -> None:
    """The marks the figures are worked from: each participant's marked sessions, as stored,
    oldest first (a cancelled session counts as cancelled, no minutes)."""
    from counselor_desk.store import session_repo

    fill_demo(db, CLOCK)
    ids = [row[0] for row in db.conn.execute("SELECT id FROM participants ORDER BY id")]
    found = session_repo.attended_sessions(db.conn, ids)
    expected: dict[int, list[tuple[object, ...]]] = {}
    for row in db.conn.execute(
        """SELECT a.participant_id, s.date, s.start_time, s.duration_minutes, s.service_type,
                  CASE WHEN s.cancelled THEN 'cancelled' ELSE a.status END,
                  CASE WHEN s.cancelled THEN 0 ELSE a.minutes_attended END,
                  a.session_id, a.telehealth, s.topic
           FROM attendance a JOIN sessions s ON s.id = a.session_id
           ORDER BY a.participant_id, s.date, s.start_time, a.session_id"""
    ):
        expected.setdefault(row[0], []).append(tuple(row[1:]))
    assert expected and sum(map(len, expected.values())) > 500
    assert {
        participant_id: [
            (
                mark.date.isoformat(),
                mark.start_time.strftime("%H:%M"),
                mark.duration_minutes,
                mark.service_type.value,
                mark.status.value,
                mark.minutes_attended,
                mark.session_id,
                int(mark.telehealth),
                mark.topic,
            )
            for mark in marks
        ]
        for participant_id, marks in found.items()
    } == expected
