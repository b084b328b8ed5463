"""Consents tab: consents for disclosure with their status on today's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject
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
from counselor_desk.ui.i18n import domain_text
from counselor_desk.ui.widgets.table_model import Column, TableModel


def _valid() -> str:
    return QCoreApplication.translate("ConsentsTab", "Valid")


def consent_status(consent: Consent, today: dt.date) -> str:
    """The consent's status on `today`, in the app's language."""
    if not consent.scope_confirmed and consent.revoked_date is None:
        return QCoreApplication.translate("ConsentsTab", "Confirm its scope")
    if consent.revoked_date is not None and consent.revoked_date <= today:
        return QCoreApplication.translate("ConsentsTab", "Revoked {date}").format(
            date=f"{consent.revoked_date:%Y-%m-%d}"
        )
    if not consent.has_expiry:
        return QCoreApplication.translate("ConsentsTab", "No expiry – not valid")
    if not consent.valid_on(today) and consent.signed_date <= today:
        # its date passed or its event happened
        return QCoreApplication.translate("ConsentsTab", "Expired")
    if consent.signed_date > today:
        return QCoreApplication.translate("ConsentsTab", "Not yet valid")
    return _valid()


class ConsentsModel(TableModel[Consent]):
    """The consents with their status on the day given; a status other than valid stands out."""

    STATUS = 5

    def __init__(self, today: dt.date, parent: QObject | None = None) -> None:
        self._today = today
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("ConsentsTab", "Recipient"),
                    lambda consent: consent.recipient,
                ),
                Column(
                    QCoreApplication.translate("ConsentsTab", "Purpose"),
                    lambda consent: consent.purpose,
                ),
                Column(QCoreApplication.translate("ConsentsTab", "Information"), scope_text),
                Column(
                    QCoreApplication.translate("ConsentsTab", "Signed"),
                    lambda consent: f"{consent.signed_date:%Y-%m-%d}",
                ),
                Column(QCoreApplication.translate("ConsentsTab", "Expires"), _expiry_text),
                Column(
                    QCoreApplication.translate("ConsentsTab", "Status"),
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
        return None if self.status(consent) == _valid() else palette.background(ColourRole.ERROR)

    def _error_text(self, consent: Consent) -> QColor | None:
        return None if self.status(consent) == _valid() else palette.text(ColourRole.ERROR)


def scope_text(consent: Consent) -> str:
    """The categories it allows; an old consent's scope as written beside them."""
    words = ", ".join(
        domain_text(category.label) for category in consent_scope.ordered(consent.scope)
    ) or QCoreApplication.translate("ConsentsTab", "nothing")
    if not consent.scope_confirmed:
        return QCoreApplication.translate(
            "ConsentsTab", "To confirm (as written: {written})"
        ).format(written=consent.scope_as_written)
    if consent.scope_as_written:
        return QCoreApplication.translate("ConsentsTab", "{scope} (as written: {written})").format(
            scope=words, written=consent.scope_as_written
        )
    return words


def expiry_terms(consent: Consent) -> str:
    """When it expires, as `Consent.expiry_terms` says it, in the app's language."""
    when = ""
    if consent.expiry_event and consent.expiry_event_on:
        when = QCoreApplication.translate("ConsentsTab", "when: {event} (happened {date})").format(
            event=consent.expiry_event, date=f"{consent.expiry_event_on:%Y-%m-%d}"
        )
    elif consent.expiry_event:
        when = QCoreApplication.translate("ConsentsTab", "when: {event}").format(
            event=consent.expiry_event
        )
    if consent.expiry_date is None:
        return when or QCoreApplication.translate("ConsentsTab", "– (no expiry date)")
    on = f"{consent.expiry_date:%Y-%m-%d}"
    if not when:
        return on
    return QCoreApplication.translate(
        "ConsentsTab", "{date} or {when}, whichever comes first"
    ).format(date=on, when=when)


def _expiry_text(consent: Consent) -> str:
    """The Expires column: "2026-10-01", "when: end of court supervision", or both."""
    if not consent.has_expiry:
        return QCoreApplication.translate("ConsentsTab", "No expiry")
    return expiry_terms(consent)


def _waits_for_event(consent: Consent | None) -> bool:
    """A consent that expires with an event not yet recorded as happening."""
    return consent is not None and bool(consent.expiry_event) and consent.expiry_event_on is None


def disclosure_columns() -> tuple[Column[Disclosure], ...]:
    """The disclosures table's columns, their titles in the app's language."""
    return (
        Column(
            QCoreApplication.translate("ConsentsTab", "Disclosed"),
            lambda disclosure: f"{disclosure.disclosed_at:%Y-%m-%d %H:%M}",
        ),
        Column(
            QCoreApplication.translate("ConsentsTab", "Recipient"),
            lambda disclosure: disclosure.recipient,
        ),
        Column(
            QCoreApplication.translate("ConsentsTab", "Purpose"),
            lambda disclosure: disclosure.purpose,
        ),
        Column(
            QCoreApplication.translate("ConsentsTab", "What"), lambda disclosure: disclosure.what
        ),
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
        self.table.setAccessibleName(self.tr("Consents for disclosure"))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.add_button = QPushButton(self.tr("Add consent…"))
        self.add_button.setAccessibleName(self.tr("Add a signed consent"))
        self.confirm_button = QPushButton(self.tr("Confirm scope…"))
        self.confirm_button.setAccessibleName(
            self.tr("Choose the categories of the selected old consent")
        )
        self.confirm_button.clicked.connect(lambda: self._run(self.confirm_dialog()))
        self.event_button = QPushButton(self.tr("Event happened…"))
        self.event_button.setAccessibleName(
            self.tr("Record that the event the selected consent expires with happened")
        )
        self.event_button.clicked.connect(lambda: self._run(self.event_dialog()))
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.revoke_button.setAccessibleName(self.tr("Revoke the selected consent"))
        self.add_button.clicked.connect(lambda: self._run(self.consent_dialog()))
        self.revoke_button.clicked.connect(lambda: self._run(self.revoke_dialog()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.event_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        self.disclosures_model = TableModel(disclosure_columns(), self)
        self.disclosures = QTableView()
        self.disclosures.setModel(self.disclosures_model)
        self.disclosures.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.disclosures.setColumnWidth(0, 130)
        self.disclosures.setColumnWidth(1, 220)
        self.disclosures.setColumnWidth(2, 200)
        self.disclosures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.disclosures.verticalHeader().hide()
        self.disclosures.setAccessibleName(self.tr("Disclosures made"))
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Disclosures made (each export sent under a consent)")))
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
