"""The Unicode TTF fonts every document embeds (shipped in resources/fonts).

DejaVu Sans sets all text. Symbola is the fallback for the symbols and emoji DejaVu has no
glyph for; it is parsed only when a document holds such a character, so a document without
one pays nothing for it.
"""

from __future__ import annotations

import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
#: The fallback face (one weight: a symbol in bold text prints in its regular weight).
FALLBACK = "Symbola"
FALLBACK_FILE = "Symbola-subset.ttf"
#: Debian's fonts-symbola, for a copy of the app that uses the system's fonts.
SYSTEM_FALLBACK = Path("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf")


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
    """Register the document fonts once per process (parsing a TTF is the slow part); the
    fallback is only looked for here, and parsed on first use."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    for folder in font_dirs():
        if all((folder / name).is_file() for name in FILES.values()):
            break
    else:
        raise RuntimeError(
            "The document font (DejaVu Sans) is missing from resources/fonts; reinstall the app."
        )
    fallback_file()  # a copy of the app without it fails at its first document, not later
    for face, name in FILES.items():
        pdfmetrics.registerFont(TTFont(face, str(folder / name)))
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, face)


@lru_cache(maxsize=1)
def fallback_file() -> Path:
    """The fallback font's file: beside DejaVu Sans, or the system's Symbola."""
    for path in [folder / FALLBACK_FILE for folder in font_dirs()] + [SYSTEM_FALLBACK]:
        if path.is_file():
            return path
    raise RuntimeError(
        "The fallback font (Symbola) is missing from resources/fonts; reinstall the app."
    )


@lru_cache(maxsize=1)
def printable() -> frozenset[int]:
    """The code points both faces have a glyph for (right-to-left shaping falls back to the
    plain letter where a joined form is missing)."""
    register_fonts()
    regular, bold = (pdfmetrics.getFont(face).face.charToGlyph for face in FILES)
    return frozenset(regular).intersection(bold)


@lru_cache(maxsize=1)
def fallback_printable() -> frozenset[int]:
    """The code points the fallback font has a glyph for; registers it (once) on first use."""
    register_fonts()
    font = TTFont(FALLBACK, str(fallback_file()))
    pdfmetrics.registerFont(font)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FALLBACK, bold, italic, FALLBACK)
    return frozenset(font.face.charToGlyph)


# -- which font draws which character --------------------------------------------------------

ZWJ = "\u200d"
#: Emoji presentation glue reportlab cannot form into one picture (it has no shaping of
#: emoji sequences): variation selectors, the keycap mark, tag characters. Dropped.
_GLUE = frozenset(
    [0xFE0E, 0xFE0F, 0x20E3, 0xE0001, *range(0xE0020, 0xE0080)],
)
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_FLAG_LETTERS = range(0x1F1E6, 0x1F200)  # regional indicators: two make a country's flag
#: Directional marks and isolates: they steer the layout and are not drawn (UAX #9, X9).
FORMATTING = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@lru_cache(maxsize=1)
def _plain_chars() -> frozenset[str]:
    """Characters that print in the document font as they are (the fast path)."""
    chars = {chr(point) for point in printable()} | {"\n", "\t"}
    return frozenset(chars - {ZWJ, "\ufe0e", "\ufe0f"} - FORMATTING)


def printed(text: str) -> str:
    """Typed text as it will print: nothing typed is lost without a trace.

    A character DejaVu Sans lacks prints in the fallback font (Symbola). Emoji sequences
    print as their parts: the joiner between the people of a family, the variation selectors,
    skin-tone modifiers after an emoji, keycap marks and tags are dropped, since a PDF built
    with reportlab cannot draw the combined picture; a flag prints as "[flag US]" (Symbola
    draws its two letters in boxes that look like missing glyphs). A character neither font
    has prints as a visible placeholder: a symbol as its Unicode name in brackets
    ("[melting face]"), a letter of a script the fonts do not cover as its code point
    ("[U+0930 U+093E]", one bracket for a run), so it can be read back.
    """
    if text.isascii() or _plain_chars().issuperset(text):
        return text
    out: list[str] = []
    coded = False  # the last piece out is a code-point placeholder the next one may join
    index = 0
    while index < len(text):
        char, after = text[index], text[index + 1 : index + 2]
        index += 1
        if ord(char) in _FLAG_LETTERS and after and ord(after) in _FLAG_LETTERS:
            out.append(f"[flag {_flag_letter(char)}{_flag_letter(after)}]")
            index += 1
            coded = False
            continue
        piece = _piece(char, out[-1][-1] if out else "", after)
        if piece is None:
            continue
        if piece.startswith("[U+") and coded:
            out[-1] = f"{out[-1][:-1]} {piece[1:]}"
        else:
            out.append(piece)
        coded = piece.startswith("[U+")
    return "".join(out)


def _piece(char: str, before: str, after: str) -> str | None:
    """What one character prints as (None: nothing, it is presentation glue)."""
    point = ord(char)
    if point in _GLUE:
        return None
    if char == ZWJ:  # kept only between letters (Arabic or Indic joining)
        return char if _letter(before) and _letter(after) else None
    if point in _SKIN_TONES and before and not before.isspace():
        return None  # it modifies the emoji before it
    if point in _FLAG_LETTERS:  # half a flag: its letter, not a boxed glyph
        return f"[{unicodedata.name(char).lower()}]"
    if char in "\n\t" or point in printable() or point in fallback_printable():
        return char
    name = unicodedata.name(char, "")
    if name and not name.endswith(f"-{point:04X}") and unicodedata.category(char)[0] == "S":
        return f"[{name.lower()}]"
    return f"[U+{point:04X}]"


def _flag_letter(char: str) -> str:
    return chr(ord("A") + ord(char) - _FLAG_LETTERS.start)


def _letter(char: str) -> bool:
    return bool(char) and unicodedata.category(char)[0] in "LM"


def font_runs(line: str, font: str) -> list[tuple[str, str]]:
    """A printed line (in drawing order) as (font, text) runs: what `font` (a DejaVu face)
    lacks in the fallback font. Directional marks are left out (they are not drawn)."""
    if _plain_chars().issuperset(line):
        return [(font, line)] if line else []
    document = printable()
    runs: list[tuple[str, str]] = []
    for char in line:
        if char in FORMATTING:
            continue
        face = font if ord(char) in document or char in "\n\t" else FALLBACK
        if runs and runs[-1][0] == face:
            runs[-1] = (face, runs[-1][1] + char)
        else:
            runs.append((face, char))
    if any(face == FALLBACK for face, _piece in runs):
        fallback_printable()  # registered before anything measures or draws in it
    return runs


def text_width(line: str, font: str, size: float) -> float:
    """The width of a printed line, each run measured in the font that draws it."""
    return sum(_width(piece, face, size) for face, piece in font_runs(line, font))


def _width(piece: str, face: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(piece, face, size))


def draw_text(
    canvas: Canvas, x: float, y: float, line: str, font: str, size: float, anchor: str = "start"
) -> float:
    """Draw a printed line (already in drawing order) on the canvas in runs of fonts, from x
    ("start"), ending at x ("end") or centred on it ("middle"); returns its width. The
    canvas's font is left at `font`."""
    runs = font_runs(line, font)
    width = sum(_width(piece, face, size) for face, piece in runs)
    if anchor == "end":
        x -= width
    elif anchor == "middle":
        x -= width / 2
    text = canvas.beginText(x, y)  # one text object: the line reads back as one line
    for face, piece in runs:
        text.setFont(face, size)
        text.textOut(piece)
    canvas.drawText(text)
    canvas.setFont(font, size)
    return width


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map with every code point in UTF-16 as PDF asks: reportlab
    writes one above U+FFFF (an emoji) as five hex digits, which no reader takes, so the
    emoji could not be searched or copied out of the PDF."""
    cmap = _reportlab_cmap(fontname, subset).split("\n")
    start = cmap.index(f"{len(subset)} beginbfchar") + 1
    cmap[start : start + len(subset)] = [
        f"<{index:02X}> <{chr(point).encode('utf-16-be').hex().upper()}>"
        for index, point in enumerate(subset)
    ]
    return "\n".join(cmap)


_reportlab_cmap = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap
