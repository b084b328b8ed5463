"""The session-note editor: a draft that saves itself, signing that locks, addenda.

A draft is saved 2 s after the last keystroke, when a field loses focus, and by `save_now()`
(the record calls it on close), so a crash loses at most a few seconds of typing. A save
that fails leaves every typed character where it is and says why next to the field.
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import NotFoundError, ValidationError
from counselor_desk.domain.model import Note, NoteFormat, RiskLevel, ServiceType
from counselor_desk.services import clinical, notes, participants
from counselor_desk.services.changes import Changes
from counselor_desk.services.notes import NoteDraft
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import form
from counselor_desk.ui.dialogs.form import (
    FormErrors,
    date_edit,
    time_edit,
    to_date,
    to_qdate,
    to_qtime,
    to_time,
)
from counselor_desk.ui.dialogs.note_dialogs import AddendumDialog
from counselor_desk.ui.operations import write

AUTOSAVE_MS = 2000
SIGN_QUESTION = "Sign and lock this note? It cannot be changed afterwards."


def _default_start(now: dt.datetime) -> dt.time:
    """The start of the quarter hour before now: where a note written after a session begins."""
    return dt.time(now.hour, now.minute - now.minute % 15)


class SectionEdit(QPlainTextEdit):
    """A note section: asks for little room, grows into what the editor has spare."""

    def sizeHint(self) -> QSize:
        return QSize(400, 90)


class NoteEditor(QWidget):
    """Edits one note (`note` None: a new one for `participant_id`)."""

    saved = Signal(int)  # note id, after every successful save or signature
    discarded = Signal(int)  # note id of a deleted draft

    def __init__(
        self,
        ctx: AppContext,
        participant_id: int,
        note: Note | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.note_id = 0
        self.signed = False
        self.dirty = False
        self._loading = False
        self.errors = FormErrors()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)

        now = ctx.clock.now()
        person = participants.get(ctx.db, participant_id)
        day = min(ctx.clock.today(), person.discharge_date or ctx.clock.today())
        self.session_date = date_edit(day, "Session date")
        self.start_time = time_edit(_default_start(now), "Start time")
        self.duration = QSpinBox()
        self.duration.setRange(1, 720)
        self.duration.setValue(50)
        self.duration.setSuffix(" min")
        self.duration.setAccessibleName("Duration in minutes")
        self.service_type = QComboBox()
        for service in ServiceType:
            self.service_type.addItem(service.label, service.value)
        self.service_type.setCurrentIndex(self.service_type.findData(ServiceType.INDIVIDUAL.value))
        self.service_type.setAccessibleName("Service type")
        self.format = QComboBox()
        for note_format in NoteFormat:
            label = "Free form" if note_format is NoteFormat.FREE else note_format.value
            self.format.addItem(label, note_format.value)
        self.format.setAccessibleName("Note format")
        self._format = NoteFormat.DAP
        self.risk = QComboBox()
        for level in RiskLevel:
            self.risk.addItem(level.label, level.value)
        self.risk.setAccessibleName("Suicidal or homicidal ideation")
        self.risk_detail = QPlainTextEdit()
        self.risk_detail.setTabChangesFocus(True)
        self.risk_detail.setFixedHeight(56)
        self.risk_detail.setAccessibleName("Risk details and safety plan")
        self.risk_detail.setPlaceholderText(
            "Details and safety plan (required when risk is present)"
        )
        self.goal = QComboBox()
        self.goal.setAccessibleName("Goal addressed")

        self.status_label = QLabel()
        self.status_label.setAccessibleName("Save state")
        self.signed_label = QLabel()
        self.signed_label.setStyleSheet("font-weight: 600;")
        self.signed_label.setAccessibleName("Signature")
        self.late_label = QLabel("Late entry")
        self.late_label.setStyleSheet(
            "background: #ef6c00; color: white; border-radius: 6px; padding: 1px 6px;"
        )
        self.late_label.setAccessibleName("Late entry")
        self.sign_button = QPushButton("Sign…")
        self.sign_button.setAccessibleName("Sign and lock the note")
        self.sign_button.clicked.connect(self.sign)
        self.addendum_button = QPushButton("Add addendum…")
        self.addendum_button.setAccessibleName("Add an addendum to the signed note")
        self.addendum_button.clicked.connect(self.add_addendum)
        self.discard_button = QPushButton("Delete draft…")
        self.discard_button.setAccessibleName("Delete this draft note")
        self.discard_button.clicked.connect(self.discard)

        details = QFormLayout()
        when = QHBoxLayout()
        when.addWidget(self.errors.wrap("session_date", self.session_date))
        when.addWidget(self.start_time)
        when.addWidget(self.errors.wrap("duration_minutes", self.duration))
        when.addStretch(1)
        details.addRow("Session:", when)
        kind = QHBoxLayout()
        kind.addWidget(self.service_type)
        kind.addWidget(QLabel("Format:"))
        kind.addWidget(self.format)
        kind.addStretch(1)
        details.addRow("Service:", kind)
        self.sections_box = QWidget()
        self.sections_form = QFormLayout(self.sections_box)
        self.sections_form.setContentsMargins(0, 0, 0, 0)
        self.sections: dict[str, QPlainTextEdit] = {}
        risk_box = QGroupBox("Risk screen")
        risk_form = QFormLayout(risk_box)
        risk_form.addRow("SI / HI:", self.errors.wrap("risk", self.risk))
        risk_form.addRow("Details:", self.errors.wrap("risk_detail", self.risk_detail))
        goal_row = QFormLayout()
        goal_row.addRow("Goal addressed:", self.errors.wrap("goal", self.goal))
        self.addenda_box = QGroupBox("Addenda")
        self.addenda_layout = QVBoxLayout(self.addenda_box)
        state = QHBoxLayout()
        state.addWidget(self.signed_label)
        state.addWidget(self.late_label)
        state.addStretch(1)
        state.addWidget(self.status_label)
        state.addWidget(self.discard_button)
        state.addWidget(self.sign_button)
        state.addWidget(self.addendum_button)
        layout = QVBoxLayout(self)
        layout.addLayout(details)
        layout.addWidget(self.sections_box)
        layout.addWidget(risk_box)
        layout.addLayout(goal_row)
        layout.addWidget(self.errors.banner)
        layout.addLayout(state)
        layout.addWidget(self.addenda_box)
        layout.addStretch(1)

        self.load_goals()
        self._build_sections({})
        self.session_date.dateChanged.connect(self._changed)
        self.start_time.timeChanged.connect(self._changed)
        self.duration.valueChanged.connect(self._changed)
        self.service_type.currentIndexChanged.connect(self._changed)
        self.risk.currentIndexChanged.connect(self._changed)
        self.goal.currentIndexChanged.connect(self._changed)
        self.risk_detail.textChanged.connect(self._changed)
        self.format.currentIndexChanged.connect(self._format_changed)
        for widget in (self.risk_detail, self.session_date, self.start_time, self.duration):
            widget.installEventFilter(self)
        if note is not None:
            self.load(note)
        else:
            self._show_state()

    # -- building and loading ----------------------------------------------------------------

    def load_goals(self) -> None:
        """Fill the goal combo with the participant's goals, keeping the current choice."""
        chosen = self.goal.currentData()
        self._loading, was_loading = True, self._loading
        self.goal.clear()
        self.goal.addItem("No goal linked", None)
        for goal in clinical.goals(self.ctx.db, self.participant_id):
            text = goal.description if len(goal.description) <= 70 else goal.description[:67] + "…"
            self.goal.addItem(text, goal.id)
        self.goal.setCurrentIndex(max(0, self.goal.findData(chosen)))
        self._loading = was_loading

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
            edit.setAccessibleName(f"{heading} section")
            edit.textChanged.connect(self._changed)
            edit.installEventFilter(self)
            edit.setReadOnly(self.signed)
            self.sections[key] = edit
            self.sections_form.addRow(f"{heading}:", self.errors.wrap(key, edit))
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
            self.discard_button,
            self.sign_button,
            self.addendum_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def load(self, note: Note) -> None:
        """Show a stored note as it is (nothing is marked changed)."""
        self._loading = True
        try:
            self.note_id = note.id
            self.signed = note.is_signed
            self.session_date.setDate(to_qdate(note.session_date))
            self.start_time.setTime(to_qtime(note.start_time))
            self.duration.setValue(note.duration_minutes)
            self.service_type.setCurrentIndex(self.service_type.findData(note.service_type.value))
            self.format.setCurrentIndex(self.format.findData(note.format.value))
            self._format = note.format
            self._build_sections(note.fields)
            self.risk.setCurrentIndex(self.risk.findData(note.risk.value))
            self.risk_detail.setPlainText(note.risk_detail)
            self.goal.setCurrentIndex(max(0, self.goal.findData(note.goal_id)))
            self.dirty = False
            self._show_addenda(note)
            if note.is_signed and note.signed_at is not None:
                self.signed_label.setText(
                    f"Signed by {note.signed_by} on {note.signed_at:%Y-%m-%d %H:%M}"
                )
            self.late_label.setVisible(note.late_entry)
        finally:
            self._loading = False
        self._show_state(saved_at=note.updated_at if not note.is_signed else None)

    def _show_addenda(self, note: Note) -> None:
        while self.addenda_layout.count():
            item = self.addenda_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # out of the layout: unseen until its deferred delete
                widget.deleteLater()
        for addendum in note.addenda:
            label = QLabel(
                f"Addendum by {addendum.author} on {addendum.created_at:%Y-%m-%d %H:%M}\n"
                f"Reason: {addendum.reason}\n\n{addendum.text}"
            )
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName("Addendum")
            label.setStyleSheet("padding: 6px;")
            self.addenda_layout.addWidget(label)
        self.addenda_box.setVisible(bool(note.addenda))

    def addenda_texts(self) -> list[str]:
        texts = []
        for index in range(self.addenda_layout.count()):
            item = self.addenda_layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                texts.append(widget.text())
        return texts

    def _show_state(self, saved_at: dt.datetime | None = None) -> None:
        locked = self.signed
        for edit in (*self.sections.values(), self.risk_detail):
            edit.setReadOnly(locked)
        self.risk_detail.setPlaceholderText(
            "" if locked else "Details and safety plan (required when risk is present)"
        )
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
        self.sign_button.setVisible(not locked)
        self.discard_button.setVisible(not locked and self.note_id != 0)
        self.addendum_button.setVisible(locked)
        self.signed_label.setVisible(locked)
        if not locked:
            self.late_label.hide()
            self.addenda_box.hide()
        if locked:
            self.status_label.setText("Signed and locked")
        elif saved_at is not None:
            self.status_label.setText(f"Saved {saved_at:%H:%M}")
        elif self.note_id == 0:
            self.status_label.setText("New note – saves itself as you type")

    # -- editing and saving ------------------------------------------------------------------

    def section_texts(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.sections.items()}

    def _changed(self, *_args: object) -> None:
        if self._loading or self.signed:
            return
        self.dirty = True
        self.status_label.setText("Editing…")
        self.timer.start()

    def _format_changed(self, index: int) -> None:
        if self._loading:
            return
        new = NoteFormat(self.format.itemData(index))
        if new is self._format:
            return
        texts = self.section_texts()
        keys = [key for key, _heading in new.sections]
        orphans = [
            (key, heading)
            for key, heading in self._format.sections
            if key not in keys and texts.get(key, "").strip()
        ]
        if orphans:
            names = ", ".join(heading for _key, heading in orphans)
            target = new.sections[0][1]
            question = (
                f"The {names} text has no section of its own in {self.format.itemText(index)}. "
                f"It will be moved into the {target} section under its old heading. "
                "Change the format?"
            )
            if not form.ask(self, "Change note format", question):
                self._loading = True
                self.format.setCurrentIndex(self.format.findData(self._format.value))
                self._loading = False
                return
            moved = "\n\n".join(f"{heading}: {texts[key].strip()}" for key, heading in orphans)
            first = keys[0]
            kept = texts.get(first, "").rstrip()
            texts[first] = f"{kept}\n\n{moved}" if kept else moved
        self._format = new
        self._build_sections(texts)
        self._changed()

    def has_unsaved_changes(self) -> bool:
        return self.dirty and not self.signed

    def _is_blank(self) -> bool:
        typed = [*self.section_texts().values(), self.risk_detail.toPlainText()]
        return not any(text.strip() for text in typed)

    def draft(self) -> NoteDraft:
        goal_id = self.goal.currentData()
        return NoteDraft(
            participant_id=self.participant_id,
            session_date=to_date(self.session_date.date()),
            start_time=to_time(self.start_time.time()),
            duration_minutes=self.duration.value(),
            service_type=ServiceType(self.service_type.currentData()),
            format=self._format,
            fields=self.section_texts(),
            risk=RiskLevel(self.risk.currentData()),
            risk_detail=self.risk_detail.toPlainText(),
            goal_id=goal_id if isinstance(goal_id, int) else None,
            note_id=self.note_id,
        )

    def save_now(self) -> bool:
        """Save the draft at once if anything changed; False when the save was refused."""
        self.timer.stop()
        if self.signed or not self.dirty:
            return True
        if self.note_id == 0 and self._is_blank():
            self.dirty = False  # nothing typed yet: no empty note is stored
            return True
        done = write(  # a failure is shown beside the field; the typed text stays
            self.ctx,
            lambda: notes.save_draft(self.ctx.db, self.draft(), self.ctx.clock),
            Changes.note(self.participant_id),
            errors=self.errors,
            then=self._draft_saved,
        )
        if done is None:
            self.status_label.setText("Not saved – see the message")
            return False
        return True

    def _draft_saved(self, note: Note) -> None:
        self.errors.clear()
        self.note_id = note.id
        self.dirty = False
        self._show_state(saved_at=self.ctx.clock.now())
        self.saved.emit(note.id)

    def sign(self) -> None:
        if not self.save_now():
            return
        if self.note_id == 0:
            self.errors.show(ValidationError("Write the note before signing.", "fields"))
            return
        if not form.ask(self, "Sign note", SIGN_QUESTION):
            return
        write(
            self.ctx,
            lambda: notes.sign(self.ctx.db, self.note_id, self.ctx.clock),
            Changes.note(self.participant_id),
            errors=self.errors,
            then=self._signed,
        )

    def _signed(self, signed: Note) -> None:
        self.errors.clear()
        self.load(signed)
        self.saved.emit(signed.id)

    def discard(self) -> None:
        """Delete this draft after asking; a signed note can never be deleted."""
        if self.signed or self.note_id == 0:
            return
        if not form.ask(self, "Delete draft", "Delete this draft note? This cannot be undone."):
            return
        write(
            self.ctx,
            lambda: notes.discard_draft(self.ctx.db, self.note_id),
            Changes.note(self.participant_id),
            errors=self.errors,
            then=lambda _discarded: self._discarded(),
        )

    def _discarded(self) -> None:
        self.timer.stop()
        self.dirty = False
        self.discarded.emit(self.note_id)

    def addendum_dialog(self) -> AddendumDialog:
        return AddendumDialog(self.ctx, self.participant_id, self.note_id, self)

    def add_addendum(self) -> None:
        if not self.signed:
            return
        if self.addendum_dialog().exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def reload(self) -> None:
        """Show the stored note again (after an addendum, or a change made elsewhere)."""
        if self.note_id and not self.has_unsaved_changes():
            try:
                note = notes.get(self.ctx.db, self.note_id)
            except NotFoundError:
                return
            shown = {key: note.fields.get(key, "") for key in self.sections}
            if (
                note.is_signed == self.signed
                and note.format is self._format
                and shown == self.section_texts()
            ):
                if note.is_signed:
                    self._show_addenda(note)  # the widget being typed in is left alone
                return
            self.load(note)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.dirty:
            self.save_now()
        return super().eventFilter(watched, event)
