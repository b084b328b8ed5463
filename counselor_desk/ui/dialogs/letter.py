"""Ask what an attendance verification letter needs: its dates, to whom (name, organization,
case or docket number), why, and whether the program's name is left out.

OK checks every field the way the export will (services/documents/attendance_letter.py) and
says each problem beside its field; nothing is written. `request` holds the checked request
after Accepted.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from counselor_desk.domain.model import Consent
from counselor_desk.services.changes import NOTHING, Changes
from counselor_desk.services.documents import attendance_letter
from counselor_desk.services.documents.attendance_letter import CASE_NUMBER_MAX, LetterRequest
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.dialogs.form import date_edit, to_date


def _line(name: str, hint: str, limit: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(hint)
    edit.setMaxLength(limit)
    return edit


class LetterDialog(ServiceDialog):
    """The attendance letter's questions in one form. With a consent (a Part 2 record), the
    recipient and purpose start as the consent has them, the letter must go to the recipient
    it names, and the program's name is left out unless the counselor unticks it."""

    def __init__(
        self,
        ctx: AppContext,
        first: dt.date,
        last: dt.date,
        *,
        consent: Consent | None = None,
        omit_program: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, self.tr("Attendance letter"), parent)
        self.consent = consent
        self.request: LetterRequest | None = None
        self.first_date = date_edit(first, self.tr("From"))
        self.last_date = date_edit(last, self.tr("To"))
        self.recipient = _line(
            self.tr("Recipient's name"), self.tr("e.g. Hon. Ruth Ade, or Human Resources")
        )
        self.organization = _line(
            self.tr("Organization"),
            self.tr("e.g. Union County Drug Court (blank for a private person)"),
        )
        self.case_number = _line(
            self.tr("Case or docket number"), self.tr("optional"), CASE_NUMBER_MAX
        )
        self.purpose = QPlainTextEdit()
        self.purpose.setAccessibleName(self.tr("Purpose of the disclosure"))
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(56)
        self.omit_program = QCheckBox(
            self.tr("Leave out the program's name (say \u201can outpatient program\u201d)")
        )
        self.omit_program.setAccessibleName(self.tr("Leave out the program's name"))
        self.omit_program.setChecked(omit_program)
        if consent is not None:
            self.recipient.setText(consent.recipient)
            self.purpose.setPlainText(consent.purpose)
        self.add_row(self.tr("&From:"), "first", self.first_date)
        self.add_row(self.tr("&To:"), "last", self.last_date)
        capped = QLabel(
            self.tr("A date after today is reported as of today, and the letter says so.")
        )
        capped.setWordWrap(True)
        self.form.addRow("", capped)
        self.add_row(self.tr("&Recipient's name:"), "recipient", self.recipient)
        self.add_row(self.tr("&Organization:"), "organization", self.organization)
        self.add_row(self.tr("&Case or docket no.:"), "case_number", self.case_number)
        self.add_row(self.tr("&Purpose:"), "purpose", self.purpose)
        self.add_row("", "omit_program", self.omit_program)
        if consent is not None:
            under = QLabel(
                self.tr(
                    "Disclosed under the consent for {recipient}: the letter goes to that "
                    "recipient (the name or the organization)."
                ).format(recipient=consent.recipient)
            )
            under.setWordWrap(True)
            self.form.addRow("", under)
        self.ok_button().setText(self.tr("Continue…"))
        self.recipient.setFocus()

    def save(self) -> Changes:
        request = attendance_letter.letter_request(
            to_date(self.first_date.date()),
            to_date(self.last_date.date()),
            self.ctx.clock.today(),
            recipient=self.recipient.text(),
            organization=self.organization.text(),
            case_number=self.case_number.text(),
            purpose=self.purpose.toPlainText(),
            omit_program=self.omit_program.isChecked(),
        )
        if self.consent is not None:
            attendance_letter.check_consent(self.consent, request.recipient)
        self.request = request
        return NOTHING  # only asks; the export writes
