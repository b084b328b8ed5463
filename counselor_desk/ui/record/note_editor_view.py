"""The note editor's widgets: one note form, its save state and buttons, the addenda under it.

A view: it shows what it is given and has no database, clock or participant. The controller
(`note_editor.NoteEditor`) connects the buttons and says what to show. Ctrl+Enter anywhere in
the editor asks to sign (`sign_requested`), as the Sign button says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.colours import ColourRole
from counselor_desk.domain.model import Addendum, Goal, Note
from counselor_desk.services.notes import NoteDraft
from counselor_desk.ui.record.emphasis import Badge, bold
from counselor_desk.ui.record.note_form import NoteForm

#: The keys that sign, and how the Sign button names them.
SIGN_KEYS = ("Ctrl+Return", "Ctrl+Enter")
SIGN_KEYS_TEXT = "Ctrl+Enter"


def addendum_text(addendum: Addendum) -> str:
    return QCoreApplication.translate(
        "NoteEditorView", "Addendum by {author} on {when}\nReason: {reason}\n\n{text}"
    ).format(
        author=addendum.author,
        when=f"{addendum.created_at:%Y-%m-%d %H:%M}",
        reason=addendum.reason,
        text=addendum.text,
    )


def addendum_label(addendum: Addendum) -> QLabel:
    """One addendum as the note shows it: framed, selectable plain text."""
    label = QLabel(addendum_text(addendum))
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(QCoreApplication.translate("NoteEditorView", "Addendum"))
    label.setStyleSheet("padding: 6px;")
    return label


class NoteEditorView(QWidget):
    """A `NoteForm`, then a row with the signature, late-entry mark, save state and the
    Delete draft / Sign / Add addendum buttons, then the addenda of a signed note."""

    sign_requested = Signal()  # Ctrl+Enter while the note can still be signed

    def __init__(
        self, draft: NoteDraft, goals: Sequence[Goal] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.form = NoteForm(draft, goals)
        self._build_state_row()
        self.addenda_box = QGroupBox(self.tr("Addenda"))
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
        layout.addWidget(self.form)
        layout.addLayout(state)
        layout.addWidget(self.addenda_box)
        layout.addStretch(1)
        self.form.set_tab_tail([self.discard_button, self.sign_button, self.addendum_button])
        self._addendum_labels: list[QLabel] = []
        self.sign_shortcuts: list[QShortcut] = []
        for keys in SIGN_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.sign_requested)
            self.sign_shortcuts.append(shortcut)

    def _build_state_row(self) -> None:
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Save state"))
        self.signed_label = bold(QLabel())
        self.signed_label.setAccessibleName(self.tr("Signature"))
        self.late_label = Badge(self.tr("Late entry"), ColourRole.CAUTION)
        self.late_label.setAccessibleName(self.tr("Late entry"))
        self.sign_button = QPushButton(self.tr("Sign… ({keys})").format(keys=SIGN_KEYS_TEXT))
        self.sign_button.setAccessibleName(self.tr("Sign and lock the note"))
        self.sign_button.setToolTip(
            self.tr("Sign and lock the note ({keys})").format(keys=SIGN_KEYS_TEXT)
        )
        self.addendum_button = QPushButton(self.tr("Add addendum…"))
        self.addendum_button.setAccessibleName(self.tr("Add an addendum to the signed note"))
        self.discard_button = QPushButton(self.tr("Delete draft…"))
        self.discard_button.setAccessibleName(self.tr("Delete this draft note"))

    # -- what the controller shows -----------------------------------------------------------

    def show_state(
        self, *, locked: bool, stored: bool, saved_at: dt.datetime | None = None
    ) -> None:
        """Buttons and save state for a signed note, a stored draft or a new note."""
        self.form.set_locked(locked)
        self.sign_button.setVisible(not locked)
        for shortcut in self.sign_shortcuts:
            shortcut.setEnabled(not locked)
        self.discard_button.setVisible(not locked and stored)
        self.addendum_button.setVisible(locked)
        self.signed_label.setVisible(locked)
        if not locked:
            self.late_label.hide()
            self.addenda_box.hide()
        if locked:
            self.status_label.setText(self.tr("Signed and locked"))
        elif saved_at is not None:
            self.status_label.setText(self.tr("Saved {time}").format(time=f"{saved_at:%H:%M}"))
        elif not stored:
            self.status_label.setText(self.tr("New note – saves itself as you type"))

    def show_status(self, text: str) -> None:
        self.status_label.setText(text)

    def show_signature(self, note: Note) -> None:
        """Who signed and when; the late-entry mark of a note signed over a day late."""
        if note.is_signed and note.signed_at is not None:
            self.signed_label.setText(
                self.tr("Signed by {name} on {when}").format(
                    name=note.signed_by, when=f"{note.signed_at:%Y-%m-%d %H:%M}"
                )
            )
        self.late_label.setVisible(note.late_entry)

    def show_addenda(self, addenda: Sequence[Addendum]) -> None:
        while self.addenda_layout.count():
            item = self.addenda_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # out of the layout: unseen until its deferred delete
                widget.deleteLater()
        self._addendum_labels = []
        for addendum in addenda:
            label = addendum_label(addendum)
            self.addenda_layout.addWidget(label)
            self._addendum_labels.append(label)
        self.addenda_box.setVisible(bool(addenda))

    def newest_addendum(self) -> QLabel | None:
        return self._addendum_labels[-1] if self._addendum_labels else None

    def reveal_newest_addendum(self) -> None:
        """Scroll the newest addendum into view, once the layout has placed it."""
        if self._addendum_labels:
            newest = self._addendum_labels[-1]
            QTimer.singleShot(0, self, lambda: self._scroll_to(newest))

    def _scroll_to(self, label: QLabel) -> None:
        if label not in self._addendum_labels:  # the addenda were shown again meanwhile
            return
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QScrollArea):
            widget = widget.parentWidget()
        if widget is not None:
            widget.ensureWidgetVisible(label)

    def addenda_texts(self) -> list[str]:
        texts = []
        for index in range(self.addenda_layout.count()):
            item = self.addenda_layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                texts.append(widget.text())
        return texts
