"""Notes tab: the participant's notes newest first, and the editor of the chosen one (a
group entry is shown read-only: it is written in its session's group note)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.model import Note, NoteFormat
from counselor_desk.services import notes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.i18n import domain_text
from counselor_desk.ui.record.group_entry import GroupEntryPanel
from counselor_desk.ui.record.note_editor import NoteEditor
from counselor_desk.ui.record.note_form import format_label
from counselor_desk.ui.widgets import remembered
from counselor_desk.ui.widgets.table_model import Column, TableModel


def note_line(note: Note) -> str:
    """How a note reads in the list: date, type, format, status, late-entry marker."""
    if note.format is NoteFormat.GROUP:
        kind = QCoreApplication.translate("NotesTab", "Group entry")
    else:
        kind = format_label(note.format)
    status = (
        QCoreApplication.translate("NotesTab", "Signed")
        if note.is_signed
        else QCoreApplication.translate("NotesTab", "Draft")
    )
    first = [f"{note.session_date:%Y-%m-%d}", status]
    if note.late_entry:
        first.append(QCoreApplication.translate("NotesTab", "Late entry"))
    second = [domain_text(note.service_type.label), kind]
    return f"{' · '.join(first)}\n{' · '.join(second)}"


class NotesTab(QWidget):
    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.notes_model = TableModel([Column(self.tr("Note"), note_line)], self)
        self.list = QListView()
        self.list.setModel(self.notes_model)
        self.list.setAccessibleName(self.tr("Session notes"))
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._placing = False  # the list's current note is being set by code: open nothing
        self.list.selectionModel().currentChanged.connect(self._chosen)
        self.new_button = QPushButton(self.tr("New note"))
        self.new_button.setAccessibleName(self.tr("Write a new session note"))
        self.new_button.clicked.connect(self.new_note)
        self.empty = QLabel(self.tr("No notes yet."))
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
        remembered.splitter(splitter, "record/notes")
        splitter.setSizes([280, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.editor: NoteEditor | GroupEntryPanel = NoteEditor(ctx, participant_id)
        self._show_editor(self.editor)

    def _show_editor(self, editor: NoteEditor | GroupEntryPanel) -> None:
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
        self._placing = True
        self.notes_model.set_rows(found)
        self._placing = False
        self._select(self.editor.note_id)
        self.empty.setVisible(not found)
        self.editor.load_goals()
        self.editor.reload()

    def _after_discard(self) -> None:
        self._show_editor(NoteEditor(self.ctx, self.participant_id))
        self.refresh()

    def lines(self) -> list[str]:
        model = self.notes_model
        return [model.index(row, 0).data() for row in range(model.rowCount())]

    def open_note(self, note_id: int) -> None:
        """Show a stored note in the editor (the draft in hand is saved first)."""
        if note_id == self.editor.note_id:
            return
        if not self.editor.save_now():
            self._select(self.editor.note_id)  # the refused draft stays open, text and all
            return
        note = notes.get(self.ctx.db, note_id)
        if note.is_group_entry:
            self._show_editor(GroupEntryPanel(self.ctx, note))
        else:
            self._show_editor(NoteEditor(self.ctx, self.participant_id, note))

    def show_note(self, note_id: int) -> bool:
        """Open a stored note and make it the list's current one, in view. False when the
        draft in hand could not be saved (it stays open, its message beside the field)."""
        self.open_note(note_id)
        self._select(self.editor.note_id)
        row = self.notes_model.row_of(lambda note: note.id == self.editor.note_id)
        if row is not None:
            self.list.scrollTo(self.notes_model.index(row, 0))
        return self.editor.note_id == note_id

    def new_note(self) -> None:
        if not self.editor.save_now():
            return
        self._place_current(None)
        editor = NoteEditor(self.ctx, self.participant_id)
        self._show_editor(editor)
        first = next(iter(editor.form.sections.values()), None)
        if first is not None:
            first.setFocus()

    def _select(self, note_id: int) -> None:
        self._place_current(self.notes_model.row_of(lambda note: note.id == note_id))

    def _place_current(self, row: int | None) -> None:
        """Make `row` (or none) the list's current and selected note without opening it."""
        index = QModelIndex() if row is None else self.notes_model.index(row, 0)
        self._placing = True
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._placing = False

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._placing and current.isValid():
            self.open_note(self.notes_model.record_at(current.row()).id)

    def save_now(self) -> None:
        self.editor.save_now()

    def has_unsaved_changes(self) -> bool:
        return self.editor.has_unsaved_changes()
