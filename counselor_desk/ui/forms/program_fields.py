"""A program as a field group (first run and File > Settings).

The program's own fields are the same everywhere; its weekly schedule is either the first
run's few questions (`GroupDays`: which days, one start, one length) or every recurring
session in a table (`ScheduleTable`). `ProgramFields(GroupDays())` or
`ProgramFields(ScheduleTable())` builds either.

`MeasureScheduleFields` is the program's schedule of measures (PHQ-9, GAD-7): at admission,
every so many weeks, before discharge; it is stored apart from the program itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTimeEdit,
    QWidget,
)

from counselor_desk.domain.measure_due import EVERY_WEEKS_MAX, MeasureSchedule
from counselor_desk.domain.measures import FOLLOWED
from counselor_desk.domain.model import (
    PROGRAM_LEVELS,
    AgeGroup,
    LevelOfCare,
    Program,
    ScheduleSlot,
    ServiceType,
)
from counselor_desk.domain.part2 import name_suggests_substance_use
from counselor_desk.ui.i18n import date_text, domain_text

SLOT_DAY, SLOT_START, SLOT_MINUTES, SLOT_TYPE, SLOT_TOPIC = range(5)
#: A Monday: the weekdays' names are the locale's, counted from it.
_A_MONDAY = dt.date(2024, 1, 1)

#: A labelled row of a form: a widget or a layout of several.
Row = tuple[str, QWidget | QLayout]


def _time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def weekday_name(weekday: int, *, short: bool = False) -> str:
    """Monday is 0: 'Monday' or 'Mon' in the app's language (the locale's names)."""
    return date_text(_A_MONDAY + dt.timedelta(days=weekday), "ddd" if short else "dddd")


class ScheduleFields(Protocol):
    """The weekly-schedule part of the program fields."""

    def rows(self) -> list[Row]:
        """Its rows, laid out under the program's own fields."""
        ...

    def load(self, slots: Sequence[ScheduleSlot]) -> None: ...

    def slots(self) -> tuple[ScheduleSlot, ...]: ...

    def focus_widget(self) -> QWidget:
        """Where a problem with the schedule is pointed at."""
        ...


class GroupDays:
    """A simple schedule: the group's weekdays, one start time, one length."""

    def __init__(self) -> None:
        self.day_checks = [QCheckBox(weekday_name(day, short=True)) for day in range(7)]
        for weekday, check in enumerate(self.day_checks):
            check.setAccessibleName(
                QCoreApplication.translate("GroupDays", "Group on {day}").format(
                    day=weekday_name(weekday, short=True)
                )
            )
        self.start_edit = QTimeEdit(QTime(9, 0))
        self.start_edit.setDisplayFormat("HH:mm")
        self.start_edit.setAccessibleName(
            QCoreApplication.translate("GroupDays", "Group start time")
        )
        self.length_spin = QSpinBox()
        self.length_spin.setRange(15, 720)
        self.length_spin.setSingleStep(15)
        self.length_spin.setSuffix(QCoreApplication.translate("GroupDays", " min"))
        self.length_spin.setAccessibleName(QCoreApplication.translate("GroupDays", "Group length"))

    def rows(self) -> list[Row]:
        days = QHBoxLayout()
        for check in self.day_checks:
            days.addWidget(check)
        days.addStretch(1)
        return [
            (QCoreApplication.translate("GroupDays", "Group days:"), days),
            (QCoreApplication.translate("GroupDays", "Group &starts at:"), self.start_edit),
            (QCoreApplication.translate("GroupDays", "Each group las&ts:"), self.length_spin),
        ]

    def load(self, slots: Sequence[ScheduleSlot]) -> None:
        weekdays = {slot.weekday for slot in slots}
        for weekday, check in enumerate(self.day_checks):
            check.setChecked(weekday in weekdays)
        if slots:
            start = slots[0].start_time
            self.start_edit.setTime(QTime(start.hour, start.minute))
            self.length_spin.setValue(slots[0].duration_minutes)

    def slots(self) -> tuple[ScheduleSlot, ...]:
        start, minutes = _time(self.start_edit.time()), self.length_spin.value()
        return tuple(
            ScheduleSlot(weekday, start, minutes)
            for weekday, check in enumerate(self.day_checks)
            if check.isChecked()
        )

    def focus_widget(self) -> QWidget:
        return self.day_checks[0]


class ScheduleTable:
    """Every recurring session of the week: a row each of day, start, minutes, service, topic."""

    def __init__(self) -> None:
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(QCoreApplication.translate("ScheduleTable", "Weekly schedule"))
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ScheduleTable", "Day"),
                QCoreApplication.translate("ScheduleTable", "Starts"),
                QCoreApplication.translate("ScheduleTable", "Minutes"),
                QCoreApplication.translate("ScheduleTable", "Service"),
                QCoreApplication.translate("ScheduleTable", "Topic"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(
            SLOT_TOPIC, QHeaderView.ResizeMode.Stretch
        )
        self.add_slot_button = QPushButton(
            QCoreApplication.translate("ScheduleTable", "Add session")
        )
        self.add_slot_button.clicked.connect(lambda: self.add_slot(None))
        self.remove_slot_button = QPushButton(
            QCoreApplication.translate("ScheduleTable", "Remove session")
        )
        self.remove_slot_button.clicked.connect(self.remove_slot)

    def rows(self) -> list[Row]:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_slot_button)
        buttons.addWidget(self.remove_slot_button)
        buttons.addStretch(1)
        return [
            (QCoreApplication.translate("ScheduleTable", "Weekly schedule:"), self.table),
            ("", buttons),
        ]

    def load(self, slots: Sequence[ScheduleSlot]) -> None:
        self.table.setRowCount(0)
        for slot in slots:
            self.add_slot(slot)

    def add_slot(self, slot: ScheduleSlot | None) -> None:
        slot = slot or ScheduleSlot(0, dt.time(9, 0), 180)
        row = self.table.rowCount()
        self.table.insertRow(row)
        day = QComboBox()
        for weekday in range(7):
            day.addItem(weekday_name(weekday))
        day.setCurrentIndex(slot.weekday)
        start = QTimeEdit(QTime(slot.start_time.hour, slot.start_time.minute))
        start.setDisplayFormat("HH:mm")
        minutes = QSpinBox()
        minutes.setRange(1, 720)
        minutes.setSingleStep(15)
        minutes.setValue(slot.duration_minutes)
        service = QComboBox()
        for kind in ServiceType:
            service.addItem(domain_text(kind.label), kind)
        service.setCurrentIndex(max(0, service.findData(slot.service_type)))
        topic = QLineEdit(slot.topic)
        for column, widget in enumerate((day, start, minutes, service, topic)):
            header = self.table.horizontalHeaderItem(column)
            title = header.text() if header is not None else ""
            widget.setAccessibleName(
                QCoreApplication.translate("ScheduleTable", "Session {number}: {column}").format(
                    number=row + 1, column=title
                )
            )
            self.table.setCellWidget(row, column, widget)
        self.table.resizeColumnsToContents()

    def remove_slot(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)

    def slots(self) -> tuple[ScheduleSlot, ...]:
        found = []
        for row in range(self.table.rowCount()):
            day = self.table.cellWidget(row, SLOT_DAY)
            start = self.table.cellWidget(row, SLOT_START)
            minutes = self.table.cellWidget(row, SLOT_MINUTES)
            service = self.table.cellWidget(row, SLOT_TYPE)
            topic = self.table.cellWidget(row, SLOT_TOPIC)
            assert isinstance(day, QComboBox) and isinstance(start, QTimeEdit)
            assert isinstance(minutes, QSpinBox) and isinstance(service, QComboBox)
            assert isinstance(topic, QLineEdit)
            found.append(
                ScheduleSlot(
                    day.currentIndex(),
                    _time(start.time()),
                    minutes.value(),
                    ServiceType(service.currentData()),
                    topic.text().strip(),
                )
            )
        return tuple(found)

    def focus_widget(self) -> QWidget:
        return self.table


S = TypeVar("S", bound=ScheduleFields)


class ProgramFields(QWidget, Generic[S]):
    """Name, level of care, age group, planned length, Part 2, an own weekly minimum (with
    `own_minimum`) and the weekly schedule `schedule` lays out. `name_label`: the name's
    label ("Program &name:" when not given)."""

    def __init__(
        self,
        program: Program,
        schedule: S,
        *,
        name_label: str = "",
        own_minimum: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.schedule = schedule
        self._build_fields()
        self._lay_out(name_label or self.tr("Program &name:"), own_minimum)
        self.fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "level_of_care": self.level_combo,
            "planned_weeks": self.weeks_spin,
            "weekly_minimum_hours": self.minimum_spin,
            "review_interval_days": self.review_spin,
            "first_plan_days": self.first_plan_spin,
            "schedule": schedule.focus_widget(),
        }
        self.load(program)

    def _build_fields(self) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Adult IOP"))
        self.name_edit.setAccessibleName(self.tr("Program name"))
        self.level_combo = QComboBox()
        self.level_combo.setAccessibleName(self.tr("Level of care"))
        for level in PROGRAM_LEVELS:
            self.level_combo.addItem(domain_text(level.label), level)
        self.age_combo = QComboBox()
        self.age_combo.setAccessibleName(self.tr("Age group"))
        self.age_combo.addItem(self.tr("Adults"), AgeGroup.ADULT)
        self.age_combo.addItem(self.tr("Adolescents"), AgeGroup.ADOLESCENT)
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(1, 104)
        self.weeks_spin.setSuffix(self.tr(" weeks"))
        self.weeks_spin.setAccessibleName(self.tr("Planned weeks"))
        self.own_minimum_check = QCheckBox(self.tr("Own weekly minimum:"))
        self.own_minimum_check.setToolTip(
            self.tr("Unticked: the level's minimum (9 h IOP adults, …)")
        )
        self.minimum_spin = QDoubleSpinBox()
        self.minimum_spin.setRange(0, 80)
        self.minimum_spin.setDecimals(1)
        self.minimum_spin.setSuffix(self.tr(" h"))
        self.minimum_spin.setAccessibleName(self.tr("Weekly minimum hours"))
        self.own_minimum_check.toggled.connect(self.minimum_spin.setEnabled)
        self.substance_check = QCheckBox(self.tr("Substance-use program (42 CFR Part 2 applies)"))
        self.substance_check.setAccessibleName(self.tr("Substance-use program"))
        self.part2_hint = QLabel(
            self.tr(
                "The name suggests substance-use treatment: tick 'Substance-use program' if this "
                "program is covered by 42 CFR Part 2."
            )
        )
        self.part2_hint.setWordWrap(True)
        self.part2_hint.setAccessibleName(self.tr("Part 2 hint"))
        self.mark_part2_button = QPushButton(self.tr("Mark as Part 2"))
        self.mark_part2_button.clicked.connect(lambda: self.substance_check.setChecked(True))
        self.name_edit.textChanged.connect(lambda _t: self.show_part2_hint())
        self.substance_check.toggled.connect(lambda _on: self.show_part2_hint())
        self.first_plan_spin = QSpinBox()
        self.first_plan_spin.setRange(1, 90)
        self.first_plan_spin.setSuffix(self.tr(" days after admission"))
        self.first_plan_spin.setAccessibleName(self.tr("First treatment plan due within days"))
        self.review_spin = QSpinBox()
        self.review_spin.setRange(1, 365)
        self.review_spin.setSuffix(self.tr(" days"))
        self.review_spin.setAccessibleName(self.tr("Treatment plan reviewed every days"))

    def _lay_out(self, name_label: str, own_minimum: bool) -> None:
        minimum = QHBoxLayout()
        minimum.addWidget(self.own_minimum_check)
        minimum.addWidget(self.minimum_spin)
        minimum.addStretch(1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(name_label, self.name_edit)
        form.addRow(self.tr("Le&vel of care:"), self.level_combo)
        form.addRow(self.tr("&Age group:"), self.age_combo)
        form.addRow(self.tr("Planned &length:"), self.weeks_spin)
        if own_minimum:
            form.addRow("", minimum)
        else:  # the level's minimum, always: the row's widgets stay unseen
            self.own_minimum_check.hide()
            self.minimum_spin.hide()
        form.addRow("", self.substance_check)
        hint = QHBoxLayout()
        hint.addWidget(self.part2_hint, 1)
        hint.addWidget(self.mark_part2_button)
        self._part2_row = QWidget()
        self._part2_row.setLayout(hint)
        hint.setContentsMargins(0, 0, 0, 0)
        form.addRow("", self._part2_row)
        self._form = form
        form.addRow(self.tr("First &plan due:"), self.first_plan_spin)
        form.addRow(self.tr("Plan &reviewed every:"), self.review_spin)
        for label, row in self.schedule.rows():
            form.addRow(label, row)

    def load(self, program: Program) -> None:
        self.program_id = program.id
        self._active = program.active
        self.name_edit.setText(program.name)
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(program.level_of_care)))
        self.age_combo.setCurrentIndex(max(0, self.age_combo.findData(program.age_group)))
        self.weeks_spin.setValue(program.planned_weeks)
        own = program.weekly_minimum_hours is not None
        self.own_minimum_check.setChecked(own)
        self.minimum_spin.setEnabled(own)
        self.minimum_spin.setValue(program.weekly_minimum_hours or 0.0)
        self.substance_check.setChecked(program.substance_use)
        self.first_plan_spin.setValue(program.first_plan_days)
        self.review_spin.setValue(program.review_interval_days)
        self.schedule.load(program.schedule)
        self.show_part2_hint()
        self.keep_as_saved()

    def show_part2_hint(self) -> None:
        """The Part 2 hint, while the name suggests substance use and the box is unticked."""
        shown = name_suggests_substance_use(self.name_edit.text())
        self._form.setRowVisible(self._part2_row, shown and not self.substance_check.isChecked())

    def values(self) -> Program:
        """The program as typed (its id and active state as loaded)."""
        return Program(
            id=self.program_id,
            name=self.name_edit.text(),
            level_of_care=LevelOfCare(self.level_combo.currentData()),
            age_group=AgeGroup(self.age_combo.currentData()),
            planned_weeks=self.weeks_spin.value(),
            weekly_minimum_hours=(
                self.minimum_spin.value() if self.own_minimum_check.isChecked() else None
            ),
            substance_use=self.substance_check.isChecked(),
            schedule=self.schedule.slots(),
            active=self._active,
            review_interval_days=self.review_spin.value(),
            first_plan_days=self.first_plan_spin.value(),
        )

    def keep_as_saved(self) -> None:
        """What is shown now counts as saved (after `load`, or once it has been stored)."""
        self._saved = self.values()

    def has_unsaved_changes(self) -> bool:
        return self.values() != self._saved


#: The "every N weeks" spin's value for "not repeated".
EVERY_OFF = 0


class MeasureScheduleFields(QGroupBox):
    """For each instrument whose change is followed (PHQ-9, GAD-7): taken at admission,
    every N weeks (or not repeated), before discharge. An instrument with all three off is
    left out of the schedule: it is not taken on schedule."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Measures on schedule"))
        self.setAccessibleName(self.tr("Measures on schedule"))
        self.admission: dict[str, QCheckBox] = {}
        self.every: dict[str, QSpinBox] = {}
        self.discharge: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(16)
        for row, instrument in enumerate(FOLLOWED):
            name = instrument.name
            admission = QCheckBox(self.tr("At admission"))
            admission.setAccessibleName(self.tr("{name} at admission").format(name=name))
            every = QSpinBox()
            every.setRange(EVERY_OFF, EVERY_WEEKS_MAX)
            every.setSpecialValueText(self.tr("not repeated"))
            every.setPrefix(self.tr("every "))
            every.setSuffix(self.tr(" weeks"))
            every.setAccessibleName(self.tr("{name} every how many weeks").format(name=name))
            every.setToolTip(
                self.tr("Weeks from the latest score to the next one; 0: not repeated")
            )
            every.valueChanged.connect(
                lambda weeks, spin=every: spin.setSuffix(
                    self.tr(" week") if weeks == 1 else self.tr(" weeks")
                )
            )
            discharge = QCheckBox(self.tr("Before discharge"))
            discharge.setAccessibleName(self.tr("{name} before discharge").format(name=name))
            grid.addWidget(QLabel(f"<b>{name}</b>"), row, 0)
            grid.addWidget(admission, row, 1)
            grid.addWidget(every, row, 2)
            grid.addWidget(discharge, row, 3)
            self.admission[name], self.every[name], self.discharge[name] = (
                admission,
                every,
                discharge,
            )
        grid.setColumnStretch(4, 1)
        self._saved: tuple[MeasureSchedule, ...] = ()

    def load(self, entries: Sequence[MeasureSchedule]) -> None:
        """Show a program's schedule as stored (an instrument not in it: all off)."""
        by_name = {entry.instrument: entry for entry in entries}
        for name in self.admission:
            entry = by_name.get(name, MeasureSchedule(name, False, None, False))
            self.admission[name].setChecked(entry.at_admission)
            self.every[name].setValue(entry.every_weeks or EVERY_OFF)
            self.discharge[name].setChecked(entry.at_discharge)
        self.keep_as_saved()

    def entries(self) -> tuple[MeasureSchedule, ...]:
        found = []
        for name in self.admission:
            weeks = self.every[name].value()
            entry = MeasureSchedule(
                name,
                at_admission=self.admission[name].isChecked(),
                every_weeks=None if weeks == EVERY_OFF else weeks,
                at_discharge=self.discharge[name].isChecked(),
            )
            if entry.at_admission or entry.every_weeks or entry.at_discharge:
                found.append(entry)
        return tuple(found)

    def focus_widget(self) -> QWidget:
        return self.admission[FOLLOWED[0].name]

    def keep_as_saved(self) -> None:
        self._saved = self.entries()

    def has_unsaved_changes(self) -> bool:
        return self.entries() != self._saved
