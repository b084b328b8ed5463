"""The record's header: who, where in the program, the attention flags, and a banner in the
danger colour while a safety flag waits for its follow-up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.colours import ColourRole
from counselor_desk.domain.measure_due import DueMeasure
from counselor_desk.domain.model import ParticipantStatus
from counselor_desk.domain.rules import PLAN_FLAGS, Flag
from counselor_desk.domain.safety import SafetyFlag
from counselor_desk.services.caseload import Review
from counselor_desk.ui import palette
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP, domain_text
from counselor_desk.ui.record.emphasis import Badge, bold, muted

#: What `SafetyFlag.what_is_needed` says, marked here for translation.
FOLLOW_UPS = (
    QT_TRANSLATE_NOOP("RecordHeader", "Record a C-SSRS screen (a safety plan is saved)."),
    QT_TRANSLATE_NOOP("RecordHeader", "Record a C-SSRS screen today."),
    QT_TRANSLATE_NOOP("RecordHeader", "Write or review the safety plan."),
)


def badge(text: str, role: ColourRole) -> Badge:
    """A flag as a rounded label in its colour role (the caseload's badges match it)."""
    label = Badge(text, role)
    label.setAccessibleName(
        QCoreApplication.translate("RecordHeader", "Flag: {flag}").format(flag=text)
    )
    return label


def safety_banner_text(open_flags: Sequence[SafetyFlag]) -> str:
    """What the banner says: the follow-up still owed ("" when no flag is open)."""
    needed: list[str] = []
    for flag in open_flags:
        if flag.is_open and (what := flag.what_is_needed()) and what not in needed:
            needed.append(what)
    if not needed:
        return ""
    return QCoreApplication.translate("RecordHeader", "Safety follow-up needed: {needed}").format(
        needed=" ".join(QCoreApplication.translate("RecordHeader", what) for what in needed)
    )


def due_text(measure: DueMeasure) -> str:
    """A measure due, as `DueMeasure.in_words` says it, in the app's language."""
    if measure.overdue:
        text = QCoreApplication.translate("RecordHeader", "{measure} {why}: overdue since {date}")
    else:
        text = QCoreApplication.translate("RecordHeader", "{measure} {why}: due {date}")
    return text.format(
        measure=measure.instrument,
        why=domain_text(measure.why.label),
        date=f"{measure.due_on:%Y-%m-%d}",
    )


def banner_style(role: ColourRole) -> str:
    """The banner's frame in the role's colours (its button keeps the usual look)."""
    colours = palette.swatch(role)
    return (
        f"QFrame#safetyBanner {{ background: {colours.background}; border-radius: 6px; }}"
        f" QLabel {{ color: {colours.text}; font-weight: 600; font-size: 11pt; }}"
    )


class SafetyBanner(QFrame):
    """ "Safety follow-up needed: …" with a button to the Safety tab; hidden while no flag
    is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyBanner")  # styled when first shown: most records have none
        self.setAccessibleName(self.tr("Safety follow-up needed"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Safety follow-up"))
        self.button = QPushButton(self.tr("Go to the Safety tab"))
        self.button.setAccessibleName(self.tr("Show the Safety tab"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_flags(self, open_flags: Sequence[SafetyFlag]) -> None:
        text = safety_banner_text(open_flags)
        if text and not self.styleSheet():
            self.setStyleSheet(banner_style(ColourRole.DANGER))
        self.text.setText(text)
        self.setVisible(bool(text))


class RecordHeader(QWidget):
    #: The counselor asked for the Safety tab (the banner's button).
    safety_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.safety = SafetyBanner()
        self.safety.button.clicked.connect(self.safety_requested)
        self.name = bold(QLabel(), points=18)
        self.name.setAccessibleName(self.tr("Participant name"))
        self.legal = muted(QLabel())
        self.facts: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        titles = [
            ("chart", self.tr("Chart")),
            ("age", self.tr("Age")),
            ("program", self.tr("Program")),
            ("level", self.tr("Level of care")),
            ("admitted", self.tr("Admitted")),
            ("week", self.tr("Program week")),
            ("end", self.tr("Projected end")),
            ("status", self.tr("Status")),
        ]
        for column, (key, title) in enumerate(titles):
            caption = muted(QLabel(title), points=8)
            value = bold(QLabel())
            value.setAccessibleName(title)
            grid.addWidget(caption, 0, column)
            grid.addWidget(value, 1, column)
            self.facts[key] = value
        grid.setColumnStretch(len(titles), 1)
        self.flags = QHBoxLayout()
        self.flags.setSpacing(6)
        names = QHBoxLayout()
        names.addWidget(self.name)
        names.addWidget(self.legal)
        names.addStretch(1)
        names.addLayout(self.flags)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(names)
        layout.addLayout(grid)
        layout.addWidget(self.safety)

    def show_review(self, review: Review, today: dt.date) -> None:
        person = review.participant
        self.name.setText(person.display_name)
        legal = person.legal_name
        self.legal.setText(
            self.tr("(legal name: {name})").format(name=legal) if person.preferred_name else ""
        )
        self.facts["chart"].setText(person.chart_number)
        self.facts["age"].setText(str(person.age_on(today)))
        self.facts["program"].setText(review.program.name)
        self.facts["level"].setText(
            self.tr("{level} (ASAM {asam})").format(
                level=review.level_of_care.value, asam=review.level_of_care.asam
            )
        )
        self.facts["admitted"].setText(f"{person.admission_date:%Y-%m-%d}")
        if review.program_week is None:
            week = self.tr("Not started")
        else:
            week = self.tr("Week {week} of {weeks}").format(
                week=review.program_week, weeks=person.planned_weeks
            )
        self.facts["week"].setText(week)
        self.facts["end"].setText(f"{review.projected_end:%Y-%m-%d}")
        if person.status is ParticipantStatus.DISCHARGED and person.discharge_date:
            status = self.tr("Discharged {date}").format(date=f"{person.discharge_date:%Y-%m-%d}")
        else:
            status = self.tr("Active")
        self.facts["status"].setText(status)
        while self.flags.count():
            item = self.flags.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # out of the layout: unseen until its deferred delete
                widget.deleteLater()
        due = "\n".join(due_text(measure) for measure in review.measures_due)
        for flag in review.flags:
            label = domain_text(flag.label)
            text = label
            if flag is Flag.SUMMARY_DUE and review.summary_due is not None:
                text = self.tr("{flag} by {date}").format(
                    flag=label, date=f"{review.summary_due:%Y-%m-%d}"
                )
            elif flag in PLAN_FLAGS and review.plan_due is not None:
                if review.plan_due.overdue:
                    text = self.tr("{flag} since {date}")
                else:
                    text = self.tr("{flag} by {date}")
                text = text.format(flag=label, date=f"{review.plan_due.due:%Y-%m-%d}")
            shown = badge(text, flag.colour)
            if flag in (Flag.MEASURE_DUE, Flag.MEASURE_OVERDUE):
                shown.setToolTip(due)
            self.flags.addWidget(shown)

    def show_safety(self, open_flags: Sequence[SafetyFlag]) -> None:
        """The banner, while a safety flag is open."""
        self.safety.show_flags(open_flags)

    def flag_texts(self) -> list[str]:
        texts = []
        for index in range(self.flags.count()):
            item = self.flags.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                texts.append(widget.text())
        return texts
