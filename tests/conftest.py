"""Shared fixtures: a fresh database on tmp_path, a clock standing on a fixed date."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis.configuration import set_hypothesis_home_dir

from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database, connect

# Qt offscreen for every test (set before any test imports PySide6 widgets).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Hypothesis keeps its example database outside the repository.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "counselor-desk-hypothesis")


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test away from the real per-user data folder and settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("COUNSELOR_DESK_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "caseload.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = connect(db_path)
    yield database
    database.close()


@pytest.fixture
def clock() -> FixedClock:
    """Monday 2 March 2026, 16:00."""
    return FixedClock(dt.date(2026, 3, 2), dt.time(16, 0))


@pytest.fixture(autouse=True)
def _messages_in_english_after_each_test() -> Iterator[None]:
    """A test that shows the app in Spanish leaves the services' messages English after it."""
    from counselor_desk.domain import messages

    yield
    messages.use("en")
