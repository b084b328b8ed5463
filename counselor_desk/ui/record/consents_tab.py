"""Consents tab: consents for disclosure with their status on today's date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.model import Consent
from counselor_desk.services import clinical
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.dialogs.consent import ConsentDialog, RevokeConsentDialog

CONSENT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Recipient", "Purpose", "Information", "Signed", "Expires", "Status")


def consent_status(consent: Consent, today: dt.date) -> str:
    if consent.revoked_date is not None and consent.revoked_date <= today:
        return f"Revoked {consent.revoked_date:%Y-%m-%d}"
    if consent.expiry_date is not None and today > consent.expiry_date:
        return "Expired"
    if consent.signed_date > today:
        return "Not yet valid"
    return "Valid"


class ConsentsTab(QWidget):
    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName("Consents for disclosure")
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton("Add consent…")
        self.add_button.setAccessibleName("Add a signed consent")
        self.revoke_button = QPushButton("Revoke…")
        self.revoke_button.setAccessibleName("Revoke the selected consent")
        self.add_button.clicked.connect(lambda: self._run(self.consent_dialog()))
        self.revoke_button.clicked.connect(lambda: self._run(self.revoke_dialog()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        self.disclosures = QTableWidget(0, 4)
        self.disclosures.setHorizontalHeaderLabels(["Disclosed", "Recipient", "Purpose", "What"])
        self.disclosures.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.disclosures.setColumnWidth(0, 130)
        self.disclosures.setColumnWidth(1, 220)
        self.disclosures.setColumnWidth(2, 200)
        self.disclosures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.disclosures.verticalHeader().hide()
        self.disclosures.setAccessibleName("Disclosures made")
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel("Disclosures made (each export sent under a consent)"))
        layout.addWidget(self.disclosures, 1)

    def refresh(self) -> None:
        today = self.ctx.clock.today()
        found = clinical.consents(self.ctx.db, self.participant_id)
        self.table.setRowCount(len(found))
        for row, consent in enumerate(found):
            status = consent_status(consent, today)
            cells = [
                consent.recipient,
                consent.purpose,
                consent.scope,
                f"{consent.signed_date:%Y-%m-%d}",
                "No expiry" if consent.expiry_date is None else f"{consent.expiry_date:%Y-%m-%d}",
                status,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(CONSENT_ROLE, consent)
                if column == len(cells) - 1 and status != "Valid":
                    item.setForeground(QColor("#b00020"))
                self.table.setItem(row, column, item)
        made = sorted(
            clinical.disclosures(self.ctx.db, self.participant_id),
            key=lambda item: item.disclosed_at,
            reverse=True,
        )
        self.disclosures.setRowCount(len(made))
        for row, disclosure in enumerate(made):
            cells = [
                f"{disclosure.disclosed_at:%Y-%m-%d %H:%M}",
                disclosure.recipient,
                disclosure.purpose,
                disclosure.what,
            ]
            for column, text in enumerate(cells):
                self.disclosures.setItem(row, column, QTableWidgetItem(text))
        self._update_buttons()

    def statuses(self) -> list[str]:
        return [
            self.table.item(row, len(COLUMNS) - 1).text() for row in range(self.table.rowCount())
        ]

    def selected(self) -> Consent | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        found = self.table.item(rows[0].row(), 0).data(CONSENT_ROLE)
        return found if isinstance(found, Consent) else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.revoke_button.setEnabled(chosen is not None and chosen.revoked_date is None)

    def consent_dialog(self) -> ConsentDialog:
        return ConsentDialog(self.ctx, self.participant_id, self)

    def revoke_dialog(self) -> RevokeConsentDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        return RevokeConsentDialog(self.ctx, self.participant_id, chosen, self)

    def _run(self, dialog: ServiceDialog | None) -> None:
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
