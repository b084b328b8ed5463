"""A dialog whose OK calls one service: errors keep it open with everything typed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.form import FormErrors


class ServiceDialog(QDialog):
    """Subclasses add rows with `add_row` and implement `save()` (service call + bus signal)."""

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

    def ok_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def save(self) -> None:  # pragma: no cover - every subclass implements it
        raise NotImplementedError

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.save()
        except Exception as error:  # a plain message, never a traceback; the dialog stays
            self.errors.show(error)
            return
        super().accept()
