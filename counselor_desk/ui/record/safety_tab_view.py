"""The Safety tab's widgets: a view with no database, clock or participant.

It shows the open safety flags it is given (what raised each, when and by whom, what is
still needed), the history of every flag, step by step, and the current safety plan. The
controller (`safety_tab.SafetyTab`) loads them and runs the buttons.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.colours import ColourRole
from counselor_desk.domain.safety import FlagEvent, SafetyFlag, SafetyFlagEvent, SafetyPlan
from counselor_desk.ui import palette
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP, domain_text
from counselor_desk.ui.record import emphasis
from counselor_desk.ui.record.fitted_columns import FittedColumns
from counselor_desk.ui.widgets.table_model import Column, TableModel

#: The translation context of this module's words, column titles included.
CONTEXT = "SafetyTabView"
#: Each step of a flag's history as the history table names it (translated where shown).
EVENT_WORDS: dict[FlagEvent, str] = {
    FlagEvent.RAISED: QT_TRANSLATE_NOOP("SafetyTabView", "Raised"),
    FlagEvent.SCREENED: QT_TRANSLATE_NOOP("SafetyTabView", "C-SSRS screen recorded"),
    FlagEvent.SCREEN_STRUCK: QT_TRANSLATE_NOOP("SafetyTabView", "C-SSRS screen struck"),
    FlagEvent.PLANNED: QT_TRANSLATE_NOOP("SafetyTabView", "Safety plan saved"),
    FlagEvent.SOURCE_CHANGED: QT_TRANSLATE_NOOP("SafetyTabView", "Cause changed"),
    FlagEvent.FOLLOWED_UP: QT_TRANSLATE_NOOP("SafetyTabView", "Followed up"),
    FlagEvent.WITHDRAWN: QT_TRANSLATE_NOOP("SafetyTabView", "Withdrawn"),
}

MOMENT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One step of one flag: a row of the history table."""

    flag: SafetyFlag
    event: SafetyFlagEvent


def history_rows(flags: Sequence[SafetyFlag]) -> list[HistoryRow]:
    """Every step of every flag: flags newest first, each flag's steps in the order taken."""
    return [HistoryRow(flag, event) for flag in flags for event in flag.events]


def flag_name(flag: SafetyFlag) -> str:
    """'PHQ-9 question 9, raised 2026-03-16: Followed up'."""
    return QCoreApplication.translate("SafetyTabView", "{source}, raised {date}: {state}").format(
        source=domain_text(flag.source.label),
        date=f"{flag.raised_at:%Y-%m-%d}",
        state=domain_text(flag.state.label),
    )


def step_text(event: FlagEvent) -> str:
    words = EVENT_WORDS.get(event)
    return str(event) if words is None else QCoreApplication.translate(CONTEXT, words)


HISTORY_COLUMNS: tuple[Column[HistoryRow], ...] = (
    Column(QT_TRANSLATE_NOOP("SafetyTabView", "When"), lambda row: f"{row.event.at:{MOMENT}}"),
    Column(QT_TRANSLATE_NOOP("SafetyTabView", "Flag"), lambda row: flag_name(row.flag)),
    Column(QT_TRANSLATE_NOOP("SafetyTabView", "Step"), lambda row: step_text(row.event.event)),
    Column(QT_TRANSLATE_NOOP("SafetyTabView", "By"), lambda row: row.event.actor),
    Column(
        QT_TRANSLATE_NOOP("SafetyTabView", "Detail"),
        lambda row: row.event.detail,
        tooltip=lambda row: row.event.detail,
    ),
)
COL_WHEN, COL_FLAG, COL_STEP, COL_BY, COL_DETAIL = range(len(HISTORY_COLUMNS))


def open_flag_lines(flag: SafetyFlag) -> list[str]:
    """What an open flag's box says, line by line."""
    when = f"{flag.raised_at:{MOMENT}}"
    if flag.raised_by:
        raised = QCoreApplication.translate("SafetyTabView", "Raised {when} by {who}").format(
            when=when, who=flag.raised_by
        )
    else:
        raised = QCoreApplication.translate("SafetyTabView", "Raised {when}").format(when=when)
    return [
        f"{domain_text(flag.source.label)}: {domain_text(flag.state.label)}",
        flag.reason,
        raised,
        QCoreApplication.translate("SafetyTabView", "Needed: {what}").format(
            what=domain_text(flag.what_is_needed())
        ),
    ]


def plan_state_text(plan: SafetyPlan | None, versions: int) -> str:
    if plan is None or plan.saved_at is None:
        return QCoreApplication.translate("SafetyTabView", "No safety plan has been written yet.")
    if plan.saved_by:
        text = QCoreApplication.translate(
            "SafetyTabView", "Version {version}, saved {when} by {who}"
        )
    else:
        text = QCoreApplication.translate("SafetyTabView", "Version {version}, saved {when}")
    text = text.format(version=plan.version, when=f"{plan.saved_at:{MOMENT}}", who=plan.saved_by)
    if versions > 1:
        text = QCoreApplication.translate(
            "SafetyTabView", "{plan} ({versions} versions kept)"
        ).format(plan=text, versions=versions)
    return text + "."


def _plain(text: str, *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return emphasis.bold(label) if bold else label


def flag_box_style() -> str:
    colours = palette.swatch(ColourRole.DANGER)
    return f"QFrame#openFlag {{ border: 2px solid {colours.background}; border-radius: 6px; }}"


class SafetyTabView(QWidget):
    """Open flags with the two follow-up buttons, the safety plan, the history of every flag."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Safety"))
        self._build_open_flags()
        self._build_plan()
        self._build_history()
        layout = QVBoxLayout(self)
        layout.addWidget(self.open_group)
        layout.addWidget(self.plan_group)
        layout.addWidget(self.history_group, 1)

    def _build_open_flags(self) -> None:
        self.open_group = QGroupBox(self.tr("Open safety flags"))
        self.none_open = QLabel(self.tr("No safety flag is open."))
        self.none_open.setAccessibleName(self.tr("No open safety flag"))
        self.flag_boxes = QVBoxLayout()
        self.flag_boxes.setSpacing(6)
        self.cssrs_button = QPushButton(self.tr("C-SSRS screen…"))
        self.cssrs_button.setAccessibleName(self.tr("Record a C-SSRS screen"))
        self.plan_button = QPushButton(self.tr("Safety plan…"))
        self.plan_button.setAccessibleName(self.tr("Write or review the safety plan"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.cssrs_button)
        buttons.addWidget(self.plan_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.open_group)
        layout.addWidget(self.none_open)
        layout.addLayout(self.flag_boxes)
        layout.addLayout(buttons)

    def _build_plan(self) -> None:
        self.plan_group = QGroupBox(self.tr("Safety plan"))
        self.plan_state = _plain("")
        self.plan_state.setAccessibleName(self.tr("Current safety plan"))
        self.print_button = QPushButton(self.tr("Print for the participant (PDF)…"))
        self.print_button.setAccessibleName(self.tr("Print the safety plan for the participant"))
        layout = QHBoxLayout(self.plan_group)
        layout.addWidget(self.plan_state, 1)
        layout.addWidget(self.print_button)

    def _build_history(self) -> None:
        self.history_group = QGroupBox(self.tr("History of every safety flag"))
        self.history_model = TableModel(HISTORY_COLUMNS, self, context=CONTEXT)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.setAccessibleName(self.tr("Safety flag history"))
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setAlternatingRowColors(True)
        self.history.setWordWrap(False)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(
            COL_DETAIL, QHeaderView.ResizeMode.Stretch
        )
        self.history_widths = FittedColumns(self.history, range(COL_DETAIL))
        self.no_history = QLabel(self.tr("No safety flag has been raised for this participant."))
        layout = QVBoxLayout(self.history_group)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.no_history)

    # -- showing ------------------------------------------------------------------------------

    def show_open(self, open_flags: Sequence[SafetyFlag]) -> None:
        """A box in the danger colour per open flag (none: a line saying so)."""
        while self.flag_boxes.count():
            item = self.flag_boxes.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # unseen until its deferred delete
                widget.deleteLater()
        for flag in open_flags:
            box = QFrame()
            box.setObjectName("openFlag")
            box.setStyleSheet(flag_box_style())
            box.setAccessibleName(
                self.tr("Open safety flag: {source}").format(source=domain_text(flag.source.label))
            )
            lines = QVBoxLayout(box)
            lines.setContentsMargins(10, 6, 10, 6)
            lines.setSpacing(2)
            for number, text in enumerate(open_flag_lines(flag)):
                lines.addWidget(_plain(text, bold=number in (0, 3)))
            self.flag_boxes.addWidget(box)
        self.none_open.setVisible(not open_flags)

    def open_flag_texts(self) -> list[list[str]]:
        """The lines of each open flag's box, as shown."""
        found = []
        for index in range(self.flag_boxes.count()):
            item = self.flag_boxes.itemAt(index)
            box = item.widget() if item is not None else None
            if box is not None:
                found.append([label.text() for label in box.findChildren(QLabel)])
        return found

    def show_history(self, flags: Sequence[SafetyFlag]) -> None:
        rows = history_rows(flags)
        self.history_model.set_rows(rows)
        self.history.setVisible(bool(rows))
        self.no_history.setVisible(not rows)

    def show_plan(self, plan: SafetyPlan | None, versions: int) -> None:
        self.plan_state.setText(plan_state_text(plan, versions))
        self.print_button.setEnabled(plan is not None)
        self.plan_button.setText(
            self.tr("Safety plan…") if plan is not None else self.tr("Write a safety plan…")
        )
