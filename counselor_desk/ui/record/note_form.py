"""The fields of one session note, as a view: no database, no clock, no participant.

What to show is handed in (a `NoteDraft`, the goals to choose from) and what is typed comes
back as a `NoteDraft`. The form says when it was edited, when the counselor left a typed field
and which format was picked; whoever holds it (one participant's note editor, or a group note
with one form per attendee) decides what to do about it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.model import Goal, NoteFormat, RiskLevel, ServiceType
from counselor_desk.services.notes import NoteDraft
from counselor_desk.ui.dialogs.form import (
    FormErrors,
    date_edit,
    time_edit,
    to_date,
    to_qdate,
    to_qtime,
    to_time,
)
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP, domain_text

#: Translated where shown: `QCoreApplication.translate("NoteForm", RISK_PLACEHOLDER)`.
RISK_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "NoteForm", "Details and safety plan (required when risk is present)"
)
GOAL_TEXT_MAX = 70


def format_label(note_format: NoteFormat) -> str:
    """'DAP', 'SOAP', 'BIRP' as they are; 'Free form' in the app's language."""
    if note_format is NoteFormat.FREE:
        return QCoreApplication.translate("NoteForm", "Free form")
    return note_format.value


def risk_placeholder() -> str:
    return QCoreApplication.translate("NoteForm", RISK_PLACEHOLDER)


def goal_text(goal: Goal) -> str:
    """A goal as the combo shows it: long descriptions are cut with an ellipsis."""
    text = goal.description
    return text if len(text) <= GOAL_TEXT_MAX else text[: GOAL_TEXT_MAX - 3] + "…"


class SectionEdit(QPlainTextEdit):
    """A note section: asks for little room, grows into what the editor has spare."""

    def sizeHint(self) -> QSize:
        return QSize(400, 90)


class NoteForm(QWidget):
    """Date, start, duration, service type, format and its sections, risk screen, goal.

    The format combo offers `formats`: by default those written for one participant (a
    group entry is written in the group note).

    `edited` fires on every change the counselor makes (never on `load`); `left_field` when
    focus leaves a typed field; `format_chosen(NoteFormat)` when another format is picked:
    the holder answers with `set_format` (rebuild the sections) or `keep_format`.
    """

    edited = Signal()
    left_field = Signal()
    format_chosen = Signal(object)  # NoteFormat

    def __init__(
        self,
        draft: NoteDraft,
        goals: Sequence[Goal] = (),
        formats: Sequence[NoteFormat] = NoteFormat.for_one_participant(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.errors = FormErrors()
        self.sections: dict[str, SectionEdit] = {}
        self._format = draft.format
        self._loading = False
        self._locked = False
        self._tab_tail: list[QWidget] = []
        self._build_fields(draft, formats)
        self._lay_out()
        self.set_goals(goals)
        self.load(draft)
        self._connect()

    # -- building ----------------------------------------------------------------------------

    def _build_fields(self, draft: NoteDraft, formats: Sequence[NoteFormat]) -> None:
        self.session_date = date_edit(draft.session_date, self.tr("Session date"))
        self.start_time = time_edit(draft.start_time, self.tr("Start time"))
        self.duration = QSpinBox()
        self.duration.setRange(1, 720)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.service_type = QComboBox()
        for service in ServiceType:
            self.service_type.addItem(domain_text(service.label), service.value)
        self.service_type.setAccessibleName(self.tr("Service type"))
        self.format = QComboBox()
        for note_format in formats:
            self.format.addItem(format_label(note_format), note_format.value)
        self.format.setAccessibleName(self.tr("Note format"))
        self.risk = QComboBox()
        for level in RiskLevel:
            self.risk.addItem(domain_text(level.label), level.value)
        self.risk.setAccessibleName(self.tr("Suicidal or homicidal ideation"))
        self.risk_detail = QPlainTextEdit()
        self.risk_detail.setTabChangesFocus(True)
        self.risk_detail.setFixedHeight(56)
        self.risk_detail.setAccessibleName(self.tr("Risk details and safety plan"))
        self.risk_detail.setPlaceholderText(risk_placeholder())
        self.goal = QComboBox()
        self.goal.setAccessibleName(self.tr("Goal addressed"))

    def _lay_out(self) -> None:
        details = QFormLayout()
        when = QHBoxLayout()
        when.addWidget(self.errors.wrap("session_date", self.session_date))
        when.addWidget(self.start_time)
        when.addWidget(self.errors.wrap("duration_minutes", self.duration))
        when.addStretch(1)
        details.addRow(self.tr("Session:"), when)
        kind = QHBoxLayout()
        kind.addWidget(self.service_type)
        kind.addWidget(QLabel(self.tr("Format:")))
        kind.addWidget(self.format)
        kind.addStretch(1)
        details.addRow(self.tr("Service:"), kind)
        self.sections_box = QWidget()
        self.sections_form = QFormLayout(self.sections_box)
        self.sections_form.setContentsMargins(0, 0, 0, 0)
        risk_box = QGroupBox(self.tr("Risk screen"))
        risk_form = QFormLayout(risk_box)
        risk_form.addRow(self.tr("SI / HI:"), self.errors.wrap("risk", self.risk))
        risk_form.addRow(self.tr("Details:"), self.errors.wrap("risk_detail", self.risk_detail))
        goal_row = QFormLayout()
        goal_row.addRow(self.tr("Goal addressed:"), self.errors.wrap("goal", self.goal))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(details)
        layout.addWidget(self.sections_box)
        layout.addWidget(risk_box)
        layout.addLayout(goal_row)
        layout.addWidget(self.errors.banner)

    def _connect(self) -> None:
        self.session_date.dateChanged.connect(self._edited)
        self.start_time.timeChanged.connect(self._edited)
        self.duration.valueChanged.connect(self._edited)
        self.service_type.currentIndexChanged.connect(self._edited)
        self.risk.currentIndexChanged.connect(self._edited)
        self.goal.currentIndexChanged.connect(self._edited)
        self.risk_detail.textChanged.connect(self._edited)
        self.format.currentIndexChanged.connect(self._format_picked)
        for widget in (self.risk_detail, self.session_date, self.start_time, self.duration):
            widget.installEventFilter(self)

    def _build_sections(self, texts: dict[str, str]) -> None:
        for key in list(self.sections):
            self.errors.forget(key)
        while self.sections_form.rowCount():
            self.sections_form.removeRow(0)
        self.sections = {}
        for key, heading in self._format.sections:
            edit = SectionEdit(texts.get(key, ""))
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(110 if self._format is NoteFormat.FREE else 80)
            edit.setAccessibleName(
                self.tr("{heading} section").format(heading=domain_text(heading))
            )
            edit.textChanged.connect(self._edited)
            edit.installEventFilter(self)
            edit.setReadOnly(self._locked)
            self.sections[key] = edit
            self.sections_form.addRow(f"{domain_text(heading)}:", self.errors.wrap(key, edit))
        self._fix_tab_order()

    def set_tab_tail(self, widgets: Sequence[QWidget]) -> None:
        """Widgets of the holder that come after the form's fields with Tab (its buttons)."""
        self._tab_tail = list(widgets)
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.session_date,
            self.start_time,
            self.duration,
            self.service_type,
            self.format,
            *self.sections.values(),
            self.risk,
            self.risk_detail,
            self.goal,
            *self._tab_tail,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- values in ---------------------------------------------------------------------------

    def set_goals(self, goals: Sequence[Goal]) -> None:
        """The goals to link the note to ("No goal linked" first); the choice is kept."""
        chosen = self.goal.currentData()
        self._loading, was_loading = True, self._loading
        self.goal.clear()
        self.goal.addItem(self.tr("No goal linked"), None)
        for goal in goals:
            self.goal.addItem(goal_text(goal), goal.id)
        self.goal.setCurrentIndex(max(0, self.goal.findData(chosen)))
        self._loading = was_loading

    def load(self, draft: NoteDraft) -> None:
        """Show a note as it is: nothing is reported as edited."""
        self._loading = True
        try:
            self.session_date.setDate(to_qdate(draft.session_date))
            self.start_time.setTime(to_qtime(draft.start_time))
            self.duration.setValue(draft.duration_minutes)
            self.service_type.setCurrentIndex(self.service_type.findData(draft.service_type.value))
            self.format.setCurrentIndex(self.format.findData(draft.format.value))
            self._format = draft.format
            self._build_sections(draft.fields)
            self.risk.setCurrentIndex(self.risk.findData(draft.risk.value))
            self.risk_detail.setPlainText(draft.risk_detail)
            self.goal.setCurrentIndex(max(0, self.goal.findData(draft.goal_id)))
        finally:
            self._loading = False

    def set_locked(self, locked: bool) -> None:
        """A signed note: every field shown, none editable."""
        self._locked = locked
        for edit in (*self.sections.values(), self.risk_detail):
            edit.setReadOnly(locked)
        self.risk_detail.setPlaceholderText("" if locked else risk_placeholder())
        for widget in (
            self.session_date,
            self.start_time,
            self.duration,
            self.service_type,
            self.format,
            self.risk,
            self.goal,
        ):
            widget.setEnabled(not locked)

    def set_format(self, note_format: NoteFormat, texts: dict[str, str]) -> None:
        """Rebuild the sections for `note_format` holding `texts`."""
        self._format = note_format
        self._loading = True
        try:
            self.format.setCurrentIndex(self.format.findData(note_format.value))
        finally:
            self._loading = False
        self._build_sections(texts)

    def keep_format(self) -> None:
        """Put the format combo back on the format the sections are written in."""
        self._loading = True
        try:
            self.format.setCurrentIndex(self.format.findData(self._format.value))
        finally:
            self._loading = False

    # -- values out --------------------------------------------------------------------------

    @property
    def note_format(self) -> NoteFormat:
        """The format the sections are built for."""
        return self._format

    def section_texts(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.sections.items()}

    def is_blank(self) -> bool:
        """Nothing typed in any section or in the risk details."""
        typed = [*self.section_texts().values(), self.risk_detail.toPlainText()]
        return not any(text.strip() for text in typed)

    def draft(self, participant_id: int, note_id: int = 0) -> NoteDraft:
        """What is on screen, as the note of `participant_id` (`note_id` 0: not stored yet)."""
        goal_id = self.goal.currentData()
        return NoteDraft(
            participant_id=participant_id,
            session_date=to_date(self.session_date.date()),
            start_time=to_time(self.start_time.time()),
            duration_minutes=self.duration.value(),
            service_type=ServiceType(self.service_type.currentData()),
            format=self._format,
            fields=self.section_texts(),
            risk=RiskLevel(self.risk.currentData()),
            risk_detail=self.risk_detail.toPlainText(),
            goal_id=goal_id if isinstance(goal_id, int) else None,
            note_id=note_id,
        )

    # -- signals -----------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _format_picked(self, index: int) -> None:
        if not self._loading:
            self.format_chosen.emit(NoteFormat(self.format.itemData(index)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.left_field.emit()
        return super().eventFilter(watched, event)
