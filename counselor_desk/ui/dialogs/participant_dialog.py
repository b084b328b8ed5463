"""Admit a participant, or edit one's details (status and discharge follow their own events)."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    PROGRAM_LEVELS,
    AgeGroup,
    LevelOfCare,
    Participant,
    Program,
)
from counselor_desk.domain.rules import minimum_hours, own_age_group
from counselor_desk.services import participants, setup
from counselor_desk.services.changes import Changes
from counselor_desk.services.validate import Problems
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.dialogs.diagnoses import DiagnosisTable
from counselor_desk.ui.dialogs.form import TypedDate, date_edit, to_date, to_qdate
from counselor_desk.ui.i18n import domain_text


def _line(text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setMinimumWidth(220)
    return edit


def _years(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _hours(level: LevelOfCare, program: Program, group: AgeGroup | None) -> str:
    hours = minimum_hours(level, program, group)
    if hours is None:
        return QCoreApplication.translate("ParticipantForm", "no set")
    return QCoreApplication.translate("ParticipantForm", "{hours} h").format(
        hours=QLocale().toString(float(hours), "g", 6)
    )


def age_group_warning(
    name: str, born: dt.date, admitted: dt.date, level: LevelOfCare, program: Program
) -> str:
    """What to tell the counselor when someone's age puts them in the other age group than
    the program's ("" when the groups match)."""
    own = own_age_group(born, admitted)
    if own is program.age_group:
        return ""
    who = name.strip() or QCoreApplication.translate("ParticipantForm", "This person")
    if own is AgeGroup.ADULT:
        text = QCoreApplication.translate(
            "ParticipantForm",
            "{who} is {years} on the admission date: the adult minimum ({own_hours} a week) "
            "applies, not this adolescent program's {program_hours}.",
        )
    else:
        text = QCoreApplication.translate(
            "ParticipantForm",
            "{who} is {years} on the admission date: the adolescent minimum ({own_hours} a week) "
            "applies, not this adult program's {program_hours}.",
        )
    return text.format(
        who=who,
        years=_years(born, admitted),
        own_hours=_hours(level, program, own),
        program_hours=_hours(level, program, None),
    )


def birth_label() -> str:
    return QCoreApplication.translate("ParticipantForm", "Date of birth")


def _text(text: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(60)
    return edit


class ParticipantForm:
    """The fields of a participant record laid out in two columns of `dialog`."""

    def __init__(self, dialog: ServiceDialog, programs: list[Program], current: Participant | None):
        self.programs = programs
        self._build_fields(dialog.ctx.clock.today())
        self._lay_out(dialog)
        if current is not None:
            self.fill(current)

    def _build_fields(self, today: dt.date) -> None:
        self.chart_number = _line()
        self.first_name = _line()
        self.last_name = _line()
        self.preferred_name = _line()
        self.date_of_birth = TypedDate(birth_label())
        self.pronouns = _line()
        self.phone = _line()
        self.emergency_contact = _line()
        self.referral_source = _line()
        self.program = QComboBox()
        for program in self.programs:
            self.program.addItem(program.name, program.id)
        self.level = QComboBox()
        for level in PROGRAM_LEVELS:
            self.level.addItem(domain_text(level.label), level.value)
        self.admission_date = date_edit(
            today, QCoreApplication.translate("ParticipantForm", "Admission date")
        )
        self.planned_weeks = QSpinBox()
        self.planned_weeks.setRange(0, 104)
        self.planned_weeks.setSuffix(QCoreApplication.translate("ParticipantForm", " weeks"))
        self.presenting_problems = _text()
        self.diagnoses = DiagnosisTable()
        self.medications = _text()
        self.allergies = _text()
        self.age_warning = QLabel()
        self.age_warning.setWordWrap(True)
        self.age_warning.setAccessibleName(
            QCoreApplication.translate("ParticipantForm", "Age group warning")
        )
        self.age_confirmed = QCheckBox(
            QCoreApplication.translate(
                "ParticipantForm", "Use the program's age group and minimum instead"
            )
        )

    def _lay_out(self, dialog: ServiceDialog) -> None:
        """Person on the left, program and clinical on the right, in the dialog's form."""
        left = QGroupBox(QCoreApplication.translate("ParticipantForm", "Person"))
        left_form = QFormLayout(left)
        right = QGroupBox(QCoreApplication.translate("ParticipantForm", "Program and clinical"))
        right_form = QFormLayout(right)
        self.age_form = right_form
        rows_left: list[tuple[str, str, QWidget]] = [
            (
                QCoreApplication.translate("ParticipantForm", "Chart &number:"),
                "chart_number",
                self.chart_number,
            ),
            (
                QCoreApplication.translate("ParticipantForm", "&First name:"),
                "first_name",
                self.first_name,
            ),
            (
                QCoreApplication.translate("ParticipantForm", "&Last name:"),
                "last_name",
                self.last_name,
            ),
            (
                QCoreApplication.translate("ParticipantForm", "P&referred name:"),
                "preferred_name",
                self.preferred_name,
            ),
            (
                QCoreApplication.translate("ParticipantForm", "Date of &birth:"),
                "date_of_birth",
                self.date_of_birth,
            ),
            (
                QCoreApplication.translate("ParticipantForm", "Pron&ouns:"),
                "pronouns",
                self.pronouns,
            ),
            (QCoreApplication.translate("ParticipantForm", "P&hone:"), "phone", self.phone),
            (
                QCoreApplication.translate("ParticipantForm", "&Emergency contact:"),
                "emergency_contact",
                self.emergency_contact,
            ),
            (
                QCoreApplication.translate("ParticipantForm", "Referral &source:"),
                "referral_source",
                self.referral_source,
            ),
        ]
        rows_right: list[tuple[str, str, QWidget]] = [
            (QCoreApplication.translate("ParticipantForm", "&Program:"), "program", self.program),
            (
                QCoreApplication.translate("ParticipantForm", "Le&vel of care:"),
                "level_of_care",
                self.level,
            ),
            (
                QCoreApplication.translate("ParticipantForm", "&Admission date:"),
                "admission_date",
                self.admission_date,
            ),
            (
                QCoreApplication.translate("ParticipantForm", "Planned &weeks:"),
                "planned_weeks",
                self.planned_weeks,
            ),
            (
                QCoreApplication.translate("ParticipantForm", "Presenting problems:"),
                "presenting_problems",
                self.presenting_problems,
            ),
            (
                QCoreApplication.translate("ParticipantForm", "Diagnoses:"),
                "diagnoses",
                self.diagnoses,
            ),
            (
                QCoreApplication.translate("ParticipantForm", "Medications:"),
                "medications",
                self.medications,
            ),
            (
                QCoreApplication.translate("ParticipantForm", "Allergies:"),
                "allergies",
                self.allergies,
            ),
        ]
        for label, field, widget in rows_left:
            dialog.add_row(label, field, widget, left_form)
        for label, field, widget in rows_right:
            dialog.add_row(label, field, widget, right_form)
            if widget is self.admission_date:  # the age-group warning under it
                right_form.addRow(self.age_warning)
                right_form.addRow("", self.age_confirmed)
        columns = QHBoxLayout()
        columns.addWidget(left)
        columns.addWidget(right, 1)
        dialog.form.addRow(columns)
        self._set_tab_order([widget for _label, _field, widget in rows_left + rows_right])

    def _set_tab_order(self, order: list[QWidget]) -> None:
        """Down the left column, then the right; inside the diagnoses, table then buttons."""
        table = self.diagnoses
        order[-3:-2] = [table.table, table.add_button, table.remove_button]
        after = order.index(self.admission_date) + 1
        order.insert(after, self.age_confirmed)
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def fill(self, person: Participant) -> None:
        self.chart_number.setText(person.chart_number)
        self.first_name.setText(person.first_name)
        self.last_name.setText(person.last_name)
        self.preferred_name.setText(person.preferred_name)
        self.date_of_birth.setDate(to_qdate(person.date_of_birth))
        self.pronouns.setText(person.pronouns)
        self.phone.setText(person.phone)
        self.emergency_contact.setText(person.emergency_contact)
        self.referral_source.setText(person.referral_source)
        self.program.setCurrentIndex(max(0, self.program.findData(person.program_id)))
        self.level.setCurrentIndex(max(0, self.level.findData(person.level_of_care.value)))
        self.admission_date.setDate(to_qdate(person.admission_date))
        self.planned_weeks.setValue(person.planned_weeks)
        self.presenting_problems.setPlainText(person.presenting_problems)
        self.diagnoses.set_diagnoses(person.diagnoses)
        self.medications.setPlainText(person.medications)
        self.allergies.setPlainText(person.allergies)
        self.age_confirmed.setChecked(person.age_group_confirmed)
        self.show_age_group()

    def watch_age_group(self) -> None:
        """Keep the age-group warning current as the date of birth, the admission date, the
        program, the level or the first name change."""
        self.date_of_birth.textChanged.connect(lambda _t: self.show_age_group())
        self.first_name.textChanged.connect(lambda _t: self.show_age_group())
        self.admission_date.dateChanged.connect(lambda _d: self.show_age_group())
        self.program.currentIndexChanged.connect(lambda _i: self.show_age_group())
        self.level.currentIndexChanged.connect(lambda _i: self.show_age_group())
        self.show_age_group()

    def _chosen_program(self) -> Program | None:
        program_id = self.program.currentData()
        return next((p for p in self.programs if p.id == program_id), None)

    def show_age_group(self) -> None:
        """The warning and its checkbox, shown only when the age groups differ (the box keeps
        its tick while hidden; it is stored only when shown)."""
        program = self._chosen_program()
        text = ""
        try:
            born = self.date_of_birth.value(birth_label())
        except ValueError:
            born = None
        if program is not None and born is not None:
            name = self.preferred_name.text() or self.first_name.text()
            level = LevelOfCare(self.level.currentData())
            admitted = to_date(self.admission_date.date())
            text = age_group_warning(name, born, admitted, level, program)
        self.age_warning.setText(text)
        form = self.age_form
        form.setRowVisible(self.age_warning, bool(text))
        form.setRowVisible(self.age_confirmed, bool(text))

    def apply_program(self) -> None:
        """A chosen program brings its level and planned length (both can be changed)."""
        program_id = self.program.currentData()
        for program in self.programs:
            if program.id == program_id:
                self.level.setCurrentIndex(max(0, self.level.findData(program.level_of_care.value)))
                self.planned_weeks.setValue(program.planned_weeks)

    def participant(self, base: Participant | None, today: dt.date) -> tuple[Participant, str]:
        """The participant as typed, and what is wrong with the date of birth ("" if nothing)."""
        birth_problem = ""
        try:
            birth = self.date_of_birth.value(birth_label())
        except ValueError as error:
            birth, birth_problem = None, str(error)
        if birth is None and not birth_problem:
            birth_problem = QCoreApplication.translate(
                "ParticipantForm", "Date of birth is required."
            )
        values = {
            "chart_number": self.chart_number.text(),
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "preferred_name": self.preferred_name.text(),
            "date_of_birth": birth or today,
            "pronouns": self.pronouns.text(),
            "phone": self.phone.text(),
            "emergency_contact": self.emergency_contact.text(),
            "referral_source": self.referral_source.text(),
            "program_id": self.program.currentData() or 0,
            "level_of_care": LevelOfCare(self.level.currentData()),
            "admission_date": to_date(self.admission_date.date()),
            "planned_weeks": self.planned_weeks.value(),
            "presenting_problems": self.presenting_problems.toPlainText(),
            "diagnoses": self.diagnoses.diagnoses(),
            "medications": self.medications.toPlainText(),
            "allergies": self.allergies.toPlainText(),
            "age_group_confirmed": (
                self.age_confirmed.isChecked() and bool(self.age_warning.text())
            ),
        }
        if base is None:
            return Participant(id=0, **values), birth_problem  # type: ignore[arg-type]
        return replace(base, **values), birth_problem  # type: ignore[arg-type]


def _refuse_birth(dialog: ServiceDialog, person: Participant, problem: str) -> None:
    """A blank or unreadable date of birth is refused with every other problem of the form."""
    problems = Problems()
    participants.check_participant(dialog.ctx.db, person, dialog.ctx.clock.today(), problems)
    problems.add("date_of_birth", problem)
    items = problems.items
    raise ValidationError(" ".join(m for _f, m in items), items[0][0], items)


class AdmitDialog(ServiceDialog):
    """Admit a new participant; after Accepted, `participant_id` is the new id."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Admit participant"), parent)
        self.participant_id = 0
        self.fields = ParticipantForm(self, setup.list_programs(ctx.db), None)
        self.fields.program.currentIndexChanged.connect(lambda _i: self.fields.apply_program())
        self.fields.apply_program()
        self.fields.watch_age_group()
        self.ok_button().setText(self.tr("Admit"))
        self.fields.chart_number.setFocus()

    def save(self) -> Changes:
        person, birth_problem = self.fields.participant(None, self.ctx.clock.today())
        if birth_problem:
            _refuse_birth(self, person, birth_problem)
        admitted = participants.admit(self.ctx.db, person, self.ctx.clock)
        self.participant_id = admitted.id
        return Changes.participant(admitted.id)


class EditParticipantDialog(ServiceDialog):
    """Edit a participant's details."""

    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Record — edit"), parent)
        self.participant_id = participant_id
        self.current = participants.get(ctx.db, participant_id)
        self.fields = ParticipantForm(self, setup.list_programs(ctx.db), self.current)
        self.fields.watch_age_group()
        self.ok_button().setText(self.tr("Save"))

    def save(self) -> Changes:
        person, birth_problem = self.fields.participant(self.current, self.ctx.clock.today())
        if birth_problem:
            _refuse_birth(self, person, birth_problem)
        participants.edit(self.ctx.db, person, self.ctx.clock)
        return Changes.participant(self.participant_id)
