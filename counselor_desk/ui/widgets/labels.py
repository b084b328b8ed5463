"""Small label helpers."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose &-mnemonic moves the focus to `buddy` (Alt+letter)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
