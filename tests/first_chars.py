"""Every character a match of a regex can open with, read from the parsed pattern: what a
hand-kept first-character lookahead must admit, checked over all of Unicode at once.

The set is an over-approximation where the pattern is subtle (a lookaround, a back-reference or
a negated class counts as "any character"), never an under-approximation, so a lookahead that
admits it admits every real match; a pattern that can match the empty string opens with
nothing and is reported as such (``NULLABLE``).
"""

from __future__ import annotations

import re
import sys
from functools import cache
from re import _constants as C  # the parser's opcodes
from re import _parser

NULLABLE = "the pattern can match the empty string"
ANY = "any character"
_UNICODE = range(sys.maxunicode + 1)


def _chars_of(item: tuple, flags: int) -> set[int] | str:
    """The code points one class item (LITERAL, RANGE, CATEGORY) stands for."""
    op, av = item
    if op is C.LITERAL:
        return {av}
    if op is C.RANGE:
        return set(range(av[0], av[1] + 1))
    if op is C.CATEGORY:
        escape = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D",
                  C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S",
                  C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}[av]
        return set(_category(escape, flags & re.ASCII))
    return ANY


@cache
def _category(escape: str, flags: int) -> frozenset[int]:
    one = re.compile(escape, flags)
    return frozenset(c for c in _UNICODE if not 0xD800 <= c <= 0xDFFF and one.match(chr(c)))


def _first(sub, flags: int) -> tuple[set[int] | str, bool]:
    """(the opening characters of ``sub``, whether it can match the empty string)."""
    found: set[int] = set()
    for op, av in sub:
        chars, nullable = _first_of(op, av, flags)
        if chars == ANY:
            return ANY, False
        found |= chars
        if not nullable:
            return found, False
    return found, True


def _first_of(op, av, flags: int) -> tuple[set[int] | str, bool]:
    if op is C.LITERAL:
        return {av}, False
    if op in (C.NOT_LITERAL, C.ANY, C.GROUPREF):
        return ANY, False
    if op is C.IN:
        if any(o is C.NEGATE for o, _ in av):
            return ANY, False
        chars: set[int] = set()
        for item in av:
            more = _chars_of(item, flags)
            if more == ANY:
                return ANY, False
            chars |= more
        return chars, False
    if op is C.BRANCH:
        chars, nullable = set(), False
        for branch in av[1]:
            more, empty = _first(branch, flags)
            if more == ANY:
                return ANY, False
            chars, nullable = chars | more, nullable or empty
        return chars, nullable
    if op is C.SUBPATTERN:
        return _first(av[3], flags)
    if op is C.ATOMIC_GROUP:
        return _first(av, flags)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, body = av
        chars, nullable = _first(body, flags)
        return chars, nullable or low == 0
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero-width: opens with what follows
        return set(), True
    return ANY, False  # an opcode not handled here: claim nothing about it


def first_characters(pattern: re.Pattern[str]) -> set[str] | str:
    """The characters a match of ``pattern`` can open with, or ``ANY`` or ``NULLABLE``."""
    chars, nullable = _first(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    if nullable:
        return NULLABLE
    return chars if chars == ANY else {chr(c) for c in chars}
