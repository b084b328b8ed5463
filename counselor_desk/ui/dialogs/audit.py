"""File > Audit trail…: who did what and when, filtered by action, exported as CSV.

Participants are shown by chart number (looked up from the row's participant id through the
participants service), never by name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
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
from counselor_desk.store.db import Database
from counselor_desk.store.files import write_private_file
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.encryption import export_caption
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP
from counselor_desk.ui.widgets.table_model import Column, TableModel

COL_TIME, COL_ACTOR, COL_ACTION, COL_CHART, COL_TARGET, COL_DETAIL = range(6)

#: Each action in words (translated where shown: `action_label`).
ACTION_LABELS = {
    AuditAction.ADMIT: QT_TRANSLATE_NOOP("AuditDialog", "Admit"),
    AuditAction.SIGN: QT_TRANSLATE_NOOP("AuditDialog", "Sign note"),
    AuditAction.ADDENDUM: QT_TRANSLATE_NOOP("AuditDialog", "Addendum"),
    AuditAction.DISCHARGE: QT_TRANSLATE_NOOP("AuditDialog", "Discharge"),
    AuditAction.EXPORT: QT_TRANSLATE_NOOP("AuditDialog", "Export"),
    AuditAction.BACKUP: QT_TRANSLATE_NOOP("AuditDialog", "Backup"),
    AuditAction.RESTORE: QT_TRANSLATE_NOOP("AuditDialog", "Restore"),
    AuditAction.LOCK: QT_TRANSLATE_NOOP("AuditDialog", "Lock"),
    AuditAction.UNLOCK: QT_TRANSLATE_NOOP("AuditDialog", "Unlock"),
    AuditAction.FAILED_UNLOCK: QT_TRANSLATE_NOOP("AuditDialog", "Failed unlock"),
    AuditAction.ENCRYPTION: QT_TRANSLATE_NOOP("AuditDialog", "Encryption"),
    AuditAction.IMPORT: QT_TRANSLATE_NOOP("AuditDialog", "Import"),
    AuditAction.CORRECTION: QT_TRANSLATE_NOOP("AuditDialog", "Attendance correction"),
    AuditAction.MEASURE_CORRECTION: QT_TRANSLATE_NOOP("AuditDialog", "Score correction"),
    AuditAction.MEASURE_STRIKE: QT_TRANSLATE_NOOP("AuditDialog", "Score struck"),
    AuditAction.DISCLOSURE: QT_TRANSLATE_NOOP("AuditDialog", "Disclosure"),
    AuditAction.DISCHARGE_SIGN: QT_TRANSLATE_NOOP("AuditDialog", "Sign discharge summary"),
    AuditAction.DISCHARGE_AMENDMENT: QT_TRANSLATE_NOOP("AuditDialog", "Discharge amendment"),
    AuditAction.BASELINE: QT_TRANSLATE_NOOP("AuditDialog", "Records vouched for"),
    AuditAction.PART2_DECISION: QT_TRANSLATE_NOOP("AuditDialog", "Part 2 decision"),
    AuditAction.CONSENT_SCOPE: QT_TRANSLATE_NOOP("AuditDialog", "Consent scope confirmed"),
    AuditAction.CONSENT_EVENT: QT_TRANSLATE_NOOP("AuditDialog", "Consent's expiry event happened"),
}


def action_label(action: str) -> str:
    """The action in the app's language (an unknown one as stored)."""
    try:
        return QCoreApplication.translate("AuditDialog", ACTION_LABELS[AuditAction(action)])
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
            charts[pid] = QCoreApplication.translate(
                "AuditDialog", "(participant {id} removed)"
            ).format(id=pid)
    return charts


class AuditModel(TableModel[AuditEntry]):
    def __init__(self, parent: QObject | None = None) -> None:
        self._charts: Mapping[int, str] = {}
        super().__init__(
            [
                Column(self.tr("Time"), lambda entry: entry.at.strftime("%Y-%m-%d %H:%M:%S")),
                Column(self.tr("Actor"), lambda entry: entry.actor),
                Column(self.tr("Action"), lambda entry: action_label(entry.action)),
                Column(self.tr("Chart"), self._chart),
                Column(self.tr("Target"), lambda entry: entry.target),
                Column(self.tr("Detail"), lambda entry: entry.detail),
            ],
            parent,
        )

    def set_rows(self, rows: Iterable[AuditEntry], charts: Mapping[int, str] | None = None) -> None:
        """The entries and the chart number of each participant they name."""
        self._charts = {} if charts is None else charts
        super().set_rows(rows)

    def _chart(self, entry: AuditEntry) -> str:
        pid = entry.participant_id
        return "" if pid is None else self._charts.get(pid, "")


class AuditDialog(QDialog):
    """The audit trail, newest first; filter by action; Export CSV…."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Audit trail"))
        self.action_combo = QComboBox()
        self.action_combo.setAccessibleName(self.tr("Show action"))
        self.action_combo.addItem(self.tr("All actions"), "")
        for action in ACTION_LABELS:
            self.action_combo.addItem(action_label(action.value), action.value)
        self.action_combo.currentIndexChanged.connect(self.refresh)
        self.count_label = QLabel()
        self.chain_label = QLabel()
        self.chain_label.setWordWrap(True)
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit entries"))
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
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.clicked.connect(self.ask_export)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Action:")))
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
        self.count_label.setText(
            self.tr("{shown} of {total} entries").format(shown=len(rows), total=len(everything))
        )
        broken = audit.verify(self.ctx.db)
        self.chain_label.setText(
            self.tr("The audit trail is whole: no entry was altered or removed outside the app.")
            if broken is None
            else self.tr(
                "Warning: the audit trail was altered outside the app from entry {id} on."
            ).format(id=broken.id)
        )

    def ask_export(self) -> None:
        suggested = Path.home() / f"audit-trail-{self.ctx.clock.today():%Y-%m-%d}.csv"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            export_caption(self.tr("Export audit trail")),
            str(suggested),
            self.tr("CSV files (*.csv)"),
        )
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, target: Path) -> bool:
        """Write the rows shown (oldest first) as CSV, owner-only (0600) from its first byte;
        the export is itself audited."""
        rows = sorted(self.model.records(), key=lambda entry: entry.id)
        try:
            write_private_file(target, audit.to_csv(rows).encode("utf-8"))
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Export audit trail"),
                self.tr("{path} could not be written ({reason}).").format(
                    path=target, reason=error.strerror
                ),
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
