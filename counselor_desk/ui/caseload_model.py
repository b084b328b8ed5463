"""The caseload table: one Review per row, and the filter/sort proxy in front of it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from counselor_desk.domain.model import fold
from counselor_desk.services.caseload import Review
from counselor_desk.ui.widgets.badges import FLAGS_ROLE
from counselor_desk.ui.widgets.hours_bar import HOURS_ROLE, HoursBar

Index = QModelIndex | QPersistentModelIndex

COL_CHART = 0
COL_NAME = 1
COL_PROGRAM = 2
COL_LEVEL = 3
COL_WEEK = 4
COL_HOURS = 5
COL_ATTENDANCE = 6
COL_FLAGS = 7
HEADERS = ("Chart", "Name", "Program", "Level", "Week", "Hours this week", "Attendance", "Flags")

#: Returns the row's services.caseload.Review.
REVIEW_ROLE = Qt.ItemDataRole.UserRole + 1
#: The real value a column sorts by (numbers as numbers).
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def week_text(review: Review) -> str:
    if review.program_week is None:
        return "Not started"
    return f"Week {review.program_week} of {review.participant.planned_weeks}"


def hours_bar(review: Review) -> HoursBar:
    week = review.this_week
    short = week is not None and week.short
    return HoursBar(review.hours_this_week, review.minimum_hours, short)


class CaseloadModel(QAbstractTableModel):
    """Every Review of the chosen caseload; shows those matching the filter, in sort order.

    Sorting and filtering are plain Python list work over precomputed keys (a few ms for
    20,000 rows). Done by QSortFilterProxyModel itself they would call back into Python for
    every row and every comparison, far past a keystroke's 16 ms at that size; so the proxy
    in front (CaseloadFilter) hands both to this model.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[Review] = []
        self._haystacks: list[str] = []
        self._order: list[int] = []  # indices into _all in sort order
        self._shown: list[int] = []  # the part of _order matching the filter
        self._rows: list[Review] = []
        self._parts: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Review]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._haystacks = [
            fold(
                f"{r.participant.display_name} {r.participant.legal_name} {r.participant.chart_number}"
            )
            for r in self._all
        ]
        self._order = list(range(len(self._all)))
        if self._sort is not None:
            self._apply_sort(*self._sort)
        self._apply_filter(self._order)
        self.endResetModel()

    def total(self) -> int:
        """Rows before filtering."""
        return len(self._all)

    def set_filter(self, text: str) -> None:
        """Keep the rows whose name, legal name or chart number hold every typed word."""
        parts = fold(text).split()
        if parts == self._parts:
            return
        narrowing = bool(self._parts) and all(
            any(old in new for new in parts) for old in self._parts
        )
        self.beginResetModel()
        self._parts = parts
        self._apply_filter(self._shown if narrowing else self._order)
        self.endResetModel()

    def sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        rows_before = [self._rows[index.row()] for index in before]
        self._sort = (column, order)
        self._apply_sort(column, order)
        self._apply_filter(self._order)
        position = {id(review): row for row, review in enumerate(self._rows)}
        after = [
            self.index(position[id(review)], index.column())
            if id(review) in position
            else QModelIndex()
            for index, review in zip(before, rows_before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        keys = [self._sort_value(review, column) for review in self._all]
        self._order.sort(key=lambda i: keys[i], reverse=order is Qt.SortOrder.DescendingOrder)

    def _apply_filter(self, candidates: list[int]) -> None:
        parts, haystacks = self._parts, self._haystacks
        if parts:
            self._shown = [i for i in candidates if all(p in haystacks[i] for p in parts)]
        else:
            self._shown = list(candidates)
        self._rows = [self._all[i] for i in self._shown]

    def review_at(self, row: int) -> Review:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation is Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        review = self._rows[index.row()]
        column = index.column()
        if role == REVIEW_ROLE:
            return review
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(review, column)
        if role == SORT_ROLE:
            return self._sort_value(review, column)
        if role == FLAGS_ROLE and column == COL_FLAGS:
            return tuple(review.flags)
        if role == HOURS_ROLE and column == COL_HOURS:
            return hours_bar(review)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(review, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ATTENDANCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, review: Review, column: int) -> str:
        person = review.participant
        if column == COL_CHART:
            return person.chart_number
        if column == COL_NAME:
            return person.display_name
        if column == COL_PROGRAM:
            return review.program.name
        if column == COL_LEVEL:
            return review.level_of_care.value
        if column == COL_WEEK:
            return week_text(review)
        if column == COL_HOURS:
            return hours_bar(review).text
        if column == COL_ATTENDANCE:
            rate = review.attendance.rate
            return "–" if rate is None else f"{rate:.0%}"
        if column == COL_FLAGS:
            return ", ".join(flag.label for flag in review.flags)
        return ""

    def _sort_value(self, review: Review, column: int) -> Any:
        if column == COL_WEEK:
            return -1 if review.program_week is None else review.program_week
        if column == COL_HOURS:
            return review.hours_this_week
        if column == COL_ATTENDANCE:
            rate = review.attendance.rate
            return -1.0 if rate is None else rate
        if column == COL_FLAGS:
            return len(review.flags)
        if column == COL_NAME:  # by last name, as a caseload list is read
            person = review.participant
            return fold(f"{person.last_name}\t{person.display_name}")
        return fold(self._display(review, column))

    def _tooltip(self, review: Review, column: int) -> str | None:
        if column == COL_HOURS:
            reachable = review.reachable_hours
            if reachable is not None and review.minimum_hours is not None:
                return f"Still reachable this week: {reachable:g} of {review.minimum_hours:g} h"
            return None
        if column == COL_ATTENDANCE:
            summary = review.attendance
            return (
                f"{summary.attended} attended of {summary.expected} expected; "
                f"{summary.excused} excused, {summary.unexcused} unexcused absences"
            )
        if column == COL_WEEK:
            return f"Projected end {review.projected_end:%Y-%m-%d}"
        return None


class CaseloadFilter(QSortFilterProxyModel):
    """The view's model: filter as you type and sort by a column's real value.

    It hands both to CaseloadModel (see its docstring for why) and passes rows through.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self._model().set_filter(text)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(HEADERS):
            self._model().sort_rows(column, order)

    def _model(self) -> CaseloadModel:
        model = self.sourceModel()
        assert isinstance(model, CaseloadModel)
        return model

    def review_at(self, proxy_row: int) -> Review:
        return self.data(self.index(proxy_row, COL_NAME), REVIEW_ROLE)  # type: ignore[no-any-return]
