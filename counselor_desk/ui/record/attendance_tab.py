"""Attendance tab: every marked session, newest first, with corrections and their reasons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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

from counselor_desk.domain.model import AttendedSession
from counselor_desk.services import caseload, sessions
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.correction import CorrectionDialog

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


class AttendanceModel(QAbstractTableModel):
    DATE, TIME, TYPE, STATUS, MINUTES, TELEHEALTH = range(6)
    HEADERS = ("Date", "Time", "Type", "Status", "Minutes", "Telehealth")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[AttendedSession] = []

    def set_rows(self, rows: Sequence[AttendedSession]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda s: (s.date, s.start_time), reverse=True)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == RECORD_ROLE:
            return row
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.DATE:
            return f"{row.date:%a %Y-%m-%d}"
        if column == self.TIME:
            return f"{row.start_time:%H:%M}"
        if column == self.TYPE:
            label = row.service_type.label
            same = row.topic.casefold() in ("", label.casefold())
            return label if same else f"{label} – {row.topic}"
        if column == self.STATUS:
            return row.status.label
        if column == self.MINUTES:
            return f"{row.minutes_attended} of {row.duration_minutes}"
        if column == self.TELEHEALTH:
            return "Yes" if row.telehealth else ""
        return None


class AttendanceTab(QWidget):
    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.model = AttendanceModel()
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
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.correct_selected())
        self.correct_button = QPushButton("Correct…")
        self.correct_button.setAccessibleName("Correct the selected attendance")
        self.correct_button.clicked.connect(self.correct_selected)
        self.corrections = QTableWidget(0, 4)
        self.corrections.setHorizontalHeaderLabels(["Corrected", "Session", "Change", "Reason"])
        self.corrections.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.corrections.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.corrections.setWordWrap(False)
        self.corrections.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.corrections.verticalHeader().hide()
        self.corrections.setAccessibleName("Past corrections")
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
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def refresh(self, history: Sequence[AttendedSession] | None = None) -> None:
        if history is None:
            history = caseload.attendance_history(self.ctx.db, self.participant_id)
        self.model.set_rows(history)
        by_session = {mark.session_id: mark for mark in history}
        found = list(reversed(sessions.corrections(self.ctx.db, self.participant_id)))
        self.corrections.setRowCount(len(found))
        for row, correction in enumerate(found):
            mark = by_session.get(correction.session_id)
            when = "" if mark is None else f"{mark.date:%Y-%m-%d} {mark.start_time:%H:%M}"
            before = (
                "no mark"
                if correction.old_status is None
                else f"{correction.old_status.label} {correction.old_minutes} min"
            )
            after = f"{correction.new_status.label} {correction.new_minutes} min"
            cells = [
                f"{correction.corrected_at:%Y-%m-%d %H:%M}",
                when,
                f"{before} → {after}",
                correction.reason,
            ]
            for column, text in enumerate(cells):
                self.corrections.setItem(row, column, QTableWidgetItem(text))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.correct_button.setEnabled(self.selected() is not None)

    def selected(self) -> AttendedSession | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        found = self.model.data(rows[0], RECORD_ROLE)
        return found if isinstance(found, AttendedSession) else None

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
