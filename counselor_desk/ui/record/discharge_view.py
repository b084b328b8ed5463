"""The discharge form's widgets: a view with no database, clock or participant.

It shows the plan it is given (`fill`, or `fill_new` for a first plan), says when it was
edited, and gives back what is typed as a `Discharge` (`values`). Once the summary is signed
(`show_signed`) every field is read-only under a "Signed by … on …" banner, with its
amendments listed. The controller (`discharge_tab.DischargeTab`) loads, saves, records, signs
and amends.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    Diagnosis,
    Discharge,
    DischargeAmendment,
    DischargeReason,
    LevelOfCare,
    Referral,
)
from counselor_desk.domain.rules import Flag
from counselor_desk.ui.dialogs.form import FormErrors, TypedDate, date_edit, to_date, to_qdate
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP, domain_text
from counselor_desk.ui.record.emphasis import Badge, bold, muted

REFERRAL_COLUMNS = (
    QT_TRANSLATE_NOOP("DischargeTabView", "Provider"),
    QT_TRANSLATE_NOOP("DischargeTabView", "Service"),
    QT_TRANSLATE_NOOP("DischargeTabView", "Contact"),
    QT_TRANSLATE_NOOP("DischargeTabView", "Phone"),
    QT_TRANSLATE_NOOP("DischargeTabView", "Address"),
    QT_TRANSLATE_NOOP("DischargeTabView", "First appointment"),
)
APPOINTMENT_FORMAT = "%Y-%m-%d %H:%M"
#: The "Signed by … on …" banner over a signed summary's fields.
SIGNED_STYLE = "font-weight: 600; padding: 6px; border: 1px solid palette(mid);"

#: Who received the discharge information and a copy: (choice, the form's words). What is
#: stored (and printed: "given to the participant on …") is the words of `copy_given_words`.
COPY_CHOICES = (
    ("", QT_TRANSLATE_NOOP("DischargeTabView", "Not recorded")),
    ("participant", QT_TRANSLATE_NOOP("DischargeTabView", "The participant")),
    ("guardian", QT_TRANSLATE_NOOP("DischargeTabView", "The participant and guardian")),
    ("other", QT_TRANSLATE_NOOP("DischargeTabView", "Someone else (say who)")),
)
PARTICIPANT = "the participant"
WITH_GUARDIAN = "the participant and guardian"


def copy_given_words(choice: str, who: str) -> str:
    """The stored words for who received the copy: 'the participant', 'the participant and
    guardian (Pat Reyes, mother)', or whoever else was named ('' when not recorded)."""
    who = who.strip()
    if choice == "participant":
        return PARTICIPANT
    if choice == "guardian":
        return f"{WITH_GUARDIAN} ({who})" if who else WITH_GUARDIAN
    if choice == "other":
        return who
    return ""


_PARTICIPANT = re.compile(r"(?:the )?participant", re.IGNORECASE)
_WITH_GUARDIAN = re.compile(
    r"(?:the )?participant and guardian(?: \((?P<who>.*)\))?", re.IGNORECASE
)


def copy_given_choice(words: str) -> tuple[str, str]:
    """The form's choice and name for stored words (the reverse of `copy_given_words`;
    'Participant' as typed elsewhere reads the same)."""
    words = words.strip()
    if not words:
        return "", ""
    if _PARTICIPANT.fullmatch(words):
        return "participant", ""
    guardian = _WITH_GUARDIAN.fullmatch(words)
    if guardian:
        return "guardian", guardian.group("who") or ""
    return "other", words


def _text(name: str, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    edit.setAccessibleName(name)
    return edit


def referral_cells(referral: Referral) -> list[str]:
    when = referral.first_appointment
    return [
        referral.provider,
        referral.service,
        referral.contact,
        referral.phone,
        referral.address,
        "" if when is None else when.strftime(APPOINTMENT_FORMAT),
    ]


class DischargeTabView(QWidget):
    """Discharge date, reason, condition, next level, aftercare, referrals, relapse plan,
    crisis resources, medications, strengths, and when and to whom the discharge information
    and a copy were given, with Save plan / Record discharge under them.

    Its words are in the "DischargeTabView" context (not `self.tr`, whose context would be
    the subclass's name)."""

    edited = Signal()  # the counselor changed something (never while filling)

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FormErrors()
        self._filling = False
        self._build_fields(today)
        self._build_referrals()
        self._build_state()
        self._lay_out()
        self._connect_fields()

    # -- building ----------------------------------------------------------------------------

    def _build_fields(self, today: dt.date) -> None:
        self.discharge_date = date_edit(
            today, QCoreApplication.translate("DischargeTabView", "Discharge date")
        )
        self.reason = QComboBox()
        for reason in DischargeReason:
            self.reason.addItem(domain_text(reason.label), reason.value)
        self.reason.setAccessibleName(
            QCoreApplication.translate("DischargeTabView", "Reason for discharge")
        )
        self.reason_detail = QLineEdit()
        self.reason_detail.setAccessibleName(
            QCoreApplication.translate("DischargeTabView", "Reason details")
        )
        self.condition = _text(
            QCoreApplication.translate("DischargeTabView", "Condition at discharge")
        )
        self.recommended = QComboBox()
        self.recommended.addItem(QCoreApplication.translate("DischargeTabView", "Not stated"), None)
        for level in LevelOfCare:
            self.recommended.addItem(f"{domain_text(level.label)} – ASAM {level.asam}", level.value)
        self.recommended.setAccessibleName(
            QCoreApplication.translate("DischargeTabView", "Recommended next level of care")
        )
        self.aftercare = _text(QCoreApplication.translate("DischargeTabView", "Aftercare plan"))
        self.relapse = _text(
            QCoreApplication.translate("DischargeTabView", "Relapse-prevention plan")
        )
        self.crisis = _text(QCoreApplication.translate("DischargeTabView", "Crisis resources"), 56)
        self.medications = _text(
            QCoreApplication.translate("DischargeTabView", "Medications at discharge"), 56
        )
        self.strengths = _text(
            QCoreApplication.translate(
                "DischargeTabView", "Strengths, needs, abilities and preferences"
            )
        )
        self.copy_given_on = TypedDate(
            QCoreApplication.translate("DischargeTabView", "Information and copy given on")
        )
        self.copy_given_on.setMaximumWidth(150)
        self.copy_given_to = QComboBox()
        for choice, words in COPY_CHOICES:
            self.copy_given_to.addItem(
                QCoreApplication.translate("DischargeTabView", words), choice
            )
        self.copy_given_to.setAccessibleName(
            QCoreApplication.translate("DischargeTabView", "Information and copy given to")
        )
        self.copy_given_who = QLineEdit()
        self.copy_given_who.setAccessibleName(
            QCoreApplication.translate("DischargeTabView", "Who received the information and copy")
        )
        self.copy_given_who.setPlaceholderText(
            QCoreApplication.translate("DischargeTabView", "Name and role, e.g. Pat Reyes, mother")
        )
        self.copy_given_box = QWidget()
        self.copy_given_box.setAccessibleName(
            QCoreApplication.translate("DischargeTabView", "Information and copy given to")
        )
        given = QHBoxLayout(self.copy_given_box)
        given.setContentsMargins(0, 0, 0, 0)
        given.addWidget(self.copy_given_to)
        given.addWidget(self.copy_given_who, 1)
        given.addStretch(1)
        self.copy_given_to.setMaximumWidth(300)
        self.copy_given_who.setMaximumWidth(420)
        self._copy_choice_changed()
        # from the participant's record: shown so a missing one is said beside it at signing
        self.presenting_problems = QLabel()
        self.presenting_problems.setAccessibleName(
            QCoreApplication.translate("DischargeTabView", "Presenting problems (from the record)")
        )
        self.presenting_problems.setWordWrap(True)
        self.diagnoses = QLabel()
        self.diagnoses.setAccessibleName(
            QCoreApplication.translate("DischargeTabView", "Diagnoses (from the record)")
        )
        self.diagnoses.setWordWrap(True)
        self.discharge_date.setMaximumWidth(150)
        self.reason.setMaximumWidth(420)
        self.recommended.setMaximumWidth(420)

    def _build_referrals(self) -> None:
        self.referrals = QTableWidget(0, len(REFERRAL_COLUMNS))
        self.referrals.setHorizontalHeaderLabels(
            [QCoreApplication.translate("DischargeTabView", title) for title in REFERRAL_COLUMNS]
        )
        self.referrals.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.referrals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.referrals.setAccessibleName(
            QCoreApplication.translate("DischargeTabView", "Referrals")
        )
        self.referrals.setMinimumHeight(110)
        self.referrals.setColumnWidth(5, 150)
        self._referral_triggers = self.referrals.editTriggers()
        self.add_referral_button = QPushButton(
            QCoreApplication.translate("DischargeTabView", "Add referral")
        )
        self.remove_referral_button = QPushButton(
            QCoreApplication.translate("DischargeTabView", "Remove referral")
        )
        self.referral_box = QWidget()
        layout = QVBoxLayout(self.referral_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.referrals)
        hint = QLabel(
            QCoreApplication.translate("DischargeTabView", "First appointment as 2026-03-20 14:30.")
        )
        muted(hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_referral_button)
        buttons.addWidget(self.remove_referral_button)
        buttons.addWidget(hint)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _build_state(self) -> None:
        self.save_button = QPushButton(QCoreApplication.translate("DischargeTabView", "Save plan"))
        self.save_button.setAccessibleName(
            QCoreApplication.translate("DischargeTabView", "Save the discharge plan")
        )
        self.record_button = QPushButton(
            QCoreApplication.translate("DischargeTabView", "Record discharge…")
        )
        self.record_button.setAccessibleName(
            QCoreApplication.translate("DischargeTabView", "Record the discharge")
        )
        self.sign_button = QPushButton(
            QCoreApplication.translate("DischargeTabView", "Sign discharge summary…")
        )
        self.sign_button.setAccessibleName(
            QCoreApplication.translate("DischargeTabView", "Sign the discharge summary")
        )
        self.amend_button = QPushButton(
            QCoreApplication.translate("DischargeTabView", "Add amendment…")
        )
        self.amend_button.setAccessibleName(
            QCoreApplication.translate(
                "DischargeTabView", "Add an amendment to the signed discharge summary"
            )
        )
        self.amend_button.hide()
        self.signed_banner = QLabel()
        self.signed_banner.setAccessibleName(
            QCoreApplication.translate("DischargeTabView", "Discharge summary signature")
        )
        self.signed_banner.setWordWrap(True)
        self.signed_banner.hide()  # styled when first shown (SIGNED_STYLE): most plans are not
        self.amendment_list = QLabel()
        self.amendment_list.setAccessibleName(
            QCoreApplication.translate("DischargeTabView", "Amendments to the discharge summary")
        )
        self.amendment_list.setWordWrap(True)
        self.amendment_list.hide()
        self.state = QLabel()
        self.state.setAccessibleName(
            QCoreApplication.translate("DischargeTabView", "Discharge state")
        )
        bold(self.state)
        self.summary_due = Badge(role=Flag.SUMMARY_DUE.colour)
        self.summary_due.setAccessibleName(
            QCoreApplication.translate("DischargeTabView", "Discharge summary due")
        )
        self.summary_due.hide()

    def _lay_out(self) -> None:
        fields = QWidget()
        grid = QFormLayout(fields)
        grid.addRow(self.signed_banner)
        rows: list[tuple[str, str, QWidget]] = [
            (
                QCoreApplication.translate("DischargeTabView", "Discharge &date:"),
                "discharge_date",
                self.discharge_date,
            ),
            (QCoreApplication.translate("DischargeTabView", "&Reason:"), "reason", self.reason),
            (
                QCoreApplication.translate("DischargeTabView", "Reason details:"),
                "reason_detail",
                self.reason_detail,
            ),
            (
                QCoreApplication.translate("DischargeTabView", "Condition at discharge:"),
                "condition_at_discharge",
                self.condition,
            ),
            (
                QCoreApplication.translate("DischargeTabView", "Recommended next level:"),
                "recommended_level",
                self.recommended,
            ),
            (
                QCoreApplication.translate("DischargeTabView", "Aftercare plan:"),
                "aftercare_plan",
                self.aftercare,
            ),
            (
                QCoreApplication.translate("DischargeTabView", "Referrals:"),
                "referrals",
                self.referral_box,
            ),
            (
                QCoreApplication.translate("DischargeTabView", "Relapse-prevention plan:"),
                "relapse_prevention_plan",
                self.relapse,
            ),
            (
                QCoreApplication.translate("DischargeTabView", "Crisis resources:"),
                "crisis_resources",
                self.crisis,
            ),
            (
                QCoreApplication.translate("DischargeTabView", "Medications at discharge:"),
                "medications_at_discharge",
                self.medications,
            ),
            (
                QCoreApplication.translate(
                    "DischargeTabView", "Strengths, needs, abilities\nand preferences:"
                ),
                "strengths",
                self.strengths,
            ),
            (
                QCoreApplication.translate("DischargeTabView", "Information and copy given on:"),
                "copy_given_on",
                self.copy_given_on,
            ),
            (
                QCoreApplication.translate("DischargeTabView", "Given to:"),
                "copy_given_to",
                self.copy_given_box,
            ),
            (
                QCoreApplication.translate("DischargeTabView", "Presenting problems:"),
                "presenting_problems",
                self.presenting_problems,
            ),
            (
                QCoreApplication.translate("DischargeTabView", "Diagnoses:"),
                "diagnoses",
                self.diagnoses,
            ),
        ]
        for label, field, widget in rows:
            grid.addRow(label, self.errors.wrap(field, widget))
        grid.addRow(self.errors.banner)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.amend_button)
        grid.addRow(buttons)
        grid.addRow(self.summary_due)
        grid.addRow(self.amendment_list)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _connect_fields(self) -> None:
        self.referrals.itemChanged.connect(self._edited)
        self.add_referral_button.clicked.connect(self._add_referral_clicked)
        self.remove_referral_button.clicked.connect(self._remove_referral)
        self.discharge_date.dateChanged.connect(self._edited)
        self.reason.currentIndexChanged.connect(self._edited)
        self.recommended.currentIndexChanged.connect(self._edited)
        self.reason_detail.textChanged.connect(self._edited)
        texts = (
            self.condition,
            self.aftercare,
            self.relapse,
            self.crisis,
            self.medications,
            self.strengths,
        )
        for edit in texts:
            edit.textChanged.connect(self._edited)
        self.copy_given_on.textEdited.connect(self._edited)
        self.copy_given_who.textEdited.connect(self._edited)
        self.copy_given_to.currentIndexChanged.connect(self._copy_choice_changed)
        self.copy_given_to.currentIndexChanged.connect(self._edited)

    def _copy_choice_changed(self, *_args: object) -> None:
        """The name field is for a guardian (optional) or someone else (needed)."""
        choice = self.copy_given_to.currentData()
        self.copy_given_who.setVisible(choice in ("guardian", "other"))
        self.copy_given_who.setPlaceholderText(
            QCoreApplication.translate("DischargeTabView", "Guardian's name and role (optional)")
            if choice == "guardian"
            else QCoreApplication.translate(
                "DischargeTabView", "Name and role, e.g. Pat Reyes, sister"
            )
        )

    def _edited(self, *_args: object) -> None:
        if not self._filling:
            self.edited.emit()

    # -- values in ---------------------------------------------------------------------------

    def fill_new(self, day: dt.date, crisis_resources: str, medications: str) -> None:
        """A plan not saved yet: the date, crisis resources and medications prefilled."""
        self._filling = True
        try:
            self.discharge_date.setDate(to_qdate(day))
            self.crisis.setPlainText(crisis_resources)
            self.medications.setPlainText(medications)
        finally:
            self._filling = False

    def fill(self, stored: Discharge) -> None:
        """Show a saved plan (or the recorded discharge) as it is."""
        self._filling = True
        try:
            self.discharge_date.setDate(to_qdate(stored.discharge_date))
            self.reason.setCurrentIndex(self.reason.findData(stored.reason.value))
            self.reason_detail.setText(stored.reason_detail)
            self.condition.setPlainText(stored.condition_at_discharge)
            level = None if stored.recommended_level is None else stored.recommended_level.value
            self.recommended.setCurrentIndex(max(0, self.recommended.findData(level)))
            self.aftercare.setPlainText(stored.aftercare_plan)
            self.relapse.setPlainText(stored.relapse_prevention_plan)
            self.crisis.setPlainText(stored.crisis_resources)
            self.medications.setPlainText(stored.medications_at_discharge)
            self.strengths.setPlainText(stored.strengths)
            given_on = stored.copy_given_on
            self.copy_given_on.setText("" if given_on is None else given_on.isoformat())
            choice, who = copy_given_choice(stored.copy_given_to)
            self.copy_given_to.setCurrentIndex(max(0, self.copy_given_to.findData(choice)))
            self.copy_given_who.setText(who)
            self.referrals.setRowCount(0)
            for referral in stored.referrals:
                self.add_referral(referral_cells(referral))
        finally:
            self._filling = False

    def add_referral(self, cells: list[str] | None = None) -> int:
        row = self.referrals.rowCount()
        self.referrals.insertRow(row)
        for column, text in enumerate(cells or [""] * len(REFERRAL_COLUMNS)):
            self.referrals.setItem(row, column, QTableWidgetItem(text))
        return row

    def _add_referral_clicked(self) -> None:
        row = self.add_referral()
        self.referrals.setCurrentCell(row, 0)
        item = self.referrals.item(row, 0)
        if item is not None:
            self.referrals.editItem(item)
        self.edited.emit()

    def _remove_referral(self) -> None:
        row = self.referrals.currentRow()
        if row >= 0:
            self.referrals.removeRow(row)
            self.edited.emit()

    def show_state(self, text: str) -> None:
        """The plan's state in words: saved, recorded, or nothing yet."""
        self.state.setText(text)

    def show_discharged(self, discharged: bool) -> None:
        """Once the discharge is recorded its date is fixed and it cannot be recorded again."""
        self.discharge_date.setEnabled(not discharged)
        self.record_button.setEnabled(not discharged)
        self.sign_button.setEnabled(discharged)  # a summary is signed after the discharge

    def show_record(self, presenting_problems: str, diagnoses: tuple[Diagnosis, ...]) -> None:
        """What the summary takes from the participant's record (edited there)."""
        self.presenting_problems.setText(
            presenting_problems.strip()
            or QCoreApplication.translate("DischargeTabView", "None recorded")
        )
        self.diagnoses.setText(
            "; ".join(f"{d.code} {d.description}".strip() for d in diagnoses)
            or QCoreApplication.translate("DischargeTabView", "None recorded")
        )

    def show_signed(
        self, signed: Discharge | None, amendments: tuple[DischargeAmendment, ...] = ()
    ) -> None:
        """Signed: every field read-only under the signature banner; else editable."""
        is_signed = signed is not None and signed.signed_at is not None
        editable = (
            self.reason,
            self.reason_detail,
            self.condition,
            self.recommended,
            self.aftercare,
            self.relapse,
            self.crisis,
            self.medications,
            self.strengths,
            self.copy_given_on,
            self.copy_given_to,
            self.copy_given_who,
            self.referrals,
            self.add_referral_button,
            self.remove_referral_button,
            self.save_button,
        )
        for widget in editable:
            if isinstance(widget, (QPlainTextEdit, QLineEdit)):
                widget.setReadOnly(is_signed)
            elif isinstance(widget, QTableWidget):
                widget.setEditTriggers(
                    QAbstractItemView.EditTrigger.NoEditTriggers
                    if is_signed
                    else self._referral_triggers
                )
            else:
                widget.setEnabled(not is_signed)
        if is_signed:
            self.discharge_date.setEnabled(False)
            self.record_button.setEnabled(False)
        self.sign_button.setVisible(not is_signed)
        self.amend_button.setVisible(is_signed)
        if is_signed and not self.signed_banner.styleSheet():
            self.signed_banner.setStyleSheet(SIGNED_STYLE)
        self.signed_banner.setVisible(is_signed)
        if signed is not None and signed.signed_at is not None:
            self.signed_banner.setText(
                QCoreApplication.translate(
                    "DischargeTabView",
                    "Signed by {name} on {date} at {time}. The discharge summary is final: "
                    "a change is an amendment (Add amendment…).",
                ).format(
                    name=signed.signed_by,
                    date=f"{signed.signed_at:%Y-%m-%d}",
                    time=f"{signed.signed_at:%H:%M}",
                )
            )
        self.amendment_list.setVisible(bool(amendments))
        amended = QCoreApplication.translate(
            "DischargeTabView", "Amended on {when} by {author} ({section}): {reason}\n{text}"
        )
        self.amendment_list.setText(
            "\n\n".join(
                amended.format(
                    when=f"{item.created_at:%Y-%m-%d %H:%M}",
                    author=item.author,
                    section=domain_text(item.field_label),
                    reason=item.reason,
                    text=item.text,
                )
                for item in amendments
            )
        )

    def show_summary_due(self, due: dt.date | None) -> None:
        """After the discharge: when the discharge summary is due (until it is exported)."""
        self.summary_due.setVisible(due is not None)
        if due is not None:
            self.summary_due.setText(
                QCoreApplication.translate(
                    "DischargeTabView",
                    "Discharge summary due by {date}: sign it with 'Sign discharge summary…'.",
                ).format(date=f"{due:%Y-%m-%d}")
            )

    # -- values out --------------------------------------------------------------------------

    def referral_list(self) -> tuple[Referral, ...]:
        """The referrals typed (blank rows skipped); ValidationError naming a bad appointment."""
        found = []
        bad = []
        for row in range(self.referrals.rowCount()):
            cells = []
            for column in range(len(REFERRAL_COLUMNS)):
                item = self.referrals.item(row, column)
                cells.append(item.text().strip() if item else "")
            if not any(cells):
                continue
            when = None
            if cells[5]:
                try:
                    when = dt.datetime.strptime(cells[5], APPOINTMENT_FORMAT)
                except ValueError:
                    bad.append(
                        (
                            "referrals",
                            QCoreApplication.translate(
                                "DischargeTabView",
                                "Referral {number}: the first appointment '{text}' is not a "
                                "date and time like 2026-03-20 14:30.",
                            ).format(number=row + 1, text=cells[5]),
                        )
                    )
            found.append(
                Referral(
                    provider=cells[0],
                    service=cells[1],
                    contact=cells[2],
                    phone=cells[3],
                    address=cells[4],
                    first_appointment=when,
                )
            )
        if bad:
            raise ValidationError(" ".join(m for _f, m in bad), "referrals", bad)
        return tuple(found)

    def copy_given(self) -> tuple[dt.date | None, str]:
        """The day the information and copy were given and to whom; ValidationError naming
        the field for a date that is not one, or 'someone else' without a name."""
        problems: list[tuple[str, str]] = []
        try:
            given_on = self.copy_given_on.value(
                QCoreApplication.translate("DischargeTabView", "Information and copy given on")
            )
        except ValueError as error:
            given_on = None
            problems.append(("copy_given_on", str(error)))
        choice = self.copy_given_to.currentData()
        who = self.copy_given_who.text()
        if choice == "other" and not who.strip():
            problems.append(
                (
                    "copy_given_to",
                    QCoreApplication.translate(
                        "DischargeTabView", "Information and copy given to: say who received them."
                    ),
                )
            )
        if problems:
            raise ValidationError(" ".join(m for _f, m in problems), problems[0][0], problems)
        return given_on, copy_given_words(choice, who)

    def values(self, participant_id: int) -> Discharge:
        """What is typed, as the discharge of `participant_id`."""
        level = self.recommended.currentData()
        given_on, given_to = self.copy_given()
        return Discharge(
            participant_id=participant_id,
            discharge_date=to_date(self.discharge_date.date()),
            reason=DischargeReason(self.reason.currentData()),
            reason_detail=self.reason_detail.text(),
            condition_at_discharge=self.condition.toPlainText(),
            recommended_level=None if level is None else LevelOfCare(level),
            aftercare_plan=self.aftercare.toPlainText(),
            relapse_prevention_plan=self.relapse.toPlainText(),
            crisis_resources=self.crisis.toPlainText(),
            medications_at_discharge=self.medications.toPlainText(),
            referrals=self.referral_list(),
            strengths=self.strengths.toPlainText(),
            copy_given_on=given_on,
            copy_given_to=given_to,
        )
