"""Table columns as wide as their contents, measured once each time the rows are set.

A column in `QHeaderView.ResizeToContents` is measured over all its rows again at every
layout pass, and a tab's first show makes several. The record's tables change only when
their rows are set (a model reset), so their columns are measured then, by the same measure
(the view's size hint for the column, the header's for its title, within the header's
bounds), and kept at that width: as wide as `ResizeToContents` makes them, and as fixed.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QHeaderView, QTableView


class FittedColumns(QObject):
    """Keeps `columns` of `view` fitted to their contents, measured again whenever its model
    is reset. A `QTableWidget` (whose own model is reset as it is destroyed) is measured only
    by `fit()`, called once its items are in (`follow_resets=False`)."""

    def __init__(
        self, view: QTableView, columns: Iterable[int], *, follow_resets: bool = True
    ) -> None:
        super().__init__(view)  # gone with the view, and its connection with it
        self.view = view
        self.columns = tuple(columns)
        header = view.horizontalHeader()
        for column in self.columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        if follow_resets:
            view.model().modelReset.connect(self.fit)
        self.fit()

    @Slot()
    def fit(self) -> None:
        header = self.view.horizontalHeader()
        low, high = header.minimumSectionSize(), header.maximumSectionSize()
        for column in self.columns:
            wanted = max(self.view.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, max(low, min(wanted, high)))
