"""The language data package analysis/_rules: derived lookaheads, and both scripts in every list."""

from __future__ import annotations

import re

import pytest

from analysis._rules.lookahead import first_characters, lookahead


def _opening(body: str) -> set[str]:
    """The characters of the BMP a class body admits."""
    admitted = re.compile(f"[{body}]")
    return {chr(c) for c in range(0x10000) if admitted.match(chr(c))}


@pytest.mark.parametrize("pattern, flags, opens", [
    ("责任编辑|相關推薦", 0, "责相"),                          # alternatives, both scripts
    ("(?:截至|自)?(?:今年|去年)", 0, "截自今去"),            # an optional part, then the rest
    ("(?P<a>[12]\\d)?(?<!x)[甲乙]", 0, "12甲乙"),            # classes; a lookbehind is zero-width
    ("(?>a*+)b", 0, "ab"),                                    # atomic group, possessive repeat
    ("notice|©", re.IGNORECASE, "nN©"),                       # both cases when case is ignored
    ("(?i:c)opy", 0, "cC"),                                   # … also for a group's own flag
    ("[0-3]{2}年", 0, "0123"),                                # a range
    ("\\d+前|刚刚", 0, "\\d刚"),                               # a category
])
def test_first_characters_of_a_pattern(pattern, flags, opens):
    assert _opening(first_characters(pattern, flags)) == _opening(opens)


@pytest.mark.parametrize("pattern", ["a?", "(?:x|)", "(?=a)", ".b", "[^a]b", "(a)?\\1b"])
def test_no_first_characters_for_an_empty_match_or_any_character(pattern):
    with pytest.raises(ValueError):
        first_characters(pattern)


def test_lookahead_lets_through_what_the_pattern_matches_and_nothing_else():
    pattern = "(?:截至|截止)?(?:19|20)\\d{2}年"
    guarded = re.compile(lookahead(pattern) + pattern)
    for text in ("截至2024年", "2024年", "截止1999年"):
        assert guarded.match(text)
    assert not re.compile(lookahead(pattern)).match("今年")
