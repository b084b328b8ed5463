"""File > Admit from a referral file…: a FHIR Bundle another program sent, read off the GUI
thread, shown for the counselor to confirm or correct (chart number, names, date of birth,
program, admission date), with what could not be read listed; OK admits in one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QWidget

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import Program
from counselor_desk.interop.fhir_read import ReferralProposal
from counselor_desk.services import fhir_import, setup
from counselor_desk.services.changes import Changes
from counselor_desk.ui.background import Background, Task
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import form
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.dialogs.form import TypedDate, date_edit, plain_message, to_date, to_qdate
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("FhirImportDialog", "Admit from a referral file")


def _title() -> str:
    return QCoreApplication.translate("FhirImportDialog", TITLE)


def _listed(items: list[str], empty: str = "–") -> str:
    return "\n".join(f"• {item}" for item in items) if items else empty


class FhirImportDialog(ServiceDialog):
    """What the referral would admit: the fields to correct above, what it carries below,
    what could not be read at the foot. After Accepted, `participant_id` is the new id."""

    def __init__(
        self,
        ctx: AppContext,
        proposal: ReferralProposal,
        programs: list[Program],
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, _title(), parent)
        self.proposal = proposal
        self.participant_id = 0
        self.chart_number = QLineEdit(proposal.chart_number)
        self.first_name = QLineEdit(proposal.first_name)
        self.last_name = QLineEdit(proposal.last_name)
        self.date_of_birth = TypedDate(self.tr("Date of birth"))
        if proposal.date_of_birth is not None:
            self.date_of_birth.setDate(to_qdate(proposal.date_of_birth))
        self.program = QComboBox()
        for program in programs:
            self.program.addItem(f"{program.name} ({program.level_of_care.value})", program.id)
        self.admission_date = date_edit(ctx.clock.today(), "Admission date")
        self.add_row(self.tr("Chart number:"), "chart_number", self.chart_number)
        self.add_row(self.tr("First name:"), "first_name", self.first_name)
        self.add_row(self.tr("Last name:"), "last_name", self.last_name)
        self.add_row(self.tr("Date of birth:"), "date_of_birth", self.date_of_birth)
        self.add_row(self.tr("Program:"), "program", self.program)
        self.add_row(self.tr("Admission date:"), "admission_date", self.admission_date)
        diagnoses = [f"{d.code} {d.description}".strip() for d in proposal.diagnoses]
        none_listed = self.tr("None listed")
        # (key, label, text): the key names the row in `carried` whatever the language
        carried = [
            ("Preferred name", self.tr("Preferred name:"), proposal.preferred_name or "–"),
            ("Phone", self.tr("Phone:"), proposal.phone or "–"),
            ("Referred by", self.tr("Referred by:"), proposal.referral_source or "–"),
            ("Diagnoses", self.tr("Diagnoses:"), _listed(diagnoses, self.tr("None readable"))),
            (
                "Medications",
                self.tr("Medications:"),
                _listed(list(proposal.medications), none_listed),
            ),
            ("Allergies", self.tr("Allergies:"), _listed(list(proposal.allergies), none_listed)),
        ]
        if proposal.part2:
            carried.append(
                (
                    "42 CFR Part 2",
                    self.tr("42 CFR Part 2:"),
                    self.tr(
                        "The referral is labelled Part 2: it may not be redisclosed without "
                        "consent, and the record is treated as Part 2."
                    ),
                )
            )
        heading = QLabel(self.tr("<b>What the referral carries</b> (admitted as it is)"))
        self.form.addRow(heading)
        self.carried: dict[str, QLabel] = {}
        for key, label, text in carried:
            shown = QLabel(text)
            shown.setWordWrap(True)
            shown.setAccessibleName(label.rstrip(":"))
            self.form.addRow(label, shown)
            self.carried[key] = shown
        unread = list(proposal.unreadable)
        self.unreadable = QLabel(
            _listed(unread, self.tr("Everything an admission reads was read."))
        )
        self.unreadable.setWordWrap(True)
        self.unreadable.setAccessibleName(self.tr("Could not be read"))
        self.form.addRow(self.tr("Could not be read\n(not admitted):"), self.unreadable)
        if proposal.not_read:
            others = QLabel(
                self.tr("Not read at admission (kept in the file): {items}.").format(
                    items=", ".join(proposal.not_read)
                )
            )
            others.setWordWrap(True)
            self.form.addRow("", others)
        self.ok_button().setText(self.tr("Admit"))
        self.setMinimumWidth(560)
        self.chart_number.setFocus()

    def choices(self) -> fhir_import.AdmissionChoices:
        """What the counselor confirmed or corrected; ValueError for a date that is not one."""
        born = self.date_of_birth.value(self.tr("Date of birth"))
        return fhir_import.AdmissionChoices(
            program_id=int(self.program.currentData()),
            chart_number=self.chart_number.text(),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            date_of_birth=born,
            admission_date=to_date(self.admission_date.date()),
        )

    def save(self) -> Changes:
        try:
            choices = self.choices()
        except ValueError as error:
            raise ValidationError(str(error), "date_of_birth") from None
        admitted = fhir_import.admit_from_referral(
            self.ctx.db, self.proposal, choices, self.ctx.clock
        )
        self.participant_id = admitted.id
        return Changes.participant(admitted.id)


class ReferralImport(QObject):
    """The File menu's action: choose the file, read it on a worker, open the dialog; an
    admission opens the new record."""

    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        self.background = Background(self)
        self.dialog: FhirImportDialog | None = None

    def start(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window,
            _title(),
            str(Path.home()),
            self.tr("FHIR bundles (*.json);;All files (*)"),
        )
        if chosen:
            self.read(Path(chosen))

    def read(self, path: Path) -> Task:
        """Read the referral at `path` off the GUI thread (plain values only)."""
        return self.background.run(
            lambda: fhir_import.read_referral(path), self._show, self._failed
        )

    def _show(self, proposal: ReferralProposal) -> None:
        programs = [program for program in setup.list_programs(self.ctx.db) if program.active]
        if not programs:
            form.tell(
                self.window,
                _title(),
                self.tr(
                    "No program is set up to admit to: add one in File > Settings first. "
                    "Nothing was admitted."
                ),
                problem=True,
            )
            return
        self.dialog = FhirImportDialog(self.ctx, proposal, programs, self.window)
        self.dialog.accepted.connect(self._admitted)
        self.dialog.open()

    def _admitted(self) -> None:
        if self.dialog is not None and self.dialog.participant_id:
            self.ctx.bus.open_participant.emit(self.dialog.participant_id)

    def _failed(self, error: Exception) -> None:
        form.tell(self.window, _title(), plain_message(error), problem=True)
