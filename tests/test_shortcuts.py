"""Shortcuts taken for speed give what the slow path gives: each is checked against the plain
form it replaces, on random text mixing the words it looks for with the corpus's sentences."""

from __future__ import annotations

import re

from analysis import entities
from analysis._rules.lookahead import first_characters


def test_short_forms_open_with_a_bracket_the_prefilter_looks_for():
    # EntityFinder._aliases reads no further in a text without （ or (
    opening = re.sub(r"\\(.)", r"\1", first_characters(entities._ALIAS.pattern))  # unescaped
    assert set(opening) == {"（", "("}
    assert entities.EntityFinder("醫院管理局醫管局", None)._aliases == {}
