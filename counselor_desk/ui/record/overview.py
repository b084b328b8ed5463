"""Overview tab: hours per program week against the minimum, and the attendance calendar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.colours import ColourRole
from counselor_desk.domain.model import AttendanceStatus, AttendedSession, Leave, LevelChange
from counselor_desk.services.caseload import Review
from counselor_desk.ui.i18n import domain_text
from counselor_desk.ui.record.charts import AttendanceCalendar, HoursChart, status_colour


class ColourSquare(QWidget):
    """A 12-pixel square of one colour with a faint edge, painted (no style sheet of its own)."""

    EDGE = QColor(0, 0, 0, 60)

    def __init__(self, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour
        self.setFixedSize(12, 12)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        width, height = self.width(), self.height()
        painter.fillRect(0, 0, width, height, self.colour)
        # each edge over the whole side, the corners shaded twice (as a 1px CSS border is)
        edges = (
            (0, 0, width, 1),
            (0, height - 1, width, 1),
            (0, 0, 1, height),
            (width - 1, 0, 1, height),
        )
        for x, y, w, h in edges:
            painter.fillRect(x, y, w, h, self.EDGE)
        painter.end()


def _swatch(statuses: Sequence[AttendanceStatus]) -> QWidget:
    """One colour of the calendar and the statuses it stands for ("Late / Left early")."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    square = ColourSquare(status_colour(statuses[0]))
    row.addWidget(square)
    row.addWidget(QLabel(" / ".join(domain_text(status.label) for status in statuses)))
    return box


class OverviewTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Attendance summary"))
        self.week_line = QLabel()
        self.week_line.setWordWrap(True)
        self.week_line.setAccessibleName(self.tr("This program week"))
        self.chart = HoursChart()
        self.calendar = AttendanceCalendar()
        hours_box = QGroupBox(self.tr("Hours per program week"))
        hours_layout = QVBoxLayout(hours_box)
        hours_layout.addWidget(self.week_line)
        hours_layout.addWidget(self.chart)
        calendar_box = QGroupBox(self.tr("Sessions by program week"))
        calendar_layout = QVBoxLayout(calendar_box)
        legend = QHBoxLayout()
        by_colour: dict[ColourRole, list[AttendanceStatus]] = {}
        for status in AttendanceStatus:
            by_colour.setdefault(status.colour, []).append(status)
        for statuses in by_colour.values():
            legend.addWidget(_swatch(statuses))
        legend.addStretch(1)
        calendar_layout.addWidget(self.summary)
        calendar_layout.addLayout(legend)
        calendar_layout.addWidget(self.calendar)
        self.events = QLabel()
        self.events.setWordWrap(True)
        self.events.setAccessibleName(self.tr("Level changes and leaves"))
        events_box = QGroupBox(self.tr("Level changes and leaves of absence"))
        events_layout = QVBoxLayout(events_box)
        events_layout.addWidget(self.events)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(hours_box)
        layout.addWidget(calendar_box)
        layout.addWidget(events_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_events(self, changes: Sequence[LevelChange], leaves: Sequence[Leave]) -> None:
        """Steps up or down and leaves, in date order, in the counselor's words."""
        lines = []
        for change in changes:
            said = (
                self.tr("{date}: level changed to {level} – {reason}")
                if change.reason
                else self.tr("{date}: level changed to {level}")
            )
            text = said.format(
                date=f"{change.effective_date:%Y-%m-%d}",
                level=domain_text(change.level_of_care.label),
                reason=change.reason,
            )
            lines.append((change.effective_date, text))
        for leave in leaves:
            said = (
                self.tr("{start} to {end}: leave of absence ({days} days) – {reason}")
                if leave.reason
                else self.tr("{start} to {end}: leave of absence ({days} days)")
            )
            text = said.format(
                start=f"{leave.start_date:%Y-%m-%d}",
                end=f"{leave.end_date:%Y-%m-%d}",
                days=leave.days,
                reason=leave.reason,
            )
            lines.append((leave.start_date, text))
        lines.sort(key=lambda item: item[0])
        self.events.setText("\n".join(text for _day, text in lines) or self.tr("None recorded."))

    def show_review(self, review: Review, history: Sequence[AttendedSession]) -> None:
        self.chart.set_weeks(review.weeks)
        self.calendar.set_sessions(review.participant.admission_date, history, len(review.weeks))
        week = review.this_week
        if week is None:
            self.week_line.setText(self.tr("The program has not started yet."))
        else:
            if week.minimum_hours is not None:
                text = self.tr("Week {week}: {hours} h attended of a {minimum} h minimum")
            else:
                text = self.tr("Week {week}: {hours} h attended")
            text = text.format(
                week=week.week,
                hours=f"{week.hours:.1f}",
                minimum=f"{week.minimum_hours or 0:.1f}",
            )
            if not week.complete and week.reachable_minutes is not None:
                reach = f"{week.reachable_minutes / 60:.1f}"
                if week.short:
                    text = self.tr(
                        "{so_far}; up to {reach} h still reachable this week"
                        " — the minimum can no longer be met"
                    ).format(so_far=text, reach=reach)
                else:
                    text = self.tr("{so_far}; up to {reach} h still reachable this week").format(
                        so_far=text, reach=reach
                    )
            self.week_line.setText(text + ".")
        attendance = review.attendance
        rate = "–" if attendance.rate is None else f"{attendance.rate:.0%}"
        self.summary.setText(
            self.tr(
                "Attendance {rate}: {attended} of {expected} expected sessions attended; "
                "absences {excused} excused, {unexcused} unexcused ({in_a_row} unexcused in a "
                "row); {cancelled} cancelled by the program."
            ).format(
                rate=rate,
                attended=attendance.attended,
                expected=attendance.expected,
                excused=attendance.excused,
                unexcused=attendance.unexcused,
                in_a_row=review.consecutive_unexcused,
                cancelled=attendance.cancelled,
            )
        )
