"""Help > About > Third-party licences: the notices and every licence text the app ships."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counselor_desk import licences


class LicencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Third-party licences"))
        self.resize(820, 600)
        self.texts = licences.texts()
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Licence files"))
        self.files.setMaximumWidth(230)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Licence text"))
        self.text.setOpenExternalLinks(True)
        for name in self.texts:
            self.files.addItem(self.tr("Notices") if name == licences.NOTICES else name)
        self.files.currentRowChanged.connect(self.show_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.files)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        if self.texts:
            self.files.setCurrentRow(0)
        else:
            self.text.setPlainText(
                self.tr(
                    "The licence texts are missing from this installation (resources/licenses). "
                    "Reinstall Counselor Desk to restore them."
                )
            )

    def show_file(self, row: int) -> None:
        if not 0 <= row < len(self.texts):
            return
        name = list(self.texts)[row]
        if name.endswith(".md"):
            self.text.setMarkdown(self.texts[name])
        else:
            self.text.setPlainText(self.texts[name])
