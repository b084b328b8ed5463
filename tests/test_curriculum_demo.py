"""The demo's curricula: twelve modules (eight core) for each program, every stored group
session given its module by rotation, someone who missed a core module and when it comes round
again, and someone for whom it comes round too late (flagged)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from counselor_desk.domain.curriculum import rotation
from counselor_desk.domain.rules import Flag
from counselor_desk.services import caseload, curriculum, setup
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.demo import fill_demo
from counselor_desk.store import curriculum_repo, group_note_repo
from counselor_desk.store.db import Database, connect

CLOCK = FixedClock(dt.date(2026, 3, 2), dt.time(16, 0))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = connect(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    fill_demo(db, CLOCK)
    yield db
    db.close()


def test_each_program_has_twelve_modules_eight_core_and_a_completion_rule(demo: Database) -> None:
    for program in setup.list_programs(demo):
        modules = curriculum.curriculum(demo, program.id)
        assert (len(modules), sum(m.core for m in modules)) == (12, 8)
        assert curriculum.completion_rule(demo, program.id).all_core


def test_every_stored_group_session_has_the_module_the_rotation_gives(demo: Database) -> None:
    stored = curriculum_repo.group_sessions(demo.conn)
    for program in setup.list_programs(demo):
        sessions = stored[program.id]
        assert sessions and all(session.chosen is not None for session in sessions)
        modules = curriculum.curriculum(demo, program.id)
        unchosen = [
            type(session)(session.session_id, session.date, session.start_time)
            for session in sessions
        ]
        assert [c.module.id for c in rotation(modules, unchosen)] == [s.chosen for s in sessions]


def test_the_demo_shows_a_missed_core_module_coming_round_and_one_flagged(demo: Database) -> None:
    rows = caseload.reviews(demo, CLOCK)
    in_time, too_late = [], []
    for row in rows:
        ledger = curriculum.participant_ledger(demo, row.participant.id, CLOCK)
        assert ledger is not None
        assert row.missed_core_modules == len(ledger.missed_core)
        for item in ledger.missed_core:
            (in_time if item.in_time(ledger.projected_end) else too_late).append(row)
        assert (Flag.CORE_MODULE_MISSED in row.flags) == bool(ledger.core_missed_for_good)
    assert in_time, "someone missed a core module that comes round again in time"
    assert too_late, "someone missed a core module that comes round only after their end"


def test_the_demo_group_notes_name_the_sessions_module(demo: Database) -> None:
    named = 0
    for sessions in curriculum_repo.group_sessions(demo.conn).values():
        for session in sessions:
            shared = group_note_repo.shared_part(demo.conn, session.session_id)
            if shared is None:
                continue
            module = curriculum.session_module(demo, session.session_id)
            assert module is not None and shared.module == module.title
            named += 1
    assert named > 10
