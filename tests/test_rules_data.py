"""The language data package analysis/_rules: derived lookaheads, and both scripts in every list."""

from __future__ import annotations

import re
from pathlib import Path

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


# --- both scripts in every word list --------------------------------------------------------

_FOLD_INPUTS = {"t2s.PAIRS", "numerals.FOLDED_TRADITIONAL", "places.TRADITIONAL"}  # the map's own
# Entries whose pair is not the t2s fold: 參 is a financial 三 in traditional text, its simplified
# fold 参 is not (the simplified financial numeral is 叁, listed).
_NOT_FOLD_PAIRS = {("numerals.FINANCIAL", "參")}
# Parts of a list another constant completes: MORE_HEADS is a part of institutions.HEADS;
# AGED_GROUP, BORN_GROUP and LOW_BIRTH_WEIGHT_GROUP name groups of cues.POPULATIONS, which holds
# their forms in both scripts.
_PARTS = {"cues.MORE_HEADS", "cues.AGED_GROUP", "cues.BORN_GROUP", "cues.LOW_BIRTH_WEIGHT_GROUP"}
# Lists and patterns matched on folded text: simplified forms are all they need of the characters
# folded (labels: every character, by the t2s map; places: the gazetteer's; numerals and the
# dates and times numbers reads: the number patterns' own).
_TIME_OF_NUMBERS = {"MENTION_YEAR", "MENTION_MONTH", "MENTION_DAY", "MONTH_SUFFIX", "HOUR",
                    "CDATE", "TOD", "AMPM", "AFTERNOON", "CN_MONTH", "CN_DAY"}
# Strings that are sets of characters, not words (REFERRING: 该/該院, 本院; the characters before
# 约/近 that make a word of it, put in a class): each character is an entry.
_CHARACTER_SETS = {"institutions.REFERRING", "numerals.NOT_PRECEDED_BY", "numerals.NOT_BEFORE_PO",
                   "numerals.ROUND_PREFIX_NOT_AFTER"}


def _constants() -> dict[str, object]:
    """Every constant a module of analysis/_rules defines itself (not the ones it imports)."""
    import ast
    import importlib
    import pkgutil

    import analysis._rules as package

    found = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"analysis._rules.{info.name}")
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        for node in tree.body:
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, ast.AnnAssign) else []
            for target in targets:
                names = target.elts if isinstance(target, ast.Tuple) else [target]
                for name in names:
                    if isinstance(name, ast.Name) and name.id.isupper():
                        found[f"{info.name}.{name.id}"] = getattr(module, name.id)
    return found


def _literal_words(pattern: str) -> set[str]:
    """The literal words of a pattern: each run of literal characters, each member of a class."""
    from re import _constants as sre
    from re import _parser as sre_parse

    words: set[str] = set()

    def walk(items) -> None:
        run = ""
        for op, argument in items:
            if op is sre.LITERAL:
                run += chr(argument)
                continue
            words.add(run)
            run = ""
            if op is sre.IN:
                words.update(chr(a) for o, a in argument if o is sre.LITERAL)
            elif op is sre.BRANCH:
                for branch in argument[1]:
                    walk(branch)
            elif op in (sre.SUBPATTERN,):
                walk(argument[3])
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                walk(argument[2])
            elif op in (sre.ATOMIC_GROUP,):
                walk(argument)
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                walk(argument[1])
        words.add(run)

    walk(sre_parse.parse(pattern))
    return {word for word in words if re.search("[\u3400-\u9fff]", word)}


def _words(value: object, pattern: bool) -> set[str]:
    """The words of a constant: entries of a list, keys and values of a table, a pattern's words."""
    if isinstance(value, str):
        return _literal_words(value) if pattern else {value}
    if isinstance(value, dict):
        return _words(tuple(value), False) | _words(tuple(value.values()), True)
    if isinstance(value, (tuple, list, frozenset, set)):
        return set().union(*(_words(item, pattern) for item in value)) if value else set()
    return set()


def _word_lists() -> dict[str, set[str]]:
    lists = {}
    for name, value in _constants().items():
        if name in _FOLD_INPUTS or name in _PARTS:
            continue
        if name in _CHARACTER_SETS:
            words = set(value) if isinstance(value, str) else set(value) | set("".join(value.values()))
        else:
            words = _words(value, pattern=isinstance(value, str) and len(value) > 1)
        if words:
            lists[name] = words
    return lists


_LISTS = _word_lists()


@pytest.mark.parametrize("name", sorted(_LISTS))
def test_every_traditional_entry_has_its_simplified_form(name):
    from analysis.folding import to_simplified

    words = _LISTS[name]
    missing = sorted(word for word in words if to_simplified(word) != word
                     and to_simplified(word) not in words and (name, word) not in _NOT_FOLD_PAIRS)
    assert not missing, f"{name}: no simplified form of {missing}"


_FIGURES_AS_WRITTEN = {"ZERO", "NOT_A_FIGURE_AFTER", "SINCE"}


# The entity finder reads a folded copy of the text (every character, by the t2s map).
_ENTITY_WORDS_FOLDED = {"institutions.ZONE_SHORT", "places.LISTED_PLACE_ENDS", "places.NOT_LISTED_PLACES",
                        "places.SCHEME_AFTER",
                        "places.JOIN_WORDS", "institutions.OWN_REPORT", "institutions.AREA_FULL_FORMS",
                        "institutions.DEPARTMENT_LABEL", "institutions.BYLINE_WORDS"}


def _folded_before_matching(name: str) -> str | None:
    """The characters folded to simplified before a constant is matched ("" none; None all)."""
    from analysis._rules import numerals, places

    module, constant = name.split(".")
    if module == "labels" or module == "figures" and constant not in _FIGURES_AS_WRITTEN \
            or name in _ENTITY_WORDS_FOLDED:
        return None
    if module == "places":
        return places.TRADITIONAL
    if module == "numerals" or module == "time" and constant in _TIME_OF_NUMBERS:
        return numerals.FOLDED_TRADITIONAL
    return ""


def _raw(name: str) -> bool:
    return _folded_before_matching(name) is not None


@pytest.mark.parametrize("name", sorted(filter(_raw, _LISTS)))
def test_every_simplified_entry_read_as_written_has_its_traditional_form(name):
    """Lists matched on the text as written (not folded) hold the traditional form of each
    simplified entry that has one in Hong Kong's standard (OpenCC s2hk; any variant of it counts,
    衛/衞, 為/爲, as long as it folds to the entry)."""
    opencc = pytest.importorskip("opencc")
    from analysis.folding import to_simplified

    converter = opencc.OpenCC("s2hk")
    folded = _folded_before_matching(name)
    unfold = str.maketrans({c: to_simplified(c) for c in folded})

    def to_traditional(word: str) -> str:  # as the matcher sees it: folded characters simplified
        return converter.convert(word).translate(unfold)

    words = _LISTS[name]
    folds = {to_simplified(word) for word in words if to_simplified(word) != word}
    missing = sorted(word for word in words if to_simplified(word) == word
                     and to_traditional(word) != word and word not in folds)
    assert not missing, f"{name}: no traditional form of {missing}"
