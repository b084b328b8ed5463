"""The group note window's widgets: the session, the shared part, an entry per attendee, the
absent members, and the Save / Sign buttons.

A view: it is handed a `GroupNoteSheet` and the words of the session line, gives back the
shared part and the entries as typed, and says what happened by signals (`edited`,
`left_field`, `save_requested` on Ctrl+S, `sign_requested` on Ctrl+Enter,
`pick_list_requested`). The controller (`group_note.GroupNoteDialog`) reads and writes.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.group_note import EntryDraft, SharedPart
from counselor_desk.services.group_notes import GroupNoteSheet
from counselor_desk.ui import palette
from counselor_desk.ui.dialogs.form import FormErrors, Unsaved, ask_unsaved_question
from counselor_desk.ui.group_entry_view import EntryText, EntryView, entry_chain
from counselor_desk.ui.i18n import domain_text

SAVE_KEYS = ("Ctrl+S",)
SIGN_KEYS = ("Ctrl+Return", "Ctrl+Enter")
SIGN_KEYS_TEXT = "Ctrl+Enter"
#: The service's field names of the shared part (what its errors are shown beside).
SHARED_FIELDS = ("topic", "module", "interventions", "interventions_other", "group_content")


def wrapped(errors: FormErrors, field: str, widget: QWidget) -> QWidget:
    """`widget` with its error label under it; the box hands its focus (a mnemonic) on."""
    box = errors.wrap(field, widget)
    box.setFocusProxy(widget)
    return box


def ask_unsaved(parent: QWidget) -> Unsaved:
    """Save / Discard / Cancel for typing not saved yet (a module function tests answer)."""
    return ask_unsaved_question(
        parent,
        QCoreApplication.translate("GroupNoteView", "Group note not saved"),
        QCoreApplication.translate(
            "GroupNoteView", "Some of what you typed in the group note is not saved yet. Save it?"
        ),
    )


class SharedPartView(QGroupBox):
    """Topic, module, interventions (the program's pick list and Other), what the group did."""

    edited = Signal()
    left_field = Signal()
    pick_list_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Shared part – written once, printed in every attendee's note"))
        self.errors = FormErrors()
        self._loading = False
        self.topic = QLineEdit()
        self.topic.setAccessibleName(self.tr("Topic"))
        self.module = QComboBox()
        self.module.setEditable(True)
        self.module.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.module.setAccessibleName(self.tr("Module"))
        self.interventions = QListWidget()
        self.interventions.setAccessibleName(self.tr("Interventions used (Space checks)"))
        self.interventions.setFixedHeight(118)
        self.other = QLineEdit()
        self.other.setAccessibleName(self.tr("Other interventions"))
        self.other.setPlaceholderText(self.tr("Other interventions, in your words"))
        self.pick_list_button = QPushButton(self.tr("Edit pick list…"))
        self.pick_list_button.setAutoDefault(False)
        self.pick_list_button.setAccessibleName(self.tr("Edit the program's list of interventions"))
        self.content = EntryText(self.tr("What the group did"), 84)
        self.content.setPlaceholderText(
            self.tr("What the group did, for everyone: no member's name here (each note prints it)")
        )
        self.signed_note = QLabel(
            self.tr("Signed entries keep the shared part as it was when signed.")
        )
        self.signed_note.setStyleSheet("font-size: 9pt;")
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("&Topic:"), wrapped(self.errors, "topic", self.topic))
        form.addRow(self.tr("&Module:"), wrapped(self.errors, "module", self.module))
        picks = QHBoxLayout()
        picks.addWidget(wrapped(self.errors, "interventions", self.interventions), 1)
        picks.addWidget(self.pick_list_button, 0, Qt.AlignmentFlag.AlignTop)
        label = QLabel(self.tr("&Interventions:"))
        label.setBuddy(self.interventions)
        form.addRow(label, picks)
        form.addRow(self.tr("&Other:"), wrapped(self.errors, "interventions_other", self.other))
        form.addRow(
            self.tr("What the &group did:"), wrapped(self.errors, "group_content", self.content)
        )
        form.addRow(self.signed_note)
        form.addRow(self.errors.banner)

    def _connect(self) -> None:
        self.topic.textEdited.connect(self._edited)
        line = self.module.lineEdit()
        assert line is not None  # the combo is editable
        line.textEdited.connect(self._edited)
        self.module.activated.connect(self._edited)
        self.interventions.itemChanged.connect(self._edited)
        self.other.textEdited.connect(self._edited)
        self.content.textChanged.connect(self._edited)
        self.pick_list_button.clicked.connect(self.pick_list_requested)
        for widget in (self.topic, self.module, self.interventions, self.other, self.content):
            widget.installEventFilter(self)

    def tab_chain(self) -> list[QWidget]:
        return [
            self.topic,
            self.module,
            self.interventions,
            self.pick_list_button,
            self.other,
            self.content,
        ]

    # -- values in ---------------------------------------------------------------------------

    def load(self, shared: SharedPart, picks: Sequence[str], modules: Sequence[str]) -> None:
        """Show the shared part as stored: nothing is reported as edited."""
        self._loading = True
        try:
            self.topic.setText(shared.topic)
            self.module.clear()
            self.module.addItems(list(modules))
            self.module.setCurrentText(shared.module)
            self._fill_picks(picks, shared.interventions)
            self.other.setText(shared.interventions_other)
            self.content.setPlainText(shared.content)
        finally:
            self._loading = False

    def offer_curriculum(self, titles: Sequence[str], covered: str) -> None:
        """The program keeps a curriculum: its modules head the list, and a module left blank
        shows the one the session covers. Nothing is reported as edited."""
        self._loading, was = True, self._loading
        try:
            current = self.module.currentText()
            folded = {title.casefold() for title in titles}
            others = [
                text
                for index in range(self.module.count())
                if (text := self.module.itemText(index)).casefold() not in folded
            ]
            self.module.clear()
            self.module.addItems([*titles, *others])
            self.module.setCurrentText(current or covered)
        finally:
            self._loading = was

    def set_picks(self, picks: Sequence[str]) -> None:
        """A new pick list; what is checked stays checked (kept at the end if not on it)."""
        self._loading, was = True, self._loading
        try:
            self._fill_picks(picks, self.checked())
        finally:
            self._loading = was

    def _fill_picks(self, picks: Sequence[str], checked: Sequence[str]) -> None:
        self.interventions.clear()
        chosen = list(checked)
        folded = {name.casefold() for name in picks}
        for name in [*picks, *(c for c in chosen if c.casefold() not in folded)]:
            item = QListWidgetItem(name)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            on = any(name.casefold() == c.casefold() for c in chosen)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.interventions.addItem(item)
        if self.interventions.count():
            self.interventions.setCurrentRow(0)

    def set_locked(self, locked: bool) -> None:
        """Every entry signed: the shared part is as the notes print it."""
        self.topic.setReadOnly(locked)
        self.other.setReadOnly(locked)
        self.content.setReadOnly(locked)
        for widget in (self.module, self.interventions, self.pick_list_button):
            widget.setEnabled(not locked)

    def show_signed_note(self, some_signed: bool) -> None:
        self.signed_note.setVisible(some_signed)

    # -- values out --------------------------------------------------------------------------

    def checked(self) -> list[str]:
        return [
            item.text()
            for row in range(self.interventions.count())
            if (item := self.interventions.item(row)).checkState() == Qt.CheckState.Checked
        ]

    def pick_names(self) -> list[str]:
        return [self.interventions.item(row).text() for row in range(self.interventions.count())]

    def shared(self) -> SharedPart:
        return SharedPart(
            topic=self.topic.text(),
            module=self.module.currentText(),
            interventions=tuple(self.checked()),
            interventions_other=self.other.text(),
            content=self.content.toPlainText(),
        )

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.left_field.emit()
        return super().eventFilter(watched, event)


class GroupNoteView(QDialog):
    """The session line, then in one scroll area the shared part, the entries and the absent
    members; under it the save state and Save / Sign all ready… / Close."""

    edited = Signal()
    left_field = Signal()
    save_requested = Signal()
    sign_requested = Signal()
    pick_list_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Group note"))
        self.entries: list[EntryView] = []
        self.session_label = QLabel()
        self.session_label.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.session_label.setAccessibleName(self.tr("Session"))
        self.shared = SharedPartView()
        self.entries_box = QWidget()
        self.entries_layout = QVBoxLayout(self.entries_box)
        self.entries_layout.setContentsMargins(0, 0, 0, 0)
        self.entries_title = QLabel()
        self.entries_title.setStyleSheet("font-weight: 600;")
        self.absent_label = QLabel()
        self.absent_label.setTextFormat(Qt.TextFormat.PlainText)
        self.absent_label.setAccessibleName(self.tr("Absent members"))
        self._build_buttons()
        self._lay_out()
        self._connect()

    def _build_buttons(self) -> None:
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Save state"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Group note errors"))
        palette.show_as_error(self.error_label)
        self.error_label.hide()
        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"))
        self.save_button.setToolTip(self.tr("Save the shared part and every entry (Ctrl+S)"))
        self.sign_button = QPushButton(
            self.tr("Sign all ready… ({keys})").format(keys=SIGN_KEYS_TEXT)
        )
        self.sign_button.setToolTip(
            self.tr("Check the entries and sign every complete one ({keys})").format(
                keys=SIGN_KEYS_TEXT
            )
        )
        self.sign_button.setAccessibleName(self.tr("Sign all ready entries"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.save_button, self.sign_button, self.close_button):
            button.setAutoDefault(False)

    def _lay_out(self) -> None:
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.shared)
        inner.addWidget(self.entries_title)
        inner.addWidget(self.entries_box)
        inner.addWidget(self.absent_label)
        inner.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.session_label)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.resize(1100, 820)

    def _connect(self) -> None:
        self.shared.edited.connect(self.edited)
        self.shared.left_field.connect(self.left_field)
        self.shared.pick_list_requested.connect(self.pick_list_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.sign_button.clicked.connect(self.sign_requested)
        self.close_button.clicked.connect(self.reject)
        self.sign_shortcuts = []
        for keys, signal in itertools.chain(
            ((keys, self.save_requested) for keys in SAVE_KEYS),
            ((keys, self.sign_requested) for keys in SIGN_KEYS),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(signal)
            if signal is self.sign_requested:
                self.sign_shortcuts.append(shortcut)

    # -- what the controller shows -----------------------------------------------------------

    def show_sheet(self, sheet: GroupNoteSheet, session_line: str) -> None:
        """Build the window for `sheet`: the shared part as stored, an entry per attendee."""
        self.session_label.setText(session_line)
        self.shared.load(sheet.shared, sheet.interventions, sheet.modules)
        self.shared.set_locked(sheet.all_signed)
        self.shared.show_signed_note(any(a.signed for a in sheet.attendees))
        for old in self.entries:
            self.entries_layout.removeWidget(old)
            old.hide()  # out of the layout: unseen until its deferred delete
            old.deleteLater()
        self.entries = []
        duration = sheet.session.duration_minutes
        for attendee in sheet.attendees:
            entry = EntryView(attendee, duration)
            entry.edited.connect(self.edited)
            entry.left_field.connect(self.left_field)
            entry.entered.connect(self._entered)
            self.entries_layout.addWidget(entry)
            self.entries.append(entry)
        signed = sum(1 for a in sheet.attendees if a.signed)
        self.entries_title.setText(
            self.tr("Entries – {attended} attended, {signed} signed").format(
                attended=len(sheet.attendees), signed=signed
            )
            if sheet.attendees
            else self.tr("Nobody attended: there is no entry to write.")
        )
        self.absent_label.setText(
            "\n".join(
                f"{domain_text(person.status.label)}: {person.name}" for person in sheet.absent
            )
        )
        self.absent_label.setVisible(bool(sheet.absent))
        can_sign = not sheet.all_signed and bool(sheet.attendees)
        self.sign_button.setEnabled(can_sign)
        for shortcut in self.sign_shortcuts:
            shortcut.setEnabled(can_sign)
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        chain = [
            *self.shared.tab_chain(),
            *entry_chain(self.entries),
            self.save_button,
            self.sign_button,
            self.close_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _entered(self, widget: QWidget) -> None:
        self.scroll_area.ensureWidgetVisible(widget, 20, 40)

    def entry_of(self, participant_id: int) -> EntryView:
        return next(e for e in self.entries if e.participant_id == participant_id)

    def entry_drafts(self) -> list[EntryDraft]:
        return [entry.entry() for entry in self.entries if not entry.locked]

    def show_status(self, text: str) -> None:
        self.status_label.setText(text)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def clear_errors(self) -> None:
        self.show_error("")
        self.shared.errors.clear()
        for entry in self.entries:
            entry.errors.clear()
