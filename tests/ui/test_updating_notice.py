"""A database from an older version is brought up to date with a window saying so."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from counselor_desk.store.schema import schema_version
from counselor_desk.ui import app

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_the_notice_shows_while_an_older_database_is_updated(qtbot: QtBot, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / f"schema_v{schema_version() - 1}.sqlite3", old)
    with app.updating_notice(old, None) as notice:
        assert notice is not None and notice.isVisible()
        assert "up to date" in notice.text()
    assert not notice.isVisible()


def test_no_notice_for_a_current_or_new_database(qtbot: QtBot, tmp_path: Path) -> None:
    with app.updating_notice(tmp_path / "new.sqlite3", None) as notice:
        assert notice is None
