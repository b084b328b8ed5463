"""Bold, small and muted words in the record, by font and palette role.

What a style sheet such as "font-weight: 600" or "color: palette(mid)" gives a label, without
the style sheet: every label with a sheet of its own is styled by a style made for it, which
costs at each build, polish and paint (the record has dozens of such labels).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel


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
