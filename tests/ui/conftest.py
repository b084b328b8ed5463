"""GUI fixtures: an AppContext on the tmp database, private QSettings, a small caseload."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from counselor_desk.domain.model import (
    CounselorProfile,
    LevelOfCare,
    Participant,
    Program,
)
from counselor_desk.services import participants, setup
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import form

FIRST_NAMES = (
    "Ana",
    "Ben",
    "Chloé",
    "Dev",
    "Eli",
    "Fay",
    "Gus",
    "Hana",
    "Ivo",
    "Jo",
    "Kai",
    "Lea",
    "Mo",
    "Nia",
)


#: Said by the offscreen platform plugin whenever a dialog is shown; not a fault of the app.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"
HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(item.path).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Window settings in a file of the test's own (never the user's)."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ctx(db: Database, clock: FixedClock) -> AppContext:
    return AppContext(db=db, clock=clock)


def set_up(db: Database) -> Program:
    """A profile and an adult IOP group on Mon/Wed/Fri 09:00–12:00."""
    setup.save_profile(
        db, CounselorProfile(name="Robin Vale", credentials="LCSW", clinic_name="Eastside")
    )
    return setup.add_program(db, setup.standard_program("Adult IOP"))


def admit(
    db: Database,
    clock: FixedClock,
    program: Program,
    first_name: str,
    last_name: str,
    admitted: dt.date,
    chart: str,
    preferred: str = "",
) -> Participant:
    return participants.admit(
        db,
        Participant(
            id=0,
            chart_number=chart,
            first_name=first_name,
            last_name=last_name,
            date_of_birth=dt.date(1990, 5, 17),
            program_id=program.id,
            level_of_care=LevelOfCare.IOP,
            admission_date=admitted,
            planned_weeks=12,
            preferred_name=preferred,
        ),
        clock,
    )


Admit = Callable[..., Participant]


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every yes/no question (`form.ask`) is answered yes; the questions asked are kept."""
    asked: list[str] = []

    def ask(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(form, "ask", ask)
    return asked


@pytest.fixture
def admit_person() -> Admit:
    """`admit(db, clock, program, first, last, admitted, chart, preferred="")` through the service."""
    return admit


@pytest.fixture
def program(db: Database) -> Program:
    return set_up(db)


@pytest.fixture
def group_of_twelve(db: Database, clock: FixedClock, program: Program) -> list[Participant]:
    """Twelve adults admitted today (Monday 2 March 2026): all expected at today's group."""
    return [
        admit(db, clock, program, name, f"Tester{n:02d}", clock.today(), f"C-{100 + n}")
        for n, name in enumerate(FIRST_NAMES[:12])
    ]


@pytest.fixture(autouse=True)
def _discard_typing_in_dialogs_at_teardown(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog left open with typing is closed by qtbot at teardown: answer, never block."""
    from counselor_desk.ui.dialogs import base

    monkeypatch.setattr(base, "ask_discard", lambda _parent: True)


@pytest.fixture(autouse=True)
def _no_window_state_between_tests() -> Iterator[None]:
    """A main window keeps splitters and columns in its settings; the next test starts
    without (its views are made with their own defaults)."""
    from counselor_desk.ui.widgets import remembered

    yield
    remembered.use(None)
