"""The caseload table: one CaseloadRow per row, and the filter/sort proxy in front of it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import overload

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QSortFilterProxyModel, Qt

from counselor_desk.domain.measures import PHQ_9
from counselor_desk.domain.model import fold
from counselor_desk.domain.rules import Flag, Severity
from counselor_desk.services.caseload_list import Caseload
from counselor_desk.services.caseload_row import CaseloadRow
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP, domain_text
from counselor_desk.ui.record.measure_chart import signed
from counselor_desk.ui.widgets.badges import FLAGS_ROLE
from counselor_desk.ui.widgets.hours_bar import HOURS_ROLE, HoursBar
from counselor_desk.ui.widgets.table_model import (
    ALIGN_RIGHT,
    RECORD_ROLE,
    SORT_ROLE,
    Column,
    TableModel,
)

COL_CHART = 0
COL_NAME = 1
COL_PROGRAM = 2
COL_LEVEL = 3
COL_WEEK = 4
COL_HOURS = 5
COL_ATTENDANCE = 6
COL_PHQ9 = 7
COL_FLAGS = 8

#: Returns the row's services.caseload_list.CaseloadRow.
ROW_ROLE = RECORD_ROLE


def week_text(row: CaseloadRow) -> str:
    if row.program_week is None:
        return QCoreApplication.translate("CaseloadModel", "Not started")
    return QCoreApplication.translate("CaseloadModel", "Week {week} of {weeks}").format(
        week=row.program_week, weeks=row.planned_weeks
    )


def hours_bar(row: CaseloadRow) -> HoursBar:
    week = row.this_week
    short = week is not None and week.short
    return HoursBar(row.hours_this_week, row.minimum_hours, short)


def _attendance_text(row: CaseloadRow) -> str:
    rate = row.attendance.rate
    return "–" if rate is None else f"{rate:.0%}"


def _attendance_rate(row: CaseloadRow) -> float:
    rate = row.attendance.rate
    return -1.0 if rate is None else rate


def _attendance_tooltip(row: CaseloadRow) -> str:
    summary = row.attendance
    return QCoreApplication.translate(
        "CaseloadModel",
        "{attended} attended of {expected} expected; "
        "{excused} excused, {unexcused} unexcused absences",
    ).format(
        attended=summary.attended,
        expected=summary.expected,
        excused=summary.excused,
        unexcused=summary.unexcused,
    )


def _hours_tooltip(row: CaseloadRow) -> str | None:
    reachable = row.reachable_hours
    if reachable is not None and row.minimum_hours is not None:
        return QCoreApplication.translate(
            "CaseloadModel", "Still reachable this week: {reachable} of {minimum} h"
        ).format(reachable=f"{reachable:g}", minimum=f"{row.minimum_hours:g}")
    return None


def phq9_text(row: CaseloadRow) -> str:
    """'7 (−11)': the latest PHQ-9 and its change from the baseline; '18' when taken once."""
    if row.latest_phq9 is None:
        return "\u2013"
    if row.phq9_change is None:
        return str(row.latest_phq9)
    return f"{row.latest_phq9} ({signed(row.phq9_change)})"


def phq9_score_text(score: int) -> str:
    """'14 (moderate)': a PHQ-9 score and its band in the app's language."""
    return QCoreApplication.translate("CaseloadModel", "{score} ({band})").format(
        score=score, band=domain_text(PHQ_9.severity(score))
    )


def phq9_tooltip(row: CaseloadRow) -> str | None:
    latest, change = row.latest_phq9, row.phq9_change
    if latest is None:
        return QCoreApplication.translate("CaseloadModel", "No PHQ-9 yet")
    if change is None:
        return QCoreApplication.translate(
            "CaseloadModel", "Latest PHQ-9: {score}; the baseline (taken once)"
        ).format(score=phq9_score_text(latest))
    return QCoreApplication.translate(
        "CaseloadModel", "Latest PHQ-9: {score}; baseline {baseline}, change {change}"
    ).format(
        score=phq9_score_text(latest),
        baseline=phq9_score_text(latest - change),
        change=signed(change),
    )


def phq9_key(row: CaseloadRow) -> tuple[int, int]:
    """By the latest score (none below every score), then by the change."""
    latest = -1 if row.latest_phq9 is None else row.latest_phq9
    return latest, row.phq9_change or 0


def flags_key(row: CaseloadRow) -> tuple[bool, list[Severity], int]:
    """A safety flag first, then the most urgent flags, then how many."""
    severities = sorted((flag.severity for flag in row.flags), reverse=True)
    return Flag.SAFETY in row.flags, severities, len(row.flags)


def _flags_tooltip(row: CaseloadRow) -> str | None:
    return "\n".join(domain_text(flag.label) for flag in row.flags) or None


def _name_key(row: CaseloadRow) -> str:
    """By last name, as a caseload list is read; the same order as roll call's."""
    return row.sort_key


COLUMNS: tuple[Column[CaseloadRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("CaseloadModel", "Chart"),
        lambda r: r.chart_number,
        sort_key=lambda r: fold(r.chart_number),
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseloadModel", "Name"),
        lambda r: r.display_name,
        sort_key=_name_key,
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseloadModel", "Program"),
        lambda r: r.program,
        sort_key=lambda r: fold(r.program),
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseloadModel", "Level"),
        lambda r: r.level,
        sort_key=lambda r: fold(r.level),
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseloadModel", "Week"),
        week_text,
        tooltip=lambda r: QCoreApplication.translate(
            "CaseloadModel", "Projected end {date}"
        ).format(date=r.projected_end),
        sort_key=lambda r: -1 if r.program_week is None else r.program_week,
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseloadModel", "Hours this week"),
        lambda r: hours_bar(r).text,
        tooltip=_hours_tooltip,
        sort_key=lambda r: r.hours_this_week,
        roles={HOURS_ROLE: hours_bar},
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseloadModel", "Attendance"),
        _attendance_text,
        alignment=ALIGN_RIGHT,
        tooltip=_attendance_tooltip,
        sort_key=_attendance_rate,
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseloadModel", "PHQ-9"),
        phq9_text,
        alignment=ALIGN_RIGHT,
        tooltip=phq9_tooltip,
        sort_key=phq9_key,
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseloadModel", "Flags"),
        lambda r: ", ".join(domain_text(flag.label) for flag in r.flags),
        tooltip=_flags_tooltip,
        sort_key=flags_key,
        roles={FLAGS_ROLE: lambda r: tuple(r.flags)},
    ),
)


class CaseloadModel(TableModel[CaseloadRow]):
    """Every row of the chosen caseload; shows those matching the filter, in sort order.

    Sorting and filtering are plain Python list work over precomputed keys (a few ms for
    20,000 rows). Done by QSortFilterProxyModel itself they would call back into Python for
    every row and every comparison, far past a keystroke's 16 ms at that size; so the proxy
    in front (CaseloadFilter) hands both to this model. The rows shown (`_rows` of the
    table model) are the part of every row (`_all`) that matches, in order. Rows come sorted
    by name, with their folded search text (services/caseload_list.py).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent, context="CaseloadModel")
        self._all: Sequence[CaseloadRow] = ()
        self._haystacks: list[str] = []
        self._order: list[int] = []  # indices into _all in sort order
        self._shown: list[int] = []  # the part of _order matching the filter
        self._parts: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Iterable[CaseloadRow]) -> None:
        """Show these lines; a Caseload (services/caseload_list.py) comes in name order with
        its search texts, without decoding a line, so only the lines painted are decoded."""
        self.beginResetModel()
        if isinstance(rows, Caseload):
            self._all = rows
            self._haystacks = rows.search_texts()
        else:
            self._all = list(rows)
            self._haystacks = [row.search_text for row in self._all]
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
        lines_before = [self._shown[index.row()] for index in before]
        self._sort = (column, order)
        self._apply_sort(column, order)
        self._apply_filter(self._order)
        position = {line: row for row, line in enumerate(self._shown)}
        after = [
            self.index(position[line], index.column()) if line in position else QModelIndex()
            for index, line in zip(before, lines_before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        descending = order is Qt.SortOrder.DescendingOrder
        if column == COL_NAME and isinstance(self._all, Caseload):
            # a Caseload comes in name order, and no two lines share a sort key
            count = len(self._all)
            self._order = list(range(count - 1, -1, -1) if descending else range(count))
            return
        key = self.columns.specs[column].key()
        keys = [key(row) for row in self._all]
        self._order.sort(key=keys.__getitem__, reverse=descending)

    def _apply_filter(self, candidates: list[int]) -> None:
        parts, haystacks = self._parts, self._haystacks
        if parts:
            self._shown = [i for i in candidates if all(p in haystacks[i] for p in parts)]
        else:
            self._shown = list(candidates)
        self._rows = _Shown(self._all, self._shown)

    def row_at(self, row: int) -> CaseloadRow:
        return self._rows[row]


class _Shown(Sequence[CaseloadRow]):
    """The lines shown, in order: a view of the caseload through the indices shown, so a
    line is decoded only when a cell of it is asked for."""

    __slots__ = ("_all", "_shown")

    def __init__(self, every: Sequence[CaseloadRow], shown: list[int]) -> None:
        self._all, self._shown = every, shown

    def __len__(self) -> int:
        return len(self._shown)

    @overload
    def __getitem__(self, index: int) -> CaseloadRow: ...
    @overload
    def __getitem__(self, index: slice) -> list[CaseloadRow]: ...
    def __getitem__(self, index: int | slice) -> CaseloadRow | list[CaseloadRow]:
        if isinstance(index, slice):
            return [self._all[i] for i in self._shown[index]]
        return self._all[self._shown[index]]


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
        if 0 <= column < len(COLUMNS):
            self._model().sort_rows(column, order)

    def _model(self) -> CaseloadModel:
        model = self.sourceModel()
        assert isinstance(model, CaseloadModel)
        return model

    def row_at(self, proxy_row: int) -> CaseloadRow:
        return self.data(self.index(proxy_row, COL_NAME), ROW_ROLE)  # type: ignore[no-any-return]
