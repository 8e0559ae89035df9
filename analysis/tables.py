"""Tables in an article's text: a run of lines of cells split by ``|`` (a Markdown table, or the
rows of an HTML table as ``text.html_to_text`` writes them), or by spaces (a government
release's table set in text: ``年份　使用人次`` over ``2024年　23,115``), so that a figure in a cell is read
with its row's label and its column's header, which say what it counts, its unit and its time
(``| 门急诊人次（万人次） | 412.36 |`` under ``| 指标 | 2025年 |``: 4,123,600 visits of 2025).

Only the text's offsets are read: the text itself is left as written, so every figure's quote
stays the row it stands in.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from analysis._rules.cues import TABLE_COUNTER, TABLE_NUMBER, TABLE_UNIT, TABLE_UNIT_FORMS

_RULE_CELL = re.compile(r"\s*:?-{3,}:?\s*")  # a Markdown table's line under its header (| --- |)
_UNIT = re.compile(TABLE_UNIT)
_COUNTER = re.compile(TABLE_COUNTER)
_MIN_ROWS = 2  # a header and one row at least; one line of cells is a menu (首页 | 新闻)
# A table set in text: cells apart by spaces (a full-width one, or one or more; ingest tidies a run
# to one); its body rows hold only numbers after their label, its header none (a headline's
# phrases, a dateline, are no table)
_WIDE_GAP = re.compile(r"[ \u3000]+")
_NUMBER_CELL = re.compile(TABLE_NUMBER)
_MIN_SPACED_ROWS = 3  # a header and two rows at least
_BARE_YEAR = re.compile(r"(?:19|20)\d{2}")
_YEAR_CELL = re.compile(r"(?:19|20)\d{2}年?(?:末|底|度)?")


@dataclass(frozen=True)
class Cell:
    """Where a figure stands in a table: its column (0 is the rows' labels), the label of its
    row, the header of its column, and the unit either writes in brackets (万人次, 家, %) or the
    header counts in (申报宗数: 宗)."""

    column: int
    label: str
    header: str
    unit: str | None
    headers: tuple[str, ...]  # the whole header row
    table_start: int  # where the table's header row starts: what stands above it is its caption
    bracketed: bool = False  # the unit is written in brackets, not read from a counting header

    @property
    def words(self) -> str:
        """The row's label and the column's header as one phrase (门急诊人次（万人次）2025年): what
        the figure's sentence would say before it."""
        return self.label + self.header


@dataclass(frozen=True)
class _Row:
    start: int
    end: int
    cells: tuple[str, ...]
    bounds: tuple[int, ...]  # where each cell after the first starts, as offsets of the text
    header: tuple[str, ...]
    table_start: int


class Tables:
    """The tables of one text, found once (a text with no ``|`` has none)."""

    def __init__(self, text: str) -> None:
        self._rows: list[_Row] = []
        if "|" in text:
            self._read(text)
        if " " in text or "\u3000" in text:
            self._read_spaced(text)
        self._starts = [row.start for row in self._rows]

    def _read(self, text: str) -> None:
        block: list[tuple[int, int, list[str], list[int]]] = []
        offset = 0
        for line in text.split("\n"):
            cells = _cells(line, offset) if "|" in line else None
            if cells is not None and block and len(cells[0]) != len(block[-1][2]):
                self._keep(block)
                block = []
            if cells is None:
                self._keep(block)
                block = []
            else:
                block.append((offset, offset + len(line), *cells))
            offset += len(line) + 1
        self._keep(block)

    def _read_spaced(self, text: str) -> None:
        """The tables set in text with spaces between their cells."""
        block: list[tuple[int, int, list[str], list[int]]] = []
        offset = 0
        for line in text.split("\n"):
            cells = _spaced_cells(line, offset)
            if cells is None or block and len(cells[0]) != len(block[-1][2]):
                self._keep_spaced(block)
                block = []
            if cells is not None:
                block.append((offset, offset + len(line), *cells))
            offset += len(line) + 1
        self._keep_spaced(block)
        self._rows.sort(key=lambda row: row.start)

    def _keep_spaced(self, block: list[tuple[int, int, list[str], list[int]]]) -> None:
        if len(block) < _MIN_SPACED_ROWS or any(
                any(map(str.isdigit, cell)) and not _YEAR_CELL.fullmatch(cell) for cell in block[0][2]):
            return  # (a header of years, 指标　2023年　2024年, is one)
        if all(_NUMBER_CELL.fullmatch(cell) for row in block[1:] for cell in row[2][1:]):
            self._keep(block)

    def _keep(self, block: list[tuple[int, int, list[str], list[int]]]) -> None:
        rows = [row for row in block if not all(_RULE_CELL.fullmatch(cell) for cell in row[2])]
        if len(rows) < _MIN_ROWS:
            return
        header, table_start = tuple(rows[0][2]), rows[0][0]
        for start, end, cells, bounds in rows[1:]:
            self._rows.append(_Row(start, end, tuple(cells), tuple(bounds), header, table_start))

    def cells_crossed(self, start: int, end: int) -> list[int]:
        """Where the cells after the first of text[start:end] start, when that stretch lies in a
        table's body row and runs over its cells' bounds (15,902 521.8 read as one number)."""
        index = bisect.bisect_right(self._starts, start) - 1
        if index < 0 or start >= self._rows[index].end:
            return []
        return [bound for bound in self._rows[index].bounds if start < bound < end]

    def cell_at(self, position: int) -> Cell | None:
        """The cell of a table's body row that ``position`` lies in, or None (no table there, or
        its header row)."""
        index = bisect.bisect_right(self._starts, position) - 1
        if index < 0 or position >= self._rows[index].end:
            return None
        row = self._rows[index]
        column = bisect.bisect_right(row.bounds, position)
        label, header = _dated(row.cells[0]), _dated(row.header[column])
        bracket = _UNIT.search(header) or _UNIT.search(label)
        unit = bracket or _COUNTER.search(header)
        written = next(filter(None, unit.groups()), None) if unit else None
        return Cell(column, label, header, TABLE_UNIT_FORMS.get(written, written),
                    tuple(map(_dated, row.header)), row.table_start, bracket is not None)


def _dated(cell: str) -> str:
    """A cell that is a bare year (2021 in a column of 年份, 2024 over a column) as the year it
    names (2021年), so that the row's or the column's figures are of it."""
    return cell + "年" if _BARE_YEAR.fullmatch(cell) else cell


def _spaced_cells(line: str, offset: int) -> tuple[list[str], list[int]] | None:
    """The cells of a line set apart by spaces (2024年　23,115　804.3) and where each after the
    first starts, or None for a line with fewer than two."""
    stripped = line.strip(" \u3000")
    if not stripped or "|" in line:
        return None
    lead = len(line) - len(line.lstrip(" \u3000"))
    gaps = list(_WIDE_GAP.finditer(stripped))
    if not gaps:
        return None
    cells, bounds, at = [], [], 0
    for gap in gaps:
        cells.append(stripped[at:gap.start()])
        at = gap.end()
        bounds.append(offset + lead + at)
    cells.append(stripped[at:])
    return cells, bounds


def _cells(line: str, offset: int) -> tuple[list[str], list[int]] | None:
    """The cells of a line of a table (``| a | b |``, ``a | b``) and where each after the first
    starts, or None for a line that is no row of cells."""
    if line.count("|") < 2 and " | " not in line:
        return None
    inner_start, inner_end = 0, len(line)
    stripped = line.strip()
    if stripped.startswith("|"):
        inner_start = line.index("|") + 1
    if stripped.endswith("|") and len(stripped) > 1:
        inner_end = line.rindex("|")
    inner = line[inner_start:inner_end]
    parts = inner.split("|")
    if len(parts) < 2:
        return None
    bounds, at = [], offset + inner_start
    for part in parts[:-1]:
        at += len(part) + 1
        bounds.append(at)
    return [part.strip() for part in parts], bounds
