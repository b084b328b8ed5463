"""Right-to-left text (Arabic, Hebrew) in the PDFs: letters joined, lines in visual order.

pypdf gives a right-to-left run back in typing order but with the joined (presentation) letter
forms the page draws, so extracted text is compared after NFKC, which maps those forms back to
plain letters.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from counselor_desk.reports import discharge, letter
from counselor_desk.reports import text as text_module
from counselor_desk.reports.base import BODY, CELL, _fit
from counselor_desk.reports.fonts import REGULAR, printable, register_fonts
from counselor_desk.reports.model import Identity
from counselor_desk.reports.text import (
    BidiParagraph,
    cell,
    has_rtl,
    markup,
    paragraphs,
    visual,
    visual_lines,
)
from tests.test_reports import letter_model, summary

FATIMA = "فاطمة الزهراء"
SENTENCE = "بدأت المشاركة البرنامج بعد فترة من القلق الشديد وصعوبة في النوم"


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def pages_of(data: bytes) -> list[str]:
    return [nfkc(page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]


def is_joined_form(char: str) -> bool:
    return "\ufb50" <= char <= "\ufeff"


def test_arabic_name_is_joined_and_reversed_word_by_word() -> None:
    shown = visual(FATIMA)
    # drawn left to right, the last word comes first and each word's letters are reversed
    assert nfkc(shown) == FATIMA[::-1]
    assert shown.split(" ")[0] != FATIMA.split(" ")[1][::-1]  # joined forms, not plain letters
    assert all(is_joined_form(char) for char in shown if char != " ")


def test_hebrew_is_reversed_and_needs_no_joining() -> None:
    assert visual("שלום") == "םולש"
    assert visual("שלום עולם") == "םלוע םולש"


def test_a_right_to_left_run_inside_an_english_line_keeps_the_line_in_place() -> None:
    shown = visual("Name: فاطمة الزهراء · Chart: A-1")
    assert shown.startswith("Name: ")
    assert shown.endswith(" · Chart: A-1")
    assert nfkc(shown) == "Name: " + FATIMA[::-1] + " · Chart: A-1"


def test_numbers_read_left_to_right_inside_arabic() -> None:
    assert nfkc(visual("مرحبا 123 بكم")) == "مكب 123 ابحرم"


def test_brackets_in_a_right_to_left_run_are_mirrored() -> None:
    # typed "(father)" after the name; seen from the left the bracket that closes comes first,
    # and it must still be drawn as a closing-bracket shape pointing the right way
    assert nfkc(visual("محمد (أب)")) == "(بأ) دمحم"


def test_vowel_marks_are_kept() -> None:
    marks = [char for char in visual("مُحَمَّد") if unicodedata.category(char) == "Mn"]
    assert sorted(marks) == sorted("\u064f\u064e\u0651\u064e")


def test_a_joined_form_the_font_lacks_falls_back_to_printable_letters() -> None:
    # U+0677 (Uyghur) joins to U+FBDD, which DejaVu Sans does not have
    assert 0xFBDD not in printable()
    shown = visual("بٷب")
    assert all(ord(char) in printable() for char in shown)
    assert "\u06c7" in shown and "\u0674" in shown  # its letters, unjoined
    # the Allah ligature (U+FDF2) is not in the font either: the word prints as joined letters
    allah = visual("الله")
    assert "\ufdf2" not in allah and all(ord(char) in printable() for char in allah)
    assert nfkc(allah) == "الله"[::-1]


def test_latin_text_is_returned_untouched() -> None:
    text = "Sertraline 50 mg (daily) – Łukasz Żółć"
    assert not has_rtl(text)
    assert visual(text) is text
    assert isinstance(cell(text, CELL), Paragraph)
    assert not isinstance(cell(text, CELL), BidiParagraph)


def test_markup_escapes_right_to_left_text_too() -> None:
    assert markup("<b>محمد</b> & co") == "&lt;b&gt;" + visual("محمد") + "&lt;/b&gt; &amp; co"


def test_long_arabic_text_wraps_in_typing_order_within_the_width() -> None:
    register_fonts()
    text = " ".join([SENTENCE] * 4)
    lines = visual_lines(text, 150, REGULAR, 9.5)
    assert len(lines) > 3
    assert all(stringWidth(line, REGULAR, 9.5) <= 150 for line in lines)
    # read each printed line right to left, top line first: the typed text, in order
    assert " ".join(nfkc(line)[::-1] for line in lines) == text
    assert nfkc(lines[0])[::-1].startswith("بدأت المشاركة")


def test_one_word_wider_than_the_line_is_cut() -> None:
    register_fonts()
    lines = visual_lines("محمد" * 40, 60, REGULAR, 9.5)
    assert len(lines) > 1
    assert all(stringWidth(line, REGULAR, 9.5) <= 60 for line in lines)


def test_body_text_in_arabic_is_set_flush_right_but_table_cells_keep_their_column() -> None:
    body_paragraph = paragraphs(SENTENCE, BODY)[0]
    assert isinstance(body_paragraph, BidiParagraph)
    assert body_paragraph.style.alignment == 2  # TA_RIGHT
    assert cell(SENTENCE, CELL).style.alignment == CELL.alignment
    english_with_a_name = paragraphs(f"Met with {FATIMA} today.", BODY)[0]
    assert english_with_a_name.style.alignment == BODY.alignment


def test_header_line_is_cut_in_typing_order_and_fits() -> None:
    register_fonts()
    canvas = Canvas(io.BytesIO(), pagesize=LETTER)
    line = f"{FATIMA} " * 12 + "  ·  Chart A-1"
    shown = _fit(canvas, line, REGULAR, 8.5, 200)
    assert canvas.stringWidth(shown, REGULAR, 8.5) <= 200
    assert "…" in shown
    # the cut keeps the beginning of the typed line: the first name is on the right end
    # and the ellipsis stands where the cut is, at the left end of the right-to-left run
    assert nfkc(shown).startswith("...")
    assert nfkc(shown).endswith(FATIMA.split(" ")[0][::-1])


def test_discharge_summary_prints_arabic_and_hebrew_in_reading_order() -> None:
    identity = Identity(FATIMA, "A-1001", dt.date(1988, 4, 17))
    model = summary(
        identity=identity,
        presenting_problems=f"{SENTENCE}.\n\nHebrew note: שלום עולם",
        referral_source="مستشفى الأمل",
    )
    data = discharge.build(model)
    pages = pages_of(data)
    # every page header carries the name; pypdf hands the run back in typing order
    assert all(FATIMA in page for page in pages)
    assert "مستشفى الأمل" in pages[0]
    assert SENTENCE in " ".join(pages[0].split())
    assert "שלום עולם" in pages[0]


def test_a_long_arabic_note_breaks_across_pages_with_every_word() -> None:
    text = " ".join([SENTENCE] * 300)  # about 19,000 characters
    data = discharge.build(summary(presenting_problems=text))
    pages = pages_of(data)
    assert len(pages) > 4
    joined = " ".join(" ".join(pages).split())
    assert joined.count("المشاركة") == 300


def test_attendance_letter_names_the_participant_in_reading_order() -> None:
    data = letter.build(letter_model(identity=Identity(FATIMA, "A-1001", dt.date(1988, 4, 17))))
    assert all(FATIMA in page for page in pages_of(data))


def test_latin_documents_pay_nothing_for_right_to_left_support(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_layout(text: str) -> str:
        raise AssertionError(f"right-to-left layout ran on {text!r}")

    monkeypatch.setattr(text_module, "_shape", no_layout)
    pages = pages_of(discharge.build(summary()))
    assert len(pages) >= 2 and "Discharge Summary" in pages[0]
