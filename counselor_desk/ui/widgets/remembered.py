"""Splitter positions and table columns (widths, order, sort) kept between runs, as desktop
software does: each restored when its widget is made and saved as soon as it changes.

The main window names the QSettings to keep them in (`use`); without it (a view made on its
own, as in tests) nothing is read or written. Keys name the place, never a participant.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QSplitter

_PREFIX = "state/"
_settings: list[QSettings] = []  # the main window's, once it is made (at most one)


def use(settings: QSettings | None) -> None:
    """Keep states in `settings` from now on (None: keep none)."""
    _settings.clear()
    if settings is not None:
        _settings.append(settings)


def _restored(key: str) -> QByteArray | None:
    if not _settings:
        return None
    value = _settings[0].value(_PREFIX + key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _saver(key: str, state: object) -> QTimer:
    """A short timer that writes the state once a drag or a run of changes has ended."""
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(300)

    def save() -> None:
        if _settings:
            _settings[0].setValue(_PREFIX + key, state())  # type: ignore[operator]

    timer.timeout.connect(save)
    return timer


def splitter(widget: QSplitter, key: str) -> None:
    """Restore `widget`'s sizes from the last run and keep them when they change."""
    state = _restored("splitter/" + key)
    if state is not None:
        widget.restoreState(state)
    timer = _saver("splitter/" + key, widget.saveState)
    timer.setParent(widget)
    widget.splitterMoved.connect(lambda _pos, _index: timer.start())


def header(widget: QHeaderView, key: str) -> bool:
    """Restore a table's column widths, order and sort from the last run and keep them when
    the counselor changes them (a drag or a double-click on a column's edge, a move, a sort;
    widths the view sets itself are not kept). True when a state was restored."""
    state = _restored("header/" + key)
    restored = state is not None and widget.restoreState(state)
    timer = _saver("header/" + key, widget.saveState)
    timer.setParent(widget)

    def resized(*_args: object) -> None:
        if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            timer.start()

    widget.sectionResized.connect(resized)
    widget.sectionHandleDoubleClicked.connect(lambda _index: timer.start())
    widget.sectionMoved.connect(lambda *_args: timer.start())
    widget.sortIndicatorChanged.connect(lambda *_args: timer.start())
    return restored


def drags() -> bool:
    """Is the counselor changing a column's width right now (the mouse on the header)?"""
    return QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton
