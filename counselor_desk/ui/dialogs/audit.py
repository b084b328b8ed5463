"""File > Audit trail…: who did what and when, filtered by action, exported as CSV.

Participants are shown by chart number (looked up from the row's participant id through the
participants service), never by name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.audit import AuditAction, AuditEntry
from counselor_desk.domain.errors import NotFoundError
from counselor_desk.services import audit, participants
from counselor_desk.store.db import Database, make_private_file
from counselor_desk.ui.context import AppContext

Index = QModelIndex | QPersistentModelIndex

HEADERS = ("Time", "Actor", "Action", "Chart", "Target", "Detail")
COL_TIME, COL_ACTOR, COL_ACTION, COL_CHART, COL_TARGET, COL_DETAIL = range(len(HEADERS))
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

ACTION_LABELS = {
    AuditAction.ADMIT: "Admit",
    AuditAction.SIGN: "Sign note",
    AuditAction.ADDENDUM: "Addendum",
    AuditAction.DISCHARGE: "Discharge",
    AuditAction.EXPORT: "Export",
    AuditAction.BACKUP: "Backup",
    AuditAction.RESTORE: "Restore",
    AuditAction.LOCK: "Lock",
    AuditAction.UNLOCK: "Unlock",
    AuditAction.FAILED_UNLOCK: "Failed unlock",
    AuditAction.IMPORT: "Import",
    AuditAction.CORRECTION: "Attendance correction",
}


def action_label(action: str) -> str:
    try:
        return ACTION_LABELS[AuditAction(action)]
    except (ValueError, KeyError):
        return action


def chart_numbers(db: Database, items: list[AuditEntry]) -> dict[int, str]:
    """The chart number of every participant the rows name (once per participant)."""
    charts: dict[int, str] = {}
    for entry in items:
        pid = entry.participant_id
        if pid is None or pid in charts:
            continue
        try:
            charts[pid] = participants.get(db, pid).chart_number
        except NotFoundError:
            charts[pid] = f"(participant {pid} removed)"
    return charts


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditEntry] = []
        self._charts: dict[int, str] = {}

    def set_rows(self, rows: list[AuditEntry], charts: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._charts = charts
        self.endResetModel()

    def entries(self) -> list[AuditEntry]:
        return list(self._rows)

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
        entry = self._rows[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == COL_TIME:
            return entry.at.strftime("%Y-%m-%d %H:%M:%S")
        if column == COL_ACTOR:
            return entry.actor
        if column == COL_ACTION:
            return action_label(entry.action)
        if column == COL_CHART:
            pid = entry.participant_id
            return "" if pid is None else self._charts.get(pid, "")
        if column == COL_TARGET:
            return entry.target
        if column == COL_DETAIL:
            return entry.detail
        return None


class AuditDialog(QDialog):
    """The audit trail, newest first; filter by action; Export CSV…."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Audit trail")
        self.action_combo = QComboBox()
        self.action_combo.setAccessibleName("Show action")
        self.action_combo.addItem("All actions", "")
        for action, label in ACTION_LABELS.items():
            self.action_combo.addItem(label, action.value)
        self.action_combo.currentIndexChanged.connect(self.refresh)
        self.count_label = QLabel()
        self.chain_label = QLabel()
        self.chain_label.setWordWrap(True)
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Audit entries")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((COL_TIME, 150), (COL_ACTOR, 130), (COL_ACTION, 140)):
            self.table.setColumnWidth(column, width)
        self.table.setColumnWidth(COL_CHART, 90)
        self.table.setColumnWidth(COL_TARGET, 200)
        self.export_button = QPushButton("&Export CSV…")
        self.export_button.clicked.connect(self.ask_export)
        top = QHBoxLayout()
        top.addWidget(QLabel("&Action:"))
        top.itemAt(0).widget().setBuddy(self.action_combo)  # type: ignore[union-attr]
        top.addWidget(self.action_combo)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.export_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chain_label)
        layout.addWidget(buttons)
        self.resize(940, 520)
        self.refresh()

    def shown_action(self) -> str:
        return str(self.action_combo.currentData() or "")

    def refresh(self) -> None:
        everything = audit.entries(self.ctx.db)
        wanted = self.shown_action()
        rows = [entry for entry in reversed(everything) if not wanted or entry.action == wanted]
        self.model.set_rows(rows, chart_numbers(self.ctx.db, rows))
        self.count_label.setText(f"{len(rows)} of {len(everything)} entries")
        broken = audit.verify(self.ctx.db)
        self.chain_label.setText(
            "The audit trail is whole: no entry was altered or removed outside the app."
            if broken is None
            else f"Warning: the audit trail was altered outside the app from entry {broken.id} on."
        )

    def ask_export(self) -> None:
        suggested = Path.home() / f"audit-trail-{self.ctx.clock.today():%Y-%m-%d}.csv"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Export audit trail", str(suggested), "CSV files (*.csv)"
        )
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, target: Path) -> bool:
        """Write the rows shown (oldest first) as CSV; the export is itself audited."""
        rows = sorted(self.model.entries(), key=lambda entry: entry.id)
        try:
            with open(target, "w", encoding="utf-8", newline="") as out:
                out.write(audit.to_csv(rows))
            make_private_file(target)
        except OSError as error:
            QMessageBox.warning(
                self, "Export audit trail", f"{target} could not be written ({error.strerror})."
            )
            return False
        audit.log_event(
            self.ctx.db,
            AuditAction.EXPORT,
            self.ctx.clock.now(),
            target=target.name,
            detail=f"audit trail CSV, {len(rows)} entries",
        )
        self.refresh()
        return True
