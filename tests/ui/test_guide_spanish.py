"""The Spanish user guide: found for Spanish, with every part the English one has (F1 scrolls
to the same anchors in both) and every picture it names on disk."""

from __future__ import annotations

import re
from pathlib import Path

from counselor_desk.ui import help as guide

ROOT = Path(__file__).resolve().parents[2]
SPANISH = ROOT / "resources" / "guide" / "es" / "guide.html"
ENGLISH = ROOT / "resources" / "guide" / "en" / "guide.html"


def anchors(text: str) -> set[str]:
    return set(re.findall(r'<a name="([\w-]+)">', text))


def links(text: str) -> list[str]:
    return re.findall(r'<a href="#([\w-]+)">', text)


def pictures(text: str) -> list[str]:
    return re.findall(r'<img src="([^"]+)"', text)


def test_the_spanish_guide_is_found_for_spanish() -> None:
    assert guide.guide_file("es") == SPANISH


def test_the_spanish_guide_has_the_english_parts_links_and_pictures() -> None:
    """The same pictures in the same places, taken of the app in Spanish (images/es/)."""
    spanish = SPANISH.read_text(encoding="utf-8")
    english = ENGLISH.read_text(encoding="utf-8")
    assert anchors(spanish) == anchors(english) == set(guide.SECTIONS)
    assert links(spanish) == links(english)
    assert [Path(p).name for p in pictures(spanish)] == [Path(p).name for p in pictures(english)]
    for picture in pictures(spanish):
        assert Path(picture).parent.as_posix() == "../images/es", picture
        assert (SPANISH.parent / picture).resolve().is_file(), picture


def test_the_spanish_guide_is_written_in_spanish() -> None:
    text = SPANISH.read_text(encoding="utf-8")
    assert '<html lang="es">' in text
    for words in ("Pase de lista", "Notas y firma", "Ctrl+L", "clave de recuperación", "adenda",
                  "registro de divulgaciones"):  # fmt: skip
        assert words in text
    for english in ("Getting started", "Roll call", "recovery key", "Notes and signing"):
        assert english not in text
