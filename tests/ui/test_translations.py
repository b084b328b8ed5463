"""The translations: every catalogue complete and current, its placeholders kept, the domain's
labels all marked, and the app really shown in Spanish when the catalogue is loaded."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QSize, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from counselor_desk.domain.model import Program
from counselor_desk.ui import domain_catalog, i18n
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.main_window import CASELOAD, SESSIONS, TODAY, MainWindow, default_size
from tests.ui.conftest import OFFSCREEN_NOISE, Admit

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUES = sorted(TRANSLATIONS.glob("*.ts"))
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")
MNEMONIC = re.compile(r"&[^&\s]")  # "&Save"; "Suicide & Crisis" is no mnemonic
TOOLS = Path(sys.executable).parent


def tool(name: str) -> str:
    found = shutil.which(name, path=str(TOOLS)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def messages(path: Path) -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            yield name, message.findtext("source") or "", translation


def texts(translation: ET.Element) -> list[str]:
    forms = [form.text or "" for form in translation.findall("numerusform")]
    return forms or [translation.text or ""]


def test_there_is_a_spanish_catalogue() -> None:
    assert TRANSLATIONS / "counselor_desk_es.ts" in CATALOGUES


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_every_entry_is_translated_and_none_is_obsolete(path: Path) -> None:
    unfinished = [
        (context, source)
        for context, source, translation in messages(path)
        if translation.get("type") in {"unfinished", "obsolete", "vanished"}
        or not all(text.strip() for text in texts(translation))
    ]
    assert unfinished == [], f"{len(unfinished)} entries to translate or remove: {unfinished[:10]}"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_placeholders_and_mnemonics_are_kept(path: Path) -> None:
    wrong = []
    for context, source, translation in messages(path):
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in texts(translation):
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                wrong.append((context, source, text))
            mnemonic = MNEMONIC.search(source.replace("&&", "")) is not None
            if mnemonic and len(MNEMONIC.findall(text.replace("&&", ""))) != 1:
                wrong.append((context, source, text))
    assert wrong == []


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_the_catalogue_is_current_with_the_code(path: Path, tmp_path: Path) -> None:
    """pyside6-lupdate over the UI today finds exactly the catalogue's entries: nothing new
    waits to be translated, nothing translated is gone from the code."""
    fresh = tmp_path / path.name
    sources = sorted(str(p) for p in (ROOT / "counselor_desk" / "ui").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(fresh), "-no-obsolete"],
        check=True,
        capture_output=True,
    )
    in_code = {(context, source) for context, source, _ in messages(fresh)}
    in_catalogue = {(context, source) for context, source, _ in messages(path)}
    assert sorted(in_code - in_catalogue) == [], "run pyside6-lupdate (docs/TRANSLATING.md)"
    assert sorted(in_catalogue - in_code) == [], "run pyside6-lupdate -no-obsolete"


def test_the_domain_catalogue_marks_every_domain_label() -> None:
    spec = importlib.util.spec_from_file_location(
        "make_domain_catalog", ROOT / "packaging" / "make_domain_catalog.py"
    )
    assert spec is not None and spec.loader is not None
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    assert list(domain_catalog.LABELS) == maker.domain_labels(), (
        "run packaging/make_domain_catalog.py, then pyside6-lupdate"
    )


@pytest.fixture
def spanish(qapp: QCoreApplication, tmp_path: Path) -> Iterator[None]:
    """The Spanish catalogue compiled from its source and loaded, Qt's own beside it; every
    translator removed and the locale put back afterwards."""
    qm = tmp_path / "counselor_desk_es.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(TRANSLATIONS / "counselor_desk_es.ts"), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    installed = []
    for path in (qm, i18n.qt_catalogue("es")):
        translator = QTranslator()
        if path is not None and translator.load(str(path)):
            qapp.installTranslator(translator)
            installed.append(translator)
    assert installed, "the Spanish catalogue did not load"
    before = QLocale()
    QLocale.setDefault(QLocale("es_US"))
    try:
        yield
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def cut_off(widget: QWidget) -> list[str]:
    """Labels and buttons whose text is wider than the room they were given."""
    found = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget) or child.width() <= 1:
            continue
        if isinstance(child, QAbstractButton) and child.text():
            if child.sizeHint().width() > child.width() + 1:
                found.append(
                    f"button {child.text()!r}: {child.width()} < {child.sizeHint().width()}"
                )
        elif (
            isinstance(child, QLabel)
            and child.text()
            and not child.wordWrap()
            and child.minimumSizeHint().width() > child.width() + 1
        ):
            found.append(f"label {child.text()[:40]!r}: {child.width()}")
    return found


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
def test_the_app_in_spanish_shows_spanish_and_cuts_nothing_off(
    qtbot: QtBot,
    spanish: None,
    ctx: AppContext,
    settings: QSettings,
    program: Program,
    admit_person: Admit,
) -> None:
    person = admit_person(ctx.db, ctx.clock, program, "Ana", "Reyes", ctx.clock.today(), "H-1")
    window = MainWindow(ctx, settings, unlocked=True)
    qtbot.addWidget(window)
    window.resize(default_size(QSize(1366, 728)))  # a 1366x768 laptop's first window
    window.show()
    qtbot.waitExposed(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert ("&Archivo" in menus and "Ay&uda" in menus) or "&Ayuda" in menus, menus
    names = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert "Hoy" in names and "Sesiones" in names, names
    problems = {}
    for view in (TODAY, CASELOAD, SESSIONS):
        window.show_view(view)
        qtbot.wait(20)
        problems[view] = cut_off(window)
    window.open_participant(person.id)
    record = window.record
    assert record is not None
    tabs = [record.tabs.tabText(index) for index in range(record.tabs.count())]
    assert "&Resumen" in tabs or "Resumen" in tabs, tabs
    for index in range(record.tabs.count()):
        record.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        problems[f"record tab {tabs[index]}"] = cut_off(window)
    assert {where: found for where, found in problems.items() if found} == {}
