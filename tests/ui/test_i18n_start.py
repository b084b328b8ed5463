"""The language at start: a desktop start loads the translators its setting asks for before any
window is built, none for English; an application made before it (the tests') stays English."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from counselor_desk.services.clock import FixedClock
from counselor_desk.ui import app, i18n

#: Two messages of the app's own, in Spanish.
CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>App</name>
    <message>
        <source>Open log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
</context>
</TS>
"""


class NoApplicationYet:
    """What a real start finds: no application made before it."""

    @staticmethod
    def instance() -> None:
        return None


def lrelease() -> str:
    """pyside6-lrelease beside the Python running the tests (a venv's bin/ or Scripts/)."""
    found = shutil.which(
        "pyside6-lrelease",
        path=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
    )
    assert found is not None, "pyside6-lrelease comes with PySide6"
    return found


@pytest.fixture
def compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A compiled Spanish catalogue in a folder of the test's own, where i18n looks."""
    folder = tmp_path / "translations"
    folder.mkdir()
    source = folder / "counselor_desk_es.ts"
    source.write_text(CATALOGUE, encoding="utf-8")
    subprocess.run(
        [lrelease(), str(source), "-qm", str(folder / "counselor_desk_es.qm")],
        check=True,
        capture_output=True,
    )
    monkeypatch.setattr(i18n, "translation_dirs", lambda: [folder])
    return folder


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[None]:
    """The translators a test's start installs are removed afterwards (the locale put back),
    so the tests after it stay English."""
    before = set(qapp.findChildren(QTranslator))
    locale = QLocale()
    yield
    for translator in qapp.findChildren(QTranslator):
        if translator not in before:
            QCoreApplication.removeTranslator(translator)
            translator.setParent(None)
    QLocale.setDefault(locale)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def start(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    *,
    fresh: bool,
) -> list[str]:
    """`run_app` up to its first window, with `language` set; what the window would say.
    `fresh`: as a real start, where no application exists before it."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.SETTING, language)
    monkeypatch.setattr(app, "app_settings", lambda: settings)
    if fresh:
        monkeypatch.setattr(app, "QApplication", NoApplicationYet)
        monkeypatch.setattr(app, "create_application", lambda _argv: qapp)
    said: list[str] = []

    def first_window(*_args: object) -> int:
        said.append(QCoreApplication.translate("MainWindow", "&File"))
        said.append(QCoreApplication.translate("App", "Open log folder"))
        return 0

    monkeypatch.setattr(app, "_run_locked", first_window)
    args = argparse.Namespace(db=str(tmp_path / "desk.sqlite3"), demo=False)
    assert app.run_app(args, FixedClock(dt.date(2026, 3, 2))) == 0
    return said


def test_spanish_is_loaded_at_start_before_any_window(
    qapp: QApplication,
    compiled: Path,
    english_after: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = qapp.findChildren(QTranslator)
    said = start(qapp, tmp_path, monkeypatch, "es", fresh=True)
    assert said == ["&Archivo", "Abrir la carpeta de registros"]
    new = [t for t in qapp.findChildren(QTranslator) if t not in before]
    assert new and any(t.filePath().endswith("counselor_desk_es.qm") for t in new)
    assert QLocale().language() == QLocale.Language.Spanish


def test_english_loads_no_translator(
    qapp: QApplication,
    compiled: Path,
    english_after: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = qapp.findChildren(QTranslator)
    said = start(qapp, tmp_path, monkeypatch, "en", fresh=True)
    assert said == ["&File", "Open log folder"]
    assert qapp.findChildren(QTranslator) == before


def test_an_application_made_before_the_start_stays_english(
    qapp: QApplication,
    compiled: Path,
    english_after: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The tests' own application: whatever the setting or the machine's language."""
    before = qapp.findChildren(QTranslator)
    said = start(qapp, tmp_path, monkeypatch, "es", fresh=False)
    assert said == ["&File", "Open log folder"]
    assert qapp.findChildren(QTranslator) == before
