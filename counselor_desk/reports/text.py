"""Typed text into flowables: never read as markup, any length, any word length."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

#: Longest piece of text one Paragraph holds; longer text is cut at a blank so no single
#: flowable is slow to split or too tall for a frame.
CHUNK = 1200

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_BLANK_LINES = re.compile(r"\n\s*\n")


def plain(text: str) -> str:
    """Text without control characters, line ends as \\n."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def markup(text: str) -> str:
    """Typed text as Paragraph markup: <, & and > escaped, line breaks kept."""
    return escape(plain(text).strip()).replace("\n", "<br/>")


def chunks(text: str, size: int = CHUNK) -> list[str]:
    """Cut text into pieces of at most `size` characters, at a blank where there is one."""
    pieces = []
    while len(text) > size:
        cut = max(text.rfind(" ", 0, size), text.rfind("\n", 0, size))
        if cut < size // 2:
            cut = size
        pieces.append(text[:cut])
        text = text[cut:].lstrip(" ")
    if text:
        pieces.append(text)
    return pieces


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Typed text as paragraphs (blank lines separate them), each small enough to split."""
    flowables: list[Flowable] = []
    tight = ParagraphStyle(f"{style.name}-tight", parent=style, spaceAfter=0)
    for block in _BLANK_LINES.split(plain(text).strip()):
        pieces = [piece for piece in chunks(block.strip()) if piece.strip()]
        for index, piece in enumerate(pieces):
            last = index == len(pieces) - 1
            flowables.append(Paragraph(markup(piece), style if last else tight))
    return flowables


def cell(text: str, style: ParagraphStyle) -> Paragraph:
    """One table cell of typed text (short fields)."""
    return Paragraph(markup(text), style)
