"""Help: the user guide (offline, in the app, opened at the part the counselor is in) and the
keyboard shortcuts, listed from the actions and key tables the windows themselves use."""

from __future__ import annotations

import functools
import html
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.group_note import ParticipationLevel
from counselor_desk.domain.model import AttendanceStatus
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP, domain_text

GUIDE_FILE = "guide.html"
#: What an empty caseload says (Today and Caseload) until someone is admitted; shown as
#: `QCoreApplication.translate("Help", FIRST_STEP)`.
FIRST_STEP = QT_TRANSLATE_NOOP(
    "Help",
    "Admit your first participant — Ctrl+N (File > New participant…). F1 opens the user guide.",
)
#: The guide's part for each place in the app (its anchor names).
SECTIONS = (
    "start",
    "today",
    "caseload",
    "sessions",
    "record",
    "notes",
    "group",
    "safety",
    "documents",
    "backups",
    "lock",
    "data",
)


def guide_dirs(language: str = "en") -> list[Path]:
    """Where the guide can be: the source tree, a frozen bundle, an installed copy."""
    dirs = [Path(__file__).resolve().parents[2] / "resources" / "guide"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle) / "resources" / "guide")
    dirs.append(Path(sys.prefix) / "share" / "counselor-desk" / "guide")
    return [folder / language for folder in dirs]


def guide_file(language: str = "en") -> Path | None:
    found = next((d / GUIDE_FILE for d in guide_dirs(language) if (d / GUIDE_FILE).is_file()), None)
    if found is None and language != "en":
        return guide_file("en")
    return found


class GuideWindow(QDialog):
    """The user guide, beside the main window (not modal: it stays open while working), in
    `language` ("en", "es"; English where the guide has no such translation)."""

    def __init__(self, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Counselor Desk – User guide"))
        self.resize(860, 720)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        path = guide_file(language)
        if path is None:
            self.browser.setPlainText(
                self.tr(
                    "The user guide is missing from this installation (resources/guide). "
                    "Reinstall Counselor Desk to restore it."
                )
            )
        else:
            self.browser.setSource(QUrl.fromLocalFile(str(path)))

    def show_section(self, section: str) -> None:
        if section in SECTIONS:
            self.browser.scrollToAnchor(section)
        self.show()
        self.raise_()
        self.activateWindow()


# -- keyboard shortcuts ---------------------------------------------------------------------


def _words(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every menu of the window with the actions that have a shortcut, as the menus show them."""
    found = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        keys = []
        for action in menu.actions():
            if isinstance(action, QAction) and not action.shortcut().isEmpty():
                text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                keys.append((text, _words(action.text())))
        if keys:
            found.append((_words(menu_action.text()), keys))
    return found


def window_shortcuts() -> list[tuple[str, list[tuple[str, str]]]]:
    """The keys of the windows that have their own: from the same tables they are made from."""
    from counselor_desk.ui.dialogs.plan_review import SIGN_KEYS as REVIEW_SIGN
    from counselor_desk.ui.group_note_view import SAVE_KEYS as GROUP_SAVE
    from counselor_desk.ui.group_note_view import SIGN_KEYS as GROUP_SIGN
    from counselor_desk.ui.record.note_editor_view import SIGN_KEYS as NOTE_SIGN

    def native(key: str) -> str:
        """A key as the platform and the app's language name it (as the menus show keys)."""
        return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) or key

    def either(keys: tuple[str, ...]) -> str:
        keys = tuple(native(key) for key in keys)
        return functools.reduce(
            lambda first, second: QCoreApplication.translate("Help", "{first} or {second}").format(
                first=first, second=second
            ),
            keys,
        )

    roll_call = [(status.key, domain_text(status.label)) for status in AttendanceStatus]
    roll_call += [
        ("T", QCoreApplication.translate("Help", "Telehealth on or off")),
        (native("Ctrl+A"), QCoreApplication.translate("Help", "Everyone present")),
        (either(("Enter", "F2")), QCoreApplication.translate("Help", "A comment for the row")),
        (native("Ctrl+S"), QCoreApplication.translate("Help", "Save the roll call")),
    ]
    group = [(native(f"Alt+{level.key}"), domain_text(level.label)) for level in ParticipationLevel]
    group += [
        (either(GROUP_SAVE), QCoreApplication.translate("Help", "Save the group note")),
        (either(GROUP_SIGN), QCoreApplication.translate("Help", "Sign it")),
    ]
    return [
        (
            QCoreApplication.translate("Help", "Everywhere"),
            [
                (native("Alt+Left"), QCoreApplication.translate("Help", "Back to where you were")),
                (native("F1"), QCoreApplication.translate("Help", "This guide, here")),
            ],
        ),
        (QCoreApplication.translate("Help", "Roll call"), roll_call),
        (
            QCoreApplication.translate("Help", "Session note"),
            [(either(NOTE_SIGN), QCoreApplication.translate("Help", "Sign the note"))],
        ),
        (QCoreApplication.translate("Help", "Group note"), group),
        (
            QCoreApplication.translate("Help", "Plan review"),
            [(either(REVIEW_SIGN), QCoreApplication.translate("Help", "Sign the review"))],
        ),
        (
            QCoreApplication.translate("Help", "Measures"),
            [
                (
                    QCoreApplication.translate("Help", "0–3 for each question, then Enter"),
                    QCoreApplication.translate("Help", "A PHQ-9 or GAD-7 typed in"),
                )
            ],
        ),
    ]


def shortcuts_html(window: QMainWindow) -> str:
    title = html.escape(QCoreApplication.translate("Help", "Keyboard shortcuts"))
    parts = [f"<h2>{title}</h2>"]
    for title, keys in [*menu_shortcuts(window), *window_shortcuts()]:
        parts.append(f"<h3>{html.escape(title)}</h3><table cellspacing='0' cellpadding='3'>")
        for key, what in keys:
            parts.append(
                f"<tr><td width='200'><b>{html.escape(key)}</b></td>"
                f"<td>{html.escape(what)}</td></tr>"
            )
        parts.append("</table>")
    return "".join(parts)


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 640)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.browser.setHtml(shortcuts_html(window))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
