"""`fold`: text without accents and case, the same as the plain rule character by character."""

from __future__ import annotations

import sys
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from counselor_desk.domain.model import fold

EXTRA = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


def reference(text: str) -> str:
    """The rule as written: case folded, decomposed, accents dropped, a few letters mapped."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(EXTRA)


def test_names_and_words_fold_as_a_counselor_expects() -> None:
    assert fold("Łukasz Ærøskøbing") == "lukasz aeroskobing"
    assert fold("José Muñoz-Straße") == "jose munoz-strasse"
    assert fold("e\u0301 Ａ ﬁ") == "e a fi"  # a loose accent, a wide letter, a ligature


def test_every_character_folds_as_the_rule_says() -> None:
    codes = [code for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF]
    for start in range(0, len(codes), 512):
        text = "".join(f"a{chr(code)}B" for code in codes[start : start + 512])
        assert fold(text) == reference(text), hex(codes[start])


LETTERS = st.text(
    alphabet=st.sampled_from("aAeEéÉñÑłŁøØßæÆœŒıİçÇüÜ–’ﬁ ΣσςὈ日\u0301\u0308\u0323\u0345xyz1"),
    max_size=20,
)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(LETTERS, st.text(max_size=20)))
def test_any_text_folds_as_the_rule_says(text: str) -> None:
    assert fold(text) == reference(text)
