"""The caseload table: one Review per row, and the filter/sort proxy in front of it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QSortFilterProxyModel, Qt

from counselor_desk.domain.measures import PHQ_9
from counselor_desk.domain.model import fold
from counselor_desk.domain.rules import Flag, Severity
from counselor_desk.services.caseload import Review
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

#: Returns the row's services.caseload.Review.
REVIEW_ROLE = RECORD_ROLE


def week_text(review: Review) -> str:
    if review.program_week is None:
        return QCoreApplication.translate("CaseloadModel", "Not started")
    return QCoreApplication.translate("CaseloadModel", "Week {week} of {weeks}").format(
        week=review.program_week, weeks=review.participant.planned_weeks
    )


def hours_bar(review: Review) -> HoursBar:
    week = review.this_week
    short = week is not None and week.short
    return HoursBar(review.hours_this_week, review.minimum_hours, short)


def _attendance_text(review: Review) -> str:
    rate = review.attendance.rate
    return "–" if rate is None else f"{rate:.0%}"


def _attendance_rate(review: Review) -> float:
    rate = review.attendance.rate
    return -1.0 if rate is None else rate


def _attendance_tooltip(review: Review) -> str:
    summary = review.attendance
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


def _hours_tooltip(review: Review) -> str | None:
    reachable = review.reachable_hours
    if reachable is not None and review.minimum_hours is not None:
        return QCoreApplication.translate(
            "CaseloadModel", "Still reachable this week: {reachable} of {minimum} h"
        ).format(reachable=f"{reachable:g}", minimum=f"{review.minimum_hours:g}")
    return None


def phq9_text(review: Review) -> str:
    """'7 (−11)': the latest PHQ-9 and its change from the baseline; '18' when taken once."""
    if review.latest_phq9 is None:
        return "\u2013"
    if review.phq9_change is None:
        return str(review.latest_phq9)
    return f"{review.latest_phq9} ({signed(review.phq9_change)})"


def phq9_score_text(score: int) -> str:
    """'14 (moderate)': a PHQ-9 score and its band in the app's language."""
    return QCoreApplication.translate("CaseloadModel", "{score} ({band})").format(
        score=score, band=domain_text(PHQ_9.severity(score))
    )


def phq9_tooltip(review: Review) -> str | None:
    latest, change = review.latest_phq9, review.phq9_change
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


def phq9_key(review: Review) -> tuple[int, int]:
    """By the latest score (none below every score), then by the change."""
    latest = -1 if review.latest_phq9 is None else review.latest_phq9
    return latest, review.phq9_change or 0


def flags_key(review: Review) -> tuple[bool, list[Severity], int]:
    """A safety flag first, then the most urgent flags, then how many."""
    severities = sorted((flag.severity for flag in review.flags), reverse=True)
    return Flag.SAFETY in review.flags, severities, len(review.flags)


def _flags_tooltip(review: Review) -> str | None:
    return "\n".join(domain_text(flag.label) for flag in review.flags) or None


def _name_key(review: Review) -> tuple[str, str, str]:
    """By last name, as a caseload list is read; the same order as roll call's."""
    return review.participant.sort_key


COLUMNS: tuple[Column[Review], ...] = (
    Column(
        QT_TRANSLATE_NOOP("CaseloadModel", "Chart"),
        lambda r: r.participant.chart_number,
        sort_key=lambda r: fold(r.participant.chart_number),
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseloadModel", "Name"),
        lambda r: r.participant.display_name,
        sort_key=_name_key,
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseloadModel", "Program"),
        lambda r: r.program.name,
        sort_key=lambda r: fold(r.program.name),
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseloadModel", "Level"),
        lambda r: r.level_of_care.value,
        sort_key=lambda r: fold(r.level_of_care.value),
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseloadModel", "Week"),
        week_text,
        tooltip=lambda r: QCoreApplication.translate(
            "CaseloadModel", "Projected end {date}"
        ).format(date=f"{r.projected_end:%Y-%m-%d}"),
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


class CaseloadModel(TableModel[Review]):
    """Every Review of the chosen caseload; shows those matching the filter, in sort order.

    Sorting and filtering are plain Python list work over precomputed keys (a few ms for
    20,000 rows). Done by QSortFilterProxyModel itself they would call back into Python for
    every row and every comparison, far past a keystroke's 16 ms at that size; so the proxy
    in front (CaseloadFilter) hands both to this model. The rows shown (`_rows` of the
    table model) are the part of every review (`_all`) that matches, in order.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent, context="CaseloadModel")
        self._all: list[Review] = []
        self._haystacks: list[str] = []
        self._order: list[int] = []  # indices into _all in sort order
        self._shown: list[int] = []  # the part of _order matching the filter
        self._parts: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Iterable[Review]) -> None:
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
        key = self.columns.specs[column].key()
        keys = [key(review) for review in self._all]
        self._order.sort(key=keys.__getitem__, reverse=order is Qt.SortOrder.DescendingOrder)

    def _apply_filter(self, candidates: list[int]) -> None:
        parts, haystacks = self._parts, self._haystacks
        if parts:
            self._shown = [i for i in candidates if all(p in haystacks[i] for p in parts)]
        else:
            self._shown = list(candidates)
        self._rows = [self._all[i] for i in self._shown]

    def review_at(self, row: int) -> Review:
        return self._rows[row]


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

    def review_at(self, proxy_row: int) -> Review:
        return self.data(self.index(proxy_row, COL_NAME), REVIEW_ROLE)  # type: ignore[no-any-return]
