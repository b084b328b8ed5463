"""Sessions over a date range: listing, roll-call state, actions, the sign-in sheet export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QUrl
from pytestqt.qtbot import QtBot

from counselor_desk.domain.model import Attendance, AttendanceStatus, Participant, Program
from counselor_desk.services import sessions
from counselor_desk.services.clock import Clock
from counselor_desk.store.db import Database
from counselor_desk.ui import sessions_view
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.sessions_view import SessionsView, default_range
from counselor_desk.ui.widgets.session_table import COL_DATE, COL_ROLL_CALL


def shown_sessions(qtbot: QtBot, ctx: AppContext) -> SessionsView:
    view = SessionsView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def column(view: SessionsView, col: int) -> list[str]:
    return [view.proxy.index(row, col).data() for row in range(view.proxy.rowCount())]


def test_default_range_is_this_week_and_four_before() -> None:
    assert default_range(dt.date(2026, 3, 4)) == (dt.date(2026, 2, 2), dt.date(2026, 3, 8))


def test_lists_the_range_newest_first_with_roll_call_state(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant]
) -> None:
    today_session = sessions.day_sessions(ctx.db, ctx.clock.today())[0].session.id
    marks = [
        Attendance(today_session, p.id, AttendanceStatus.PRESENT, 180) for p in group_of_twelve[:5]
    ]
    sessions.record_roll_call(ctx.db, today_session, marks, ctx.clock)
    view = shown_sessions(qtbot, ctx)
    dates = column(view, COL_DATE)
    assert len(dates) == 15  # Mon/Wed/Fri over five weeks
    assert dates[:3] == ["Fri 2026-03-06", "Wed 2026-03-04", "Mon 2026-03-02"]
    assert dates[-1] == "Mon 2026-02-02"
    assert column(view, COL_ROLL_CALL)[:3] == ["Upcoming", "Upcoming", "Taken (5 of 12)"]
    assert view.count_label.text() == "15 session(s)"


def test_the_view_opens_on_today_not_the_latest_session_ahead(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    view = shown_sessions(qtbot, ctx)
    current = view.current_session()
    assert current is not None and current.session.date == ctx.clock.today()  # Monday 2 March
    view.from_edit.setDate(QDate(2026, 3, 3))  # a range without today: the first row
    view.table.clearSelection()
    view.table.setCurrentIndex(view.proxy.index(-1, 0))
    view.refresh()
    assert view.current_session() is not None


def test_a_reversed_range_says_so(qtbot: QtBot, ctx: AppContext, program: Program) -> None:
    view = shown_sessions(qtbot, ctx)
    view.to_edit.setDate(QDate(2026, 1, 1))
    assert view.range_error.text() == "‘To’ is before ‘From’."
    assert view.proxy.rowCount() == 0


def test_roll_call_button_opens_the_selected_session(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant]
) -> None:
    view = shown_sessions(qtbot, ctx)
    view.table.selectRow(2)  # Monday 2 March
    view.roll_call_button.click()
    dialog = view.actions_.roll_call_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.session.date == ctx.clock.today()
    dialog.reject()


def test_signin_button_is_shown(qtbot: QtBot, ctx: AppContext, program: Program) -> None:
    view = shown_sessions(qtbot, ctx)
    assert view.signin_button.isVisible() and view.open_after.isVisible()


def test_signin_export_saves_where_chosen_and_opens_it(
    qtbot: QtBot,
    ctx: AppContext,
    program: Program,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[int, Path]] = []
    languages: list[str] = []

    def export(
        db: Database, session_id: int, out: Path, clock: Clock, *, language: str = "en"
    ) -> None:
        calls.append((session_id, out))
        languages.append(language)
        out.write_bytes(b"%PDF-1.4")

    target = tmp_path / "sheet.pdf"
    opened: list[QUrl] = []
    monkeypatch.setattr(
        sessions_view.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "")
    )
    monkeypatch.setattr(sessions_view.QDesktopServices, "openUrl", opened.append)
    view = shown_sessions(qtbot, ctx)
    view.export_signin = export
    view.table.selectRow(2)
    assert view.export_current_signin() == target
    assert calls == [(view.current_session().session.id, target)]  # type: ignore[union-attr]
    assert target.read_bytes() == b"%PDF-1.4"
    assert opened == [QUrl.fromLocalFile(str(target))]
    view.open_after.setChecked(False)
    view.language_box.setCurrentIndex(view.language_box.findData("es"))
    view.export_current_signin()
    assert len(opened) == 1
    assert languages == ["en", "es"]  # the sheet in the language chosen beside the dates
