"""Refresh a view now when it is on screen, else the next time it is shown.

A view hidden behind another page does no work for a change; it catches up when shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QObject):
    """Owns `view`'s "stale" state: `changed()` refreshes it now or marks it for its next show.

    The view's `refresh` must call `fresh()` (or be wrapped by this helper's `refresh()`).
    """

    def __init__(self, view: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._refresh = refresh
        self.stale = True
        view.installEventFilter(self)

    def refresh(self) -> None:
        self._refresh()
        self.stale = False

    def changed(self) -> None:
        if self._view.isVisible():
            self.refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Show and self.stale:
            self.refresh()
        return False
