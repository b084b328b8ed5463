"""Closing a dialog with typed text asks first: Escape never throws the typing away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from counselor_desk.domain.model import Program
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import base
from counselor_desk.ui.dialogs.participant_dialog import AdmitDialog


def shown_admit(qtbot: QtBot, ctx: AppContext) -> AdmitDialog:
    dialog = AdmitDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_escape_after_typing_asks_and_keeps_the_text(
    qtbot: QtBot, ctx: AppContext, program: Program, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def keep_editing(parent: object) -> bool:
        asked.append("asked")
        return False

    monkeypatch.setattr(base, "ask_discard", keep_editing)
    dialog = shown_admit(qtbot, ctx)
    qtbot.keyClicks(dialog.fields.last_name, "Okafor")
    qtbot.keyClick(dialog.fields.last_name, Qt.Key.Key_Escape)
    assert asked == ["asked"]
    assert dialog.isVisible()
    assert dialog.fields.last_name.text() == "Okafor"

    monkeypatch.setattr(base, "ask_discard", lambda _parent: True)
    qtbot.keyClick(dialog.fields.last_name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.participant_id == 0  # nothing admitted


def test_escape_on_an_untouched_dialog_closes_without_asking(
    qtbot: QtBot, ctx: AppContext, program: Program, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(base, "ask_discard", lambda _parent: asked.append("asked") or False)
    dialog = shown_admit(qtbot, ctx)
    qtbot.keyClick(dialog.fields.last_name, Qt.Key.Key_Escape)
    assert asked == []
    assert not dialog.isVisible()


@pytest.mark.parametrize("which", ["add session", "settings"])
def test_add_session_and_settings_ask_before_dropping_typed_text(
    qtbot: QtBot,
    ctx: AppContext,
    program: Program,
    monkeypatch: pytest.MonkeyPatch,
    which: str,
) -> None:
    import datetime as dt

    from counselor_desk.ui.dialogs.session import AddSessionDialog
    from counselor_desk.ui.dialogs.settings import SettingsDialog

    asked: list[str] = []
    monkeypatch.setattr(base, "ask_discard", lambda _parent: asked.append("asked") or False)
    if which == "add session":
        dialog: QDialog = AddSessionDialog(ctx, dt.date(2026, 3, 2))
    else:
        dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.topic_edit if which == "add session" else dialog.profile_fields.crisis_edit  # type: ignore[attr-defined]
    qtbot.keyClicks(field, " typed")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert asked == ["asked"] and dialog.isVisible()
    assert field.text().endswith(" typed")
    monkeypatch.setattr(base, "ask_discard", lambda _parent: True)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
