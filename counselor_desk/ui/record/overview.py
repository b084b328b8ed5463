"""Overview tab: hours per program week against the minimum, and the attendance calendar."""

from __future__ import annotations

from collections.abc import Sequence

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
from counselor_desk.ui.record.charts import AttendanceCalendar, HoursChart, status_colour


def _swatch(statuses: Sequence[AttendanceStatus]) -> QWidget:
    """One colour of the calendar and the statuses it stands for ("Late / Left early")."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    square = QLabel()
    square.setFixedSize(12, 12)
    square.setStyleSheet(
        f"background: {status_colour(statuses[0]).name()}; border: 1px solid rgba(0,0,0,60);"
    )
    row.addWidget(square)
    row.addWidget(QLabel(" / ".join(status.label for status in statuses)))
    return box


class OverviewTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Attendance summary")
        self.week_line = QLabel()
        self.week_line.setWordWrap(True)
        self.week_line.setAccessibleName("This program week")
        self.chart = HoursChart()
        self.calendar = AttendanceCalendar()
        hours_box = QGroupBox("Hours per program week")
        hours_layout = QVBoxLayout(hours_box)
        hours_layout.addWidget(self.week_line)
        hours_layout.addWidget(self.chart)
        calendar_box = QGroupBox("Sessions by program week")
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
        self.events.setAccessibleName("Level changes and leaves")
        events_box = QGroupBox("Level changes and leaves of absence")
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
            reason = f" – {change.reason}" if change.reason else ""
            lines.append(
                (
                    change.effective_date,
                    f"{change.effective_date:%Y-%m-%d}: level changed to "
                    f"{change.level_of_care.label}{reason}",
                )
            )
        for leave in leaves:
            reason = f" – {leave.reason}" if leave.reason else ""
            lines.append(
                (
                    leave.start_date,
                    f"{leave.start_date:%Y-%m-%d} to {leave.end_date:%Y-%m-%d}: "
                    f"leave of absence ({leave.days} days){reason}",
                )
            )
        lines.sort(key=lambda item: item[0])
        self.events.setText("\n".join(text for _day, text in lines) or "None recorded.")

    def show_review(self, review: Review, history: Sequence[AttendedSession]) -> None:
        self.chart.set_weeks(review.weeks)
        self.calendar.set_sessions(review.participant.admission_date, history, len(review.weeks))
        week = review.this_week
        if week is None:
            self.week_line.setText("The program has not started yet.")
        else:
            text = f"Week {week.week}: {week.hours:.1f} h attended"
            if week.minimum_hours is not None:
                text += f" of a {week.minimum_hours:.1f} h minimum"
            if not week.complete and week.reachable_minutes is not None:
                reach = week.reachable_minutes / 60
                text += f"; up to {reach:.1f} h still reachable this week"
                if week.short:
                    text += " — the minimum can no longer be met"
            self.week_line.setText(text + ".")
        attendance = review.attendance
        rate = "–" if attendance.rate is None else f"{attendance.rate:.0%}"
        self.summary.setText(
            f"Attendance {rate}: {attendance.attended} of {attendance.expected} expected sessions "
            f"attended; absences {attendance.excused} excused, {attendance.unexcused} unexcused "
            f"({review.consecutive_unexcused} unexcused in a row); "
            f"{attendance.cancelled} cancelled by the program."
        )
