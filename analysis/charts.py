"""Charts of the reports: matplotlib figures in a CJK font found by name.

``draw`` turns a ``ChartPlan`` (made by ``analysis.chart_plan``: one metric, status, population
and period kind) into a ``Figure``: bars of each entity's latest value, lines of a time series per entity,
or a dumbbell of before → after pairs. Values are labelled as stated (``≥4.8万人次``,
``约5000平方米``, ``15–20间``; a range is a solid bar to its low end and a hatched one on to its
high end); a source line (articles and dates, entities left out) and the population counted are
on every chart, and a span over a hundredfold is drawn on a log axis that says so.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import matplotlib
import matplotlib.dates as mdates
import pandas as pd
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from analysis import facts as fact_table
from analysis._rules.chart_labels import COUNTED_KINDS, RATE_SUBJECT, SCHEME_SUBJECT
from analysis.errors import AnalysisError, FontMissingError
from analysis.vocabulary import data_dictionary

CJK_FONTS = (
    "Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK HK", "Noto Sans CJK JP",
    "Noto Sans CJK KR", "Source Han Sans SC", "Source Han Sans CN", "Source Han Sans",
    "Noto Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback",
    "Microsoft YaHei", "SimHei", "PingFang SC", "Hiragino Sans GB", "Heiti SC",
)
NO_ENTITY = "（未注明机构）"
_QUALIFIER_PREFIX = {"at_least": "≥", "at_most": "≤", "approx": "约"}
_UNIT_TEXT = {"percent": "%", "per_mille": "‰", "m2": "平方米"}
_COLORS = ("#1f6f8b", "#e07a2d", "#5a9e48", "#8c5fa8", "#c44e52", "#7f7f7f")
_LABEL_WIDTH = 12
ONE_PANEL = 3  # lines drawn on one axes; more get a panel each
# What a figure's subject (``metrics.subject``) names that is finer than its metric: the rate
# (新生儿死亡率) and the scheme of an enrolment (参加居民养老保险的澳门居民 -> 居民养老保险).
_RATE_SUBJECT = re.compile(RATE_SUBJECT)
_SCHEME_SUBJECT = re.compile(SCHEME_SUBJECT)


@dataclass(frozen=True)
class ChartPlan:
    """One chart: its kind (bars, lines, pairs), the group it draws and the facts it shows."""

    kind: str
    metric: str
    name: str
    status: str
    population: str
    period_kind: str
    unit: str
    facts: pd.DataFrame  # the facts drawn (pairs: the later values, with ``before_*`` columns)
    entities: int  # entities in the group
    shown: int  # entities drawn
    articles: int
    first: date | None
    last: date | None
    log: bool = False
    entity_type: str = ""  # what the entities are (facts.ENTITY_TYPE_LABELS)

    @property
    def more(self) -> int:
        """Entities of the group not drawn (they are in the data files)."""
        return self.entities - self.shown

    @property
    def title(self) -> str:
        """The chart's title: what is counted, its status unless a plain current value, and
        the kind of entity (two charts of one metric may differ by it alone)."""
        status = "" if self.status == "actual" else f"（{fact_table.STATUS_LABELS[self.status]}）"
        kind = fact_table.ENTITY_TYPE_LABELS.get(self.entity_type)  # the subtitle has no room
        return f"{self.name}{status}" + (f" · {kind}" if kind else "")

    @property
    def subtitle(self) -> str:
        """Kind of period, population and scale, in one line."""
        parts = [fact_table.PERIOD_KIND_LABELS.get(self.period_kind, self.period_kind),
                 f"人群 population：{self.population or '未区分 all counted'}"]
        if self.kind == "pairs":
            parts.insert(0, "前 → 后 before → after")
        if self.log:
            parts.append("对数刻度 log scale")
        return " · ".join(parts)

    @property
    def source_line(self) -> str:
        """How many articles the chart draws on and their dates, and what is left out."""
        span = ("" if self.first is None else f"，{self.first}" if self.first == self.last
                else f"，{self.first} 至 {self.last}")
        more = f"；另有{self.more}个对象见数据文件 {self.more} more in the data files" \
            if self.more else ""
        return f"来源 source：{self.articles}篇文章 articles{span}{more}"



def cjk_font_name() -> str:
    """The first installed font of ``CJK_FONTS``, by family name, so charts never show boxes."""
    installed = {font.name for font in font_manager.fontManager.ttflist}
    for name in CJK_FONTS:
        if name in installed:
            return name
    raise FontMissingError(
        "no CJK font found for charts (looked for " + ", ".join(CJK_FONTS[:6]) + ", …); "
        "install fonts-noto-cjk (make install does), then delete matplotlib's font cache in "
        f"{matplotlib.get_cachedir()} if it was built before the font was installed")


def use_cjk_font() -> str:
    """Make matplotlib draw text in the CJK font (rcParams); return the font's family name."""
    name = cjk_font_name()
    matplotlib.rcParams["font.family"] = "sans-serif"
    others = [f for f in matplotlib.rcParams["font.sans-serif"] if f != name]
    matplotlib.rcParams["font.sans-serif"] = [name, *others]
    matplotlib.rcParams["axes.unicode_minus"] = False
    return name


def format_number(value: float) -> str:
    """A number as a Chinese reader writes it, never rounded: ``4.8万``, ``13,691``, ``1.2``."""
    if math.isnan(value):
        return ""
    if abs(value) >= 10_000 and (value % 100 == 0 or abs(value) >= 1_000_000):
        return f"{value / 10_000:.10g}万"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:.4g}"


def format_figure(value: float, value_high: float | None = None, unit: str | None = "",
                  qualifier: str | None = "exact") -> str:
    """A figure with its qualifier and unit as stated: ``≥4.8万人次``, ``约5000平方米``, ``15–20间``."""
    number = format_number(value)
    if qualifier == "range" and value_high is not None and not pd.isna(value_high):
        number = f"{number}–{format_number(value_high)}"
    unit_text = "" if unit is None or pd.isna(unit) else _UNIT_TEXT.get(unit, unit)
    return _QUALIFIER_PREFIX.get(qualifier or "", "") + number + unit_text


LANGUAGES = ("zh", "en")
_language = ["zh"]  # the labels' language in this process (a report's kernel)


def set_language(lang: str) -> None:
    """Label metrics, charts and report tables in ``lang``: "zh" (the default) or "en"."""
    if lang not in LANGUAGES:
        raise AnalysisError(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
    _language[0] = lang


def language() -> str:
    """The labels' language set by ``set_language``."""
    return _language[0]


@contextmanager
def labels_in(lang: str) -> Iterator[None]:
    """``set_language(lang)`` for the block, the language before restored after it."""
    previous = language()
    set_language(lang)
    try:
        yield
    finally:
        _language[0] = previous


@lru_cache(maxsize=2)
def _labels(lang: str) -> dict[str, str]:
    table = data_dictionary()
    return dict(zip(table["metric"], table[f"label_{lang}"]))


def metric_label(metric: str) -> str:
    """The label of a metric name from the data dictionary, in the language set (Chinese by
    default; the name if unknown)."""
    return _labels(language()).get(metric, metric)


def as_text(value: object) -> str:
    """A table cell as display text: "" for None and NaN."""
    return "" if value is None or pd.isna(value) else str(value)


def figure_names(metrics: pd.DataFrame) -> list[str]:
    """What each figure counts, as specifically as its ``subject`` says: ``新生儿死亡率``,
    ``居民养老保险参保人数``; otherwise (or in English) the metric's label."""
    names = [metric_label(m) for m in metrics["metric"]]
    if language() == "en" or "subject" not in metrics:
        return names
    for i, (metric, subject) in enumerate(zip(metrics["metric"], metrics["subject"])):
        subject = as_text(subject)
        if metric == "mortality_rate" and _RATE_SUBJECT.match(subject):
            names[i] = subject
        elif metric == "insurance_enrolment" and (scheme := _SCHEME_SUBJECT.match(subject)):
            names[i] = f"{scheme.group(1)}参保人数"
        elif metric == "institutions":
            names[i] = next((f"{kind}数" for kind, ends in COUNTED_KINDS.items()
                             if subject.endswith(ends)), names[i])
    return names


def _wrap(label: str) -> str:
    """Break each line of a label, but a period ``（…）``, every ``_LABEL_WIDTH`` characters
    (Chinese has no spaces to break at)."""
    lines: list[str] = []
    for line in label.split("\n"):
        width = len(line) if line.startswith("（") else _LABEL_WIDTH
        lines += [line[i:i + width] for i in range(0, len(line), width)]
    return "\n".join(lines)


# --- charts of like with like (``analysis.chart_plan``) ------------------------------------------

def draw(plan: ChartPlan) -> Figure:
    """The figure of one chart plan: bars, lines (a time series per entity) or pairs (before →
    after as a dumbbell), with the source line and the population under it."""
    drawer = {"bars": _plan_bars, "lines": _plan_lines, "pairs": _plan_pairs}[plan.kind]
    return drawer(plan)


def _plan_axes(plan: ChartPlan, height: float) -> tuple[Figure, Axes]:
    use_cjk_font()
    figure = Figure(figsize=(6.4, height), layout="constrained")
    ax = figure.add_subplot()
    ax.set_title(plan.title, loc="left", fontsize=13, fontweight="bold", pad=22)
    ax.text(0, 1.02, plan.subtitle, transform=ax.transAxes, fontsize=9, color="#57606a")
    figure.supxlabel(plan.source_line, x=0.01, ha="left", fontsize=8.5, color="#57606a")
    ax.tick_params(labelsize=10)
    ax.spines[["top", "right"]].set_visible(False)
    return figure, ax


def _value_axis(ax: Axes, which: str, plan: ChartPlan) -> None:
    if plan.log:
        (ax.set_xscale if which == "x" else ax.set_yscale)("log")
        (ax.set_xlabel if which == "x" else ax.set_ylabel)("对数刻度 log scale", fontsize=8.5)
    axis = ax.xaxis if which == "x" else ax.yaxis
    axis.set_major_formatter(FuncFormatter(lambda x, _: format_number(x)))


def _plan_bars(plan: ChartPlan) -> Figure:
    rows = plan.facts
    figure, ax = _plan_axes(plan, 1.7 + 0.45 * len(rows))
    for y, row in enumerate(rows.itertuples(index=False)):
        ax.barh(y, row.value, color=_COLORS[0])
        end = row.value
        if row.qualifier == "range" and not pd.isna(row.value_high):
            ax.barh(y, row.value_high - row.value, left=row.value, color=_COLORS[0], alpha=0.35,
                    hatch="///", edgecolor=_COLORS[0])
            end = row.value_high
        ax.annotate(format_figure(row.value, row.value_high, row.unit, row.qualifier), (end, y),
                    xytext=(4, 0), textcoords="offset points", va="center", fontsize=9.5)
    labels = [_wrap(f"{r.label}\n（{as_text(r.period)}）" if as_text(r.period) else r.label)
              for r in rows.itertuples(index=False)]
    ax.set_yticks(range(len(rows)), labels)
    ax.invert_yaxis()
    _value_axis(ax, "x", plan)
    high = rows["value_high"].where(rows["value_high"].notna(), rows["value"]).max()
    if plan.log:
        ax.set_xlim(max(rows["value"].min() / 2, 1e-9), high * 6)
    else:
        ax.set_xlim(0, high * 1.4 if high > 0 else 1)
    return figure


def _date_axis(ax: Axes, plan: ChartPlan) -> None:
    locator = mdates.YearLocator() if plan.period_kind == "year" else mdates.AutoDateLocator(
        maxticks=5)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y") if plan.period_kind == "year"
                                 else mdates.ConciseDateFormatter(locator))
    ax.margins(x=0.12, y=0.2)


def _last_label(ax: Axes, rows: pd.DataFrame, color: str) -> None:
    last = rows.iloc[-1]
    ax.annotate(format_figure(last["value"], last["value_high"], last["unit"], last["qualifier"]),
                (last["period_start"], last["value"]), xytext=(4, 4),
                textcoords="offset points", fontsize=8.5, color=color)


def _plan_lines(plan: ChartPlan) -> Figure:
    """One line per entity; more than ``ONE_PANEL`` entities get a panel each (small
    multiples on shared axes) instead of lines crossing on one."""
    series = list(plan.facts.groupby("label", sort=False))
    if len(series) > ONE_PANEL:
        return _small_multiples(plan, series)
    figure, ax = _plan_axes(plan, 4.2)
    for i, (label, rows) in enumerate(series):
        color = _COLORS[i % len(_COLORS)]
        ax.plot(rows["period_start"], rows["value"], marker="o", color=color,
                label=_wrap(label), linewidth=1.8)
        _last_label(ax, rows, color)
    _value_axis(ax, "y", plan)
    _date_axis(ax, plan)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8.5, frameon=False)
    return figure


def _small_multiples(plan: ChartPlan, series: list[tuple[str, pd.DataFrame]]) -> Figure:
    use_cjk_font()
    rows_of_panels = math.ceil(len(series) / 2)
    figure = Figure(figsize=(6.4, 1.3 + 1.7 * rows_of_panels), layout="constrained")
    axes = figure.subplots(rows_of_panels, 2, sharex=True, sharey=True, squeeze=False).ravel()
    figure.suptitle(plan.title, x=0.01, ha="left", fontsize=13, fontweight="bold")
    for ax, (label, rows) in zip(axes, series):
        ax.plot(rows["period_start"], rows["value"], marker="o", color=_COLORS[0], linewidth=1.6)
        _last_label(ax, rows, _COLORS[0])
        ax.set_title(_wrap(label), loc="left", fontsize=9.5)
        ax.tick_params(labelsize=8.5)
        ax.spines[["top", "right"]].set_visible(False)
        _value_axis(ax, "y", plan)
        _date_axis(ax, plan)
    for ax in axes[len(series):]:
        ax.set_visible(False)
    axes[0].text(0, 1.32, plan.subtitle, transform=axes[0].transAxes, fontsize=9,
                 color="#57606a")
    figure.supxlabel(plan.source_line, x=0.01, ha="left", fontsize=8.5, color="#57606a")
    return figure


def _plan_pairs(plan: ChartPlan) -> Figure:
    rows = plan.facts
    figure, ax = _plan_axes(plan, 1.7 + 0.5 * len(rows))
    for y, row in enumerate(rows.itertuples(index=False)):
        ax.annotate("", (row.value, y), (row.before_value, y),
                    arrowprops={"arrowstyle": "-|>", "color": _COLORS[0], "lw": 1.8})
        ax.plot([row.before_value], [y], "o", color="#9aa4ae")
        ax.plot([row.value], [y], "o", color=_COLORS[0])
        before = format_figure(row.before_value, None, row.before_unit, row.before_qualifier)
        after = format_figure(row.value, row.value_high, row.unit, row.qualifier)
        ax.annotate(f"{before} → {after}", (max(row.value, row.before_value), y),
                    xytext=(6, 0), textcoords="offset points", va="center", fontsize=9)
    labels = [_wrap(f"{r.label}\n（{as_text(r.before_period) or '此前'} → {as_text(r.period) or '此后'}）")
              for r in rows.itertuples(index=False)]
    ax.set_yticks(range(len(rows)), labels)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    _value_axis(ax, "x", plan)
    high = max(rows["value"].max(), rows["before_value"].max())
    if not plan.log:
        ax.set_xlim(0, high * 1.6 if high > 0 else 1)
    else:
        ax.set_xlim(min(rows["value"].min(), rows["before_value"].min()) / 2, high * 8)
    return figure
