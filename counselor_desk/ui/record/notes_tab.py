"""Notes tab: the participant's notes newest first, and the editor of the chosen one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.model import Note, NoteFormat
from counselor_desk.services import notes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.record.note_editor import NoteEditor

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def note_line(note: Note) -> str:
    """How a note reads in the list: date, type, format, status, late-entry marker."""
    kind = "Free form" if note.format is NoteFormat.FREE else note.format.value
    status = "Signed" if note.is_signed else "Draft"
    late = " · Late entry" if note.late_entry else ""
    return f"{note.session_date:%Y-%m-%d} · {status}{late}\n{note.service_type.label} · {kind}"


class NotesTab(QWidget):
    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.list = QListWidget()
        self.list.setAccessibleName("Session notes")
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.currentItemChanged.connect(self._chosen)
        self.new_button = QPushButton("New note")
        self.new_button.setAccessibleName("Write a new session note")
        self.new_button.clicked.connect(self.new_note)
        self.empty = QLabel("No notes yet.")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch(1)
        left_layout.addLayout(top)
        left_layout.addWidget(self.list)
        left_layout.addWidget(self.empty)
        self.editor_scroll = QScrollArea()
        self.editor_scroll.setWidgetResizable(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.editor = NoteEditor(ctx, participant_id)
        self._show_editor(self.editor)

    def _show_editor(self, editor: NoteEditor) -> None:
        self.editor = editor
        editor.saved.connect(lambda _note_id: self.refresh())
        editor.discarded.connect(lambda _note_id: self._after_discard())
        old = self.editor_scroll.takeWidget()
        self.editor_scroll.setWidget(editor)
        if old is not None:
            old.deleteLater()

    def refresh(self) -> None:
        """Reload the list (keeping the chosen note) and the editor if it has no typing."""
        found = sorted(
            notes.notes_for(self.ctx.db, self.participant_id),
            key=lambda note: (note.session_date, note.start_time, note.id),
            reverse=True,
        )
        self.list.blockSignals(True)
        self.list.clear()
        for note in found:
            item = QListWidgetItem(note_line(note))
            item.setData(NOTE_ID_ROLE, note.id)
            self.list.addItem(item)
            if note.id == self.editor.note_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not found)
        self.editor.load_goals()
        self.editor.reload()

    def _after_discard(self) -> None:
        self._show_editor(NoteEditor(self.ctx, self.participant_id))
        self.refresh()

    def lines(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def open_note(self, note_id: int) -> None:
        """Show a stored note in the editor (the draft in hand is saved first)."""
        if note_id == self.editor.note_id:
            return
        if not self.editor.save_now():
            self._select(self.editor.note_id)  # the refused draft stays open, text and all
            return
        self._show_editor(
            NoteEditor(self.ctx, self.participant_id, notes.get(self.ctx.db, note_id))
        )

    def new_note(self) -> None:
        if not self.editor.save_now():
            return
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        self.list.blockSignals(False)
        self._show_editor(NoteEditor(self.ctx, self.participant_id))
        first = next(iter(self.editor.sections.values()), None)
        if first is not None:
            first.setFocus()

    def _select(self, note_id: int) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(NOTE_ID_ROLE) == note_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.open_note(int(current.data(NOTE_ID_ROLE)))

    def save_now(self) -> None:
        self.editor.save_now()

    def has_unsaved_changes(self) -> bool:
        return self.editor.has_unsaved_changes()
