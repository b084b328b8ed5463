"""The record draws as it did with style sheets and self-measuring columns: fitted columns
as wide as ResizeToContents makes them, bold and muted labels as their old style sheets drew
them, the flag badges and the payer's notices as theirs did (in both palettes), the
calendar's legend squares, the calendar painted in part, the chart's room for its band words
following the font."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from counselor_desk.domain.colours import ColourRole
from counselor_desk.domain.measures import PHQ_9
from counselor_desk.domain.model import AttendanceStatus, AttendedSession, ServiceType
from counselor_desk.ui import palette
from counselor_desk.ui.record.charts import AttendanceCalendar, status_colour
from counselor_desk.ui.record.emphasis import Badge, bold, muted
from counselor_desk.ui.record.fitted_columns import FittedColumns
from counselor_desk.ui.record.header import badge
from counselor_desk.ui.record.measure_chart import MeasureChart
from counselor_desk.ui.record.overview import ColourSquare
from counselor_desk.ui.record.payer_tab_view import PayerTabView
from counselor_desk.ui.widgets.table_model import Column, TableModel

COLUMNS = (
    Column("Date", lambda row: row[0]),
    Column("A rather long title", lambda row: row[1]),
    Column("Score", lambda row: row[2]),
    Column("Note", lambda row: row[3]),
)
ROWS = [("2026-03-02", "PHQ-9", "14 (moderate)", "")] * 30


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def _tables(
    qtbot: QtBot,
) -> tuple[QWidget, QTableView, QTableView, TableModel[tuple[str, ...]]]:
    """The same model in a table sized by ResizeToContents and in one with fitted columns,
    side by side in a window."""
    model: TableModel[tuple[str, ...]] = TableModel(COLUMNS)
    model.set_rows(ROWS)
    host = QWidget()
    qtbot.addWidget(host)
    layout = QHBoxLayout(host)
    measured, fitted = QTableView(), QTableView()
    for view in (measured, fitted):
        view.setModel(model)
        view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(view)
    for column in range(3):
        measured.horizontalHeader().setSectionResizeMode(
            column, QHeaderView.ResizeMode.ResizeToContents
        )
    FittedColumns(fitted, range(3))
    host.resize(1100, 300)
    host.show()
    qtbot.waitExposed(host)
    return host, measured, fitted, model


def _widths(view: QTableView) -> list[int]:
    header = view.horizontalHeader()
    return [header.sectionSize(column) for column in range(header.count())]


def test_fitted_columns_are_as_wide_as_resize_to_contents_makes_them(qtbot: QtBot) -> None:
    _host, measured, fitted, model = _tables(qtbot)
    before = _widths(fitted)
    assert before == _widths(measured)
    model.set_rows([*ROWS, ("2026-03-03", "GAD-7", "21 (severe) corrected from 20", "")])
    qtbot.wait(10)
    assert _widths(fitted) == _widths(measured)  # measured again when the rows are set
    assert _widths(fitted)[2] > before[2]
    model.set_rows([])
    qtbot.wait(10)
    assert _widths(fitted) == _widths(measured)  # no rows: as wide as the titles
    assert fitted.horizontalHeader().sectionResizeMode(0) is QHeaderView.ResizeMode.Fixed


def _pair(qtbot: QtBot, text: str, sheet: str, styled: QLabel) -> tuple[QImage, QImage]:
    old = QLabel(text)
    old.setStyleSheet(sheet)
    for label in (old, styled):
        qtbot.addWidget(label)
        label.ensurePolished()
    assert styled.sizeHint() == old.sizeHint()
    for label in (old, styled):
        label.resize(old.sizeHint())
    return _image(old), _image(styled)


def test_bold_and_muted_labels_draw_as_their_style_sheets_did(qtbot: QtBot) -> None:
    for sheet, styled in (
        ("font-weight: 600;", bold(QLabel("Week 9 of 12"))),
        ("font-size: 18pt; font-weight: 600;", bold(QLabel("Week 9 of 12"), points=18)),
        ("color: palette(mid);", muted(QLabel("Week 9 of 12"))),
        ("color: palette(mid); font-size: 8pt;", muted(QLabel("Week 9 of 12"), points=8)),
    ):
        old, new = _pair(qtbot, "Week 9 of 12", sheet, styled)
        assert old == new, sheet


#: The windows `_hosted` made, kept until the test ends (qtbot holds them only weakly).
HOSTS: list[QWidget] = []


@pytest.fixture(autouse=True)
def _forget_hosts() -> Iterator[None]:
    yield
    HOSTS.clear()


def _hosted(qtbot: QtBot, label: QLabel, width: int) -> QImage:
    """`label` laid out in a window `width` wide (its words wrapped there if they wrap)."""
    host = QWidget()
    qtbot.addWidget(host)
    HOSTS.append(host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(5, 5, 5, 5)
    layout.addWidget(label)
    layout.addStretch(1)
    host.resize(width, 160)
    host.show()
    qtbot.waitExposed(host)
    return _image(host)


BADGES = (
    ("Response", ColourRole.TASK),
    ("Short on hours", ColourRole.DANGER),
    ("Late entry", ColourRole.CAUTION),
    ("Plan review overdue since 2026-02-13", ColourRole.WARNING),
)


@pytest.fixture(params=["light", "dark"])
def either_palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The application in a light, then a dark palette, then back as it was."""
    before = QGuiApplication.palette()
    if request.param == "dark":
        dark = QPalette()
        dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
        dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
        QApplication.setPalette(dark)
    yield request.param
    QApplication.setPalette(before)


def test_a_badge_draws_as_its_style_sheet_did(qtbot: QtBot, either_palette: str) -> None:
    for text, role in BADGES:
        old = QLabel(text)
        old.setStyleSheet(palette.badge_style(role))
        new = badge(text, role)
        assert isinstance(new, Badge) and new.styleSheet() == ""
        assert _hosted(qtbot, new, 400) == _hosted(qtbot, old, 400), text
        assert new.sizeHint() == old.sizeHint() and new.size() == old.size()
        alone = Badge(text, role)  # measured alone too, as a layout measures it
        for label in (old, alone):
            label.ensurePolished()
        assert alone.minimumSizeHint() == old.minimumSizeHint()


def test_a_badge_given_another_role_draws_in_its_colours(qtbot: QtBot) -> None:
    old = QLabel("high risk")
    old.setStyleSheet(palette.badge_style(ColourRole.DANGER))
    new = Badge("high risk")
    new.set_role(ColourRole.DANGER)
    assert _hosted(qtbot, new, 300) == _hosted(qtbot, old, 300)


NOTICE = (
    "The authorization ends 2026-03-20, before the projected end 2026-04-01.\n"
    "Only 3 units are left: ask the payer for more before 2026-03-10."
)
#: The payer tab's notices as they were styled: wrapped plain text in a rounded block.
NOTICE_STYLE = (
    "color: {text}; background: {background}; border-radius: 4px; padding: 4px 8px;"
    " font-weight: 600;"
)


@pytest.mark.parametrize("width", [180, 331, 333, 520, 900])
def test_the_payers_notices_wrap_and_draw_as_their_style_sheets_did(
    qtbot: QtBot, width: int
) -> None:
    view = PayerTabView()
    qtbot.addWidget(view)
    for notice, role in (
        (view.warnings, ColourRole.DEADLINE),
        (view.uncovered, ColourRole.WARNING),
    ):
        colours = palette.swatch(role)
        old = QLabel(NOTICE)
        old.setTextFormat(Qt.TextFormat.PlainText)
        old.setWordWrap(True)
        old.setStyleSheet(NOTICE_STYLE.format(text=colours.text, background=colours.background))
        notice.setParent(None)  # out of the tab, into a window of its own
        notice.setText(NOTICE)
        notice.show()
        assert _hosted(qtbot, notice, width) == _hosted(qtbot, old, width), (role, width)
        assert notice.heightForWidth(width - 10) == old.heightForWidth(width - 10)


def test_the_legend_square_draws_as_its_style_sheet_did(qtbot: QtBot) -> None:
    colour = status_colour(AttendanceStatus.PRESENT)
    old = QLabel()
    old.setFixedSize(12, 12)
    old.setStyleSheet(f"background: {colour.name()}; border: 1px solid rgba(0,0,0,60);")
    square = ColourSquare(colour)
    for widget in (old, square):
        qtbot.addWidget(widget)
    assert _image(square) == _image(old)
    assert QColor(_image(square).pixel(6, 6)) == colour


class EveryWeek(AttendanceCalendar):
    """Paints every week whatever part is exposed (the painter still clips to that part)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(QPaintEvent(self.rect()))


def test_the_calendar_painted_in_part_paints_every_week_in_that_part(qtbot: QtBot) -> None:
    admitted = dt.date(2026, 1, 5)
    marks = [
        AttendedSession(
            admitted + dt.timedelta(days=day),
            dt.time(9),
            180,
            ServiceType.GROUP,
            AttendanceStatus.PRESENT if day % 3 else AttendanceStatus.UNEXCUSED,
            180 if day % 3 else 0,
        )
        for day in range(0, 120, 2)
    ]
    calendars = (AttendanceCalendar(), EveryWeek())
    for calendar in calendars:
        qtbot.addWidget(calendar)
        calendar.resize(700, 100)
        calendar.set_sessions(admitted, marks, 18)
    assert _image(calendars[0]) == _image(calendars[1])
    for part in (QRect(0, 0, 700, 40), QRect(0, 150, 700, 61), QRect(100, 301, 300, 95)):
        culled, whole = (calendar.grab(part).toImage() for calendar in calendars)
        assert culled == whole, part


def test_the_charts_room_for_band_words_follows_the_font(qtbot: QtBot) -> None:
    chart = MeasureChart(PHQ_9)
    qtbot.addWidget(chart)
    chart.resize(520, 220)
    before = chart.plot_rect().width()
    larger = QFont(chart.font())
    larger.setPointSize(chart.font().pointSize() + 6)
    chart.setFont(larger)
    assert chart.plot_rect().width() < before
