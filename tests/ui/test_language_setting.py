"""Settings > Profile > Language: system, English or Español, kept in the app's settings and
applied when the app next starts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from counselor_desk.domain.model import Program
from counselor_desk.ui import i18n
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import base
from counselor_desk.ui.dialogs.settings import SettingsDialog


def open_settings(qtbot: QtBot, ctx: AppContext, settings: QSettings) -> SettingsDialog:
    dialog = SettingsDialog(ctx, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(dialog: SettingsDialog, language: str) -> None:
    combo = dialog.language_combo
    combo.setCurrentIndex(combo.findData(language))


def test_the_language_chosen_is_saved_and_said_to_apply_at_the_next_start(
    qtbot: QtBot, ctx: AppContext, program: Program, settings: QSettings
) -> None:
    dialog = open_settings(qtbot, ctx, settings)
    combo = dialog.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "System language",
        "English",
        "Español",
    ]
    assert combo.currentData() == i18n.SYSTEM  # nothing stored yet: the system's
    assert dialog.language_note.isVisible()
    assert dialog.language_note.text() == "The language changes when Counselor Desk next starts."
    choose(dialog, "es")
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert settings.value(i18n.SETTING) == "es"
    assert i18n.chosen(settings) == "es"


def test_the_stored_language_is_shown_when_settings_open(
    qtbot: QtBot, ctx: AppContext, program: Program, settings: QSettings
) -> None:
    settings.setValue(i18n.SETTING, "en")
    dialog = open_settings(qtbot, ctx, settings)
    assert dialog.language_combo.currentText() == "English"


def test_cancel_asks_before_dropping_a_new_language_and_keeps_the_old_one(
    qtbot: QtBot,
    ctx: AppContext,
    program: Program,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings.setValue(i18n.SETTING, "en")
    dialog = open_settings(qtbot, ctx, settings)
    asked: list[str] = []

    def keep_typing(_parent: object) -> bool:
        asked.append("asked")
        return False

    monkeypatch.setattr(base, "ask_discard", keep_typing)
    dialog.reject()  # nothing changed: closes without asking
    assert asked == [] and not dialog.isVisible()

    dialog = open_settings(qtbot, ctx, settings)
    choose(dialog, "es")  # only the language: still a change
    dialog.reject()
    assert asked == ["asked"] and dialog.isVisible()
    monkeypatch.setattr(base, "ask_discard", lambda _parent: True)
    dialog.reject()
    assert not dialog.isVisible()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert settings.value(i18n.SETTING) == "en"


def test_a_refused_profile_keeps_the_old_language(
    qtbot: QtBot, ctx: AppContext, program: Program, settings: QSettings
) -> None:
    dialog = open_settings(qtbot, ctx, settings)
    choose(dialog, "es")
    dialog.profile_fields.name_edit.clear()
    dialog.save()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "Your name is required."
    assert settings.value(i18n.SETTING) is None


def test_alt_g_reaches_the_language(
    qtbot: QtBot, ctx: AppContext, program: Program, settings: QSettings
) -> None:
    dialog = open_settings(qtbot, ctx, settings)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.profile_fields.name_edit, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.language_combo
