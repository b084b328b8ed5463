"""One attendee's entry in the group note, as a view: no database, no clock.

It is handed the attendee (their mark, objectives, stored entry and previous entry) and
gives back an `EntryDraft`. Participation is picked with the buttons, or with the keys 1–5
while the picks have the focus (the entry's first field) and Alt+1–5 in any field of the
entry. The previous group entry stands beside the fields, read-only, for reference.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.colours import ColourRole
from counselor_desk.domain.group_note import EntryDraft, ParticipationLevel
from counselor_desk.domain.model import AttendanceStatus, Note, RiskLevel
from counselor_desk.services.group_notes import Attendee, ObjectiveChoice
from counselor_desk.ui import palette
from counselor_desk.ui.dialogs.form import FormErrors
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP, domain_text
from counselor_desk.ui.record.note_form import GOAL_TEXT_MAX, risk_placeholder

#: The constants' words are translated where shown, in the "EntryView" context.
NO_OBJECTIVE = QT_TRANSLATE_NOOP("EntryView", "No objective linked")
#: A participation button; the picked one in the selection colours, readable at a glance.
PICK_STYLE = (
    "QPushButton { text-align: left; padding: 2px 8px; }"
    "QPushButton:checked { font-weight: 600; background: palette(highlight);"
    " color: palette(highlighted-text); border: 1px solid palette(highlight); }"
)
NO_EARLIER = QT_TRANSLATE_NOOP("EntryView", "No earlier group entry")
#: The previous entry's sections shown beside the fields, with their headings.
PREVIOUS_KEYS = (
    ("participation", QT_TRANSLATE_NOOP("EntryView", "Participation")),
    ("response", QT_TRANSLATE_NOOP("EntryView", "Response")),
    ("progress", QT_TRANSLATE_NOOP("EntryView", "Progress")),
    ("plan", QT_TRANSLATE_NOOP("EntryView", "Plan")),
)


def objective_text(objective: ObjectiveChoice) -> str:
    text = objective.text
    return text if len(text) <= GOAL_TEXT_MAX else text[: GOAL_TEXT_MAX - 3] + "…"


def previous_text(previous: Note | None) -> str:
    """The attendee's previous group entry as the reference beside the fields shows it."""
    if previous is None:
        return QCoreApplication.translate("EntryView", NO_EARLIER)
    lines = [
        QCoreApplication.translate("EntryView", "Previous entry, {date}").format(
            date=f"{previous.session_date:%Y-%m-%d}"
        )
    ]
    for key, heading in PREVIOUS_KEYS:
        value = previous.fields.get(key, "").strip()
        if value:
            shown = QCoreApplication.translate("EntryView", heading)
            if key == "participation":  # stored as the level's words, in English
                value = domain_text(value)
            lines.append(f"{shown}: {value}")
    return "\n".join(lines)


def signature_text(note: Note) -> str:
    if note.signed_at is None:
        return ""
    return QCoreApplication.translate("EntryView", "Signed by {name} on {when}").format(
        name=note.signed_by, when=f"{note.signed_at:%Y-%m-%d %H:%M}"
    )


def attendance_words(
    status: AttendanceStatus, minutes: int, duration: int, telehealth: bool = False
) -> str:
    """`group_note.attendance_line` (what the stored note says) in the app's language."""
    if status.asks_minutes:
        said = (
            QCoreApplication.translate(
                "EntryView", "{status}: attended {minutes} of {duration} min (telehealth)"
            )
            if telehealth
            else QCoreApplication.translate(
                "EntryView", "{status}: attended {minutes} of {duration} min"
            )
        )
    else:
        said = (
            QCoreApplication.translate("EntryView", "{status}, {minutes} min (telehealth)")
            if telehealth
            else QCoreApplication.translate("EntryView", "{status}, {minutes} min")
        )
    return said.format(status=domain_text(status.label), minutes=minutes, duration=duration)


class EntryText(QPlainTextEdit):
    """A typed field of the entry: Tab moves on, it never types a tab."""

    def __init__(self, name: str, height: int) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setAccessibleName(name)
        self.setFixedHeight(height)


class ParticipationPicks(QWidget):
    """The five participation levels as buttons; the widget itself takes the focus, and 1–5
    pick while it has it (Delete or 0 clears)."""

    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participation")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#participation { border: 1px solid transparent; border-radius: 3px; }"
            "#participation:focus { border: 1px solid palette(highlight); }"
        )
        self.setAccessibleName(self.tr("Participation (keys 1 to 5)"))
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # exclusive by hand: a pick can also be cleared
        self.buttons: dict[ParticipationLevel, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(2, 2, 2, 2)
        grid.setSpacing(4)
        for position, level in enumerate(ParticipationLevel):
            button = QPushButton(f"{level.key}  {domain_text(level.label)}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(
                self.tr("Key {key} (Alt+{key} from any field of the entry)").format(key=level.key)
            )
            button.setAccessibleName(domain_text(level.label))
            button.setStyleSheet(PICK_STYLE)
            button.clicked.connect(lambda _checked=False, chosen=level: self._clicked(chosen))
            self.group.addButton(button)
            self.buttons[level] = button
            grid.addWidget(button, position // 2, position % 2)
        self._value: ParticipationLevel | None = None

    def value(self) -> ParticipationLevel | None:
        return self._value

    def set_value(self, level: ParticipationLevel | None) -> None:
        """Show `level` as picked (no signal)."""
        self._value = level
        for each, button in self.buttons.items():
            button.setChecked(each is level)

    def pick(self, level: ParticipationLevel | None) -> None:
        """The counselor picked `level` (or cleared the pick)."""
        if not self.isEnabled():
            return
        changed = level is not self._value
        self.set_value(level)
        if changed:
            self.picked.emit()

    def _clicked(self, level: ParticipationLevel) -> None:
        self.pick(None if level is self._value else level)
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            level = ParticipationLevel.by_key(text) if text else None
            if level is not None:
                self.pick(level)
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_0):
                self.pick(None)
                return
        super().keyPressEvent(event)


class EntryView(QFrame):
    """Name and attendance, participation, response, objective, progress, plan, risk; the
    previous entry beside. `edited` on every change the counselor makes (never on `load`),
    `left_field` when the focus leaves one of its fields."""

    edited = Signal()
    left_field = Signal()
    entered = Signal(QWidget)  # a field of the entry took the focus (to scroll it into view)

    def __init__(self, attendee: Attendee, duration: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.participant_id = attendee.participant_id
        self.name = attendee.name
        self.errors = FormErrors()
        self._loading = False
        self._review_reason = ""
        self.locked = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Entry of {name}").format(name=attendee.name))
        self._build(attendee, duration)
        self._lay_out()
        self._connect()
        self.load(attendee.entry())
        self.show_note(attendee.note)

    # -- building ----------------------------------------------------------------------------

    def _build(self, attendee: Attendee, duration: int) -> None:
        mark = attendee.mark
        self.name_label = QLabel(attendee.name)
        self.name_label.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.attendance_label = QLabel(
            attendance_words(mark.status, mark.minutes_attended, duration, mark.telehealth)
        )
        self.attendance_label.setAccessibleName(self.tr("Attendance"))
        self.picks = ParticipationPicks()
        self.response = EntryText(self.tr("Response to intervention"), 64)
        self.objective = QComboBox()
        self.objective.setAccessibleName(self.tr("Objective addressed"))
        self.objective.addItem(QCoreApplication.translate("EntryView", NO_OBJECTIVE), None)
        for objective in attendee.objectives:
            self.objective.addItem(objective_text(objective), objective.id)
            self.objective.setItemData(
                self.objective.count() - 1, objective.text, Qt.ItemDataRole.ToolTipRole
            )
        self.progress = EntryText(self.tr("Progress toward objective"), 52)
        self.plan = EntryText(self.tr("Plan"), 52)
        self.risk = QComboBox()
        for level in RiskLevel:
            self.risk.addItem(domain_text(level.label), level.value)
        self.risk.setAccessibleName(self.tr("Suicidal or homicidal ideation"))
        self.risk_detail = EntryText(self.tr("Risk details and safety plan"), 44)
        self.risk_detail.setPlaceholderText(risk_placeholder())
        self.previous_label = QLabel(previous_text(attendee.previous))
        self.previous_label.setTextFormat(Qt.TextFormat.PlainText)
        self.previous_label.setWordWrap(True)
        self.previous_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.previous_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.previous_label.setAccessibleName(self.tr("Previous group entry"))
        self.previous_label.setFixedWidth(260)
        self.previous_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        self.previous_label.setStyleSheet(
            f"font-size: 9pt; padding: 4px; color: {palette.text(ColourRole.MUTED).name()};"
        )
        self.signed_label = QLabel()
        self.signed_label.setStyleSheet("font-weight: 600;")
        self.signed_label.setAccessibleName(self.tr("Signature"))
        self.late_label = QLabel(self.tr("Late entry"))
        self.late_label.setStyleSheet(palette.badge_style(ColourRole.CAUTION))
        self.late_label.setAccessibleName(self.tr("Late entry"))

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.name_label)
        top.addWidget(self.attendance_label)
        top.addStretch(1)
        top.addWidget(self.signed_label)
        top.addWidget(self.late_label)
        fields = QFormLayout()
        fields.addRow(self.tr("Participation:"), self.errors.wrap("participation", self.picks))
        fields.addRow(self.tr("Response:"), self.errors.wrap("response", self.response))
        fields.addRow(self.tr("Objective:"), self.errors.wrap("objective", self.objective))
        fields.addRow(self.tr("Progress:"), self.errors.wrap("progress", self.progress))
        fields.addRow(self.tr("Plan:"), self.errors.wrap("plan", self.plan))
        risk = QHBoxLayout()
        risk.addWidget(self.errors.wrap("risk", self.risk))
        risk.addWidget(self.errors.wrap("risk_detail", self.risk_detail), 1)
        fields.addRow(self.tr("SI / HI:"), risk)
        body = QHBoxLayout()
        body.addLayout(fields, 1)
        body.addWidget(self.previous_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body)
        layout.addWidget(self.errors.banner)

    def _connect(self) -> None:
        self.picks.picked.connect(self._edited)
        for edit in self.texts():
            edit.textChanged.connect(self._edited)
            edit.installEventFilter(self)
        self.objective.currentIndexChanged.connect(self._edited)
        self.risk.currentIndexChanged.connect(self._edited)
        for widget in (self.picks, self.objective, self.risk):
            widget.installEventFilter(self)
        self.level_shortcuts = []
        for level in ParticipationLevel:
            shortcut = QShortcut(QKeySequence(f"Alt+{level.key}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda chosen=level: self.picks.pick(chosen))
            self.level_shortcuts.append(shortcut)

    def texts(self) -> tuple[QPlainTextEdit, ...]:
        return (self.response, self.progress, self.plan, self.risk_detail)

    def tab_chain(self) -> list[QWidget]:
        """The entry's fields in Tab order (the previous entry beside them is not one)."""
        return [
            self.picks,
            self.response,
            self.objective,
            self.progress,
            self.plan,
            self.risk,
            self.risk_detail,
        ]

    def fix_tab_order(self) -> None:
        for first, second in itertools.pairwise(self.tab_chain()):
            QWidget.setTabOrder(first, second)

    # -- values in ---------------------------------------------------------------------------

    def load(self, entry: EntryDraft) -> None:
        """Show an entry as stored: nothing is reported as edited."""
        self._loading = True
        try:
            self.picks.set_value(entry.participation)
            self.response.setPlainText(entry.response)
            self.objective.setCurrentIndex(max(0, self.objective.findData(entry.objective_id)))
            self.progress.setPlainText(entry.progress)
            self.plan.setPlainText(entry.plan)
            self.risk.setCurrentIndex(self.risk.findData(entry.risk.value))
            self.risk_detail.setPlainText(entry.risk_detail)
            self._review_reason = entry.review_reason
        finally:
            self._loading = False

    def show_note(self, note: Note | None) -> None:
        """A signed entry is read-only, with who signed it and when."""
        signed = note is not None and note.is_signed
        self.locked = signed
        for edit in self.texts():
            edit.setReadOnly(signed)
        self.risk_detail.setPlaceholderText("" if signed else risk_placeholder())
        for widget in (self.picks, self.objective, self.risk):
            widget.setEnabled(not signed)
        for shortcut in self.level_shortcuts:
            shortcut.setEnabled(not signed)
        for level, button in self.picks.buttons.items():  # signed: only the level picked
            button.setVisible(not signed or level is self.picks.value())
        self.signed_label.setText(signature_text(note) if note is not None and signed else "")
        self.signed_label.setVisible(signed)
        self.late_label.setVisible(signed and note is not None and note.late_entry)

    # -- values out --------------------------------------------------------------------------

    def entry(self) -> EntryDraft:
        """What is on screen as this attendee's entry."""
        objective = self.objective.currentData()
        return EntryDraft(
            participant_id=self.participant_id,
            participation=self.picks.value(),
            response=self.response.toPlainText(),
            progress=self.progress.toPlainText(),
            plan=self.plan.toPlainText(),
            objective_id=objective if isinstance(objective, int) else None,
            risk=RiskLevel(self.risk.currentData()),
            risk_detail=self.risk_detail.toPlainText(),
            review_reason=self._review_reason,
        )

    def objective_texts(self) -> list[str]:
        return [self.objective.itemText(row) for row in range(self.objective.count())]

    # -- signals -----------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if not self._loading and not self.locked:
            self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.left_field.emit()
        elif event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.entered.emit(watched)
        return super().eventFilter(watched, event)


def entry_chain(entries: Sequence[EntryView]) -> list[QWidget]:
    """Every entry's fields in Tab order, entry after entry."""
    return [widget for entry in entries for widget in entry.tab_chain()]
