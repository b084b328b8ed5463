"""Bold, small and muted words and flag badges in the record, by font, palette role and paint.

What a style sheet such as "font-weight: 600", "color: palette(mid)" or a badge's rounded
background gives a label, without the style sheet: every label with a sheet of its own is styled by a style made for it, which
costs at each build, polish and paint (the record has dozens of such labels).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel

from counselor_desk.domain.colours import ColourRole
from counselor_desk.ui import palette


def font(label: QLabel, *, weight: QFont.Weight | None = None, points: int | None = None) -> QFont:
    """The label's font at another weight or size."""
    changed = QFont(label.font())
    if weight is not None:
        changed.setWeight(weight)
    if points is not None:
        changed.setPointSize(points)
    return changed


def bold(label: QLabel, *, points: int | None = None) -> QLabel:
    """Semi-bold (weight 600), as "font-weight: 600" says; at `points` if given."""
    label.setFont(font(label, weight=QFont.Weight.DemiBold, points=points))
    return label


def muted(label: QLabel, *, points: int | None = None) -> QLabel:
    """In the palette's mid colour, as "color: palette(mid)" says; at `points` if given."""
    label.setForegroundRole(QPalette.ColorRole.Mid)
    if points is not None:
        label.setFont(font(label, points=points))
    return label


class Badge(QLabel):
    """A label drawn as a rounded block in a colour role's colours, as a style sheet of
    "color; background; border-radius; padding; font-weight: 600" draws it, without the style
    sheet: the same rounded shape filled as the style sheet's style fills it, the words
    semi-bold inside the same padding. By default the flag badge of `palette.badge_style`
    (radius 8, padding 2 px by 8 px).

    The style sheet also gives the label a frame, and a framed label without an indent of its
    own is indented by half an "x" when painted and measured a whole "x" wider: the badge
    keeps both, so it stands where, and wraps its words where, the styled label did."""

    def __init__(
        self,
        text: str = "",
        role: ColourRole = ColourRole.NEUTRAL,
        *,
        radius: float = 8.0,
        padding: tuple[int, int] = (8, 2),
    ) -> None:
        super().__init__(text)
        bold(self)
        across, down = padding
        self.setContentsMargins(across, down, across, down)
        self.radius = radius
        self.role = role
        self._fill = QColor()
        self._indent()
        self.set_role(role)

    def set_role(self, role: ColourRole) -> None:
        """Show the badge in `role`'s colours (of the palette in use now)."""
        self.role = role
        colours = palette.swatch(role)
        self._fill = QColor(colours.background)
        shown = QPalette(self.palette())
        shown.setColor(QPalette.ColorRole.WindowText, QColor(colours.text))
        self.setPalette(shown)
        self.update()

    def fill(self) -> QColor:
        """The badge's background colour."""
        return QColor(self._fill)

    def _indent(self) -> None:
        self.setIndent(self.fontMetrics().horizontalAdvance("x") // 2)

    def _wider(self) -> int:
        """How much wider the styled label measured itself than its painted indent."""
        return self.fontMetrics().horizontalAdvance("x") - self.indent()

    def sizeHint(self) -> QSize:
        return super().sizeHint() + QSize(self._wider(), 0)

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint() + QSize(self._wider(), 0)

    def heightForWidth(self, width: int) -> int:
        return super().heightForWidth(width - self._wider())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._indent()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(rounded(QRectF(self.rect()), self.radius), self._fill)
        painter.end()
        super().paintEvent(event)


def rounded(rect: QRectF, radius: float) -> QPainterPath:
    """The outline a style sheet's border-radius gives a box with no border: its corners'
    radii kept within half the box, each corner an arc as the style sheet's style draws it."""
    rx = min(radius, rect.width() / 2)
    ry = min(radius, rect.height() / 2)
    left, top, right, bottom = rect.x(), rect.y(), rect.x() + rect.width(), rect.y() + rect.height()
    path = QPainterPath()
    path.moveTo(left + rx, top)
    path.lineTo(right - rx, top)
    path.arcTo(right - 2 * rx, top, 2 * rx, 2 * ry, 90, -90)
    path.lineTo(right, bottom - ry)
    path.arcTo(right - 2 * rx, bottom - 2 * ry, 2 * rx, 2 * ry, 0, -90)
    path.lineTo(left + rx, bottom)
    path.arcTo(left, bottom - 2 * ry, 2 * rx, 2 * ry, 270, -90)
    path.lineTo(left, top + ry)
    path.arcTo(left, top, 2 * rx, 2 * ry, 180, -90)
    path.closeSubpath()
    return path
