"""Attendance tab: every marked session, newest first, with corrections and their reasons,
and the curriculum ledger (modules attended, missed and next offered, the completion rule)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.colours import ColourRole
from counselor_desk.domain.curriculum import CompletionRule, Ledger, Module
from counselor_desk.domain.model import AttendedSession
from counselor_desk.services import caseload, curriculum, sessions
from counselor_desk.store.session_repo import Correction
from counselor_desk.ui import palette
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.correction import CorrectionDialog
from counselor_desk.ui.i18n import date_text, domain_text
from counselor_desk.ui.record.fitted_columns import FittedColumns
from counselor_desk.ui.widgets import remembered
from counselor_desk.ui.widgets.table_model import Column, TableModel


def _day_text(day: dt.date) -> str:
    """'Mon 2026-03-02', the weekday in the app's language."""
    return date_text(day, "ddd yyyy-MM-dd")


def _type_text(row: AttendedSession) -> str:
    label = row.service_type.label
    same = row.topic.casefold() in ("", label.casefold())
    return domain_text(label) if same else f"{domain_text(label)} – {row.topic}"


def _minutes_text(row: AttendedSession) -> str:
    return QCoreApplication.translate("AttendanceTab", "{attended} of {planned}").format(
        attended=row.minutes_attended, planned=row.duration_minutes
    )


def attendance_columns() -> tuple[Column[AttendedSession], ...]:
    """The history's columns, their titles in the app's language."""
    return (
        Column(
            QCoreApplication.translate("AttendanceTab", "Date"), lambda row: _day_text(row.date)
        ),
        Column(
            QCoreApplication.translate("AttendanceTab", "Time"),
            lambda row: f"{row.start_time:%H:%M}",
        ),
        Column(QCoreApplication.translate("AttendanceTab", "Type"), _type_text),
        Column(
            QCoreApplication.translate("AttendanceTab", "Status"),
            lambda row: domain_text(row.status.label),
        ),
        Column(QCoreApplication.translate("AttendanceTab", "Minutes"), _minutes_text),
        Column(
            QCoreApplication.translate("AttendanceTab", "Telehealth"),
            lambda row: (
                QCoreApplication.translate("AttendanceTab", "Yes") if row.telehealth else ""
            ),
        ),
    )


class AttendanceModel(TableModel[AttendedSession]):
    """Every marked session, newest first."""

    DATE, TIME, TYPE, STATUS, MINUTES, TELEHEALTH = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(attendance_columns(), parent)

    def set_rows(self, rows: Iterable[AttendedSession]) -> None:
        super().set_rows(sorted(rows, key=lambda s: (s.date, s.start_time), reverse=True))


def _mark_text(label: str, minutes: int | None) -> str:
    return QCoreApplication.translate("AttendanceTab", "{status} {minutes} min").format(
        status=domain_text(label), minutes=minutes
    )


def _change_text(correction: Correction) -> str:
    before = (
        QCoreApplication.translate("AttendanceTab", "no mark")
        if correction.old_status is None
        else _mark_text(correction.old_status.label, correction.old_minutes)
    )
    after = _mark_text(correction.new_status.label, correction.new_minutes)
    return f"{before} → {after}"


class CorrectionsModel(TableModel[Correction]):
    """Past corrections, newest first, each beside the session it corrected."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._marks: Mapping[int, AttendedSession] = {}
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("AttendanceTab", "Corrected"),
                    lambda row: f"{row.corrected_at:%Y-%m-%d %H:%M}",
                ),
                Column(QCoreApplication.translate("AttendanceTab", "Session"), self._session_text),
                Column(QCoreApplication.translate("AttendanceTab", "Change"), _change_text),
                Column(
                    QCoreApplication.translate("AttendanceTab", "Reason"), lambda row: row.reason
                ),
            ],
            parent,
        )

    def set_rows(
        self, rows: Iterable[Correction], marks: Mapping[int, AttendedSession] | None = None
    ) -> None:
        """The corrections (oldest first, as stored) and the marks by session id."""
        self._marks = {} if marks is None else marks
        super().set_rows(reversed(list(rows)))

    def _session_text(self, correction: Correction) -> str:
        mark = self._marks.get(correction.session_id)
        return "" if mark is None else f"{mark.date:%Y-%m-%d} {mark.start_time:%H:%M}"


def module_status(module: Module, ledger: Ledger) -> tuple[str, ColourRole | None]:
    """What the ledger says of one module, and the colour it is shown in (None: plain)."""
    for attended in ledger.attended:
        if attended.module.id == module.id:
            text = QCoreApplication.translate("AttendanceTab", "Attended {date}").format(
                date=_day_text(attended.date)
            )
            return text, ColourRole.ATTENDED
    for missed in ledger.missed:
        if missed.module.id == module.id:
            in_time = missed.in_time(ledger.projected_end)
            last = f"{missed.last_offered:%Y-%m-%d}"
            if missed.next_offered is None:
                text = QCoreApplication.translate(
                    "AttendanceTab", "Missed {date} · not offered again"
                ).format(date=last)
            elif in_time:
                text = QCoreApplication.translate(
                    "AttendanceTab", "Missed {date} · next offered {next}"
                ).format(date=last, next=_day_text(missed.next_offered))
            else:
                text = QCoreApplication.translate(
                    "AttendanceTab", "Missed {date} · next offered {next}, after the projected end"
                ).format(date=last, next=_day_text(missed.next_offered))
            if in_time:
                return text, ColourRole.CAUTION
            return text, ColourRole.WARNING if module.core else ColourRole.CAUTION
    return QCoreApplication.translate("AttendanceTab", "Not offered yet"), None


def rule_text(rule: CompletionRule) -> str:
    """The completion rule in words (as `CompletionRule.describe`, in the app's language)."""
    core = QCoreApplication.translate("AttendanceTab", "every core module attended")
    sessions = QCoreApplication.translate("AttendanceTab", "at least {n} sessions attended")
    if rule.all_core and rule.min_sessions is not None:
        return QCoreApplication.translate("AttendanceTab", "{first} and {second}").format(
            first=core, second=sessions.format(n=rule.min_sessions)
        )
    if rule.all_core:
        return core
    if rule.min_sessions is not None:
        return sessions.format(n=rule.min_sessions)
    return QCoreApplication.translate("AttendanceTab", "no completion rule set")


class CurriculumSection(QGroupBox):
    """The participant's curriculum ledger: every module of the program with where it stands."""

    MODULE, KIND, STATUS = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Curriculum"))
        self.completion_label = QLabel()
        self.completion_label.setWordWrap(True)
        self.completion_label.setAccessibleName(self.tr("Completion rule"))
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Curriculum ledger"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Module"), self.tr("Kind"), self.tr("Where it stands")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(
            self.STATUS, QHeaderView.ResizeMode.Stretch
        )
        self.widths = FittedColumns(self.table, range(self.STATUS), follow_resets=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.completion_label)
        layout.addWidget(self.table)

    def show_ledger(self, modules: Sequence[Module], ledger: Ledger | None) -> None:
        self.setVisible(ledger is not None)
        if ledger is None:
            return
        completion = ledger.completion
        if not completion.rule.set:
            rule = self.tr("No completion rule is set for this program.")
        elif completion.met:
            rule = self.tr("Completion rule ({rule}): <b>met</b>").format(
                rule=rule_text(completion.rule)
            )
        else:
            rule = self.tr("Completion rule ({rule}): <b>not met yet</b>").format(
                rule=rule_text(completion.rule)
            )
        text = self.tr(
            "{rule} · core modules attended {core} of {total} · sessions attended {sessions}"
            " · projected end {end}"
        ).format(
            rule=rule,
            core=completion.core_attended,
            total=completion.core_total,
            sessions=completion.sessions_attended,
            end=_day_text(ledger.projected_end),
        )
        self.completion_label.setText(text)
        self.table.setRowCount(len(modules))
        for row, module in enumerate(modules):
            status, role = module_status(module, ledger)
            kind = self.tr("Core") if module.core else self.tr("Elective")
            cells = (f"{module.position}. {module.title}", kind, status)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if role is not None and column == self.STATUS:
                    item.setBackground(palette.background(role))
                    item.setForeground(palette.text(role))
                self.table.setItem(row, column, item)
        self.widths.fit()

    def status_text(self, row: int) -> str:
        item = self.table.item(row, self.STATUS)
        return "" if item is None else item.text()


class AttendanceTab(QWidget):
    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.model = AttendanceModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Attendance history"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # measure the rows on screen, not years of them
        header.setSectionResizeMode(AttendanceModel.TYPE, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.setAccessibleName(self.tr("Correct the selected attendance"))
        self.corrections_model = CorrectionsModel(self)
        self.corrections = QTableView()
        self.corrections.setModel(self.corrections_model)
        self.corrections.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.corrections_widths = FittedColumns(self.corrections, range(3))
        self.corrections.setWordWrap(False)
        self.corrections.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.corrections.verticalHeader().hide()
        self.corrections.setAccessibleName(self.tr("Past corrections"))
        self.curriculum = CurriculumSection()
        self.curriculum.hide()
        self._build_layout()
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.correct_selected())
        self.correct_button.clicked.connect(self.correct_selected)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(buttons)
        upper_layout.addWidget(self.table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Corrections")))
        lower_layout.addWidget(self.corrections)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.addWidget(self.curriculum)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        remembered.splitter(splitter, "record/attendance")
        splitter.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def refresh(self, history: Sequence[AttendedSession] | None = None) -> None:
        if history is None:
            history = caseload.attendance_history(self.ctx.db, self.participant_id)
        self.model.set_rows(history)
        self.corrections_model.set_rows(
            sessions.corrections(self.ctx.db, self.participant_id),
            {mark.session_id: mark for mark in history},
        )
        self._show_curriculum(history)
        self._update_buttons()

    def _show_curriculum(self, history: Sequence[AttendedSession]) -> None:
        modules, ledger = curriculum.participant_curriculum(
            self.ctx.db, self.participant_id, self.ctx.clock, history
        )
        self.curriculum.show_ledger(modules, ledger)

    def _update_buttons(self) -> None:
        self.correct_button.setEnabled(self.selected() is not None)

    def selected(self) -> AttendedSession | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record_at(rows[0].row())

    def correction_dialog(self) -> CorrectionDialog | None:
        mark = self.selected()
        if mark is None:
            return None
        return CorrectionDialog(self.ctx, self.participant_id, mark, self)

    def correct_selected(self) -> None:
        dialog = self.correction_dialog()
        if dialog is None:
            self.table.setFocus()
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
