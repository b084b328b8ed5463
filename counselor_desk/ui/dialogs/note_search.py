"""Search notes (Go > Search notes…, Ctrl+Shift+F): find-as-you-type over every note.

`NoteSearchController` holds the logic: it waits for a pause in the typing, searches
(services/search.py: individual and group notes, drafts and signed, newest session first),
words the line under the results, searches again when notes change, and asks the main window
to open the chosen note in its participant's record (`bus.open_note`). Its view
(`note_search_view.NoteSearchView`) only shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from counselor_desk.services.changes import Changes
from counselor_desk.services.search import NoteHit, search_notes, to_fts_query
from counselor_desk.store.db import StoreError
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.note_search_view import NoteSearchView
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP

#: The pause in typing after which the search runs.
DEBOUNCE_MS = 200
#: Fewer letters than this are not searched: one letter matches nearly every note.
MIN_LETTERS = 2
#: The most notes shown.
LIMIT = 50

HINT = QT_TRANSLATE_NOOP(
    "NoteSearchController",
    "Type a word to search every note, individual and group, drafts and signed.",
)
#: Shown with {count} filled in (MIN_LETTERS).
TOO_SHORT = QT_TRANSLATE_NOOP("NoteSearchController", "Type at least {count} letters.")


def hint() -> str:
    return QCoreApplication.translate("NoteSearchController", HINT)


def result_line(text: str, hits: list[NoteHit]) -> str:
    """What the line under the results says about them."""
    if not hits:
        return QCoreApplication.translate(
            "NoteSearchController", "No notes hold “{words}”."
        ).format(words=text.strip())
    if len(hits) >= LIMIT:
        return QCoreApplication.translate(
            "NoteSearchController", "The newest {count} notes; add a word to narrow the search."
        ).format(count=LIMIT)
    if len(hits) == 1:
        return QCoreApplication.translate(
            "NoteSearchController", "1 note, newest first. Enter opens one."
        )
    return QCoreApplication.translate(
        "NoteSearchController", "{count} notes, newest first. Enter opens one."
    ).format(count=len(hits))


class NoteSearchController(QObject):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = NoteSearchView(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self._stale = False  # notes changed while the window was closed
        self.timer.timeout.connect(self.search_now)
        self.view.query_edited.connect(lambda _text: self.timer.start())
        self.view.query_submitted.connect(self._submitted)
        self.view.hit_chosen.connect(self.open_hit)
        ctx.bus.changed.connect(self._changed)
        self.view.show_hits([], hint())

    def show(self) -> None:
        """Bring the window up with the search box ready (the last words selected)."""
        if self._stale:
            self.search_now()
        self.view.show()  # a dialog of the main window: it stands above it
        self.view.activateWindow()
        self.view.focus_query()

    def search_now(self) -> None:
        self.timer.stop()
        self._stale = False
        text = self.view.query()
        if not to_fts_query(text):
            self.view.show_hits([], hint())
            return
        if len("".join(text.split())) < MIN_LETTERS:
            self.view.show_hits(
                [],
                QCoreApplication.translate("NoteSearchController", TOO_SHORT).format(
                    count=MIN_LETTERS
                ),
            )
            return
        try:
            hits = search_notes(self.ctx.db, text, LIMIT)
        except StoreError as error:
            self.view.show_hits(
                [], self.tr("The notes could not be searched: {error}").format(error=error)
            )
            return
        self.view.show_hits(hits, result_line(text, hits))

    def _submitted(self) -> None:
        """Enter in the search box: one note found opens; several, the list takes the keys."""
        if self.timer.isActive():
            self.search_now()
        if len(self.view.hits()) == 1:
            self.open_hit(0)
        else:
            self.view.focus_results()

    def open_hit(self, row: int) -> None:
        hits = self.view.hits()
        if not 0 <= row < len(hits):
            return
        hit = hits[row]
        self.view.hide()
        self.ctx.bus.open_note.emit(hit.participant_id, hit.note_id)

    def _changed(self, changes: Changes) -> None:
        """A note written, signed or discarded: the hits may be others now."""
        if not changes.notes:
            return
        if self.view.isVisible():
            self.timer.start()
        else:
            self._stale = True

    def reload(self) -> None:
        """The database was replaced (a restore): search it again, now or when next shown."""
        if self.view.isVisible():
            self.search_now()
        else:
            self._stale = True
