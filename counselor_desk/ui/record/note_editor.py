"""The session-note editor: a draft that saves itself, signing that locks, addenda.

A draft is saved 2 s after the last keystroke, when a field loses focus, and by `save_now()`
(the record calls it on close), so a crash loses at most a few seconds of typing. A save
that fails leaves every typed character where it is and says why next to the field.
Sign… (Ctrl+Enter) asks before it locks; a new addendum is scrolled into view.

`NoteEditor` is the controller of one participant's note: it holds the participant and the
note, reads and writes through the services, and tells its view (`NoteEditorView`, around
a `NoteForm`) what to show.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from counselor_desk.domain.errors import NotFoundError, ValidationError
from counselor_desk.domain.model import Note, NoteFormat, ServiceType
from counselor_desk.services import clinical, notes, participants
from counselor_desk.services.changes import Changes
from counselor_desk.services.notes import NoteDraft
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import form
from counselor_desk.ui.dialogs.note_dialogs import AddendumDialog
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP, domain_text
from counselor_desk.ui.operations import write
from counselor_desk.ui.record.note_editor_view import NoteEditorView
from counselor_desk.ui.record.note_form import NoteForm, format_label

AUTOSAVE_MS = 2000
SIGN_QUESTION = QT_TRANSLATE_NOOP(
    "NoteEditor", "Sign and lock this note? It cannot be changed afterwards."
)


def _default_start(now: dt.datetime) -> dt.time:
    """The start of the quarter hour before now: where a note written after a session begins."""
    return dt.time(now.hour, now.minute - now.minute % 15)


def new_draft(participant_id: int, day: dt.date, start: dt.time) -> NoteDraft:
    """A note not written yet: a 50-minute individual session in DAP."""
    return NoteDraft(participant_id, day, start, 50, ServiceType.INDIVIDUAL, NoteFormat.DAP)


def draft_of(note: Note) -> NoteDraft:
    """A stored note as the form shows it."""
    return NoteDraft(
        participant_id=note.participant_id,
        session_date=note.session_date,
        start_time=note.start_time,
        duration_minutes=note.duration_minutes,
        service_type=note.service_type,
        format=note.format,
        fields=dict(note.fields),
        risk=note.risk,
        risk_detail=note.risk_detail,
        goal_id=note.goal_id,
        note_id=note.id,
    )


def regroup_sections(
    texts: dict[str, str], old: NoteFormat, new: NoteFormat
) -> tuple[dict[str, str], list[str]]:
    """The section texts for `new`: a section `new` lacks is moved, under its old heading,
    into the first section of `new`. Also returns the headings so moved."""
    keys = [key for key, _heading in new.sections]
    orphans = [
        (key, heading)
        for key, heading in old.sections
        if key not in keys and texts.get(key, "").strip()
    ]
    moved = dict(texts)
    if orphans:
        block = "\n\n".join(f"{heading}: {texts[key].strip()}" for key, heading in orphans)
        kept = moved.get(keys[0], "").rstrip()
        moved[keys[0]] = f"{kept}\n\n{block}" if kept else block
    return moved, [heading for _key, heading in orphans]


def change_format(note_form: NoteForm, new: NoteFormat, parent: QWidget) -> bool:
    """Rebuild `note_form` for `new`, asking first when text has to move; False if the
    counselor declined (the form keeps its format) or nothing changed."""
    old = note_form.note_format
    if new is old:
        return False
    texts, moved = regroup_sections(note_form.section_texts(), old, new)
    if moved:
        question = QCoreApplication.translate(
            "NoteEditor",
            "The {sections} text has no section of its own in {format}. It will be moved "
            "into the {section} section under its old heading. Change the format?",
        ).format(
            sections=", ".join(domain_text(heading) for heading in moved),
            format=format_label(new),
            section=domain_text(new.sections[0][1]),
        )
        title = QCoreApplication.translate("NoteEditor", "Change note format")
        if not form.ask(parent, title, question):
            note_form.keep_format()
            return False
    note_form.set_format(new, texts)
    return True


class NoteEditor(NoteEditorView):
    """Edits one note of `participant_id` (`note` None: a new one)."""

    saved = Signal(int)  # note id, after every successful save or signature
    discarded = Signal(int)  # note id of a deleted draft

    def __init__(
        self,
        ctx: AppContext,
        participant_id: int,
        note: Note | None = None,
        parent: QWidget | None = None,
    ):
        person = participants.get(ctx.db, participant_id)
        today = ctx.clock.today()
        day = min(today, person.discharge_date or today)
        blank = new_draft(participant_id, day, _default_start(ctx.clock.now()))
        super().__init__(blank, clinical.goals(ctx.db, participant_id), parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.note_id = 0
        self.signed = False
        self.dirty = False
        self.errors = self.form.errors
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self._connect()
        if note is not None:
            self.load(note)
        else:
            self._show_state()

    def _connect(self) -> None:
        self.timer.timeout.connect(self.save_now)
        self.form.edited.connect(self._changed)
        self.form.left_field.connect(self._left_field)
        self.form.format_chosen.connect(self._format_chosen)
        self.sign_button.clicked.connect(self.sign)
        self.sign_requested.connect(self.sign)
        self.addendum_button.clicked.connect(self.add_addendum)
        self.discard_button.clicked.connect(self.discard)

    # -- loading -----------------------------------------------------------------------------

    def load_goals(self) -> None:
        """The participant's goals in the goal combo, keeping the current choice."""
        self.form.set_goals(clinical.goals(self.ctx.db, self.participant_id))

    def load(self, note: Note) -> None:
        """Show a stored note as it is (nothing is marked changed)."""
        self.note_id = note.id
        self.signed = note.is_signed
        self.form.load(draft_of(note))
        self.dirty = False
        self.show_addenda(note.addenda)
        self.show_signature(note)
        self._show_state(saved_at=note.updated_at if not note.is_signed else None)

    def _show_state(self, saved_at: dt.datetime | None = None) -> None:
        self.show_state(locked=self.signed, stored=self.note_id != 0, saved_at=saved_at)

    def reload(self) -> None:
        """Show the stored note again (after an addendum, or a change made elsewhere)."""
        if self.note_id and not self.has_unsaved_changes():
            try:
                note = notes.get(self.ctx.db, self.note_id)
            except NotFoundError:
                return
            shown = {key: note.fields.get(key, "") for key in self.form.sections}
            if (
                note.is_signed == self.signed
                and note.format is self.form.note_format
                and shown == self.form.section_texts()
            ):
                if note.is_signed:
                    self.show_addenda(note.addenda)  # the widget being typed in is left alone
                return
            self.load(note)

    # -- editing and saving ------------------------------------------------------------------

    def _changed(self) -> None:
        if self.signed:
            return
        self.dirty = True
        self.show_status(self.tr("Editing…"))
        self.timer.start()

    def _left_field(self) -> None:
        if self.dirty:
            self.save_now()

    def _format_chosen(self, new: NoteFormat) -> None:
        if change_format(self.form, new, self):
            self._changed()

    def _changes(self) -> Changes:
        """What a save, signature or discard of this note changes: its notes, and the
        schedule (an individual or family note makes, moves or removes its session)."""
        return Changes.note(self.participant_id) | Changes(schedule=True)

    def has_unsaved_changes(self) -> bool:
        return self.dirty and not self.signed

    def draft(self) -> NoteDraft:
        return self.form.draft(self.participant_id, self.note_id)

    def save_now(self) -> bool:
        """Save the draft at once if anything changed; False when the save was refused."""
        self.timer.stop()
        if self.signed or not self.dirty:
            return True
        if self.note_id == 0 and self.form.is_blank():
            self.dirty = False  # nothing typed yet: no empty note is stored
            return True
        done = write(  # a failure is shown beside the field; the typed text stays
            self.ctx,
            lambda: notes.save_draft(self.ctx.db, self.draft(), self.ctx.clock),
            self._changes(),
            errors=self.errors,
            then=self._draft_saved,
        )
        if done is None:
            self.show_status(self.tr("Not saved – see the message"))
            return False
        return True

    def _draft_saved(self, note: Note) -> None:
        self.errors.clear()
        self.note_id = note.id
        self.dirty = False
        self._show_state(saved_at=self.ctx.clock.now())
        self.saved.emit(note.id)

    def sign(self) -> None:
        if self.signed or not self.save_now():
            return
        if self.note_id == 0:
            self.errors.show(ValidationError(self.tr("Write the note before signing."), "fields"))
            return
        if not form.ask(
            self, self.tr("Sign note"), QCoreApplication.translate("NoteEditor", SIGN_QUESTION)
        ):
            return
        write(
            self.ctx,
            lambda: notes.sign(self.ctx.db, self.note_id, self.ctx.clock),
            self._changes(),
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
        question = self.tr("Delete this draft note? This cannot be undone.")
        if not form.ask(self, self.tr("Delete draft"), question):
            return
        write(
            self.ctx,
            lambda: notes.discard_draft(self.ctx.db, self.note_id, self.ctx.clock),
            self._changes(),
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
            self.reveal_newest_addendum()
