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
from counselor_desk.ui.i18n import domain_text

#: The item-data role a model uses to hand the delegate its flags (a sequence of Flag).
FLAGS_ROLE = Qt.ItemDataRole.UserRole + 40

_PAD_X = 6
_GAP = 4


def badge_width(metrics: QFontMetrics, flag: Flag) -> int:
    return metrics.horizontalAdvance(domain_text(flag.label)) + 2 * _PAD_X


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
        more = metrics.horizontalAdvance("…") + _GAP  # what says "and more flags"
        for position, flag in enumerate(flags):
            text = domain_text(flag.label)
            width = metrics.horizontalAdvance(text) + 2 * _PAD_X
            room = option.rect.right() - left
            if position == 0 and width > room:
                # The first badge is shortened, not cut off mid-letter (a narrow column, a
                # long label in Spanish), leaving room for the "…" of the flags after it.
                spare = room - (more if len(flags) > 1 else 0) - 2 * _PAD_X
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, spare))
                width = metrics.horizontalAdvance(text) + 2 * _PAD_X
            elif width > room:
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
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            left += width + _GAP
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        flags: Sequence[Flag] = index.data(FLAGS_ROLE) or ()
        metrics = QFontMetrics(option.font)
        width = sum(badge_width(metrics, flag) + _GAP for flag in flags) + _GAP
        return QSize(max(width, 60), metrics.height() + 8)
