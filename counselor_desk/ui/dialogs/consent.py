"""Record a signed consent for disclosure (its categories of information ticked one by one;
it expires on a date, when an event or condition happens, or both), confirm the scope of one
saved before consents had categories, record that its expiry event happened, or record its
revocation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from counselor_desk.domain.consent_scope import Scope, ScopeCategory
from counselor_desk.domain.model import Consent
from counselor_desk.services import clinical
from counselor_desk.services.changes import Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.dialogs.form import date_edit, to_date
from counselor_desk.ui.i18n import domain_text


def _text(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(60)
    edit.setAccessibleName(name)
    return edit


class ScopeChecks(QWidget):
    """A checkbox per category of information (domain/consent_scope.py), two columns."""

    def __init__(self, chosen: Scope = frozenset(), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Information to disclose"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[ScopeCategory, QCheckBox] = {}
        for index, category in enumerate(ScopeCategory):
            words = domain_text(category.label)
            box = QCheckBox(words[:1].upper() + words[1:])
            box.setChecked(category in chosen)
            self.boxes[category] = box
            grid.addWidget(box, index // 2, index % 2)

    def chosen(self) -> Scope:
        return frozenset(category for category, box in self.boxes.items() if box.isChecked())

    def choose(self, categories: Scope) -> None:
        for category, box in self.boxes.items():
            box.setChecked(category in categories)


class ConsentDialog(ServiceDialog):
    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Add consent"), parent)
        self.participant_id = participant_id
        today = ctx.clock.today()
        self.recipient = QLineEdit()
        self.recipient_address = _text(self.tr("Recipient address"))
        self.purpose = _text(self.tr("Purpose"))
        self.scope = ScopeChecks()
        self.signed_date = date_edit(today, self.tr("Signed on"))
        # 42 CFR 2.31: the patient's signature, or a representative's (a guardian for a minor)
        self.signed_by = QLineEdit()
        self.signed_by.setPlaceholderText(
            self.tr("Blank: the participant; or name and role, e.g. guardian")
        )
        self.signed_by.setAccessibleName(self.tr("Signed by"))
        self.expires = QCheckBox(self.tr("Expires on"))
        self.expires.setChecked(True)
        self.expiry_date = date_edit(
            today.replace(year=today.year + 1)
            if not (today.month == 2 and today.day == 29)
            else today.replace(day=28, year=today.year + 1),
            self.tr("Expiry date"),
        )
        self.expires.toggled.connect(self.expiry_date.setEnabled)
        expiry = QWidget()
        row = QHBoxLayout(expiry)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.expires)
        row.addWidget(self.expiry_date, 1)
        expiry.setAccessibleName(self.tr("Expiry"))
        # 42 CFR 2.31: an expiry date, event or condition; both: whichever comes first
        self.expiry_event = QLineEdit()
        self.expiry_event.setPlaceholderText(self.tr("e.g. end of court supervision (optional)"))
        self.expiry_event.setAccessibleName(self.tr("Expires when: the event or condition"))
        self.add_row(self.tr("&Recipient:"), "recipient", self.recipient)
        self.add_row(self.tr("Recipient &address:"), "recipient_address", self.recipient_address)
        self.add_row(self.tr("&Purpose:"), "purpose", self.purpose)
        self.add_row(self.tr("&Information to disclose:"), "scope", self.scope)
        self.add_row(self.tr("&Signed on:"), "signed_date", self.signed_date)
        self.add_row(self.tr("Signed &by:"), "signed_by", self.signed_by)
        self.add_row(self.tr("E&xpiry:"), "expiry_date", expiry)
        self.add_row(self.tr("or &when:"), "expiry_event", self.expiry_event)
        self.ok_button().setText(self.tr("Add consent"))
        self.recipient.setFocus()

    def save(self) -> Changes:
        clinical.add_consent(
            self.ctx.db,
            Consent(
                id=0,
                participant_id=self.participant_id,
                recipient=self.recipient.text(),
                purpose=self.purpose.toPlainText(),
                scope=self.scope.chosen(),
                signed_date=to_date(self.signed_date.date()),
                expiry_date=to_date(self.expiry_date.date()) if self.expires.isChecked() else None,
                recipient_address=self.recipient_address.toPlainText(),
                expiry_event=self.expiry_event.text(),
                signed_by=self.signed_by.text(),
            ),
            self.ctx.clock,
        )
        return Changes.participant(self.participant_id)


class ConsentEventDialog(ServiceDialog):
    """Record that the event or condition a consent expires with happened: from that day
    the consent allows no disclosure."""

    def __init__(
        self, ctx: AppContext, participant_id: int, consent: Consent, parent: QWidget | None = None
    ):
        super().__init__(ctx, self.tr("The consent's event happened"), parent)
        self.participant_id = participant_id
        self.consent = consent
        event = QLabel(consent.expiry_event)
        event.setWordWrap(True)
        event.setAccessibleName(self.tr("Expires when"))
        self.happened_on = date_edit(ctx.clock.today(), self.tr("Happened on"))
        self.add_row(self.tr("Consent for:"), "recipient", QLabel(consent.recipient))
        self.add_row(self.tr("Expires when:"), "expiry_event", event)
        self.add_row(self.tr("The event &happened on:"), "expiry_event_on", self.happened_on)
        note = QLabel(self.tr("From that day the consent allows no disclosure."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.ok_button().setText(self.tr("Record"))

    def save(self) -> Changes:
        clinical.record_consent_event(
            self.ctx.db, self.consent.id, to_date(self.happened_on.date()), self.ctx.clock
        )
        return Changes.participant(self.participant_id)


class ConfirmScopeDialog(ServiceDialog):
    """Choose the categories of a consent saved before consents had them, reading the scope
    as it was written on the form; until then the consent allows no disclosure."""

    def __init__(
        self, ctx: AppContext, participant_id: int, consent: Consent, parent: QWidget | None = None
    ):
        super().__init__(ctx, self.tr("Confirm the consent's scope"), parent)
        self.participant_id = participant_id
        self.consent = consent
        written = QLabel(consent.scope_as_written or "–")
        written.setWordWrap(True)
        written.setAccessibleName(self.tr("Scope as written"))
        self.scope = ScopeChecks(consent.scope)
        self.add_row(self.tr("Consent for:"), "recipient", QLabel(consent.recipient))
        self.add_row(self.tr("Scope as written:"), "scope_as_written", written)
        self.add_row(self.tr("&Information to disclose:"), "scope", self.scope)
        self.ok_button().setText(self.tr("Confirm scope"))

    def save(self) -> Changes:
        clinical.confirm_consent_scope(
            self.ctx.db, self.consent.id, self.scope.chosen(), self.ctx.clock
        )
        return Changes.participant(self.participant_id)


class RevokeConsentDialog(ServiceDialog):
    def __init__(
        self, ctx: AppContext, participant_id: int, consent: Consent, parent: QWidget | None = None
    ):
        super().__init__(ctx, self.tr("Revoke consent"), parent)
        self.participant_id = participant_id
        self.consent = consent
        self.revoked_date = date_edit(ctx.clock.today(), self.tr("Revoked on"))
        self.add_row(self.tr("&Revoked on:"), "revoked_date", self.revoked_date)
        self.ok_button().setText(self.tr("Revoke"))

    def save(self) -> Changes:
        clinical.revoke_consent(
            self.ctx.db, self.consent.id, to_date(self.revoked_date.date()), self.ctx.clock
        )
        return Changes.participant(self.participant_id)
