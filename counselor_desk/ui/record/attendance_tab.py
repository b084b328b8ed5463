"""Attendance tab: every marked session, newest first, with corrections and their reasons,
and the curriculum ledger (modules attended, missed and next offered, the completion rule)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QObject, Qt
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
from counselor_desk.domain.curriculum import Ledger, Module
from counselor_desk.domain.model import AttendedSession
from counselor_desk.services import caseload, curriculum, sessions
from counselor_desk.store.session_repo import Correction
from counselor_desk.ui import palette
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.correction import CorrectionDialog
from counselor_desk.ui.widgets.table_model import Column, TableModel


def _type_text(row: AttendedSession) -> str:
    label = row.service_type.label
    same = row.topic.casefold() in ("", label.casefold())
    return label if same else f"{label} – {row.topic}"


class AttendanceModel(TableModel[AttendedSession]):
    """Every marked session, newest first."""

    DATE, TIME, TYPE, STATUS, MINUTES, TELEHEALTH = range(6)
    COLUMNS: tuple[Column[AttendedSession], ...] = (
        Column("Date", lambda row: f"{row.date:%a %Y-%m-%d}"),
        Column("Time", lambda row: f"{row.start_time:%H:%M}"),
        Column("Type", _type_text),
        Column("Status", lambda row: row.status.label),
        Column("Minutes", lambda row: f"{row.minutes_attended} of {row.duration_minutes}"),
        Column("Telehealth", lambda row: "Yes" if row.telehealth else ""),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self.COLUMNS, parent)

    def set_rows(self, rows: Iterable[AttendedSession]) -> None:
        super().set_rows(sorted(rows, key=lambda s: (s.date, s.start_time), reverse=True))


def _change_text(correction: Correction) -> str:
    before = (
        "no mark"
        if correction.old_status is None
        else f"{correction.old_status.label} {correction.old_minutes} min"
    )
    return f"{before} → {correction.new_status.label} {correction.new_minutes} min"


class CorrectionsModel(TableModel[Correction]):
    """Past corrections, newest first, each beside the session it corrected."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._marks: Mapping[int, AttendedSession] = {}
        super().__init__(
            [
                Column("Corrected", lambda row: f"{row.corrected_at:%Y-%m-%d %H:%M}"),
                Column("Session", self._session_text),
                Column("Change", _change_text),
                Column("Reason", lambda row: row.reason),
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
            return f"Attended {attended.date:%a %Y-%m-%d}", ColourRole.ATTENDED
    for missed in ledger.missed:
        if missed.module.id == module.id:
            text = f"Missed {missed.last_offered:%Y-%m-%d}"
            if missed.next_offered is None:
                text += " · not offered again"
            else:
                text += f" · next offered {missed.next_offered:%a %Y-%m-%d}"
            if missed.in_time(ledger.projected_end):
                return text, ColourRole.CAUTION
            if missed.next_offered is not None:
                text += ", after the projected end"
            return text, ColourRole.WARNING if module.core else ColourRole.CAUTION
    return "Not offered yet", None


class CurriculumSection(QGroupBox):
    """The participant's curriculum ledger: every module of the program with where it stands."""

    MODULE, KIND, STATUS = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Curriculum", parent)
        self.completion_label = QLabel()
        self.completion_label.setWordWrap(True)
        self.completion_label.setAccessibleName("Completion rule")
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName("Curriculum ledger")
        self.table.setHorizontalHeaderLabels(["Module", "Kind", "Where it stands"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.STATUS, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.completion_label)
        layout.addWidget(self.table)

    def show_ledger(self, modules: Sequence[Module], ledger: Ledger | None) -> None:
        self.setVisible(ledger is not None)
        if ledger is None:
            return
        completion = ledger.completion
        if completion.rule.set:
            verdict = "met" if completion.met else "not met yet"
            text = f"Completion rule ({completion.rule.describe()}): <b>{verdict}</b>"
        else:
            text = "No completion rule is set for this program."
        text += (
            f" · core modules attended {completion.core_attended} of {completion.core_total}"
            f" · sessions attended {completion.sessions_attended}"
            f" · projected end {ledger.projected_end:%a %Y-%m-%d}"
        )
        self.completion_label.setText(text)
        self.table.setRowCount(len(modules))
        for row, module in enumerate(modules):
            status, role = module_status(module, ledger)
            cells = (f"{module.position}. {module.title}", module.kind.capitalize(), status)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if role is not None and column == self.STATUS:
                    item.setBackground(palette.background(role))
                    item.setForeground(palette.text(role))
                self.table.setItem(row, column, item)

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
        self.table.setAccessibleName("Attendance history")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # measure the rows on screen, not years of them
        header.setSectionResizeMode(AttendanceModel.TYPE, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.correct_button = QPushButton("Correct…")
        self.correct_button.setAccessibleName("Correct the selected attendance")
        self.corrections_model = CorrectionsModel(self)
        self.corrections = QTableView()
        self.corrections.setModel(self.corrections_model)
        self.corrections.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.corrections.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.corrections.setWordWrap(False)
        self.corrections.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.corrections.verticalHeader().hide()
        self.corrections.setAccessibleName("Past corrections")
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
        lower_layout.addWidget(QLabel("Corrections"))
        lower_layout.addWidget(self.corrections)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.addWidget(self.curriculum)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
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
        self._show_curriculum()
        self._update_buttons()

    def _show_curriculum(self) -> None:
        modules, ledger = curriculum.participant_curriculum(
            self.ctx.db, self.participant_id, self.ctx.clock
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
