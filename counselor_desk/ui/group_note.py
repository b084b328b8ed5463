"""The group note of one session: the shared part once, an entry per attendee, signing.

Like the note editor, it saves itself 2 s after the last keystroke, when the focus leaves a
field, on Ctrl+S and before signing; a save that fails keeps every typed character and says
why beside the field. Sign all ready… (Ctrl+Enter) saves, asks the service what stands in
the way, shows names in the shared part (nothing signed), lets the counselor give a reason
for each entry the clone check points out (or go back to rewrite), names the incomplete
entries and signs the rest. Closing with unsaved typing asks: save, discard or cancel.

`GroupNoteDialog` is the controller (it holds the session and the sheet, reads and writes
through `services.group_notes`); its view is `group_note_view.GroupNoteView`.
"""

from __future__ import annotations

from collections.abc import Mapping

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from counselor_desk.domain.curriculum import ROTATION_SERVICES
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import Session
from counselor_desk.services import curriculum, group_notes, setup
from counselor_desk.services.changes import SETTINGS, Changes
from counselor_desk.services.group_notes import GroupNoteSheet, SignOutcome, SignReview
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import form
from counselor_desk.ui.dialogs.form import Unsaved, plain_message
from counselor_desk.ui.dialogs.group_note_dialogs import CloneReviewDialog, PickListDialog
from counselor_desk.ui.group_note_view import SHARED_FIELDS, GroupNoteView, ask_unsaved
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP, date_text, domain_text
from counselor_desk.ui.operations import write

AUTOSAVE_MS = 2000
TITLE = QT_TRANSLATE_NOOP("GroupNoteDialog", "Group note")


def title() -> str:
    """The message boxes' title, in the app's language."""
    return QCoreApplication.translate("GroupNoteDialog", TITLE)


def review_reasons(
    review: SignReview, flagged: list[int], reasons: Mapping[int, str], parent: QWidget
) -> dict[int, str] | None:
    """Ask a reason for each flagged entry (None: the counselor goes back to rewrite). A
    module function, so tests can stand in for the counselor."""
    dialog = CloneReviewDialog(review.findings, review.names, flagged, reasons, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.reasons()


def session_line(session: Session, program: str) -> str:
    """The session as the window's first line says it."""
    start = session.start_time
    minutes = start.hour * 60 + start.minute + session.duration_minutes
    end = f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"
    parts = [
        date_text(session.date, "dddd yyyy-MM-dd"),
        f"{start:%H:%M}–{end}",
        domain_text(session.service_type.label),
    ]
    if program:
        parts.append(program)
    return " · ".join(parts)


class GroupNoteDialog(GroupNoteView):
    """The group note of `session_id`; refused (ValidationError) before any widget when the
    session takes no group note or its roll call is not taken."""

    def __init__(self, ctx: AppContext, session_id: int, parent: QWidget | None = None):
        sheet = group_notes.sheet(ctx.db, session_id)
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.sheet = sheet
        self.program_id = sheet.session.program_id
        #: The program's curriculum modules by folded title (empty: the module is free text).
        self.modules: dict[str, int] = {}
        self.dirty = False
        self._saving = False
        #: Reasons given in the clone review, kept for the next try if signing stopped.
        self.reasons: dict[int, str] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self._connect_controller()
        self._show(sheet)
        self.show_status(self.tr("Saves itself as you type"))
        self._focus_first()

    def _connect_controller(self) -> None:
        self.timer.timeout.connect(self.save_now)
        self.edited.connect(self._changed)
        self.left_field.connect(self._left_field)
        self.save_requested.connect(self.save_now)
        self.sign_requested.connect(self.sign)
        self.pick_list_requested.connect(self.edit_pick_list)
        self.shared.pick_list_button.setEnabled(self.program_id is not None)
        self.ctx.bus.changed.connect(self._bus_changed)

    def _show(self, sheet: GroupNoteSheet) -> None:
        self.sheet = sheet
        program = ""
        if sheet.session.program_id is not None:
            program = setup.get_program(self.ctx.db, sheet.session.program_id).name
        self.show_sheet(sheet, session_line(sheet.session, program))
        self._offer_curriculum()

    def _offer_curriculum(self) -> None:
        """A program with a curriculum offers its modules; the session's is shown when the
        shared part names none."""
        session = self.sheet.session
        if self.program_id is None or session.service_type not in ROTATION_SERVICES:
            return  # a family group covers no module: its module stays free text
        modules = curriculum.curriculum(self.ctx.db, self.program_id)
        self.modules = {module.title.casefold(): module.id for module in modules}
        if modules:
            covered = curriculum.session_module(self.ctx.db, self.session_id)
            self.shared.offer_curriculum(
                [module.title for module in modules], "" if covered is None else covered.title
            )

    def _focus_first(self) -> None:
        """The topic while the shared part is blank, else the first unsigned entry."""
        if self.sheet.shared.is_blank() or not self.entries:
            self.shared.topic.setFocus()
            return
        for entry in self.entries:
            if not entry.locked:
                entry.picks.setFocus()
                return

    def reload(self) -> None:
        """Show the stored group note again (after signing, or a roll call changed)."""
        try:
            sheet = group_notes.sheet(self.ctx.db, self.session_id)
        except ValidationError as error:
            self.show_error(error.message)
            return
        self.timer.stop()
        self.dirty = False
        self._show(sheet)

    def _bus_changed(self, changes: Changes) -> None:
        if not shiboken6.isValid(self) or self.dirty or not self.isVisible():
            return
        attendees = {a.participant_id for a in self.sheet.attendees}
        if self.session_id in changes.attendance or attendees & changes.plans:
            self.reload()

    # -- editing and saving ------------------------------------------------------------------

    def _changed(self) -> None:
        self.dirty = True
        self.reasons.clear()  # a reason was for the words it was given for
        self.show_status(self.tr("Editing…"))
        self.timer.start()

    def _left_field(self) -> None:
        if self.dirty:
            self.save_now()

    def has_unsaved_changes(self) -> bool:
        return self.dirty

    def save_now(self) -> bool:
        """Save the shared part and every unsigned entry at once if anything changed; False
        when the save was refused (everything typed stays, the message beside the field)."""
        self.timer.stop()
        if not self.dirty:
            return True
        if self._saving:  # the focus moved to a field the failure points at
            return False
        shared, entries = self.shared.shared(), self.entry_drafts()
        self._saving = True
        try:
            module_id = self.modules.get(shared.module.strip().casefold())
            if module_id == curriculum.chosen_module(self.ctx.db, self.session_id):
                module_id = None  # already the session's

            def store() -> GroupNoteSheet:
                # The note, and the session's module when the text names one of the
                # curriculum (free text leaves the session's module as it is).
                with self.ctx.db.transaction():
                    sheet = group_notes.save(
                        self.ctx.db, self.session_id, shared, entries, self.ctx.clock
                    )
                    if module_id is not None:
                        curriculum.set_session_module(self.ctx.db, self.session_id, module_id)
                return sheet

            done = write(
                self.ctx,
                store,
                lambda sheet: (
                    Changes.note(*(a.participant_id for a in sheet.attendees))
                    | (SETTINGS if module_id is not None else Changes())
                ),
                errors=self.show_problems,
                then=self._saved,
            )
        finally:
            self._saving = False
        if done is None:
            self.show_status(self.tr("Not saved – see the message"))
            return False
        return True

    def _saved(self, sheet: GroupNoteSheet) -> None:
        self.sheet = sheet
        self.dirty = False
        self.clear_errors()
        self.show_status(self.tr("Saved {time}").format(time=f"{self.ctx.clock.now():%H:%M}"))

    def show_problems(self, error: Exception) -> None:
        """Each problem beside its field: the shared part's, each attendee's in their entry
        (the service names them), the rest under the entries."""
        self.clear_errors()
        if not isinstance(error, ValidationError):
            self.show_error(plain_message(error))
            return
        shared: list[tuple[str, str]] = []
        by_entry: dict[int, list[tuple[str, str]]] = {}
        rest: list[str] = []
        for field, message in error.problems:
            owner = next((e for e in self.entries if message.startswith(f"{e.name}: ")), None)
            if field in SHARED_FIELDS or field == "shared":
                shared.append((field, message))
            elif owner is not None:
                by_entry.setdefault(owner.participant_id, []).append((field, message))
            else:
                rest.append(message)
        # the first problem shown last, so that its field keeps the focus
        for pid, problems in reversed(by_entry.items()):
            self.entry_of(pid).errors.show(ValidationError(problems[0][1], "", problems))
        if shared:
            self.shared.errors.show(ValidationError(shared[0][1], "", shared))
        if rest:
            self.show_error(" ".join(rest))
        else:
            self.show_error(self.tr("Not saved: {message}").format(message=error.message))

    # -- the pick list -----------------------------------------------------------------------

    def pick_list_dialog(self) -> PickListDialog | None:
        if self.program_id is None:
            return None
        names = group_notes.interventions(self.ctx.db, self.program_id)
        return PickListDialog(self.ctx, self.program_id, names, self)

    def edit_pick_list(self) -> None:
        dialog = self.pick_list_dialog()
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.shared.set_picks(dialog.saved_names)

    # -- signing -----------------------------------------------------------------------------

    def sign(self) -> None:
        """Save, check, ask what has to be asked, then sign every entry that is ready."""
        if self.sheet.all_signed or not self.save_now():
            return
        review = group_notes.review(self.ctx.db, self.session_id, self.reasons)
        if review.blocked:
            self._show_blocked(review)
            return
        flagged = [pid for pid in review.needs_reason(self.reasons) if pid not in review.incomplete]
        asked_reasons = False
        if flagged:
            reasons = review_reasons(review, flagged, self.reasons, self)
            if reasons is None:
                self.show_status(self.tr("Nothing signed – rewrite the entries pointed out"))
                return
            self.reasons.update(reasons)
            review = group_notes.review(self.ctx.db, self.session_id, self.reasons)
            asked_reasons = True
        self._show_incomplete(review)
        ready = list(review.ready)
        if not ready:
            form.tell(self, title(), self._nothing_ready(review), problem=True)
            return
        if not self._confirm(review, ready, asked_reasons):
            return
        write(
            self.ctx,
            lambda: group_notes.sign(
                self.ctx.db, self.session_id, self.ctx.clock, self.reasons, only=ready
            ),
            lambda outcome: Changes.note(*outcome.signed),
            errors=self.show_problems,
            then=self._signed,
        )

    def _show_blocked(self, review: SignReview) -> None:
        lines = []
        if review.shared_names:
            lines.append(
                self.tr(
                    "The shared part names {names}: every attendee's note prints it, so remove "
                    "the names of group members."
                ).format(names=", ".join(review.shared_names))
            )
        lines.extend(review.shared_problems)
        text = "\n".join(lines)
        self.shared.errors.show(
            ValidationError(text, "shared", [("shared", line) for line in lines])
        )
        self.show_error(self.tr("Nothing signed: {problems}").format(problems=" ".join(lines)))
        form.tell(
            self,
            title(),
            self.tr("Nothing was signed.\n\n{problems}").format(problems=text),
            problem=True,
        )

    def _show_incomplete(self, review: SignReview) -> None:
        for pid, messages in review.incomplete.items():
            entry = self.entry_of(pid)
            entry.errors.show(
                ValidationError(messages[0], "", [("", message) for message in messages])
            )

    def _nothing_ready(self, review: SignReview) -> str:
        lines = [message for messages in review.incomplete.values() for message in messages]
        return self.tr("No entry can be signed yet:\n\n{problems}").format(
            problems="\n".join(lines)
        )

    def _confirm(self, review: SignReview, ready: list[int], asked_reasons: bool) -> bool:
        drafts = len(review.incomplete)
        if drafts:
            lines = "\n".join(m for messages in review.incomplete.values() for m in messages)
            sign = (
                self.tr("Sign the 1 complete entry now?")
                if len(ready) == 1
                else self.tr("Sign the {count} complete entries now?").format(count=len(ready))
            )
            stay = (
                self.tr("1 stays a draft:")
                if drafts == 1
                else self.tr("{count} stay drafts:").format(count=drafts)
            )
            question = f"{sign} {stay}\n\n{lines}"
            return form.ask(self, self.tr("Sign group note"), question)
        if asked_reasons:
            return True  # "Sign with these reasons" was the answer
        question = (
            self.tr("Sign the entry? Signed entries lock and cannot be changed afterwards.")
            if len(ready) == 1
            else self.tr(
                "Sign all {count} entries? Signed entries lock and cannot be changed afterwards."
            ).format(count=len(ready))
        )
        return form.ask(self, self.tr("Sign group note"), question)

    def _signed(self, outcome: SignOutcome) -> None:
        self.reload()
        drafts = sum(1 for a in self.sheet.attendees if not a.signed)
        count = len(outcome.signed)
        parts = [
            self.tr("1 signed") if count == 1 else self.tr("{count} signed").format(count=count)
        ]
        if drafts:
            parts.append(
                self.tr("1 stays a draft")
                if drafts == 1
                else self.tr("{count} stay drafts").format(count=drafts)
            )
        self.show_status(" · ".join(parts))
        for pid, messages in outcome.review.incomplete.items():
            if pid in {e.participant_id for e in self.entries}:
                self.entry_of(pid).errors.show(
                    ValidationError(messages[0], "", [("", m) for m in messages])
                )

    # -- closing -----------------------------------------------------------------------------

    def reject(self) -> None:
        self.timer.stop()
        if self.dirty:
            choice = ask_unsaved(self)
            if choice is Unsaved.CANCEL:
                return
            if choice is Unsaved.SAVE and not self.save_now():
                return
            self.dirty = False
        super().reject()

    def hideEvent(self, event: QHideEvent) -> None:
        """Hidden by the lock (or the app closing): what was typed is saved."""
        try:
            if self.dirty:
                self.save_now()
        finally:
            super().hideEvent(event)


def open_group_notes() -> list[GroupNoteDialog]:
    """The group note windows on screen."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return []
    return [
        widget
        for widget in app.topLevelWidgets()
        if isinstance(widget, GroupNoteDialog) and widget.isVisible()
    ]


def save_open_group_notes() -> bool:
    """Save every open group note now (the app closing or locking); False if one refused."""
    return all([dialog.save_now() for dialog in open_group_notes()])


def open_group_note(
    ctx: AppContext, session_id: int, parent: QWidget | None
) -> GroupNoteDialog | None:
    """Show the group note of a session (the window already open for it, if any); the
    service's message when it cannot be written yet (no roll call)."""
    for dialog in open_group_notes():
        if dialog.session_id == session_id and dialog.ctx is ctx:
            dialog.raise_()
            dialog.activateWindow()
            return dialog
    app = QApplication.instance()
    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():  # windows closed earlier: let them go
            if isinstance(widget, GroupNoteDialog) and not widget.isVisible():
                widget.deleteLater()
    try:
        dialog = GroupNoteDialog(ctx, session_id, parent.window() if parent else None)
    except ValidationError as error:
        form.tell(parent, title(), error.message, problem=True)
        return None
    dialog.show()
    return dialog
