"""The hours-this-week cell: a small bar of hours against the weekly minimum, red when short."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

#: The item-data role a model uses to hand the delegate an HoursBar.
HOURS_ROLE = Qt.ItemDataRole.UserRole + 41

SHORT_COLOUR = "#c62828"
SHORT_COLOUR_ON_DARK = "#ef5350"
_BAR_WIDTH = 64


@dataclass(frozen=True, slots=True)
class HoursBar:
    hours: float
    minimum: float | None  # None: the level has no weekly minimum
    short: bool

    @property
    def text(self) -> str:
        hours = f"{self.hours:.1f}"
        if self.minimum is None:
            return QCoreApplication.translate("HoursBar", "{hours} h").format(hours=hours)
        return QCoreApplication.translate("HoursBar", "{hours} / {minimum} h").format(
            hours=hours, minimum=f"{self.minimum:g}"
        )

    @property
    def fraction(self) -> float:
        if not self.minimum:
            return 0.0
        return max(0.0, min(1.0, self.hours / self.minimum))


class HoursBarDelegate(QStyledItemDelegate):
    """Text "6.0 / 9 h" beside a bar filled to hours/minimum (palette highlight, red when short)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        bar: HoursBar | None = index.data(HOURS_ROLE)
        style = option.widget.style() if option.widget else QApplication.style()
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        if bar is None:
            return
        painter.save()
        rect = option.rect.adjusted(4, 0, -4, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = option.palette.color(text_role)
        dark = option.palette.color(QPalette.ColorRole.Base).lightness() < 128
        short_colour = QColor(SHORT_COLOUR_ON_DARK if dark else SHORT_COLOUR)
        if bar.short and not selected:
            text_colour = short_colour
        if bar.minimum is not None:
            bar_height = max(6, QFontMetrics(option.font).height() // 2)
            frame = QRect(
                rect.left(), rect.top() + (rect.height() - bar_height) // 2, _BAR_WIDTH, bar_height
            )
            painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
            painter.setBrush(option.palette.color(QPalette.ColorRole.Base))
            painter.drawRect(frame.adjusted(0, 0, -1, -1))
            fill = short_colour if bar.short else option.palette.color(QPalette.ColorRole.Highlight)
            filled = int((frame.width() - 2) * bar.fraction)
            if filled > 0:
                painter.fillRect(
                    QRect(frame.left() + 1, frame.top() + 1, filled, frame.height() - 2), fill
                )
            rect = rect.adjusted(_BAR_WIDTH + 6, 0, 0, 0)
        painter.setPen(text_colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, bar.text)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(
            _BAR_WIDTH + 14 + metrics.horizontalAdvance("00.0 / 20 h"), metrics.height() + 8
        )
