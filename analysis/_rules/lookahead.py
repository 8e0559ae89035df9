"""First-character lookaheads derived from the patterns they guard, never kept by hand.

A pattern that opens with an optional part (or with many alternatives) is tried in full at every
position; a lookahead on the characters a match can open with lets the regex engine pass over
the rest of the text after one test. ``lookahead(pattern)`` computes that set from the parsed
pattern itself, so it cannot miss a character the pattern gains later.
"""

from __future__ import annotations

import re
from re import _constants as sre  # the parser's opcodes (Python's own, used by re.compile)
from re import _parser as sre_parse

_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D",
               sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S",
               sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


class _Firsts:
    """The characters, ranges and classes (\\d, \\s …) a match can open with."""

    def __init__(self, ignore_case: bool) -> None:
        self.ignore_case = ignore_case
        self.characters: set[str] = set()
        self.ranges: set[tuple[int, int]] = set()
        self.categories: set[str] = set()

    def add_character(self, code: int) -> None:
        character = chr(code)
        self.characters.add(character)
        if self.ignore_case:
            self.characters.update({character.lower(), character.upper()} - {""})

    def add_range(self, low: int, high: int) -> None:
        self.ranges.add((low, high))
        if self.ignore_case and high < 128:
            for code in range(low, high + 1):
                self.add_character(code)

    def sequence(self, items: sre_parse.SubPattern | list) -> bool:
        """Add what a sequence can open with; whether it can match the empty string."""
        for op, argument in items:
            if not self.item(op, argument):
                return False
        return True

    def item(self, op: object, argument: object) -> bool:
        """Add what one parsed item can open with; whether it can match the empty string."""
        if op is sre.LITERAL:
            self.add_character(argument)
        elif op is sre.IN:
            self.charset(argument)
        elif op is sre.CATEGORY and argument in _CATEGORIES:
            self.categories.add(_CATEGORIES[argument])
        elif op is sre.BRANCH:
            nullable = [self.sequence(branch) for branch in argument[1]]  # every branch adds
            return any(nullable)
        elif op is sre.SUBPATTERN:
            _, added, removed, body = argument
            outer = self.ignore_case
            self.ignore_case = bool((outer or added & re.IGNORECASE) and not removed & re.IGNORECASE)
            try:
                return self.sequence(body)
            finally:
                self.ignore_case = outer
        elif op is sre.ATOMIC_GROUP:
            return self.sequence(argument)
        elif op in _REPEATS:
            low, _, body = argument
            return self.sequence(body) or low == 0
        elif op in _ZERO_WIDTH:
            return True
        else:  # any character, a negated one, a back reference: no set to look ahead on
            raise ValueError(f"no first-character set for {op} in a pattern")
        return False

    def charset(self, items: list) -> None:
        for op, argument in items:
            if op is sre.LITERAL:
                self.add_character(argument)
            elif op is sre.RANGE:
                self.add_range(*argument)
            elif op is sre.CATEGORY and argument in _CATEGORIES:
                self.categories.add(_CATEGORIES[argument])
            else:  # a negated class ([^…]) opens with almost anything
                raise ValueError(f"no first-character set for {op} in a class")

    def body(self) -> str:
        """The set as the inside of a character class, in a stable order."""
        ranges = sorted(self.ranges)
        covered = {c for c in self.characters if any(lo <= ord(c) <= hi for lo, hi in ranges)}
        return ("".join(sorted(self.categories))
                + "".join(f"{_escape(chr(lo))}-{_escape(chr(hi))}" for lo, hi in ranges)
                + "".join(_escape(c) for c in sorted(self.characters - covered)))


def _escape(character: str) -> str:
    return "\\" + character if character in "\\]^-[" else re.escape(character)


def first_characters(pattern: str, flags: int = 0) -> str:
    """The inside of a character class holding every character a match of ``pattern`` (compiled
    with ``flags``) can open with; ValueError if it can match the empty string or open with any
    character (``.``, ``[^…]``)."""
    parsed = sre_parse.parse(pattern, flags)
    firsts = _Firsts(bool(parsed.state.flags & re.IGNORECASE))
    if firsts.sequence(parsed):
        raise ValueError("a pattern that can match the empty string has no first character")
    return firsts.body()


def lookahead(pattern: str, flags: int = 0) -> str:
    """``(?=[…])`` on the characters a match of ``pattern`` can open with: put before the
    pattern, it lets the regex engine skip every other position after one test."""
    return f"(?=[{first_characters(pattern, flags)}])"


def trie(words) -> str:
    """An alternation of literal ``words`` as a trie (医(?:院|疗集团)|…): the regex engine follows
    one character at a time instead of trying every word, and the longest word wins at each
    position, as in an alternation sorted longest first."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}  # a word ends here
    return _branches(root)


def _branches(node: dict[str, dict]) -> str:
    """The pattern of a trie node's continuations (longest first: the end of a word, if any,
    is tried last)."""
    parts = [re.escape(character) + _branches(child)
             for character, child in sorted(node.items()) if character]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(parts) > 1 or len(parts[0]) > 1 else body + "?"
