"""The Unicode TTF font every document embeds (DejaVu Sans, shipped in resources/fonts)."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def font_dirs() -> list[Path]:
    """Where the fonts can be: the source tree, a frozen bundle, an installed copy, the system."""
    dirs = [Path(__file__).resolve().parents[2] / "resources" / "fonts"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle) / "resources" / "fonts")
    dirs.append(Path(sys.prefix) / "share" / "counselor-desk" / "fonts")  # a pip install
    dirs.append(Path("/usr/share/fonts/truetype/dejavu"))
    return dirs


def register_fonts() -> None:
    """Register the fonts once per process (parsing a TTF is the slow part)."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    for folder in font_dirs():
        if all((folder / name).is_file() for name in FILES.values()):
            break
    else:
        raise RuntimeError(
            "The document font (DejaVu Sans) is missing from resources/fonts; reinstall the app."
        )
    for face, name in FILES.items():
        pdfmetrics.registerFont(TTFont(face, str(folder / name)))
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, face)


@lru_cache(maxsize=1)
def printable() -> frozenset[int]:
    """The code points both faces have a glyph for (right-to-left shaping falls back to the
    plain letter where a joined form is missing)."""
    register_fonts()
    regular, bold = (pdfmetrics.getFont(face).face.charToGlyph for face in FILES)
    return frozenset(regular).intersection(bold)
