"""Roll call for one session, from the keyboard alone.

Up/Down move; P present, L late, E left early, X absent–excused, U absent–unexcused,
C cancelled; T toggles telehealth; Ctrl+A marks everyone present; Ctrl+S or Ctrl+Enter saves.
Late and left early ask for the *minutes attended* (the dialog shows the minutes missed).
Enter or F2 opens the row's comment (so does a double-click on it); while it is open every
key types, Enter keeps the comment and Esc leaves it as it was. Saving is one
`record_roll_call` call: all marks and comments or none.

`RollCallDialog` is the controller: it holds the marks (status and minutes of each row),
decides what a key does and saves; its view (`roll_call_view.RollCallView`) shows the sheet.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from counselor_desk.domain.curriculum import ROTATION_SERVICES
from counselor_desk.domain.model import Attendance, AttendanceStatus
from counselor_desk.services import curriculum
from counselor_desk.services import sessions as session_service
from counselor_desk.services.changes import Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.form import Unsaved, plain_message
from counselor_desk.ui.dialogs.roll_call_view import MinutesDialog, RollCallView, ask_unsaved
from counselor_desk.ui.operations import write


class RollCallDialog(RollCallView):
    def __init__(self, ctx: AppContext, session_id: int, parent: QWidget | None = None) -> None:
        sheet = session_service.roll_call_sheet(ctx.db, session_id)  # refused before any widget
        program_id = sheet.session.program_id
        modules = (
            curriculum.curriculum(ctx.db, program_id)
            if program_id is not None
            and sheet.session.participant_id is None
            and sheet.session.service_type in ROTATION_SERVICES
            else []
        )
        covered = curriculum.session_module(ctx.db, session_id) if modules else None
        super().__init__(
            sheet, parent, modules=modules, module_id=None if covered is None else covered.id
        )
        self.ctx = ctx
        self.sheet = sheet
        self.session = sheet.session
        self.duration = self.session.duration_minutes
        self.minutes_dialog: MinutesDialog | None = None
        self._dirty = False
        self._statuses: list[AttendanceStatus | None] = [row.status for row in sheet.rows]
        self._connect()
        self._update_count()

    def _connect(self) -> None:
        self.edited.connect(self._mark_dirty)
        self.status_key.connect(self._status_key)
        self.mark_all_requested.connect(self.mark_all)
        self.save_requested.connect(self.save)

    # --- marks ------------------------------------------------------------------------------
    def status_of(self, row: int) -> AttendanceStatus | None:
        return self._statuses[row]

    def set_status(self, row: int, status: AttendanceStatus, minutes: int | None = None) -> None:
        """Mark one row; minutes follow the status unless given (late / left early)."""
        self._statuses[row] = status
        self.show_status(row, status)
        if minutes is None:
            minutes = session_service.default_minutes(status, self.duration)
        self.set_minutes(row, minutes)
        self._mark_dirty()

    def mark_all(self) -> None:
        status = AttendanceStatus.CANCELLED if self.session.cancelled else AttendanceStatus.PRESENT
        for row in range(len(self._statuses)):
            self.set_status(row, status)

    def _status_key(self, row: int, status: AttendanceStatus) -> None:
        if status.asks_minutes:
            self._ask_minutes(row, status)
        else:
            self.set_status(row, status)
            self.next_row(row)

    def _ask_minutes(self, row: int, status: AttendanceStatus) -> None:
        dialog = MinutesDialog(status, self.duration, self.minutes(row), self)
        self.minutes_dialog = dialog

        def done(result: int) -> None:
            self.minutes_dialog = None
            if result == QDialog.DialogCode.Accepted:
                self.set_status(row, status, dialog.spin.value())
                self.next_row(row)
            self.table.setFocus()

        dialog.finished.connect(done)
        dialog.open()

    def _mark_dirty(self) -> None:
        self._dirty = True
        self.hide_error()
        self._update_count()

    def _update_count(self) -> None:
        missing = sum(1 for status in self._statuses if status is None)
        total = len(self._statuses)
        if missing:
            text = self.tr("{total} expected · {missing} not marked yet").format(
                total=total, missing=missing
            )
        else:
            text = self.tr("{total} expected").format(total=total)
        self.show_count(text)

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    # --- saving -----------------------------------------------------------------------------
    def marks(self) -> list[Attendance]:
        result = []
        for position, row in enumerate(self.sheet.rows):
            status = self._statuses[position]
            if status is None:
                continue
            result.append(
                Attendance(
                    session_id=self.session.id,
                    participant_id=row.participant_id,
                    status=status,
                    minutes_attended=self.minutes(position),
                    telehealth=self.telehealth(position),
                    comment=self.comment(position),
                )
            )
        return result

    def save(self) -> bool:
        """Store every mark in one call; on a problem the dialog stays open with it shown."""
        self.keep_comment_being_typed()
        missing = [
            row.name
            for row, status in zip(self.sheet.rows, self._statuses, strict=True)
            if status is None
        ]
        if missing:
            names = ", ".join(missing[:3]) + ("…" if len(missing) > 3 else "")
            self.show_error(
                self.tr(
                    "Status: {count} participant(s) not marked yet ({names}). "
                    "Mark them (P for present) or use All present."
                ).format(count=len(missing), names=names)
            )
            return False
        if not self.sheet.rows:
            self._dirty = False
            self.accept()
            return True
        done = write(
            self.ctx,
            self._record,
            Changes.attendance_of(self.session.id),
            errors=lambda error: self.show_error(plain_message(error)),
            then=lambda _saved: self._saved(),
        )
        return done is not None

    def _record(self) -> int:
        """The marks, and the module chosen (when the program keeps a curriculum)."""
        module_id = self.chosen_module()
        if module_id is None:
            return session_service.record_roll_call(
                self.ctx.db, self.session.id, self.marks(), self.ctx.clock
            )
        return curriculum.record_roll_call(
            self.ctx.db, self.session.id, self.marks(), module_id, self.ctx.clock
        )

    def _saved(self) -> None:
        self._dirty = False
        self.accept()

    def reject(self) -> None:
        self.keep_comment_being_typed()
        if self._dirty:
            choice = ask_unsaved(self)
            if choice is Unsaved.CANCEL:
                return
            if choice is Unsaved.SAVE:
                self.save()
                return
        self._dirty = False
        super().reject()
