"""The counselor's profile as a field group (first run and File > Settings)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from counselor_desk.domain.model import CounselorProfile
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP

PAGE_SIZES = ((QT_TRANSLATE_NOOP("ProfileFields", "US Letter"), "letter"), ("A4", "a4"))


class ProfileFields(QWidget):
    """Name, credentials, clinic name, address and phone, local crisis line; with
    `documents`, also the license number and NPI, the days to finish a discharge summary and
    the page size.

    `optional_hints` labels the optional fields "(optional)" (the first run, where their
    mnemonic letters belong to the program fields)."""

    def __init__(
        self,
        *,
        documents: bool = True,
        optional_hints: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._loaded = CounselorProfile(name="")
        self._documents = documents
        self._build_fields()
        self._lay_out(documents, optional_hints)
        self.fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "credentials": self.credentials_edit,
            "clinic_name": self.clinic_edit,
            "clinic_address": self.address_edit,
            "clinic_phone": self.phone_edit,
            "crisis_line": self.crisis_edit,
            "license_number": self.license_edit,
            "npi": self.npi_edit,
            "summary_due_days": self.due_spin,
            "page_size": self.page_combo,
        }

    def _build_fields(self) -> None:
        self.name_edit = QLineEdit()
        self.credentials_edit = QLineEdit()
        self.credentials_edit.setPlaceholderText(self.tr("e.g. LCSW, LADC"))
        self.clinic_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.crisis_edit = QLineEdit()
        self.crisis_edit.setPlaceholderText(self.tr("Local crisis line (988 is always printed)"))
        self.license_edit = QLineEdit()
        self.license_edit.setPlaceholderText(self.tr("Optional: printed under your signature"))
        self.npi_edit = QLineEdit()
        self.npi_edit.setPlaceholderText(self.tr("Optional: 10 digits"))
        self.npi_edit.setMaxLength(12)
        self.due_spin = QSpinBox()
        self.due_spin.setRange(1, 90)
        self.due_spin.setSuffix(self.tr(" days"))
        self.page_combo = QComboBox()
        for label, value in PAGE_SIZES:
            self.page_combo.addItem(QCoreApplication.translate("ProfileFields", label), value)
        for widget, name in (
            (self.name_edit, self.tr("Your name")),
            (self.credentials_edit, self.tr("Credentials")),
            (self.clinic_edit, self.tr("Clinic name")),
            (self.address_edit, self.tr("Clinic address")),
            (self.phone_edit, self.tr("Clinic phone")),
            (self.crisis_edit, self.tr("Local crisis line")),
            (self.license_edit, self.tr("License number")),
            (self.npi_edit, self.tr("NPI number")),
            (self.due_spin, self.tr("Days to finish a discharge summary")),
            (self.page_combo, self.tr("Page size")),
        ):
            widget.setAccessibleName(name)

    def _lay_out(self, documents: bool, optional_hints: bool) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Your &name:"), self.name_edit)
        form.addRow(self.tr("&Credentials:"), self.credentials_edit)
        form.addRow(self.tr("C&linic name:"), self.clinic_edit)
        if optional_hints:
            form.addRow(self.tr("Clinic address (optional):"), self.address_edit)
            form.addRow(self.tr("Clinic phone (optional):"), self.phone_edit)
            form.addRow(self.tr("Crisis line (optional):"), self.crisis_edit)
        else:
            form.addRow(self.tr("Clinic &address:"), self.address_edit)
            form.addRow(self.tr("Clinic &phone:"), self.phone_edit)
            form.addRow(self.tr("Crisis l&ine:"), self.crisis_edit)
        form.addRow(self.tr("Lic&ense number:"), self.license_edit)
        form.addRow(self.tr("NPI n&umber:"), self.npi_edit)
        form.addRow(self.tr("Discharge summary &due within:"), self.due_spin)
        form.addRow(self.tr("Page si&ze:"), self.page_combo)
        form.setRowVisible(self.due_spin, documents)
        form.setRowVisible(self.page_combo, documents)
        form.setRowVisible(self.license_edit, documents)
        form.setRowVisible(self.npi_edit, documents)

    def load(self, profile: CounselorProfile) -> None:
        self._loaded = profile
        self.name_edit.setText(profile.name)
        self.credentials_edit.setText(profile.credentials)
        self.clinic_edit.setText(profile.clinic_name)
        self.address_edit.setText(profile.clinic_address)
        self.phone_edit.setText(profile.clinic_phone)
        self.crisis_edit.setText(profile.crisis_line)
        self.license_edit.setText(profile.license_number)
        self.npi_edit.setText(profile.npi)
        self.due_spin.setValue(profile.summary_due_days)
        self.page_combo.setCurrentIndex(max(0, self.page_combo.findData(profile.page_size)))

    def values(self) -> CounselorProfile:
        """The profile loaded, with what is typed (the document rows only when shown)."""
        typed = replace(
            self._loaded,
            name=self.name_edit.text(),
            credentials=self.credentials_edit.text(),
            clinic_name=self.clinic_edit.text(),
            clinic_address=self.address_edit.text(),
            clinic_phone=self.phone_edit.text(),
            crisis_line=self.crisis_edit.text(),
        )
        if not self._documents:
            return typed
        return replace(
            typed,
            summary_due_days=self.due_spin.value(),
            license_number=self.license_edit.text(),
            npi=self.npi_edit.text(),
            page_size=str(self.page_combo.currentData()),
        )
