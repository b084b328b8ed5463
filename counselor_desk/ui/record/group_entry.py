"""A group entry in the participant's Notes tab: shown, never edited here.

A group entry (a note in format GROUP) is written and signed in its session's group note;
the record shows its text, risk screen, signature and addenda, adds an addendum to a signed
entry exactly as to an individual note, and opens the group note ("Open group note…").
`GroupEntryPanel` stands where the note editor stands and answers what the Notes tab and
the record ask of it (note id, nothing unsaved, reload).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.colours import ColourRole
from counselor_desk.domain.errors import NotFoundError
from counselor_desk.domain.model import Note, RiskLevel
from counselor_desk.services import notes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.note_dialogs import AddendumDialog
from counselor_desk.ui.group_entry_view import signature_text
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP, domain_text
from counselor_desk.ui.record.emphasis import Badge, bold
from counselor_desk.ui.record.note_editor_view import addendum_label

WRITTEN_IN_GROUP = QT_TRANSLATE_NOOP(
    "GroupEntryPanel", "Written in the session's group note; it is not edited here."
)


def entry_text(note: Note) -> str:
    """The entry as its chart holds it: its sections, then the risk screen."""
    text = note.text()
    if note.risk is not RiskLevel.NOT_ASSESSED:
        risk = QCoreApplication.translate("GroupEntryPanel", "SI / HI: {risk}").format(
            risk=domain_text(note.risk.label)
        )
        if note.risk_detail.strip():
            risk += f"\n{note.risk_detail.strip()}"
        text = f"{text}\n\n{risk}" if text else risk
    return text


def heading(note: Note) -> str:
    return QCoreApplication.translate(
        "GroupEntryPanel", "Group entry · {date} {time} · {type} · {minutes} min"
    ).format(
        date=f"{note.session_date:%Y-%m-%d}",
        time=f"{note.start_time:%H:%M}",
        type=domain_text(note.service_type.label),
        minutes=note.duration_minutes,
    )


class GroupEntryPanel(QWidget):
    """One stored group entry, read-only, with Open group note… and Add addendum…"""

    saved = Signal(int)  # note id, after an addendum (as the note editor says it)
    discarded = Signal(int)  # never: a group entry is not deleted from the record

    def __init__(self, ctx: AppContext, note: Note, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = note.participant_id
        self.note_id = note.id
        self.session_id = note.session_id
        self.signed = note.is_signed
        #: Opens the group note of a session (the Notes tab passes its own; tests stand in).
        self.open_group_note: Callable[[int], object] = self._open_group_note
        self.heading_label = bold(QLabel())
        self.source_label = QLabel(self.tr(WRITTEN_IN_GROUP))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Group entry"))
        self.text.setMinimumHeight(380)
        self.signed_label = bold(QLabel())
        self.signed_label.setAccessibleName(self.tr("Signature"))
        self.late_label = Badge(self.tr("Late entry"), ColourRole.CAUTION)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("State"))
        self.group_button = QPushButton(self.tr("Open group note…"))
        self.group_button.setAccessibleName(self.tr("Open the session's group note"))
        self.addendum_button = QPushButton(self.tr("Add addendum…"))
        self.addendum_button.setAccessibleName(self.tr("Add an addendum to the signed note"))
        self.addenda_box = QGroupBox(self.tr("Addenda"))
        self.addenda_layout = QVBoxLayout(self.addenda_box)
        self._lay_out()
        self.group_button.clicked.connect(self._open_clicked)
        self.addendum_button.clicked.connect(self.add_addendum)
        self.load(note)

    def _lay_out(self) -> None:
        state = QHBoxLayout()
        state.addWidget(self.signed_label)
        state.addWidget(self.late_label)
        state.addStretch(1)
        state.addWidget(self.status_label)
        state.addWidget(self.group_button)
        state.addWidget(self.addendum_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.source_label)
        layout.addWidget(self.text)
        layout.addLayout(state)
        layout.addWidget(self.addenda_box)
        layout.addStretch(1)

    # -- showing -----------------------------------------------------------------------------

    def load(self, note: Note) -> None:
        self.signed = note.is_signed
        self.heading_label.setText(heading(note))
        self.text.setPlainText(entry_text(note))
        self.signed_label.setText(signature_text(note) if note.is_signed else "")
        self.signed_label.setVisible(note.is_signed)
        self.late_label.setVisible(note.late_entry)
        self.status_label.setText(
            self.tr("Signed and locked")
            if note.is_signed
            else self.tr("Draft – finish and sign it in the group note")
        )
        self.addendum_button.setVisible(note.is_signed)
        self.group_button.setEnabled(note.session_id is not None)
        self._show_addenda(note)

    def _show_addenda(self, note: Note) -> None:
        while self.addenda_layout.count():
            item = self.addenda_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for addendum in note.addenda:
            label = addendum_label(addendum)
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

    # -- what the Notes tab and the record ask of the note in view ----------------------------

    def reload(self) -> None:
        try:
            self.load(notes.get(self.ctx.db, self.note_id))
        except NotFoundError:
            return

    def save_now(self) -> bool:
        return True  # nothing is typed here

    def has_unsaved_changes(self) -> bool:
        return False

    def load_goals(self) -> None:
        """Nothing to do: the entry's objective is chosen in the group note."""

    # -- actions -----------------------------------------------------------------------------

    def _open_clicked(self) -> None:
        if self.session_id is not None:
            self.open_group_note(self.session_id)

    def _open_group_note(self, session_id: int) -> object:
        from counselor_desk.ui.group_note import open_group_note

        return open_group_note(self.ctx, session_id, self)

    def addendum_dialog(self) -> AddendumDialog:
        return AddendumDialog(self.ctx, self.participant_id, self.note_id, self)

    def add_addendum(self) -> None:
        if not self.signed:
            return
        if self.addendum_dialog().exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.saved.emit(self.note_id)
