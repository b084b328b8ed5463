"""The one palette (ui/palette.py): every colour role readable in light and dark, one colour
per flag wherever it is shown, and one style of error text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from counselor_desk.domain.colours import ColourRole
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    AttendanceStatus,
    NoteFormat,
    Participant,
    Program,
    ServiceType,
)
from counselor_desk.domain.rules import Flag
from counselor_desk.services import sessions
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.notes import NoteDraft
from counselor_desk.ui import palette
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import roll_call, roll_call_view
from counselor_desk.ui.dialogs.form import FormErrors
from counselor_desk.ui.dialogs.roll_call import RollCallDialog
from counselor_desk.ui.palette import DARK, LIGHT, PALETTES, contrast_ratio
from counselor_desk.ui.record.header import badge
from counselor_desk.ui.record.note_editor_view import NoteEditorView
from counselor_desk.ui.today_view import TodayView
from counselor_desk.ui.widgets.badges import FLAGS_ROLE, FlagBadgeDelegate


def window_palette(window: str) -> QPalette:
    colours = QPalette()
    colours.setColor(QPalette.ColorRole.Window, QColor(window))
    return colours


@pytest.fixture
def dark_application(qapp: QApplication) -> Iterator[None]:
    """The application in a dark palette for one test, then back as it was."""
    before = QGuiApplication.palette()
    QApplication.setPalette(window_palette("#202124"))
    yield
    QApplication.setPalette(before)


@pytest.mark.parametrize("theme", list(PALETTES))
@pytest.mark.parametrize("role", list(ColourRole))
def test_every_roles_text_reads_at_4_5_to_1_on_its_background(theme: str, role: ColourRole) -> None:
    colours = PALETTES[theme][role]
    assert contrast_ratio(colours.background, colours.text) >= palette.MIN_CONTRAST, (
        f"{theme} {role}: {colours.text} on {colours.background} is {colours.contrast:.2f}:1"
    )


def test_the_contrast_arithmetic_is_wcags() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    # white on the old orange badge, which this palette replaces
    assert contrast_ratio("#ffffff", "#ef6c00") == pytest.approx(3.1, abs=0.05)
    assert palette.relative_luminance("#ffffff") == pytest.approx(1.0)
    with pytest.raises(ValueError):
        palette.relative_luminance("white")


def test_both_palettes_give_every_role_and_the_dark_one_its_own_colours() -> None:
    assert set(LIGHT) == set(DARK) == set(ColourRole)
    assert all(LIGHT[role] != DARK[role] for role in ColourRole)


def test_the_palette_is_chosen_by_the_window_lightness(qapp: QApplication) -> None:
    assert not palette.is_dark(window_palette("#f0f0f0"))
    assert palette.is_dark(window_palette("#2b2b2b"))
    assert palette.swatch(ColourRole.DANGER, window_palette("#2b2b2b")) == DARK[ColourRole.DANGER]
    assert palette.swatch(ColourRole.DANGER, window_palette("#ffffff")) == LIGHT[ColourRole.DANGER]


def test_flags_and_statuses_name_distinct_meanings_by_role() -> None:
    assert Flag.PAST_END.colour is ColourRole.WARNING
    assert Flag.SUMMARY_DUE.colour is ColourRole.DEADLINE
    assert AttendanceStatus.UNEXCUSED.colour is Flag.ABSENCES.colour is ColourRole.DANGER
    assert AttendanceStatus.EXCUSED.colour is Flag.ON_LEAVE.colour is ColourRole.NEUTRAL


def painted(view: QTableView, colour: str) -> int:
    image = view.viewport().grab().toImage()
    wanted = QColor(colour).rgb()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixel(x, y) == wanted
    )


@pytest.mark.parametrize("flag", list(Flag))
def test_a_flag_has_the_same_colours_in_the_caseload_and_the_record_header(
    qtbot: QtBot, flag: Flag
) -> None:
    colours = palette.swatch(flag.colour)
    header_badge = badge(flag.label, flag.colour)
    qtbot.addWidget(header_badge)
    assert header_badge.fill().name() == colours.background
    assert header_badge.palette().color(QPalette.ColorRole.WindowText).name() == colours.text

    model = QStandardItemModel(1, 1)
    cell = QStandardItem()
    cell.setData((flag,), FLAGS_ROLE)
    model.setItem(0, 0, cell)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegateForColumn(0, FlagBadgeDelegate(view))
    view.setColumnWidth(0, 220)
    view.resize(260, 80)
    view.show()
    qtbot.waitExposed(view)
    assert painted(view, colours.background) > 50  # the badge, in the flag's role


def test_form_errors_use_the_one_error_style_in_light_and_dark(
    qtbot: QtBot, dark_application: None
) -> None:
    errors = FormErrors()
    qtbot.addWidget(errors.banner)
    errors.show(ValidationError("The database is read-only."))  # a message for no field
    dark = DARK[ColourRole.ERROR]
    assert errors.banner.styleSheet() == palette.error_style()
    assert f"color: {dark.text}; background: {dark.background};" in errors.banner.styleSheet()
    QApplication.setPalette(window_palette("#f5f5f5"))
    light = FormErrors()
    qtbot.addWidget(light.banner)
    light.show(ValidationError("The database is read-only."))
    assert f"color: {LIGHT[ColourRole.ERROR].text};" in light.banner.styleSheet()


def test_roll_call_shows_each_mark_in_its_status_colours(
    qtbot: QtBot,
    ctx: AppContext,
    group_of_twelve: list[Participant],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(roll_call, "ask_unsaved", lambda _parent: roll_call_view.Unsaved.DISCARD)
    session_id = sessions.day_sessions(ctx.db, ctx.clock.today())[0].session.id
    dialog = RollCallDialog(ctx, session_id)
    qtbot.addWidget(dialog)
    cell = dialog.table.item(0, roll_call_view.COL_STATUS)
    assert cell is not None and cell.data(Qt.ItemDataRole.BackgroundRole) is None
    for status in AttendanceStatus:
        dialog.set_status(0, status, 0 if not status.attended else 30)
        colours = palette.swatch(status.colour)
        assert cell.text() == status.label
        assert cell.background().color() == QColor(colours.background)
        assert cell.foreground().color() == QColor(colours.text)
    assert dialog.error_label.styleSheet() == palette.error_style()


def test_needs_attention_marks_each_person_in_their_most_urgent_flags_colour(
    admit_person: Callable[..., Participant],
    qtbot: QtBot,
    ctx: AppContext,
    program: Program,
    clock: FixedClock,
) -> None:
    admit_person(ctx.db, clock, program, "Samantha", "Short", dt.date(2026, 2, 16), "A-1")
    view = TodayView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    first = view.attention.model().index(0, 0)
    assert first.data().startswith("Samantha Short — Short on hours")
    shown = first.data(Qt.ItemDataRole.DecorationRole)
    assert QColor(shown) == palette.background(Flag.SHORT_HOURS.colour)


def test_the_late_entry_mark_is_a_caution_badge_readable_in_both_palettes(qtbot: QtBot) -> None:
    draft = NoteDraft(1, dt.date(2026, 3, 2), dt.time(9, 0), 180, ServiceType.GROUP, NoteFormat.DAP)
    view = NoteEditorView(draft)
    qtbot.addWidget(view)
    assert view.late_label.text() == "Late entry"
    assert view.late_label.role is ColourRole.CAUTION
    assert view.late_label.fill() == palette.background(ColourRole.CAUTION)
