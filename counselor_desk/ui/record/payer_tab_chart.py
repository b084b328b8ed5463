"""The current authorization's burn-down, painted: units used against units authorized, and
on a line of dates the day units run out (at the pace so far) against the authorization's
end and the participant's projected end."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from counselor_desk.domain.authorization import Standing
from counselor_desk.ui.i18n import domain_text

USED_COLOUR = QColor("#1e88e5")
LOW_COLOUR = QColor("#e53935")
PERIOD_COLOUR = QColor(30, 136, 229, 60)
TODAY_COLOUR = QColor("#37474f")
RUNS_OUT_COLOUR = QColor("#e53935")
ENDS_COLOUR = QColor("#6a1b9a")
PROJECTED_COLOUR = QColor("#2e7d32")


def units_text(value: float) -> str:
    """12, or 12.50 (hours to two decimals)."""
    return str(int(value)) if value == int(value) else f"{value:.2f}"


def standing_words(standing: Standing) -> str:
    """`Standing.in_words` in the app's language: '12 of 40 days used, 28 left; at this pace
    they run out on 2026-04-20'."""
    authorization = standing.authorization
    values = {
        "used": units_text(standing.used),
        "authorized": units_text(authorization.units_authorized),
        "unit": domain_text(authorization.unit.label),
        "left": units_text(standing.left),
    }
    if standing.runs_out_on is None:
        return QCoreApplication.translate(
            "BurnDownChart", "{used} of {authorized} {unit} used, {left} left"
        ).format(**values)
    return QCoreApplication.translate(
        "BurnDownChart",
        "{used} of {authorized} {unit} used, {left} left; at this pace they run out on {date}",
    ).format(**values, date=f"{standing.runs_out_on:%Y-%m-%d}")


class BurnDownChart(QWidget):
    """Two rows: a bar of units (used, left) and a line of dates with a mark for each day
    that matters; a legend under it names each mark with its date."""

    LEFT, RIGHT = 12, 12
    ROW_H = 22

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.standing: Standing | None = None
        self.projected_end: dt.date | None = None
        self.setAccessibleName(self.tr("Burn-down of the current authorization"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(600, 3 * self.ROW_H + 2 * line + 12)

    def show_standing(self, standing: Standing | None, projected_end: dt.date | None) -> None:
        self.standing = standing
        self.projected_end = projected_end
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        if self.standing is None:
            return self.tr("No current authorization.")
        words = standing_words(self.standing)
        end = f"{self.standing.authorization.end_date:%Y-%m-%d}"
        if self.projected_end is None:
            return self.tr("{standing}; the authorization ends on {end}").format(
                standing=words, end=end
            )
        return self.tr(
            "{standing}; the authorization ends on {end}; the program's projected end is "
            "{projected}"
        ).format(standing=words, end=end, projected=f"{self.projected_end:%Y-%m-%d}")

    def marks(self) -> list[tuple[QColor, str, dt.date]]:
        """The days marked on the line of dates, with their names."""
        if self.standing is None:
            return []
        authorization = self.standing.authorization
        found = [
            (TODAY_COLOUR, self.tr("today"), self.standing.today),
            (ENDS_COLOUR, self.tr("authorization ends"), authorization.end_date),
        ]
        if self.standing.runs_out_on is not None:
            found.append((RUNS_OUT_COLOUR, self.tr("units run out"), self.standing.runs_out_on))
        if self.projected_end is not None:
            found.append((PROJECTED_COLOUR, self.tr("projected end"), self.projected_end))
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        if self.standing is None:
            painter.setPen(text)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No current authorization.")
            )
            painter.end()
            return
        self._units(painter, text)
        self._dates(painter, text)
        painter.end()

    def _width(self) -> float:
        return max(1.0, self.width() - self.LEFT - self.RIGHT)

    def _units(self, painter: QPainter, text: QColor) -> None:
        standing = self.standing
        assert standing is not None
        authorized = standing.authorization.units_authorized
        frame = QRectF(self.LEFT, 4, self._width(), self.ROW_H)
        painter.setPen(QPen(self.palette().mid().color()))
        painter.setBrush(self.palette().base())
        painter.drawRect(frame)
        fraction = max(0.0, min(1.0, standing.used / authorized)) if authorized else 0.0
        if fraction > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(LOW_COLOUR if standing.low else USED_COLOUR)
            painter.drawRect(
                QRectF(frame.left(), frame.top(), frame.width() * fraction, frame.height())
            )
        words = self.tr("{used} {unit} used  ·  {left} left  ·  {authorized} authorized").format(
            used=units_text(standing.used),
            unit=domain_text(standing.authorization.unit.label),
            left=units_text(standing.left),
            authorized=units_text(authorized),
        )
        metrics = painter.fontMetrics()
        box = frame.adjusted(6, 0, -6, 0)
        inside = frame.width() * fraction
        # the words stand on the bar where it is filled far enough, else after the fill
        if inside >= metrics.horizontalAdvance(words) + 12:
            painter.setPen(QColor("#ffffff"))
        else:
            painter.setPen(text)
            box = frame.adjusted(min(inside, frame.width() / 2) + 6, 0, -6, 0)
        painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, words)

    def _dates(self, painter: QPainter, text: QColor) -> None:
        standing = self.standing
        assert standing is not None
        authorization = standing.authorization
        marks = self.marks()
        first = min([authorization.start_date] + [day for _c, _n, day in marks])
        last = max([authorization.end_date] + [day for _c, _n, day in marks])
        span = max(1, (last - first).days)
        width = self._width()

        def x_of(day: dt.date) -> float:
            return self.LEFT + (day - first).days / span * width

        top = 4 + self.ROW_H + 14
        line = QRectF(self.LEFT, top, width, self.ROW_H)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PERIOD_COLOUR)
        start_x, end_x = x_of(authorization.start_date), x_of(authorization.end_date)
        painter.drawRect(QRectF(start_x, line.top(), max(2.0, end_x - start_x), line.height()))
        painter.setPen(QPen(self.palette().mid().color()))
        mid = line.center().y()
        painter.drawLine(QPointF(line.left(), mid), QPointF(line.right(), mid))
        for colour, _name, day in marks:
            painter.setPen(QPen(colour, 3))
            x = x_of(day)
            painter.drawLine(QPointF(x, line.top() - 4), QPointF(x, line.bottom() + 4))
        metrics = painter.fontMetrics()
        painter.setPen(text)
        y = line.bottom() + 8
        painter.drawText(
            QRectF(self.LEFT, y, width, metrics.height()),
            Qt.AlignmentFlag.AlignLeft,
            f"{first:%Y-%m-%d}",
        )
        painter.drawText(
            QRectF(self.LEFT, y, width, metrics.height()),
            Qt.AlignmentFlag.AlignRight,
            f"{last:%Y-%m-%d}",
        )
        # the legend: each mark's colour, name and date, one after another
        x = float(self.LEFT)
        y += metrics.height() + 4
        for colour, name, day in marks:
            label = f"{name} {day:%Y-%m-%d}"
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(x, y + 3, 10, metrics.height() - 6))
            painter.setPen(text)
            painter.drawText(QPointF(x + 14, y + metrics.ascent()), label)
            x += 30 + metrics.horizontalAdvance(label)
