"""Two painted views of the dose: hours per program week, and sessions on a calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from counselor_desk.domain.model import AttendanceStatus, AttendedSession
from counselor_desk.domain.rules import WeekHours, program_week
from counselor_desk.ui import palette
from counselor_desk.ui.i18n import date_text, domain_text

OK_COLOUR = QColor("#43a047")
SHORT_COLOUR = QColor("#e53935")
CURRENT_COLOUR = QColor("#1e88e5")
REACHABLE_COLOUR = QColor(30, 136, 229, 70)
MINIMUM_COLOUR = QColor("#37474f")


def status_colour(status: AttendanceStatus) -> QColor:
    """A session's fill on the calendar: its status's colour role, from the one palette."""
    return palette.background(status.colour)


def bar_colour(week: WeekHours) -> QColor:
    """Short weeks in the warning colour; the week in progress in blue while still reachable."""
    if week.short:
        return SHORT_COLOUR
    return OK_COLOUR if week.complete else CURRENT_COLOUR


class HoursChart(QWidget):
    """Hours attended per program week as bars, with the week's minimum as a line."""

    LEFT, RIGHT, TOP, BOTTOM = 44, 12, 26, 26

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.weeks: list[WeekHours] = []
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Hours per program week"))

    def sizeHint(self) -> QSize:
        return QSize(600, 220)

    def set_weeks(self, weeks: Sequence[WeekHours]) -> None:
        self.weeks = list(weeks)
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart in words (screen readers and tooltips)."""
        parts = []
        for week in self.weeks:
            if week.minimum_hours is None:
                text = self.tr("Week {week}: {hours} h").format(
                    week=week.week, hours=f"{week.hours:.1f}"
                )
            else:
                text = self.tr("Week {week}: {hours} h of {minimum} h minimum").format(
                    week=week.week, hours=f"{week.hours:.1f}", minimum=f"{week.minimum_hours:.1f}"
                )
            if not week.complete and week.reachable_minutes is not None:
                text = self.tr("{week_text}, {hours} h still reachable").format(
                    week_text=text, hours=f"{week.reachable_minutes / 60:.1f}"
                )
            if week.short:
                text = self.tr("{week_text} (short)").format(week_text=text)
            parts.append(text)
        return "; ".join(parts) or self.tr("No program weeks yet.")

    def _scale_top(self) -> float:
        top = 1.0
        for week in self.weeks:
            top = max(top, week.hours, week.minimum_hours or 0.0)
            if week.reachable_minutes is not None:
                top = max(top, week.reachable_minutes / 60)
        return top * 1.15

    def _plot(self) -> QRectF:
        return QRectF(
            self.LEFT,
            self.TOP,
            max(1, self.width() - self.LEFT - self.RIGHT),
            max(1, self.height() - self.TOP - self.BOTTOM),
        )

    def _slot(self, index: int) -> QRectF:
        plot = self._plot()
        width = plot.width() / max(1, len(self.weeks))
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette_text = self.palette().windowText().color()
        plot = self._plot()
        if not self.weeks:
            painter.setPen(palette_text)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No program weeks yet.")
            )
            painter.end()
            return
        top = self._scale_top()

        def y_of(hours: float) -> float:
            return plot.bottom() - hours / top * plot.height()

        # axis and grid
        grid = QPen(QColor(0, 0, 0, 30))
        painter.setPen(grid)
        step = 2 if top <= 16 else 5 if top <= 40 else 10
        hours = 0
        while hours <= top:
            y = y_of(hours)
            painter.setPen(grid)
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(palette_text)
            painter.drawText(
                QRectF(0, y - 8, self.LEFT - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.tr("{hours} h").format(hours=hours),
            )
            hours += step
        label_every = max(1, len(self.weeks) // 16 + (1 if len(self.weeks) % 16 else 0))
        for index, week in enumerate(self.weeks):
            slot = self._slot(index)
            bar_width = max(2.0, slot.width() * 0.62)
            left = slot.center().x() - bar_width / 2
            if not week.complete and week.reachable_minutes is not None:
                reach = week.reachable_minutes / 60
                painter.setPen(QPen(CURRENT_COLOUR, 1, Qt.PenStyle.DashLine))
                painter.setBrush(QBrush(REACHABLE_COLOUR))
                painter.drawRect(QRectF(left, y_of(reach), bar_width, y_of(0) - y_of(reach)))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar_colour(week))
            painter.drawRect(QRectF(left, y_of(week.hours), bar_width, y_of(0) - y_of(week.hours)))
            if week.minimum_hours is not None:
                painter.setPen(QPen(MINIMUM_COLOUR, 2))
                y = y_of(week.minimum_hours)
                painter.drawLine(int(slot.left() + 2), int(y), int(slot.right() - 2), int(y))
            if index % label_every == 0 or index == len(self.weeks) - 1:
                painter.setPen(palette_text)
                painter.drawText(
                    QRectF(slot.left() - 10, plot.bottom() + 4, slot.width() + 20, 18),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    self.tr("W{week}").format(week=week.week),
                )
        self._legend(painter, palette_text)
        painter.end()

    def _legend(self, painter: QPainter, text: QColor) -> None:
        items = [
            (OK_COLOUR, self.tr("minimum met")),
            (SHORT_COLOUR, self.tr("short")),
            (CURRENT_COLOUR, self.tr("this week")),
            (REACHABLE_COLOUR, self.tr("still reachable")),
        ]
        x = float(self.LEFT)
        metrics = painter.fontMetrics()
        for colour, label in items:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(x, 8, 10, 10))
            painter.setPen(text)
            painter.drawText(QPoint(int(x + 14), 17), label)
            x += 24 + metrics.horizontalAdvance(label)
        painter.setPen(QPen(MINIMUM_COLOUR, 2))
        painter.drawLine(int(x), 13, int(x + 14), 13)
        painter.setPen(text)
        painter.drawText(QPoint(int(x + 18), 17), self.tr("weekly minimum"))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for index, week in enumerate(self.weeks):
                if self._slot(index).contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), _week_tip(week), self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)


def _week_tip(week: WeekHours) -> str:
    text = QCoreApplication.translate(
        "HoursChart", "Week {week} ({start} – {end}): {hours} h"
    ).format(
        week=week.week,
        start=date_text(week.start, "MMM dd"),
        end=date_text(week.end, "MMM dd"),
        hours=f"{week.hours:.1f}",
    )
    if week.minimum_hours is not None:
        text = QCoreApplication.translate("HoursChart", "{week_text}, minimum {hours} h").format(
            week_text=text, hours=f"{week.minimum_hours:.1f}"
        )
    if not week.complete and week.reachable_minutes is not None:
        text = QCoreApplication.translate(
            "HoursChart", "{week_text}; up to {hours} h still reachable"
        ).format(week_text=text, hours=f"{week.reachable_minutes / 60:.1f}")
    return text


class AttendanceCalendar(QWidget):
    """One row per program week, one cell per day; each session a coloured slice of its day."""

    CELL_H, LABEL_W, HEAD_H = 22, 40, 18

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.admission: dt.date | None = None
        self.sessions: list[AttendedSession] = []
        self.week_count = 0
        self.setAccessibleName(self.tr("Attendance calendar"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_sessions(
        self, admission: dt.date, sessions: Sequence[AttendedSession], week_count: int
    ) -> None:
        self.admission = admission
        self.sessions = [s for s in sessions if s.date >= admission]
        last = max((program_week(admission, s.date) for s in self.sessions), default=0)
        self.week_count = max(week_count, last)
        self.setFixedHeight(self.HEAD_H + max(1, self.week_count) * self.CELL_H + 4)
        self.update()

    def _cell(self, week: int, day: int) -> QRectF:
        width = (self.width() - self.LABEL_W) / 7
        return QRectF(
            self.LABEL_W + day * width,
            self.HEAD_H + (week - 1) * self.CELL_H,
            width - 2,
            self.CELL_H - 2,
        )

    def _by_cell(self) -> dict[tuple[int, int], list[AttendedSession]]:
        cells: dict[tuple[int, int], list[AttendedSession]] = {}
        if self.admission is None:
            return cells
        for session in self.sessions:
            offset = (session.date - self.admission).days
            cells.setdefault((offset // 7 + 1, offset % 7), []).append(session)
        return cells

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        text = self.palette().windowText().color()
        if self.admission is None or self.week_count == 0:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No sessions yet."))
            painter.end()
            return
        for day in range(7):
            cell = self._cell(1, day)
            name = date_text(self.admission + dt.timedelta(days=day), "ddd")
            painter.setPen(text)
            painter.drawText(
                QRectF(cell.left(), 0, cell.width(), self.HEAD_H),
                Qt.AlignmentFlag.AlignCenter,
                name,
            )
        cells = self._by_cell()
        empty_pen, empty_brush = QPen(QColor(0, 0, 0, 25)), QBrush(QColor(0, 0, 0, 8))
        session_pen = QPen(QColor(0, 0, 0, 60))
        fills = {status: QBrush(status_colour(status)) for status in AttendanceStatus}
        week_label = self.tr("W{week}")
        # only the weeks in the exposed part (the calendar of a long stay is scrolled)
        exposed = event.rect()
        first = max(1, (exposed.top() - self.HEAD_H) // self.CELL_H)
        last = min(self.week_count, (exposed.bottom() - self.HEAD_H) // self.CELL_H + 2)
        for week in range(first, last + 1):
            painter.setPen(text)
            painter.drawText(
                QRectF(0, self._cell(week, 0).top(), self.LABEL_W - 4, self.CELL_H),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                week_label.format(week=week),
            )
            for day in range(7):
                cell = self._cell(week, day)
                painter.setPen(empty_pen)
                painter.setBrush(empty_brush)
                painter.drawRect(cell)
                found = sorted(cells.get((week, day), []), key=lambda s: s.start_time)
                if not found:
                    continue
                width = cell.width() / len(found)
                painter.setPen(session_pen)
                for position, session in enumerate(found):
                    painter.setBrush(fills[session.status])
                    painter.drawRect(
                        QRectF(cell.left() + position * width, cell.top(), width, cell.height())
                    )
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for (week, day), found in self._by_cell().items():
                if self._cell(week, day).contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), _day_tip(found), self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)


def _day_tip(sessions: Sequence[AttendedSession]) -> str:
    lines = []
    for session in sorted(sessions, key=lambda s: s.start_time):
        line = QCoreApplication.translate(
            "AttendanceCalendar", "{date} {time} {type}: {status}, {minutes} min"
        ).format(
            date=date_text(session.date, "ddd yyyy-MM-dd"),
            time=f"{session.start_time:%H:%M}",
            type=domain_text(session.service_type.label),
            status=domain_text(session.status.label),
            minutes=session.minutes_attended,
        )
        if session.telehealth:
            line = QCoreApplication.translate("AttendanceCalendar", "{line} (telehealth)").format(
                line=line
            )
        lines.append(line)
    return "\n".join(lines)
