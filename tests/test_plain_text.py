"""Plain text laid out without the markup parser is laid out as a Paragraph of it: the same
lines at every width, the same height, the same pieces when split across pages and the same
text drawn at the same points (reports/plain_text.py)."""

from __future__ import annotations

import io
import random
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from counselor_desk.reports import base
from counselor_desk.reports.fonts import register_fonts
from counselor_desk.reports.plain_text import PlainParagraph, plain_paragraph, plain_words
from counselor_desk.reports.text import FlowingParagraph, paragraph

STYLES = [
    base.BODY,
    base.SMALL,
    base.CELL,
    base.CELL_BOLD,
    base.CELL_RIGHT,
    base.LABEL,
    base.H3,
    base.TITLE,
    base.SUBTITLE,
    base._H2,
]
WORDS = [
    "the",
    "a",
    "of",
    "to",
    "and",
    "in",
    "program",
    "week",
    "session",
    "attended",
    "group",
    "therapy",
    "counseling",
    "participante",
    "asistió",
    "señaló",
    "niño",
    "acción",
    "después",
    "café",
    "Łukasz",
    "Żółć",
    "2025-07-23",
    "9:00",
    "(217)",
    "555-0140",
    "–",
    "·",
    "…",
    "“quoted”",
    "'single'",
    "<b>tag</b>",
    "&",
    "&amp;",
    "5<6",
    ">4",
    "https://example.org/path?x=1&y=2",
    "supercalifragilisticexpialidocious",
    "Ω",
    "π",
    "ß",
    "ø",
    "é",
    "ü",
    "ç",
    "—",
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    "¿",
    "¡",
]


def texts(seed: int, count: int) -> list[str]:
    """Typed text of one to many words: blanks, tabs and line breaks between them, now and
    then a run of blanks, a blank at a line's ends, a very long word."""
    chance = random.Random(seed)
    found = []
    for _ in range(count):
        parts: list[str] = []
        for index in range(chance.choice([1, 2, 3, 8, 20, 60, 150])):
            if index:
                parts.append(chance.choice([" ", " ", " ", " ", "  ", "\t", "\n", " \n  "]))
            word = chance.choice(WORDS)
            if chance.random() < 0.01:
                word = word * chance.randrange(5, 20)
            parts.append(word)
        found.append("".join(parts))
    return found


def reference(text: str, style: Any) -> Paragraph:
    """What the summaries printed typed text with (a Paragraph keeping its lines on split)."""
    made = paragraph(text, style)
    assert isinstance(made, FlowingParagraph)
    return made


def lines_of(para: Paragraph) -> list[tuple[str, float]]:
    """Each laid-out line's text and the room left on it."""
    laid = para.blPara
    if laid.kind == 0:
        return [(" ".join(words), room) for room, words in laid.lines]
    return [
        ("".join(frag.text for frag in line.words).strip(), line.extraSpace) for line in laid.lines
    ]


def plain_lines(para: PlainParagraph) -> list[tuple[str, float]]:
    assert para._broken is not None
    return [(" ".join(words), room) for room, words, _last in para._broken[1]]


def same_layout(mine: Flowable, theirs: Paragraph) -> None:
    if isinstance(mine, PlainParagraph) and mine._real is None:
        ours = plain_lines(mine)
        expected = lines_of(theirs)
        assert [text for text, _room in ours] == [text for text, _room in expected]
        for (_text, room), (_same, expected_room) in zip(ours, expected, strict=True):
            assert room == pytest.approx(expected_room, abs=1e-6)


@pytest.mark.parametrize("seed", range(12))
def test_plain_text_wraps_and_splits_as_a_paragraph(seed: int) -> None:
    register_fonts()
    chance = random.Random(seed)
    for text in texts(seed, 60):
        style = chance.choice(STYLES)
        if plain_words(text) is None:
            continue
        width = chance.choice([20.0, 41.5, 60.0, 95.3, 180.0, 234.0, 451.28, 468.0])
        mine, theirs = plain_paragraph(text, style), reference(text, style)
        assert mine.wrap(width, 10_000) == theirs.wrap(width, 10_000)
        same_layout(mine, theirs)
        for room in (0.5, style.leading * 1.5, style.leading * 2.2, 100.0, 333.3):
            mine.wrap(width, 10_000)
            theirs.wrap(width, 10_000)
            asked = width + chance.choice([0, 0, 12])  # a table splits a row at its column's width
            ours, expected = mine.split(asked, room), theirs.split(asked, room)
            assert len(ours) == len(expected)
            if len(ours) == 2:
                for piece, theirs_piece in zip(ours, expected, strict=True):
                    assert piece.wrap(width, 10_000) == theirs_piece.wrap(width, 10_000)
                    same_layout(piece, theirs_piece)


def test_what_needs_a_paragraph_is_one() -> None:
    register_fonts()
    for text in ("<b>x</b>", "a\n\nb"):
        assert plain_words(text) is not None or text == "a\n\nb"
    for text in ("", "  ", "emoji 👍", "שלום world", "no\xa0break", "soft\xadhyphen", "a\n\nb"):
        assert plain_words(text) is None
        assert not isinstance(plain_paragraph(text, base.BODY), PlainParagraph)
    assert not isinstance(plain_paragraph("boxed", base.NOTICE), PlainParagraph)


def drawn(flowables: list[tuple[Flowable, float]]) -> list[tuple[str, float, float]]:
    """The text each flowable draws (laid out at its width) and where, as a reader finds it."""
    out = io.BytesIO()
    canvas = Canvas(out)
    y = 800.0
    for flowable, width in flowables:
        _w, height = flowable.wrapOn(canvas, width, 10_000)
        if height > y:
            canvas.showPage()
            y = 800.0
        flowable.drawOn(canvas, 20, y - height)
        y -= height + 4
    canvas.save()
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            found.append((text, round(x, 3), round(y, 3)))

    for page in PdfReader(io.BytesIO(out.getvalue())).pages:
        page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("seed", range(3))
def test_plain_text_draws_the_same_text_at_the_same_points(seed: int) -> None:
    register_fonts()
    chance = random.Random(100 + seed)
    mine, theirs = [], []
    for text in texts(100 + seed, 40):
        if plain_words(text) is None:
            continue
        style = chance.choice(STYLES)
        width = chance.choice([95.3, 180.0, 451.28])
        mine.append((plain_paragraph(text, style), width))
        theirs.append((reference(text, style), width))
    assert drawn(mine) == drawn(theirs)
