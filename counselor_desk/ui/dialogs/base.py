"""A dialog whose OK calls one service: errors keep it open with everything typed.

Cancel, Escape or the close button after typing asks before the typed text is thrown away.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.services.changes import Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.form import FormErrors
from counselor_desk.ui.operations import write


def ask_discard(parent: QWidget) -> bool:
    """True when the counselor chooses to throw away what was typed in the dialog."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("AsksBeforeDiscard", "Discard what you typed?"),
        QCoreApplication.translate(
            "AsksBeforeDiscard", "What you typed in this dialog is not saved. Discard it?"
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def typed_texts(dialog: QWidget) -> list[str]:
    """The text of every free-text field of the dialog (not the editors inside spin boxes,
    date fields or combo boxes)."""
    texts: list[str] = []
    for edit in dialog.findChildren(QLineEdit):
        if not isinstance(edit.parentWidget(), (QAbstractSpinBox, QComboBox)):
            texts.append(edit.text())
    texts.extend(edit.toPlainText() for edit in dialog.findChildren(QPlainTextEdit))
    texts.extend(edit.toPlainText() for edit in dialog.findChildren(QTextEdit))
    return texts


class AsksBeforeDiscard(QDialog):
    """A dialog whose Esc / Cancel asks before dropping what was typed in its free-text
    fields since it opened (Save / Discard; the record dialogs, Add session, Settings)."""

    _texts_at_open: list[str] | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._texts_at_open is None:
            self._texts_at_open = typed_texts(self)

    def has_typed_text(self) -> bool:
        """Whether any free-text field differs from what the dialog opened with."""
        return self._texts_at_open is not None and typed_texts(self) != self._texts_at_open

    def reject(self) -> None:
        if self.has_typed_text() and not ask_discard(self):
            return
        super().reject()


class ServiceDialog(AsksBeforeDiscard):
    """Subclasses add rows with `add_row` and implement `save()`: the service call, returning
    what it changed. OK runs it through `ui.operations.write`, which publishes the changes."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.errors = FormErrors()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.banner)
        layout.addWidget(self.buttons)

    def add_row(
        self, label: str, field: str, widget: QWidget, form: QFormLayout | None = None
    ) -> None:
        if not widget.accessibleName():
            widget.setAccessibleName(label.rstrip(":").replace("&", ""))
        (form or self.form).addRow(label, self.errors.wrap(field, widget))

    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None  # the box is made with OK
        return button

    def save(self) -> Changes:  # pragma: no cover - every subclass implements it
        raise NotImplementedError

    def accept(self) -> None:
        self.errors.clear()
        # a failure is said under the fields and the dialog stays open with what was typed
        if write(self.ctx, self.save, lambda changes: changes, errors=self.errors) is not None:
            super().accept()
