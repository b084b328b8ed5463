"""What every document shares: the fallback font for emoji and symbols, the page header
(chart number and date of birth always whole, a long clinic name never lost), one reading
order for a mixed-script name, long text without stray breaks, and the page-break rules
(no heading last on a page, no table row split, short tables and the signature kept whole).

pypdf hands a right-to-left run back in typing order with the joined letter forms the page
draws, so text is compared after NFKC, which maps those forms back to plain letters.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader
from reportlab.platypus import Flowable, Paragraph, Spacer

from counselor_desk.domain.model import Discharge, DischargeReason, LevelOfCare, Referral
from counselor_desk.reports import discharge as discharge_pdf
from counselor_desk.reports import treatment_plan as treatment_plan_pdf
from counselor_desk.reports.base import (
    BODY,
    BOTTOM_MARGIN,
    CLINIC_FLOOR,
    CONFIDENTIAL,
    SHORT_TABLE,
    TOP_MARGIN,
    PageDecor,
    body,
    clinic_lines,
    closing,
    data_table,
    fields_table,
    frame_width,
    heading,
    participant_pages,
    render,
    signature_block,
    subheading,
)
from counselor_desk.reports.fonts import (
    BOLD,
    FALLBACK,
    REGULAR,
    fallback_file,
    fallback_printable,
    font_dirs,
    printed,
    register_fonts,
    text_width,
)
from counselor_desk.reports.model import PART2_NOTICE, Identity, Letterhead
from counselor_desk.reports.text import isolate, markup, paragraphs, visual
from counselor_desk.services import clinical, documents, participants
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from tests.test_documents import DISCHARGED, add_consent, make_caseload

WIDTH = frame_width("letter")
IDENTITY = Identity("Maria Lopez", "A-1001", dt.date(1988, 4, 17))
CHART_AND_BIRTH = "Chart A-1001 · DOB 1988-04-17"
EMOJI = "Great week 👍🏽 with the family 👨\u200d👩\u200d👧 party 🎉 done ✅ call ☎ with ♥"
MARKUP = "<b>bold</b> &amp; ]]> <font name='Symbola'>x</font> & <para>"
#: 80 characters: Latin, Arabic, Latin (the header must shorten it, never the chart number).
MIXED_FIRST = "Maria-Fernanda Alejandra فاطمة الزهراء"
MIXED_LAST = "بنت عبد الرحمن Castellanos de la Vega Paz"
MIXED_NAME = f"{MIXED_FIRST} {MIXED_LAST}"
RTL_FIRST = "فاطمة الزهراء Smith-Jones"


@pytest.fixture(autouse=True, scope="module")
def _fonts() -> None:
    register_fonts()


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def flat(text: str) -> str:
    return " ".join(text.split())


def pages_of(data: bytes) -> list[str]:
    return [nfkc(page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]


def fonts_of(data: bytes) -> set[str]:
    """The base names of every font a page of the PDF uses (subset prefix removed)."""
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


@dataclass(frozen=True)
class Page:
    """One page's text as lines, top to bottom: the header, the body, the footer."""

    header: list[str]
    content: list[str]
    footer: list[str]

    @property
    def text(self) -> str:
        return "\n".join([*self.header, *self.content, *self.footer])


def drawn_text(page: PageObject) -> dict[float, dict[float, str]]:
    """y -> x -> text: one text object (a line in runs of fonts) starts at one x."""
    drawn: dict[float, dict[float, str]] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        y = round(tm[5] * cm[3] + cm[5], 1)
        x = round(tm[4] * cm[0] + cm[4], 1)
        line = drawn.setdefault(y, {})
        line[x] = line.get(x, "") + text.replace("\n", "")

    page.extract_text(visitor_text=visit)
    return drawn


def split_pages(data: bytes) -> list[Page]:
    """Each page's printed lines by where they stand: above the body frame (the header),
    below it (the footer), or in it."""
    found = []
    for page in PdfReader(io.BytesIO(data)).pages:
        drawn = drawn_text(page)
        height = float(page.mediabox.height)
        lines = {y: " ".join(part[x] for x in sorted(part)) for y, part in drawn.items()}
        ordered = [(y, nfkc(lines[y])) for y in sorted(lines, reverse=True) if lines[y].strip()]
        found.append(
            Page(
                header=[text for y, text in ordered if y > height - TOP_MARGIN],
                content=[text for y, text in ordered if BOTTOM_MARGIN <= y <= height - TOP_MARGIN],
                footer=[text for y, text in ordered if y < BOTTOM_MARGIN],
            )
        )
    return found


def decor(**changes: object) -> PageDecor:
    letterhead = Letterhead(str(changes.pop("clinic", "Riverbend Behavioral Health")))
    identity = changes.pop("identity", IDENTITY)
    assert isinstance(identity, Identity)
    return participant_pages(letterhead, "Discharge Summary", identity)


def build(story: list[Flowable], page_decor: PageDecor | None = None) -> list[Page]:
    data = render(page_decor or decor(), story, title="t", author="a", subject="s")
    return split_pages(data)


def filler(count: int) -> list[Flowable]:
    return [Paragraph(f"Filler line {n}", BODY) for n in range(count)]


# -- fonts and the fallback -----------------------------------------------------------------


def test_emoji_and_symbols_print_in_the_fallback_font_and_read_back() -> None:
    data = render(decor(), body(EMOJI), title="t", author="a", subject="s")
    text = flat(pages_of(data)[0])
    for shown in ("👍", "👨👩👧", "🎉", "✅", "☎", "♥"):
        assert shown in text
    assert FALLBACK in fonts_of(data)
    assert "Great week 👍 with the family 👨👩👧 party 🎉 done ✅ call ☎ with ♥" in text


def test_the_fallback_font_and_its_licence_ship_with_the_app() -> None:
    shipped = font_dirs()[0]
    assert fallback_file() == shipped / "Symbola-subset.ttf"
    assert "free for any use" in (shipped / "LICENSE-Symbola.txt").read_text(encoding="utf-8")
    pyproject = (shipped.parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"share/counselor-desk/fonts" = ["resources/fonts/*"]' in pyproject


def test_a_document_without_a_symbol_embeds_no_fallback_font() -> None:
    data = render(
        decor(), body("Plain words only – Łukasz Żółć."), title="t", author="a", subject="s"
    )
    assert FALLBACK not in fonts_of(data)
    assert {REGULAR, BOLD} <= fonts_of(data)


def test_emoji_in_the_header_a_table_and_a_heading_are_kept() -> None:
    name = Identity("Maria 😀 Lopez", "A-1001", dt.date(1988, 4, 17))
    story = [
        heading("Goals 🎯"),
        data_table(["Goal", "Status"], [["Sleep better 😴", "Met ✅"]], [WIDTH * 0.7, WIDTH * 0.3]),
        fields_table([("Strengths", "Humour 😂")], WIDTH),
    ]
    page = flat(build(story, decor(identity=name, clinic="Riverbend 🌊 Health"))[0].text)
    for shown in ("Maria 😀 Lopez · Chart A-1001", "Riverbend 🌊 Health", "Goals 🎯"):
        assert shown in page
    for shown in ("Sleep better 😴", "Met ✅", "Humour 😂"):
        assert shown in page


def test_presentation_glue_is_dropped_and_the_emoji_themselves_kept() -> None:
    assert printed("👍🏽") == "👍"  # the skin tone modifies the thumb
    assert printed("👨\u200d👩\u200d👧") == "👨👩👧"  # the family as its people
    assert printed("❤️") == "❤"  # the emoji variation selector
    assert printed("1️⃣") == "1"  # the keycap
    assert printed("🇺🇸") == "[flag US]"  # two boxed letters would read as missing glyphs
    assert printed("🇺") == "[regional indicator symbol letter u]"
    assert printed("🏽") == "🏽"  # a swatch typed alone is what was typed
    arabic_joiner = "ل\u200dا"
    assert printed(arabic_joiner) == arabic_joiner  # a joiner between letters shapes them


def test_a_character_neither_font_has_prints_as_a_visible_placeholder() -> None:
    assert 0x1FAE0 not in fallback_printable()
    assert printed("so 🫠 today") == "so [melting face] today"
    assert printed("name राम") == "name [U+0930 U+093E U+092E]"  # one bracket for a run
    assert printed("张伟 and 张") == "[U+5F20 U+4F1F] and [U+5F20]"
    text = flat(build(body("Felt 🫠 then wrote राम."))[0].text)
    assert "Felt [melting face] then wrote [U+0930 U+093E U+092E]." in text


def test_markup_characters_print_literally_everywhere() -> None:
    name = Identity(MARKUP[:20], "A-1001", dt.date(1988, 4, 17))
    story = [
        heading(MARKUP),
        subheading(MARKUP),
        *body(MARKUP),
        data_table(["Typed"], [[MARKUP]], [WIDTH]),
    ]
    page = build(story, decor(identity=name, clinic=MARKUP))[0]
    assert [flat(line) for line in page.content] == [MARKUP, MARKUP, MARKUP, "Typed", MARKUP]
    header = flat(" ".join(page.header))
    assert header.startswith(flat(MARKUP)[:30])  # the clinic
    assert f"{flat(MARKUP[:20])} · {CHART_AND_BIRTH}" in header  # the name
    assert markup("a & <b>") == "a &amp; &lt;b&gt;"


# -- the page header -----------------------------------------------------------------------


@pytest.mark.parametrize("name", [MIXED_NAME, MIXED_NAME * 2, "W" * 200, "فاطمة " * 30])
def test_a_long_name_never_pushes_out_the_chart_number_and_date_of_birth(name: str) -> None:
    assert len(MIXED_NAME) == 80
    identity = Identity(name, "A-1001", dt.date(1988, 4, 17))
    pages = build([*filler(10), *body("word " * 3000)], decor(identity=identity))
    assert len(pages) > 1
    for page in pages:
        participant = flat(page.header[-1])
        assert participant.endswith(CHART_AND_BIRTH)
        assert "..." in participant  # NFKC of the ellipsis


def test_a_name_that_fits_is_printed_whole_before_the_chart_number() -> None:
    page = build(body("Text."))[0]
    assert [flat(line) for line in page.header] == [
        "Riverbend Behavioral Health Discharge Summary",
        f"Maria Lopez · {CHART_AND_BIRTH}",
    ]


def test_a_mixed_script_name_reads_in_the_same_order_in_the_header_and_the_body() -> None:
    identity = Identity(RTL_FIRST, "A-1001", dt.date(1988, 4, 17))
    story = [fields_table([("Name", RTL_FIRST)], WIDTH), *body(f"Seen with {isolate(RTL_FIRST)}")]
    page = build(story, decor(identity=identity))[0]
    header_name = flat(page.header[-1]).split(" · Chart")[0]
    cell = next(line for line in page.content if "Smith" in line and not line.startswith("Seen"))
    body_name = flat(cell).removeprefix("Name ")  # the label may share the line
    assert header_name == body_name
    assert flat(page.content[-1]) == f"Seen with {header_name}"  # in a sentence too
    # drawn left to right, the name reads in its own direction (right to left) in both places;
    # as a run inside an English line it would have read the other way
    assert visual(RTL_FIRST).startswith("Smith-Jones")
    assert not visual(f"{RTL_FIRST} · Chart", rtl=False).startswith("Smith-Jones")
    # an isolated name does not turn the sentence around it right to left
    assert paragraphs(f"Met {isolate(RTL_FIRST)} today", BODY)[0].style.alignment == BODY.alignment


def test_a_long_clinic_name_is_set_smaller_then_on_two_lines_never_cut() -> None:
    beside, below = 300.0, 500.0
    assert clinic_lines("Riverbend Behavioral Health", beside, below) == (
        9.0,
        ["Riverbend Behavioral Health"],
    )
    name = "The Riverbend Valley Center for Behavioral Health and Recovery Services of Union County"
    size, lines = clinic_lines(name, beside, below)
    assert size == CLINIC_FLOOR and len(lines) == 2
    assert " ".join(lines) == name
    assert text_width(lines[0], BOLD, size) <= beside and text_width(lines[1], BOLD, size) <= below
    name = f"{name}, Addiction Medicine and Family Services of the Greater Springfield Area"
    page = build(body("Text."), decor(clinic=name))[0]
    assert len(page.header) == 3  # two lines of the clinic (the title beside the first)
    assert page.header[0].endswith("Discharge Summary")
    clinic = f"{page.header[0].removesuffix('Discharge Summary')} {page.header[1]}"
    assert flat(clinic) == name
    assert flat(page.header[2]).endswith(CHART_AND_BIRTH)


def test_a_clinic_name_longer_than_two_lines_ends_with_an_ellipsis_at_a_blank() -> None:
    name = " ".join(["Behavioral"] * 40)
    size, lines = clinic_lines(name, 300.0, 500.0)
    assert len(lines) == 2 and lines[-1].endswith("Behavioral…")
    assert text_width(lines[0], BOLD, size) <= 300.0 and text_width(lines[1], BOLD, size) <= 500
    size, lines = clinic_lines("W" * 300, 300.0, 500.0)
    assert len(lines) == 1 and lines[0].endswith("…") and text_width(lines[0], BOLD, size) <= 300


def test_a_right_to_left_clinic_name_wraps_in_reading_order() -> None:
    name = "مركز الأمل للصحة السلوكية والتعافي في مقاطعة يونيون وخدمات الأسرة والطب"
    size, lines = clinic_lines(name, 200.0, 500.0)
    assert size == CLINIC_FLOOR and len(lines) == 2
    # each line drawn right to left: read back, the first line holds the first words
    assert f"{nfkc(lines[0][::-1])} {nfkc(lines[1][::-1])}" == name


# -- long text -----------------------------------------------------------------------------


def words_of(count: int) -> str:
    return " ".join(f"w{n:04d}" for n in range(count))


def test_a_5000_character_paragraph_flows_with_no_stray_break() -> None:
    typed = words_of(1000)[:5000].rsplit(" ", 1)[0]
    assert len(paragraphs(typed, BODY)) == 1
    pages = build(body(typed))
    lines = [line for page in pages for line in page.content]
    assert flat(" ".join(lines)) == flat(typed)
    # every line but the last is full: the first word of the next line would not have fit
    for line, following in itertools.pairwise(lines):
        first_word = following.split()[0]
        assert text_width(f"{line} {first_word}", REGULAR, BODY.fontSize) > WIDTH - 1


def test_a_100_kb_paragraph_splits_across_pages_quickly_and_whole() -> None:
    typed = words_of(20_000)
    started = time.perf_counter()
    data = render(decor(), body(typed), title="t", author="a", subject="s")
    assert time.perf_counter() - started < 10  # was minutes-scale growth before the fix
    pages = split_pages(data)
    assert len(pages) > 20
    assert flat(" ".join(line for page in pages for line in page.content)) == typed


# -- page breaks ---------------------------------------------------------------------------


def heading_is_never_last(pages: Sequence[Page], *headings: str) -> None:
    for page in pages:
        assert page.content, "an empty page"
        assert flat(page.content[-1]) not in headings, f"{page.content[-1]!r} ends a page"


def table(rows: int, words: int = 6) -> Flowable:
    cells = [[f"ROW{n}-START " + "text " * words + f"ROW{n}-END", "2026"] for n in range(rows)]
    return data_table(["Referral", "When"], cells, [WIDTH * 0.7, WIDTH * 0.3])


@pytest.mark.parametrize(
    "after",
    [
        lambda: body("word " * 400),
        lambda: [table(20, words=30)],
        lambda: [subheading("Second HEAD"), *body("word " * 200)],
        lambda: [Spacer(1, 8), table(20)],
        lambda: [table(4)],
        lambda: closing(body("Last words."), signature_block("Dana Reyes", "Signed", WIDTH)),
    ],
    ids=["long text", "long table", "subheading", "spacer then table", "short table", "closing"],
)
def test_a_heading_never_ends_a_page(after: object) -> None:
    assert callable(after)
    for lines_before in range(28, 44):
        story = [*filler(lines_before), heading("Aftercare HEAD"), *after()]
        pages = build(story)
        heading_is_never_last(pages, "Aftercare HEAD", "Second HEAD")


def test_a_heading_moves_with_the_start_of_a_long_section_not_all_of_it() -> None:
    pages = build([*filler(20), heading("Aftercare HEAD"), *body("word " * 1500)])
    assert "Aftercare HEAD" in pages[0].content  # the page is not left half blank before it


def test_a_table_row_that_would_straddle_the_page_moves_whole() -> None:
    for lines_before in range(20, 40, 3):
        pages = build([*filler(lines_before), table(30, words=40)])
        for n in range(30):
            holding = [i for i, page in enumerate(pages) if f"ROW{n}-" in page.text]
            assert len(holding) == 1, f"row {n} is on pages {holding}"
            assert f"ROW{n}-END" in pages[holding[0]].text


def test_a_row_taller_than_a_page_is_split_and_keeps_every_word() -> None:
    typed = words_of(2500)  # about 3 pages in one cell
    pages = build([*filler(5), data_table(["Plan"], [[typed]], [WIDTH])])
    assert len(pages) >= 3
    printed_words = flat(" ".join(line for page in pages for line in page.content)).split()
    assert [word for word in printed_words if word.startswith("w")] == typed.split()


@pytest.mark.parametrize("rows", [1, 6, SHORT_TABLE])
def test_a_short_table_is_kept_on_one_page(rows: int) -> None:
    for lines_before in range(24, 40):
        pages = build([*filler(lines_before), table(rows, words=20)])
        holding = {i for i, p in enumerate(pages) for n in range(rows) if f"ROW{n}-" in p.text}
        assert len(holding) == 1, f"{rows} rows over pages {holding} after {lines_before} lines"


def test_a_long_table_still_fills_the_page_it_starts_on() -> None:
    pages = build([*filler(30), table(SHORT_TABLE + 12)])
    assert "ROW0-START" in pages[0].text


def test_the_signature_block_never_stands_alone() -> None:
    for lines_before in range(28, 42):
        signature = signature_block("Dana Reyes, LCSW", "Electronically signed", WIDTH)
        story = [*filler(lines_before), *closing(body("Last words."), signature)]
        pages = build(story)
        page = next(p.text for p in pages if "Electronically signed" in p.text)
        assert "Counselor" in page and "Last words." in page


# -- real documents ------------------------------------------------------------------------


def hostile_caseload(db: Database, clock: FixedClock) -> int:
    """A participant with an 80-character mixed-script name, a 200-line aftercare plan,
    emoji and markup characters in the typed fields, discharged."""
    caseload = make_caseload(db, clock, first_name=MIXED_FIRST, last_name=MIXED_LAST)
    pid = caseload.participant.id
    participant = participants.get(db, pid)
    assert participant.legal_name == MIXED_NAME
    aftercare = "\n".join(f"{n}. Step {n} of the plan {MARKUP} 🎉" for n in range(1, 201))
    clinical.record_discharge(
        db,
        Discharge(
            participant_id=pid,
            discharge_date=DISCHARGED,
            reason=DischargeReason.COMPLETED,
            condition_at_discharge=f"Doing well 👍🏽 {MARKUP} " + "steady " * 600,
            recommended_level=LevelOfCare.OP,
            aftercare_plan=aftercare,
            relapse_prevention_plan="Call my sister ☎ " + "and breathe " * 300,
            medications_at_discharge="Sertraline 100 mg daily",
            referrals=tuple(
                Referral(
                    provider=f"Provider {n} {MARKUP}",
                    service="Outpatient therapy " + "with a long description " * 7,
                    phone="(973) 555-0177",
                )
                for n in range(12)
            ),
        ),
        clock,
    )
    return pid


def check_hostile_pages(data: bytes) -> None:
    pages = split_pages(data)
    assert len(pages) > 2
    for page in pages:
        assert flat(page.header[-1]).endswith(CHART_AND_BIRTH), page.header


def test_a_hostile_discharge_summary_keeps_the_header_and_every_line(
    db: Database, clock: FixedClock
) -> None:
    pid = hostile_caseload(db, clock)
    data = discharge_pdf.build(documents.discharge_summary_model(db, pid, clock))
    check_hostile_pages(data)
    text = flat(" ".join(pages_of(data)))
    assert all(f"{n}. Step {n} of the plan {flat(MARKUP)} 🎉" in text for n in range(1, 201))
    assert "Doing well 👍" in text and "Call my sister ☎" in text
    assert FALLBACK in fonts_of(data)
    assert not re.search(r"ROW|\ufffd", text)


def test_a_hostile_treatment_plan_keeps_the_header_on_every_page(
    db: Database, clock: FixedClock
) -> None:
    pid = hostile_caseload(db, clock)
    data = treatment_plan_pdf.build(documents.treatment_plan_model(db, pid, clock))
    assert all(flat(page.header[-1]).endswith(CHART_AND_BIRTH) for page in split_pages(data))


# -- the footer ----------------------------------------------------------------------------


def footers(data: bytes, lines_above: int) -> list[str]:
    """Each page's footer as one line of text: what is printed below the body frame, whose
    foot rises by 0.15 inch for each line above the confidentiality line."""
    found = []
    for page in PdfReader(io.BytesIO(data)).pages:
        drawn = drawn_text(page)
        below = float(BOTTOM_MARGIN) + 0.15 * 72 * lines_above
        lines = [" ".join(drawn[y][x] for x in sorted(drawn[y])) for y in sorted(drawn)]
        kept = [line for y, line in zip(sorted(drawn), lines, strict=True) if y < below]
        found.append(flat(nfkc(" ".join(reversed(kept)))))
    return found


def check_footers(data: bytes, document_id: str, lines_above: int = 1) -> list[str]:
    """Every page's footer holds the whole confidentiality line, the whole document ID and
    'Page X of Y', and nothing in it is shortened."""
    pages = footers(data, lines_above)
    for number, footer in enumerate(pages, start=1):
        assert CONFIDENTIAL in footer, footer
        assert f"Document ID {document_id}" in footer, footer
        assert f"Page {number} of {len(pages)}" in footer, footer
        assert "…" not in footer, footer
    return pages


@pytest.mark.parametrize("page_size", ["letter", "a4"])
@pytest.mark.parametrize("substance_use", [False, True], ids=["plain", "part-2"])
def test_the_confidentiality_line_and_the_document_id_are_whole_on_every_page(
    db: Database, clock: FixedClock, tmp_path: Path, page_size: str, substance_use: bool
) -> None:
    pid = make_caseload(db, clock, page_size=page_size, substance_use=substance_use).participant
    hillside = add_consent(db, clock, pid.id)
    documents.export_continuity(db, pid.id, tmp_path / "c.pdf", clock, hillside.id)
    court = add_consent(db, clock, pid.id, recipient="Union County Drug Court")
    documents.export_attendance_letter(
        db,
        pid.id,
        tmp_path / "l.pdf",
        clock,
        dt.date(2026, 1, 5),
        dt.date(2026, 3, 2),
        recipient="Union County Drug Court",
        purpose="Court",
        consent_id=court.id,
    )
    summary, letter = sorted(clinical.disclosures(db, pid.id), key=lambda row: row.id)
    for name, row in (("c.pdf", summary), ("l.pdf", letter)):
        data = (tmp_path / name).read_bytes()
        assert len(PdfReader(io.BytesIO(data)).pages) >= 2
        # the Part 2 notice shares its line with the document ID; else the ID has its own
        printed_footers = check_footers(data, row.document_id)
        assert all((PART2_NOTICE in footer) is substance_use for footer in printed_footers)


@pytest.mark.parametrize("page_size", ["letter", "a4"])
def test_a_reprint_s_line_the_notice_and_the_document_id_each_keep_their_room(
    page_size: str,
) -> None:
    copy_of = (
        "Copy of the discharge summary electronically signed by Dana Reyes, LPC, LCADC on "
        "2026-02-27 14:05"
    )
    page_decor = PageDecor(
        clinic_name="Riverbend Behavioral Health",
        title="Discharge Summary",
        participant="Maria Lopez",
        notice=PART2_NOTICE,
        copy_of=copy_of,
        page_size=page_size,
        document_id="CD-20260302-ABCDEFGH",
    )
    data = render(page_decor, filler(120), title="t", author="a", subject="s")
    printed_footers = check_footers(data, "CD-20260302-ABCDEFGH", lines_above=3)
    assert len(printed_footers) >= 2
    for footer in printed_footers:
        assert copy_of in footer and PART2_NOTICE in footer
        assert "Filler" not in footer  # the body stays above the footer's lines
