"""The main window: navigation between Today, Caseload, Sessions and an open record; the lock
page over all of it; the File menu's backups, check, restore, audit trail and settings; the
Go menu's finding of a participant or a note."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import PySide6
from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, QTimer, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counselor_desk import __version__
from counselor_desk.domain.errors import ValidationError
from counselor_desk.services import security
from counselor_desk.services.changes import SCHEDULE, SETTINGS
from counselor_desk.store.connection import DRIVER_ERRORS
from counselor_desk.store.db import StoreError, data_dir
from counselor_desk.ui import i18n
from counselor_desk.ui.caseload_view import CaseloadView, admit_participant
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.maintenance import MaintenanceController
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP
from counselor_desk.ui.lock import LockController, LockPage
from counselor_desk.ui.operations import finished_in_background
from counselor_desk.ui.widgets import remembered

if TYPE_CHECKING:
    from counselor_desk.ui.sessions_view import SessionsView
    from counselor_desk.ui.today_view import TodayView

APP_TITLE = "Counselor Desk"
ORGANISATION = "CounselorDesk"
APPLICATION = "Counselor Desk"

TODAY, CASELOAD, SESSIONS, RECORD = range(4)
#: The navigation's names, shown as `QCoreApplication.translate("MainWindow", name)`.
VIEW_NAMES = (
    QT_TRANSLATE_NOOP("MainWindow", "Today"),
    QT_TRANSLATE_NOOP("MainWindow", "Caseload"),
    QT_TRANSLATE_NOOP("MainWindow", "Sessions"),
    QT_TRANSLATE_NOOP("MainWindow", "Participant record"),
)
#: The Go menu's items for the views (each with its own mnemonic in every language).
GO_TEXTS = (
    QT_TRANSLATE_NOOP("MainWindow", "&Today"),
    QT_TRANSLATE_NOOP("MainWindow", "&Caseload"),
    QT_TRANSLATE_NOOP("MainWindow", "&Sessions"),
)
#: The user guide's part for a record tab (ui/help.py SECTIONS); other tabs: "record".
RECORD_TAB_SECTIONS = {
    "notes": "notes",
    "clinical": "safety",
    "safety": "safety",
    "discharge": "documents",
    "consents": "documents",
}
DEMO_TEXT = QT_TRANSLATE_NOOP(
    "MainWindow", "DEMO DATA — made-up participants for trying the app; nothing here is real."
)
DEMO_STYLE = "background-color: #b71c1c; color: white; font-weight: bold; padding: 4px;"


#: What reading SQLCipher's version may raise (the About box then names no version).
UNKNOWN_VERSION: tuple[type[Exception], ...] = (StoreError, TypeError, IndexError, *DRIVER_ERRORS)


def window_title(demo: bool) -> str:
    if demo:
        return QCoreApplication.translate("MainWindow", "Counselor Desk — demo")
    return APP_TITLE


#: The first window on a screen with room for it; a smaller screen gets what it has.
DEFAULT_SIZE = QSize(1180, 760)
#: Room kept for the window's title bar and frame, which lie outside its size.
FRAME_ALLOWANCE = QSize(16, 40)


def default_size(available: QSize | None) -> QSize:
    """The window's size at its first start: DEFAULT_SIZE, or as much of the screen's free
    area (without its panels) as it has, frame included: a 1366x768 laptop gets all of it."""
    if available is None or available.isEmpty():
        return QSize(DEFAULT_SIZE)
    return DEFAULT_SIZE.boundedTo(available - FRAME_ALLOWANCE)


def app_settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: AppContext,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        unlocked: bool = False,
    ) -> None:
        """`unlocked`: the passphrase was just typed (the unlock window of an encrypted
        database, the first run): the window does not start locked."""
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings if settings is not None else app_settings()
        remembered.use(self.settings)  # splitters and columns kept in the same settings
        self.record: Any = None  # the open ParticipantRecord, if any
        self.record_participant_id: int | None = None
        self._last_view = TODAY
        self.views_built = False
        self._deferred_check_started = False
        self._shown_once = False
        self.recovery_key_dialog: QWidget | None = None  # shown once after encrypting
        self.note_search: Any = None  # the NoteSearchController, made when first asked for
        self.referral_import: Any = None  # the ReferralImport, made when first asked for
        self.guide: Any = None  # the user guide's window, made when first asked for
        self.setWindowTitle(window_title(ctx.demo))
        self._build_screens()
        self._build_status_bar()
        self.lock = LockController(ctx, self, self.lock_page)
        self.maintenance = MaintenanceController(ctx, self)
        self._build_menus()
        self._connect()
        self._restore_geometry()
        self.lock.start()
        if security.has_passphrase(ctx.db) and not unlocked:
            # Locked from the start: no view reads a participant before the unlock.
            self.lock.lock("at start")
        else:
            self._build_views()

    def _build_views(self) -> None:
        """The navigation list and the stack of views it switches between, put into the
        content; built once, when the content is first shown (at once, or after the unlock)."""
        if self.views_built:
            return
        self.views_built = True
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Views"))
        self.nav.addItems([self.tr(name) for name in VIEW_NAMES])
        # every entry whole: "Participant record" (the record's name in the list) included
        needed = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 12
        self.nav.setMinimumWidth(min(needed, 200))
        self.nav.setMaximumWidth(max(160, needed))
        self.nav.setSpacing(3)
        self.nav.item(RECORD).setHidden(True)
        # Each view is made when first shown (a start makes only the one it shows): until
        # then its place in the stack holds an empty page.
        self._views: dict[int, QWidget] = {}
        self.stack = QStackedWidget()
        for _view in (TODAY, CASELOAD, SESSIONS):
            self.stack.addWidget(QWidget())
        self.record_page = QWidget()
        self.back_button = QPushButton(self.tr("◀ Back"))
        self.back_button.setAccessibleName(self.tr("Back from the participant record"))
        self.back_button.setToolTip(self.tr("Back to the view you came from (Alt+Left)"))
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        if self.back_button.shortcut().isEmpty():
            self.back_button.setShortcut(QKeySequence("Alt+Left"))
        record_bar = QHBoxLayout()
        record_bar.addWidget(self.back_button)
        record_bar.addStretch(1)
        self.record_layout = QVBoxLayout(self.record_page)
        self.record_layout.setContentsMargins(0, 0, 0, 0)
        self.record_layout.addLayout(record_bar)
        self.stack.addWidget(self.record_page)
        self.body.addWidget(self.nav)
        self.body.addWidget(self.stack, 1)
        self.back_button.clicked.connect(self.go_back)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self._restore_view()
        if self.isVisible():
            self._focus_view_list()

    def _build_screens(self) -> None:
        """The content (demo banner; the navigation and views go into `body`) and the lock
        page that replaces it."""
        self.demo_banner = QLabel(self.tr(DEMO_TEXT))
        self.demo_banner.setStyleSheet(DEMO_STYLE)
        self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_banner.setAccessibleName(self.tr("Demo data"))
        self.demo_banner.setVisible(self.ctx.demo)
        self.body = QHBoxLayout()
        self.content = QWidget()
        outer = QVBoxLayout(self.content)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.demo_banner)
        self.body.setContentsMargins(6, 6, 6, 6)
        outer.addLayout(self.body, 1)
        # Locked, the lock page takes the place of everything above.
        self.lock_page = LockPage(False)
        self.screens = QStackedWidget()
        self.screens.addWidget(self.content)
        self.screens.addWidget(self.lock_page)
        self.setCentralWidget(self.screens)
        self._enabled_before_lock: dict[QAction, bool] = {}

    def _build_status_bar(self) -> None:
        self.db_label = QLabel(self.database_text())
        self.db_label.setAccessibleName(self.tr("Database file in use"))
        self.statusBar().addPermanentWidget(self.db_label)
        self.encryption_label = QLabel()
        self.encryption_label.setAccessibleName(self.tr("Encryption at rest"))
        self.statusBar().addPermanentWidget(self.encryption_label)
        self.show_encryption_state()
        self.demo_status = QLabel(self.tr(" DEMO DATA "))
        self.demo_status.setStyleSheet(DEMO_STYLE)
        if self.ctx.demo:
            self.statusBar().addWidget(self.demo_status)
        else:
            self.demo_status.hide()

    def database_text(self) -> str:
        return self.tr("Database: {path}").format(path=self.ctx.db.path)

    def show_encryption_state(self) -> None:
        """The status bar's word for the file: encrypted at rest or not."""
        from counselor_desk.ui.dialogs.encryption import state_text

        encrypted = self.ctx.db.encrypted
        self.encryption_label.setText(
            self.tr("Encrypted") if encrypted else self.tr("Not encrypted")
        )
        self.encryption_label.setToolTip(
            state_text(True)
            if encrypted
            else self.tr("{state} Settings > Locking can encrypt it.").format(
                state=state_text(False)
            )
        )

    def _connect(self) -> None:
        self.ctx.bus.open_participant.connect(self.open_participant)
        self.ctx.bus.open_note.connect(self.open_note)

    # --- menus -------------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        shortcut: str | QKeySequence.StandardKey | None,
        slot: Any,
        fallback: str = "",
    ) -> QAction:
        """A menu action; a standard key is the platform's own binding (every one of them,
        e.g. Ctrl+S, or Cmd+S on a Mac), `fallback` where the platform has none."""
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if action.shortcut().isEmpty() and fallback:
            action.setShortcut(QKeySequence(fallback))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New participant…"), QKeySequence.StandardKey.New, self.new_participant
        )
        self.referral_action = self._action(
            self.tr("Admit from a &referral file…"), None, self.admit_from_referral
        )
        self.referral_action.setToolTip(
            self.tr(
                "Admit a participant from a FHIR bundle a referring program sent: see what it "
                "holds, correct it, then admit"
            )
        )
        self.save_action = self._action(
            self.tr("&Save"), QKeySequence.StandardKey.Save, self.save_record
        )
        self.save_action.setEnabled(False)
        self.quit_action = self._action(
            self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close, "Ctrl+Q"
        )
        self.backup_action = self._action(
            self.tr("&Back up now…"), None, self.maintenance.ask_backup
        )
        self.check_action = self._action(
            self.tr("C&heck database…"), None, self.maintenance.start_check
        )
        self.restore_action = self._action(
            self.tr("&Restore from backup…"), None, self.maintenance.ask_restore
        )
        self.audit_action = self._action(self.tr("&Audit trail…"), None, self.show_audit_trail)
        self.settings_action = self._action(  # Ctrl+, where the platform has no standard
            self.tr("Se&ttings…"),
            QKeySequence.StandardKey.Preferences,
            self.show_settings,
            "Ctrl+,",
        )
        self.lock_action = self._action(
            self.tr("&Lock"), "Ctrl+L", lambda: self.lock.lock("on request")
        )
        self.lock_action.setToolTip(
            self.tr("Hide everything until the passphrase is typed (Ctrl+L)")
        )
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.referral_action)
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.check_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.audit_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        go_menu = bar.addMenu(self.tr("&Go"))
        self.find_action = self._action(
            self.tr("&Find participant"), QKeySequence.StandardKey.Find, self.find_participant
        )
        self.search_notes_action = self._action(
            self.tr("Search &notes…"), "Ctrl+Shift+F", self.search_notes
        )
        self.search_notes_action.setToolTip(
            self.tr("Find words in every note, individual and group (Ctrl+Shift+F)")
        )
        go_menu.addAction(self.find_action)
        go_menu.addAction(self.search_notes_action)
        go_menu.addSeparator()
        self.view_actions = []
        for number, view in enumerate((TODAY, CASELOAD, SESSIONS), start=1):
            action = self._action(
                self.tr(GO_TEXTS[view]),
                f"Ctrl+{number}",
                lambda _c=False, v=view: self.show_view(v),
            )
            go_menu.addAction(action)
            self.view_actions.append(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = self._action(
            self.tr("&User guide"), QKeySequence.StandardKey.HelpContents, self.show_guide
        )
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), None, self.show_shortcuts
        )
        self.about_action = self._action(self.tr("&About Counselor Desk"), None, self.show_about)
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    # --- views -------------------------------------------------------------------------------
    @property
    def today(self) -> TodayView:
        return self._view(TODAY)  # type: ignore[return-value]

    @property
    def caseload(self) -> CaseloadView:
        return self._view(CASELOAD)  # type: ignore[return-value]

    @property
    def sessions(self) -> SessionsView:
        return self._view(SESSIONS)  # type: ignore[return-value]

    def _view(self, index: int) -> QWidget:
        """The view at `index` of the stack, made and put in its place when first asked for."""
        view = self._views.get(index)
        if view is None:
            view = self._views[index] = self._make_view(index)
            page = self.stack.widget(index)
            self.stack.insertWidget(index, view)
            if page is not None:
                self.stack.removeWidget(page)
                page.deleteLater()
        return view

    def _make_view(self, index: int) -> QWidget:
        if index == TODAY:
            from counselor_desk.ui.today_view import TodayView

            return TodayView(self.ctx)
        if index == CASELOAD:
            return CaseloadView(self.ctx)
        from counselor_desk.ui.sessions_view import SessionsView

        return SessionsView(self.ctx)

    def current_view(self) -> int:
        return self.stack.currentIndex()

    def show_view(self, view: int) -> None:
        if view == RECORD and self.record is None:
            return
        if self.current_view() == RECORD and view != RECORD and not self._save_record():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(RECORD)
            self.nav.blockSignals(False)
            return
        if view != RECORD:
            self._last_view = view
            self._view(view)
        self.stack.setCurrentIndex(view)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(view)
        self.nav.blockSignals(False)
        self.save_action.setEnabled(view == RECORD)

    def _nav_changed(self, row: int) -> None:
        if row >= 0:
            self.show_view(row)

    def go_back(self) -> None:
        self.show_view(self._last_view)

    def find_participant(self) -> None:
        self.show_view(CASELOAD)
        if self.current_view() == CASELOAD:
            self.caseload.focus_filter()

    def search_notes(self) -> None:
        """Go > Search notes…: the search window, made when first asked for."""
        from counselor_desk.ui.dialogs.note_search import NoteSearchController

        if not self.views_built or self.lock.locked:
            return
        if self.note_search is None:
            self.note_search = NoteSearchController(self.ctx, self)
        self.note_search.show()

    def new_participant(self) -> None:
        admit_participant(self.ctx, self)

    def admit_from_referral(self) -> None:
        """File > Admit from a referral file…: made when first asked for (FHIR is not part
        of a cold start)."""
        from counselor_desk.ui.dialogs.fhir_import import ReferralImport

        if not self.views_built or self.lock.locked:
            return
        if self.referral_import is None:
            self.referral_import = ReferralImport(self.ctx, self)
        self.referral_import.start()

    # --- the participant record ------------------------------------------------------------
    def open_participant(self, participant_id: int) -> None:
        # imported when first needed: the record's tabs and exports are not part of a cold start
        from counselor_desk.ui.record.window import ParticipantRecord

        if not self.views_built or self.lock.locked:
            return
        if self.record is not None:
            if not self._save_record():
                self.show_view(RECORD)
                return
            self.record_layout.removeWidget(self.record)
            self.record.hide()  # out of the layout: unseen until its deferred delete
            self.record.deleteLater()
            self.record = None
        try:
            self.record = ParticipantRecord(self.ctx, participant_id, self.record_page)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Participant record"), error.message)
            return
        self.record_participant_id = participant_id
        self.record_layout.addWidget(self.record, 1)
        self.nav.item(RECORD).setHidden(False)
        self.show_view(RECORD)

    def open_note(self, participant_id: int, note_id: int) -> None:
        """Show a participant's record at one of their notes; their record already open is
        kept as it is (its drafts and tabs), another is closed as `open_participant` does."""
        if not self.views_built or self.lock.locked:
            return
        if self.record is None or self.record_participant_id != participant_id:
            self.open_participant(participant_id)
            if self.record is None or self.record_participant_id != participant_id:
                return  # refused: the open record's draft could not be saved, or no such record
        else:
            self.show_view(RECORD)
        try:
            self.record.show_note(note_id)
        except ValidationError as error:  # the note is gone (a draft discarded meanwhile)
            QMessageBox.warning(self, self.tr("Session note"), error.message)

    def save_record(self) -> bool:
        """File > Save: the open record's drafts, now. False if it could not be saved."""
        return self._save_record(report=True)

    def _save_record(self, report: bool = True) -> bool:
        if self.record is None:
            return True
        try:
            self.record.save_now()
        except ValidationError as error:
            if report:
                QMessageBox.warning(
                    self,
                    self.tr("Not saved"),
                    self.tr("{message}\n\nYour text is kept; correct it and save again.").format(
                        message=error.message
                    ),
                )
            return False
        except StoreError as error:
            if report:
                QMessageBox.critical(self, self.tr("Not saved"), str(error))
            return False
        return True

    # --- locking -----------------------------------------------------------------------------
    def prepare_lock(self) -> bool:
        """Save the open record's drafts and group notes before locking; False keeps them in
        memory."""
        from counselor_desk.ui.group_note import save_open_group_notes

        record_saved = self._save_record(report=False)
        return save_open_group_notes() and record_saved

    def show_locked(self, locked: bool) -> None:
        """Swap the content for the lock page; every menu command waits for the unlock."""
        if locked:
            self._enabled_before_lock = {}
            for menu_action in self.menuBar().actions():
                menu = menu_action.menu()
                for action in menu.actions() if isinstance(menu, QMenu) else []:
                    if action is not self.quit_action and not action.isSeparator():
                        self._enabled_before_lock[action] = action.isEnabled()
                        action.setEnabled(False)
            self.screens.setCurrentWidget(self.lock_page)
        else:
            self._build_views()
            self.screens.setCurrentWidget(self.content)
            for action, enabled in self._enabled_before_lock.items():
                action.setEnabled(enabled)
            self._enabled_before_lock = {}

    def after_unlock(self, resave: bool) -> None:
        if resave:
            self._save_record(report=True)
        self.maintenance.show_verification()  # a failed verification waits for the unlock

    def is_locked(self) -> bool:
        return bool(self.lock.locked)

    # --- maintenance -------------------------------------------------------------------------
    def prepare_restore(self) -> bool:
        """Before a restore: the record's drafts saved and the record closed."""
        if not self._save_record():
            return False
        self._close_record()
        return True

    def _close_record(self) -> None:
        if self.record is None:
            return
        self.record_layout.removeWidget(self.record)
        self.record.hide()
        self.record.deleteLater()
        self.record = None
        self.record_participant_id = None
        self.nav.item(RECORD).setHidden(True)
        if self.current_view() == RECORD:
            self.show_view(self._last_view)

    def reload_after_restore(self) -> None:
        """The database was replaced: every view reads it again."""
        self.db_label.setText(self.database_text())
        self.show_encryption_state()
        if not self.views_built:
            return
        for view in self._views.values():  # the others read it when first shown
            view.refresh()  # type: ignore[attr-defined]
        if self.note_search is not None:
            self.note_search.reload()
        finished_in_background(self.ctx, SETTINGS | SCHEDULE)

    def show_audit_trail(self) -> None:
        from counselor_desk.ui.dialogs.audit import AuditDialog

        dialog = AuditDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_settings(self) -> None:
        from counselor_desk.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.ctx, self, reconnect=self.maintenance)
        dialog.exec()
        self.lock.set_idle_minutes(dialog.lock_minutes())

    def _focus_view_list(self) -> None:
        # The view's list has the keyboard: Enter on Today takes the first roll call.
        table = getattr(self.stack.currentWidget(), "table", None)
        if isinstance(table, QWidget):
            table.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self.lock.locked:
                self.lock_page.focus_input()
            elif self.views_built:
                self._focus_view_list()
        if not self._deferred_check_started:
            self._deferred_check_started = True
            # After the first paint: the window is on screen before the checks start.
            if self.ctx.db.check_deferred:
                QTimer.singleShot(0, self.maintenance.start_deferred_check)
            QTimer.singleShot(0, self.maintenance.start_record_verification)

    # --- help --------------------------------------------------------------------------------
    def encryption_words(self) -> str:
        if not self.ctx.db.encrypted:
            return self.tr("Database: not encrypted")
        try:
            version = str(self.ctx.db.conn.execute("PRAGMA cipher_version").fetchone()[0])
        except UNKNOWN_VERSION:
            return self.tr("Database: encrypted at rest (SQLCipher)")
        return self.tr("Database: encrypted at rest (SQLCipher {version})").format(version=version)

    def about_text(self) -> str:
        from counselor_desk import licences  # reads the installed packages' metadata

        built_with = "".join(
            f"{name} {version}<br>" for name, version in licences.versions() if version
        )
        return (
            f"<b>Counselor Desk {__version__}</b><br>"
            + self.tr("An IOP counselor's caseload, attendance and session notes, kept offline.")
            + "<br>"
            + self.tr("MIT licence.")
            + "<br><br>"
            + self.tr("Database in use:")
            + f"<br><code>{self.ctx.db.path}</code><br>"
            + f"{self.encryption_words()}<br>"
            + self.tr("Default data folder:")
            + f"<br><code>{data_dir()}</code><br><br>"
            + self.tr("Built with:")
            + "<br>"
            + self.tr("Qt {qt} and PySide6 {pyside} (LGPLv3)").format(
                qt=qVersion(), pyside=PySide6.__version__
            )
            + "<br>"
            + built_with
            + self.tr("DejaVu Sans font")
            + "<br><br>"
            + self.tr("Third-party licences: the button below, or {folder}.").format(
                folder="<code>resources/licenses/</code>"
            )
        )

    def help_section(self) -> str:
        """The part of the user guide for where the counselor is (F1)."""
        view = self.current_view()
        if view == RECORD and self.record is not None:
            # by the tab's name, not its title (which is in the counselor's language)
            current = self.record.tabs.currentWidget()
            slots = getattr(self.record, "_slots", {})
            tab = next((name for name, slot in slots.items() if slot is current), "")
            return RECORD_TAB_SECTIONS.get(tab, "record")
        return {TODAY: "today", CASELOAD: "caseload", SESSIONS: "sessions"}.get(view, "start")

    def show_guide(self) -> None:
        from counselor_desk.ui.help import GuideWindow

        if self.guide is None:
            self.guide = GuideWindow(self, i18n.resolve(i18n.chosen(self.settings)))
        self.guide.show_section(self.help_section())

    def show_shortcuts(self) -> None:
        from counselor_desk.ui.help import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Counselor Desk"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.about_text())
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        notices = box.addButton(
            self.tr("Third-party &licences…"), QMessageBox.ButtonRole.ActionRole
        )
        about_qt = box.addButton(self.tr("About &Qt"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is notices:
            self.show_licences()
        elif box.clickedButton() is about_qt:
            QMessageBox.aboutQt(self, self.tr("About Qt"))

    def show_licences(self) -> None:
        from counselor_desk.ui.dialogs.licences import LicencesDialog

        LicencesDialog(self).exec()

    # --- settings and closing ----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("mainWindow/geometry")
        restored = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        if not restored:
            screen = self.screen()
            self.resize(default_size(None if screen is None else screen.availableGeometry().size()))

    def _restore_view(self) -> None:
        try:
            view = int(self.settings.value("mainWindow/lastView", TODAY))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            view = TODAY
        self.show_view(view if view in (TODAY, CASELOAD, SESSIONS) else TODAY)

    def _save_settings(self) -> None:
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        if self.views_built:  # quit while still locked at start: the last view stays as it was
            view = self.current_view()
            self.settings.setValue(
                "mainWindow/lastView", view if view != RECORD else self._last_view
            )
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        from counselor_desk.ui.group_note import save_open_group_notes

        # a group note that cannot be saved says why in its own window, which stays open
        if not self._save_record() or not save_open_group_notes():
            event.ignore()
            return
        self._save_settings()
        self.lock.stop()
        self.maintenance.on_close()
        event.accept()
