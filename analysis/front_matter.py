"""YAML front matter -> the fields the article reader uses: title, date, author, source,
publisher, and the article's address (link, url or source_url).

Front matter in the wild is nearly always flat: ``key: value`` lines, quoted or plain, and block
lists (tags, categories). That shape is read here directly, giving exactly what YAML gives; any
other line (a nested mapping, a flow collection, an anchor, a tag, a comment, a scalar over
several lines) sends the whole block to PyYAML's safe loader, which is several times slower.
Bad YAML is not an error: its plain ``key: value`` lines are salvaged and a note says so.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

import yaml

from analysis.text import only_printable

FIELDS = ("title", "date", "author", "source", "publisher", "link", "url", "source_url")
# Characters of front matter read as YAML at most: real blocks are a few hundred; PyYAML took
# 81 s and 1.8 GB for a nested block of 10 MB (and ran out of memory on 26 MB).
MAX_CHARS = 256 * 1024
_SCALARS = (str, int, float, date)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SALVAGE_LINE = re.compile(rf"^({'|'.join(FIELDS)})\s*:\s*(.+?)\s*$", re.MULTILINE)

_KEY_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?")
_ITEM_LINE = re.compile(r"( *)-(?: (.*))?")
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")  # a plain scalar may not open with one
_KEPT = frozenset({"tag:yaml.org,2002:str"})
# What a skipped value may be: not a timestamp (an impossible date fails to build), = or <<.
_CHECKED = frozenset(f"tag:yaml.org,2002:{tag}" for tag in ("str", "bool", "int", "float", "null"))
_resolve = yaml.resolver.Resolver().resolve


@lru_cache(maxsize=4096)  # values recur: categories, platforms, flags
def _tag(plain: str) -> str:
    """The type YAML reads a one-line plain scalar as (tag:yaml.org,2002:str, …:int …)."""
    return _resolve(yaml.ScalarNode, plain, (True, False))


class _NotFlat(Exception):
    """The block is not of the flat shape: PyYAML reads it."""


def read_fields(block: str) -> tuple[dict, str | None]:
    """The used fields of a front matter block whose values are scalars (str, number, date),
    and what was wrong with the block: on bad YAML, or a block over ``MAX_CHARS``, its plain
    ``key: value`` lines."""
    if len(block) > MAX_CHARS:
        return _salvaged(block), (f"front matter of {len(block) / 1024:,.0f} KB is over the "
                                  f"{MAX_CHARS // 1024} KB limit; used its key: value lines "
                                  "and read the body")
    try:
        return _flat_fields(block), None
    except _NotFlat:
        pass
    try:
        loaded = yaml.load(block, Loader=_LOADER)  # a safe loader: no Python objects
        if isinstance(loaded, dict):
            return {k: v for k in FIELDS if isinstance(v := loaded.get(k), _SCALARS)}, None
        problem = "is not a mapping"
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = "is not valid YAML" + (f" (its line {mark.line + 1})" if mark else "")
    except ValueError as exc:  # a value YAML reads as an impossible date: 2024-13-45
        problem = f"has a value YAML cannot read ({exc})"
    return _salvaged(block), f"front matter {problem}; used its key: value lines and read the body"


def _salvaged(block: str) -> dict[str, str]:
    """The used fields of a block's plain ``key: value`` lines, whatever the rest of it is."""
    return {k: v.strip().strip("'\"") for k, v in _SALVAGE_LINE.findall(block)
            if not v.startswith(("[", "{"))}  # a broken flow collection is no value


def _flat_fields(block: str) -> dict:
    """``read_fields`` of a flat block (only key lines with a one-line scalar or nothing, block
    list items under the latter, blank lines); raises _NotFlat for anything else."""
    if not only_printable(block):
        raise _NotFlat  # YAML has its own rules for control and odd space characters
    found: dict = {}
    keys = 0
    list_under: str | None = None  # the key with no value of its own the items may follow
    item_indent: str | None = None
    for line in block.split("\n"):
        if not line.strip(" "):
            continue
        key = _KEY_LINE.fullmatch(line)
        if key:
            keys += 1
            name, value = key[1], (key[2] or "").strip(" ") or None  # "key:  " has none
            list_under, item_indent = (name, None) if value is None else (None, None)
            if value is None:
                found.pop(name, None)  # a later key replaces an earlier one, as in YAML
            elif name in FIELDS:
                found[name] = _scalar(value, _KEPT)
            else:
                _scalar(value, _CHECKED)
            continue
        item = _ITEM_LINE.fullmatch(line)
        if item is None or list_under is None or item_indent not in (None, item[1]):
            raise _NotFlat
        item_indent, value = item[1], (item[2] or "").strip(" ")
        if value:
            _scalar(value, _CHECKED)  # a list is no scalar field: its items are not kept
        found.pop(list_under, None)
    if not keys:
        raise _NotFlat  # empty, or not a mapping
    return {name: value for name, value in found.items() if isinstance(value, str)}


def _scalar(value: str, tags: frozenset[str]) -> str:
    """The string a one-line scalar stands for; raises _NotFlat for one that is not surely
    valid, or that YAML reads as none of ``tags`` (a kept value must be a string: PyYAML
    builds numbers and dates; a checked one may also be what YAML builds without fail)."""
    first, inner = value[0], value[1:-1]
    if first == "'":  # '' stands for ' inside; no other ' may be there
        if value[-1] == "'" and len(value) > 1 and "'" not in inner.replace("''", ""):
            return inner.replace("''", "'")
    elif first == '"':  # without escapes, which YAML reads in its own way
        if value[-1] == '"' and len(value) > 1 and '"' not in inner and "\\" not in inner:
            return inner
    elif first not in _INDICATORS and ": " not in value and " #" not in value \
            and not value.endswith(":") and _tag(value) in tags:
        return value
    raise _NotFlat
