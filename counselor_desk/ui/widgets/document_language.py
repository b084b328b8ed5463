"""The language a participant-facing document is printed in (attendance letter, sign-in sheet,
safety plan, treatment plan): English or Spanish, starting at the app's own language.
Documents for providers (discharge and continuity-of-care summaries, the review packet) are
printed in English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from counselor_desk.ui import i18n

#: The documents' languages: the value the services take, and its name in that language.
LANGUAGES = (("en", "English"), ("es", "Español"))


class DocumentLanguageBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value, name in LANGUAGES:
            self.addItem(name, value)
        self.setCurrentIndex(max(0, self.findData(i18n.shown_language())))
        self.setAccessibleName(
            QCoreApplication.translate("DocumentLanguageBox", "Language of participant documents")
        )
        self.setToolTip(
            QCoreApplication.translate(
                "DocumentLanguageBox",
                "The attendance letter, the sign-in sheet, the safety plan and the treatment "
                "plan are printed in this language; documents for providers in English",
            )
        )

    def language(self) -> str:
        return str(self.currentData())
