"""Guards the PySide6 pin: Python overrides of Qt virtuals must not eat references.

PySide6 6.12.0 dropped one reference to None on every call from Qt into a Python override
returning nothing (paintEvent, a delegate's paint, a model's sort…), and to True/False on
bare emits of signals with default arguments, so a running app crashed within minutes.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot


class Painted(QWidget):
    def paintEvent(self, event: QPaintEvent) -> None:
        return None


class Sorted(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        return None


def test_void_overrides_keep_references(qtbot: QtBot) -> None:
    widget = Painted()
    qtbot.addWidget(widget)
    widget.show()
    model = Sorted()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    before = sys.getrefcount(None)
    for _ in range(300):
        widget.repaint()
        view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert sys.getrefcount(None) - before >= -10


def test_bare_layout_signals_keep_references(qtbot: QtBot) -> None:
    model = Sorted()
    before = sys.getrefcount(True) + sys.getrefcount(False)
    for _ in range(300):
        model.layoutAboutToBeChanged.emit()
        model.layoutChanged.emit()
    assert sys.getrefcount(True) + sys.getrefcount(False) - before >= -10
