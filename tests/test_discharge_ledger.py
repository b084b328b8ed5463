"""The discharge summary's curriculum ledger of a stay that ended is the ledger the
curriculum service gives, read from the stay alone (services/documents/discharge_summary.py
`stay_ledger`): for every participant of a demo of two years, at dates before, during and
long after their stays, and with a module chosen for sessions the rotation would not give."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from counselor_desk.services import caseload, curriculum, participants
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.demo import DemoSize, fill_demo
from counselor_desk.services.documents.discharge_summary import stay_ledger
from counselor_desk.store import curriculum_repo, participant_repo
from counselor_desk.store.db import Database, connect

TODAY = dt.date(2026, 3, 2)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = connect(tmp_path_factory.mktemp("ledger") / "demo.sqlite3")
    fill_demo(db, FixedClock(TODAY, dt.time(16, 0)), size=DemoSize.scaled(participants=90, years=2))
    yield db
    db.close()


def same_ledgers(db: Database, today: dt.date) -> int:
    """Every participant's ledger both ways on `today`; how many stays that ended before it
    had modules attended."""
    clock = FixedClock(today, dt.time(12, 0))
    ended = 0
    for person in participant_repo.list_participants(db.conn):
        history = caseload.attendance_history(db, person.id)
        leaves = participants.leaves(db, person.id)
        expected = curriculum.participant_curriculum(db, person.id, clock)[1]
        assert stay_ledger(db, person, history, leaves, clock) == expected, person.id
        stay_over = person.discharge_date is not None and person.discharge_date < today
        if stay_over and expected is not None and expected.attended:
            ended += 1
    return ended


@pytest.mark.parametrize(
    "today", [TODAY, TODAY - dt.timedelta(days=200), TODAY + dt.timedelta(days=400)]
)
def test_a_stay_that_ended_has_the_services_ledger(demo: Database, today: dt.date) -> None:
    assert same_ledgers(demo, today) > 5


def test_modules_chosen_out_of_turn_move_the_rotation_the_same(demo: Database) -> None:
    program_id = participant_repo.list_participants(demo.conn)[0].program_id
    modules = curriculum_repo.modules(demo.conn, program_id)
    assert len(modules) > 2
    stored = curriculum_repo.group_sessions(demo.conn, program_id)[program_id]
    with demo.transaction() as conn:
        for index, session in enumerate(stored[::37]):
            curriculum_repo.set_session_module(
                conn, session.session_id, modules[index % len(modules)].id
            )
    assert same_ledgers(demo, TODAY) > 5
