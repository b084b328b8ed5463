"""Consents tab: consents for disclosure with their status on today's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QItemSelectionModel, QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain import consent_scope
from counselor_desk.domain.colours import ColourRole
from counselor_desk.domain.model import Consent, Disclosure
from counselor_desk.services import clinical
from counselor_desk.ui import palette
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.dialogs.consent import (
    ConfirmScopeDialog,
    ConsentDialog,
    ConsentEventDialog,
    RevokeConsentDialog,
)
from counselor_desk.ui.widgets.table_model import Column, TableModel


def consent_status(consent: Consent, today: dt.date) -> str:
    if not consent.scope_confirmed and consent.revoked_date is None:
        return "Confirm its scope"
    if consent.revoked_date is not None and consent.revoked_date <= today:
        return f"Revoked {consent.revoked_date:%Y-%m-%d}"
    if not consent.has_expiry:
        return "No expiry – not valid"
    if not consent.valid_on(today) and consent.signed_date <= today:
        return "Expired"  # its date passed or its event happened
    if consent.signed_date > today:
        return "Not yet valid"
    return "Valid"


class ConsentsModel(TableModel[Consent]):
    """The consents with their status on the day given; a status other than valid stands out."""

    STATUS = 5

    def __init__(self, today: dt.date, parent: QObject | None = None) -> None:
        self._today = today
        super().__init__(
            [
                Column("Recipient", lambda consent: consent.recipient),
                Column("Purpose", lambda consent: consent.purpose),
                Column("Information", scope_text),
                Column("Signed", lambda consent: f"{consent.signed_date:%Y-%m-%d}"),
                Column("Expires", _expiry_text),
                Column(
                    "Status",
                    self.status,
                    foreground=self._error_text,
                    background=self._error_background,
                ),
            ],
            parent,
        )

    def set_rows(self, rows: Iterable[Consent], today: dt.date | None = None) -> None:
        if today is not None:
            self._today = today
        super().set_rows(rows)

    def status(self, consent: Consent) -> str:
        return consent_status(consent, self._today)

    def _error_background(self, consent: Consent) -> QColor | None:
        return None if self.status(consent) == "Valid" else palette.background(ColourRole.ERROR)

    def _error_text(self, consent: Consent) -> QColor | None:
        return None if self.status(consent) == "Valid" else palette.text(ColourRole.ERROR)


def scope_text(consent: Consent) -> str:
    """The categories it allows; an old consent's scope as written beside them."""
    words = consent_scope.in_words(consent.scope)
    if not consent.scope_confirmed:
        return f"To confirm (as written: {consent.scope_as_written})"
    if consent.scope_as_written:
        return f"{words} (as written: {consent.scope_as_written})"
    return words


def _expiry_text(consent: Consent) -> str:
    """The Expires column: "2026-10-01", "when: end of court supervision", or both."""
    return consent.expiry_terms() if consent.has_expiry else "No expiry"


def _waits_for_event(consent: Consent | None) -> bool:
    """A consent that expires with an event not yet recorded as happening."""
    return consent is not None and bool(consent.expiry_event) and consent.expiry_event_on is None


DISCLOSURE_COLUMNS: tuple[Column[Disclosure], ...] = (
    Column("Disclosed", lambda disclosure: f"{disclosure.disclosed_at:%Y-%m-%d %H:%M}"),
    Column("Recipient", lambda disclosure: disclosure.recipient),
    Column("Purpose", lambda disclosure: disclosure.purpose),
    Column("What", lambda disclosure: disclosure.what),
)


class ConsentsTab(QWidget):
    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.model = ConsentsModel(ctx.clock.today(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # a date, or an event
        self.table.setColumnWidth(0, 220)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName("Consents for disclosure")
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.add_button = QPushButton("Add consent…")
        self.add_button.setAccessibleName("Add a signed consent")
        self.confirm_button = QPushButton("Confirm scope…")
        self.confirm_button.setAccessibleName("Choose the categories of the selected old consent")
        self.confirm_button.clicked.connect(lambda: self._run(self.confirm_dialog()))
        self.event_button = QPushButton("Event happened…")
        self.event_button.setAccessibleName(
            "Record that the event the selected consent expires with happened"
        )
        self.event_button.clicked.connect(lambda: self._run(self.event_dialog()))
        self.revoke_button = QPushButton("Revoke…")
        self.revoke_button.setAccessibleName("Revoke the selected consent")
        self.add_button.clicked.connect(lambda: self._run(self.consent_dialog()))
        self.revoke_button.clicked.connect(lambda: self._run(self.revoke_dialog()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.event_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        self.disclosures_model = TableModel(DISCLOSURE_COLUMNS, self)
        self.disclosures = QTableView()
        self.disclosures.setModel(self.disclosures_model)
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
        chosen = self.selected()
        column = max(self.table.currentIndex().column(), 0)
        self.model.set_rows(
            clinical.consents(self.ctx.db, self.participant_id), self.ctx.clock.today()
        )
        row = None if chosen is None else self.model.row_of(lambda c: c.id == chosen.id)
        if row is not None:  # the consent chosen stays chosen
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, column),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.disclosures_model.set_rows(
            sorted(
                clinical.disclosures(self.ctx.db, self.participant_id),
                key=lambda item: item.disclosed_at,
                reverse=True,
            )
        )
        self._update_buttons()

    def statuses(self) -> list[str]:
        return [self.model.status(consent) for consent in self.model.records()]

    def selected(self) -> Consent | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record_at(rows[0].row())

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.revoke_button.setEnabled(chosen is not None and chosen.revoked_date is None)
        self.confirm_button.setEnabled(chosen is not None and not chosen.scope_confirmed)
        self.event_button.setEnabled(_waits_for_event(chosen))

    def consent_dialog(self) -> ConsentDialog:
        return ConsentDialog(self.ctx, self.participant_id, self)

    def confirm_dialog(self) -> ConfirmScopeDialog | None:
        chosen = self.selected()
        if chosen is None or chosen.scope_confirmed:
            return None
        return ConfirmScopeDialog(self.ctx, self.participant_id, chosen, self)

    def event_dialog(self) -> ConsentEventDialog | None:
        chosen = self.selected()
        if chosen is None or not _waits_for_event(chosen):
            return None
        return ConsentEventDialog(self.ctx, self.participant_id, chosen, self)

    def revoke_dialog(self) -> RevokeConsentDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        return RevokeConsentDialog(self.ctx, self.participant_id, chosen, self)

    def _run(self, dialog: ServiceDialog | None) -> None:
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
