"""Coloured flag badges in a table cell: each flag in its colour role's background and text.

The colours come from ui/palette.py, as the record header's badges do, so a flag has the
same colour wherever it is shown, in the light and the dark palette.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from counselor_desk.domain.rules import Flag
from counselor_desk.ui import palette

#: The item-data role a model uses to hand the delegate its flags (a sequence of Flag).
FLAGS_ROLE = Qt.ItemDataRole.UserRole + 40

_PAD_X = 6
_GAP = 4


def badge_width(metrics: QFontMetrics, flag: Flag) -> int:
    return metrics.horizontalAdvance(flag.label) + 2 * _PAD_X


class FlagBadgeDelegate(QStyledItemDelegate):
    """Paints the flags of a cell (FLAGS_ROLE) as rounded coloured badges."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        flags: Sequence[Flag] = index.data(FLAGS_ROLE) or ()
        style = option.widget.style() if option.widget else QApplication.style()
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        if not flags:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(option.font)
        height = min(option.rect.height() - 4, metrics.height() + 4)
        top = option.rect.top() + (option.rect.height() - height) // 2
        left = option.rect.left() + _GAP
        for flag in flags:
            width = badge_width(metrics, flag)
            if left + width > option.rect.right() and left > option.rect.left() + _GAP:
                painter.setPen(option.palette.color(option.palette.ColorRole.Text))
                painter.drawText(
                    QRect(left, top, option.rect.right() - left, height),
                    Qt.AlignmentFlag.AlignVCenter,
                    "…",
                )
                break
            rect = QRect(left, top, width, height)
            colours = palette.swatch(flag.colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.background))
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(QColor(colours.text))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, flag.label)
            left += width + _GAP
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        flags: Sequence[Flag] = index.data(FLAGS_ROLE) or ()
        metrics = QFontMetrics(option.font)
        width = sum(badge_width(metrics, flag) + _GAP for flag in flags) + _GAP
        return QSize(max(width, 60), metrics.height() + 8)
