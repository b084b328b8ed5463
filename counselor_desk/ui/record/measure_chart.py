"""The course of a followed measure (PHQ-9, GAD-7): a painted trend, and its badges.

`MeasureChart` draws the scores that count over time (dates along the bottom) over the
instrument's severity bands, shaded stripes named in their words, with the baseline marked;
a struck score is not drawn, a total entered alone is drawn hollow. `CourseView` puts the
baseline, latest score and change in words and the response and remission badges above it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from counselor_desk.domain.colours import ColourRole
from counselor_desk.domain.measures import Course, Instrument, Scoring, counted
from counselor_desk.domain.model import Measure
from counselor_desk.ui import palette
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP, date_text, domain_text
from counselor_desk.ui.record.emphasis import Badge

#: The bands' shades, mildest first; an instrument's bands spread over them.
BAND_ROLES = (
    ColourRole.ATTENDED,
    ColourRole.PARTIAL,
    ColourRole.CAUTION,
    ColourRole.WARNING,
    ColourRole.DANGER,
)
BAND_ALPHA = 60
#: The badges beside a course: their colour, title, what they mean and their accessible
#: name (translated where shown, in the "CourseView" context).
BADGES: dict[str, tuple[ColourRole, str, str, str]] = {
    "response": (
        ColourRole.TASK,
        QT_TRANSLATE_NOOP("CourseView", "Response"),
        QT_TRANSLATE_NOOP("CourseView", "A drop of at least 50 % from the baseline"),
        QT_TRANSLATE_NOOP("CourseView", "{instrument} response"),
    ),
    "remission": (
        ColourRole.ATTENDED,
        QT_TRANSLATE_NOOP("CourseView", "Remission"),
        QT_TRANSLATE_NOOP("CourseView", "The latest score is under the remission threshold"),
        QT_TRANSLATE_NOOP("CourseView", "{instrument} remission"),
    ),
}
_POINT_RADIUS = 4.5
_HIT_RADIUS = 9.0


def signed(change: int) -> str:
    """'−11', '+3', '±0': a change as the counselor reads it (a true minus sign)."""
    if change < 0:
        return f"\u2212{-change}"
    return f"+{change}" if change > 0 else "\u00b10"


def band_colour(index: int, count: int) -> QColor:
    """The shade of band `index` of `count`, from the one palette, made light."""
    step = 0 if count <= 1 else round(index * (len(BAND_ROLES) - 1) / (count - 1))
    colour = palette.background(BAND_ROLES[step])
    colour.setAlpha(BAND_ALPHA)
    return colour


def short_date(day: dt.date) -> str:
    """'Jan 5' ('5 ene'): the month's name and the order of the app's language."""
    #: A Qt date pattern (MMM: the month's short name, d: the day), in the language's order.
    return date_text(day, QCoreApplication.translate("MeasureChart", "MMM d"))


def score_words(instrument: Instrument, score: int) -> str:
    """`Instrument.score_text` in the app's language: '14 (moderate)', 'high risk'."""
    band = domain_text(instrument.severity(score))
    if instrument.scoring is Scoring.CSSRS_RISK:
        return QCoreApplication.translate("MeasureChart", "{band} risk").format(band=band)
    return QCoreApplication.translate("MeasureChart", "{score} ({band})").format(
        score=score, band=band
    )


def point_tip(instrument: Instrument, measure: Measure, baseline: bool) -> str:
    """A point's tooltip: date, score and band, and how the score was entered."""
    score = score_words(instrument, measure.score)
    parts = [f"{measure.taken_on:%Y-%m-%d}: {score}"]
    if baseline:
        parts.append(QCoreApplication.translate("MeasureChart", "baseline"))
    parts.append(
        QCoreApplication.translate("MeasureChart", "total only (scored on paper)")
        if measure.total_only
        else QCoreApplication.translate("MeasureChart", "from the answers")
    )
    if measure.corrected_from is not None:
        parts.append(
            QCoreApplication.translate("MeasureChart", "corrected from {score}").format(
                score=measure.corrected_from
            )
        )
    return "; ".join(parts)


class MeasureChart(QWidget):
    """One instrument's counted scores over time, over its severity bands."""

    LEFT, TOP, BOTTOM = 30, 22, 22

    def __init__(self, instrument: Instrument, parent: QWidget | None = None):
        super().__init__(parent)
        self.instrument = instrument
        self.scores: list[Measure] = []
        self._right_room: tuple[tuple[str, tuple[str, ...]], int] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(
            self.tr("{instrument} scores over time").format(instrument=instrument.name)
        )
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(460, 190)

    def minimumSizeHint(self) -> QSize:
        """The room the layouts keep for the chart. A hint, not a hard minimum: where the
        window is shorter than the tab needs (a 768-pixel screen, the demo's banner), the
        chart is drawn smaller, dates and all, rather than cut off at the bottom."""
        return QSize(300, 170)

    def set_measures(self, found: Sequence[Measure]) -> None:
        """Every score of the participant: those of this instrument that count are drawn."""
        self.scores = counted(self.instrument.name, found)
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart in words (screen readers)."""
        if not self.scores:
            return self.tr("No {instrument} scores yet.").format(instrument=self.instrument.name)
        parts = []
        for position, measure in enumerate(self.scores):
            text = f"{measure.taken_on:%Y-%m-%d} {score_words(self.instrument, measure.score)}"
            if position == 0:
                text = self.tr("{score} (baseline)").format(score=text)
            if measure.total_only:
                text = self.tr("{score} (total only)").format(score=text)
            parts.append(text)
        return "; ".join(parts)

    # -- geometry (also what the tests read) --------------------------------------------------

    def _right(self) -> int:
        """Room on the right for the bands' words (measured again only when the words or
        the font change: every point's place asks for it)."""
        words = tuple(domain_text(band.label) for band in self.instrument.bands)
        key = (self.font().key(), words)
        if self._right_room is None or self._right_room[0] != key:
            metrics = self.fontMetrics()
            room = 10 + max(metrics.horizontalAdvance(word) for word in words)
            self._right_room = (key, room)
        return self._right_room[1]

    def plot_rect(self) -> QRectF:
        return QRectF(
            self.LEFT,
            self.TOP,
            max(1, self.width() - self.LEFT - self._right()),
            max(1, self.height() - self.TOP - self.BOTTOM),
        )

    def _y(self, score: float, plot: QRectF) -> float:
        return plot.bottom() - score / self.instrument.maximum * plot.height()

    def band_stripes(self) -> list[tuple[str, QRectF]]:
        """Each severity band's words (in the app's language) and the stripe it is shaded in,
        mildest first."""
        plot = self.plot_rect()
        stripes = []
        low = 0.0
        bands = self.instrument.bands
        for position, band in enumerate(bands):
            high = float(band.top) if position == len(bands) - 1 else band.top + 0.5
            top, bottom = self._y(high, plot), self._y(low, plot)
            stripe = QRectF(plot.left(), top, plot.width(), bottom - top)
            stripes.append((domain_text(band.label), stripe))
            low = high
        return stripes

    def point_positions(self) -> list[tuple[Measure, QPointF]]:
        """Where each counted score is drawn, oldest first."""
        if not self.scores:
            return []
        whole = self.plot_rect()
        plot = whole.adjusted(14, 0, -14, 0)
        first, last = self.scores[0].taken_on, self.scores[-1].taken_on
        span = (last - first).days
        points = []
        for measure in self.scores:
            if span == 0:
                x = plot.center().x()
            else:
                x = plot.left() + (measure.taken_on - first).days / span * plot.width()
            points.append((measure, QPointF(x, self._y(measure.score, whole))))
        return points

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        if not self.scores:
            painter.setPen(text)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No {instrument} yet.").format(instrument=self.instrument.name),
            )
            painter.end()
            return
        self._bands(painter, text)
        self._axis(painter, text)
        points = self.point_positions()
        self._baseline(painter, text, points[0][1])
        line = QColor(self.palette().highlight().color())
        painter.setPen(QPen(line, 2))
        for (_a, start), (_b, end) in pairwise(points):
            painter.drawLine(start, end)
        for measure, point in points:
            self._point(painter, measure, point, line)
        self._dates(painter, text, points)
        self._legend(painter, text, line)
        painter.end()

    def _bands(self, painter: QPainter, text: QColor) -> None:
        stripes = self.band_stripes()
        plot = self.plot_rect()
        right = self._right()
        painter.setPen(Qt.PenStyle.NoPen)
        for index, (label, rect) in enumerate(stripes):
            painter.setBrush(band_colour(index, len(stripes)))
            painter.drawRect(rect)
            painter.setPen(text)
            painter.drawText(
                QRectF(plot.right() + 6, rect.top(), right - 6, rect.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            painter.setPen(Qt.PenStyle.NoPen)

    def _axis(self, painter: QPainter, text: QColor) -> None:
        """The lowest score of each band, and the maximum, up the left side."""
        ticks = [0] + [band.top + 1 for band in self.instrument.bands[:-1]]
        ticks.append(self.instrument.maximum)
        painter.setPen(text)
        plot = self.plot_rect()
        for score in ticks:
            y = self._y(score, plot)
            painter.drawText(
                QRectF(0, y - 8, self.LEFT - 5, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(score),
            )

    def _baseline(self, painter: QPainter, text: QColor, at: QPointF) -> None:
        plot = self.plot_rect()
        painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), at.y()), QPointF(plot.right(), at.y()))
        painter.setPen(QPen(text, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(at, _POINT_RADIUS + 3.5, _POINT_RADIUS + 3.5)

    def _point(self, painter: QPainter, measure: Measure, at: QPointF, colour: QColor) -> None:
        """Scored from the answers: a filled dot. A total only: a hollow diamond."""
        if measure.total_only:
            r = _POINT_RADIUS + 1
            diamond = QPainterPath()
            diamond.moveTo(at.x(), at.y() - r)
            diamond.lineTo(at.x() + r, at.y())
            diamond.lineTo(at.x(), at.y() + r)
            diamond.lineTo(at.x() - r, at.y())
            diamond.closeSubpath()
            painter.setPen(QPen(colour, 2))
            painter.setBrush(self.palette().base())
            painter.drawPath(diamond)
        else:
            painter.setPen(QPen(colour, 1))
            painter.setBrush(colour)
            painter.drawEllipse(at, _POINT_RADIUS, _POINT_RADIUS)

    def _dates(
        self, painter: QPainter, text: QColor, points: list[tuple[Measure, QPointF]]
    ) -> None:
        """Each point's date under the plot, the newest first kept where they would crowd."""
        metrics = painter.fontMetrics()
        plot = self.plot_rect()
        painter.setPen(text)
        last_left: float | None = None
        for measure, point in reversed(points):
            label = short_date(measure.taken_on)
            width = metrics.horizontalAdvance(label)
            left = point.x() - width / 2
            if last_left is not None and left + width + 6 > last_left:
                continue
            painter.drawText(
                QRectF(left, plot.bottom() + 3, width, self.BOTTOM - 3),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
            last_left = left

    def _legend(self, painter: QPainter, text: QColor, colour: QColor) -> None:
        x, y = float(self.LEFT), 11.0
        metrics = painter.fontMetrics()
        dot = Measure(0, self.instrument.name, dt.date.min, 0, items=(0,))
        hollow = Measure(0, self.instrument.name, dt.date.min, 0)
        for sample, label in ((dot, self.tr("answers")), (hollow, self.tr("total only"))):
            self._point(painter, sample, QPointF(x + 5, y), colour)
            painter.setPen(text)
            painter.drawText(QPointF(x + 14, y + 4), label)
            x += 28 + metrics.horizontalAdvance(label)
        painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, y), QPointF(x + 16, y))
        painter.setPen(text)
        painter.drawText(QPointF(x + 20, y + 4), self.tr("baseline"))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tip_at(QPointF(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tip_at(self, where: QPointF) -> str:
        """The tooltip of the point under `where` ("" if none is near)."""
        for position, (measure, point) in enumerate(self.point_positions()):
            if (point - where).manhattanLength() <= _HIT_RADIUS * 1.5:
                return point_tip(self.instrument, measure, position == 0)
        return ""


class CourseView(QWidget):
    """An instrument's course in words, its badges, and its chart."""

    def __init__(self, instrument: Instrument, parent: QWidget | None = None):
        super().__init__(parent)
        self.instrument = instrument
        self.title = QLabel(f"{instrument.name} ({domain_text(instrument.screens_for)})")
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(
            self.tr("{instrument} baseline and latest").format(instrument=instrument.name)
        )
        self.badges: dict[str, Badge] = {}
        top = QHBoxLayout()  # the badges, under the title (which has the whole width)
        for word, (role, title, meaning, name) in BADGES.items():
            badge = Badge(QCoreApplication.translate("CourseView", title), role)
            badge.setToolTip(QCoreApplication.translate("CourseView", meaning))
            badge.setAccessibleName(
                QCoreApplication.translate("CourseView", name).format(instrument=instrument.name)
            )
            policy = badge.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # the charts side by side start level
            badge.setSizePolicy(policy)
            badge.hide()
            self.badges[word] = badge
            top.addWidget(badge)
        top.addStretch(1)
        self.chart = MeasureChart(instrument)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 1)

    def set_course(self, course: Course | None, found: Sequence[Measure]) -> None:
        self.summary.setText(course_words(self.instrument, course))
        shown = set(course.badges) if course is not None else set()
        for word, badge in self.badges.items():
            badge.setVisible(word in shown)
        self.chart.set_measures(found)
        self.chart.setVisible(course is not None)

    def shown_badges(self) -> list[str]:
        return [word for word, badge in self.badges.items() if not badge.isHidden()]


def course_words(instrument: Instrument, course: Course | None) -> str:
    """'Baseline 18 (moderately severe) on 2026-01-05 · latest 7 (mild) on 2026-02-23 ·
    change −11', or 'Not taken yet.'"""
    if course is None:
        return QCoreApplication.translate("CourseView", "Not taken yet.")
    first, last = course.baseline, course.latest
    baseline = score_words(instrument, first.score)
    if last is None:
        return QCoreApplication.translate(
            "CourseView", "Baseline {baseline} on {date} · not taken again yet"
        ).format(baseline=baseline, date=f"{first.taken_on:%Y-%m-%d}")
    return QCoreApplication.translate(
        "CourseView",
        "Baseline {baseline} on {date} · latest {latest} on {latest_date} · change {change}",
    ).format(
        baseline=baseline,
        date=f"{first.taken_on:%Y-%m-%d}",
        latest=score_words(instrument, last.score),
        latest_date=f"{last.taken_on:%Y-%m-%d}",
        change=signed(course.change or 0),
    )
