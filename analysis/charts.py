"""Charts of the metrics table: matplotlib figures in a CJK font found by name, for the reports.

Every chart takes the metrics table (doc_id, metric, value, value_high, unit, qualifier, entity,
period, quote, start, end) and returns a ``Figure`` of horizontal bars, or ``None`` when the
table holds nothing for it. Bars are labelled with the figure as stated (``≥4.8万人次``,
``约5000平方米``, ``15–20间``); a range is drawn as a solid bar to its low end and a hatched
bar on to its high end.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

import matplotlib
import pandas as pd
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from analysis.errors import AnalysisError, FontMissingError
from analysis.metrics import MAX_VALUE
from analysis.vocabulary import data_dictionary

CJK_FONTS = (
    "Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK HK", "Noto Sans CJK JP",
    "Noto Sans CJK KR", "Source Han Sans SC", "Source Han Sans CN", "Source Han Sans",
    "Noto Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback",
    "Microsoft YaHei", "SimHei", "PingFang SC", "Hiragino Sans GB", "Heiti SC",
)
MAX_BARS = 25
NO_ENTITY = "（未注明机构）"
_QUALIFIER_PREFIX = {"at_least": "≥", "at_most": "≤", "approx": "约"}
_UNIT_TEXT = {"percent": "%", "per_mille": "‰", "m2": "平方米"}
_COLORS = ("#1f6f8b", "#e07a2d", "#5a9e48", "#8c5fa8", "#c44e52", "#7f7f7f")
_LABEL_WIDTH = 12
_SCHEME = re.compile(r"(?:参加|参保|加入)([\u4e00-\u9fff]{1,10}?(?:保险|医保|社保))"
                     r"|((?:城乡|城镇)?(?:居民|职工|基本)[\u4e00-\u9fff]{0,6}?(?:保险|医保|社保))")
_RATE = re.compile(r"(?:5岁以下儿童|孕产妇|新生儿|围产儿|婴儿|儿童)?(?:死亡率|病死率)")


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


def _place(row: pd.Series) -> str:
    """Entity and period of a row, the period on a line of its own: ``横琴医院 / （2023）``."""
    entity = as_text(row["entity"]) or NO_ENTITY
    period = as_text(row["period"])
    return f"{entity}\n（{period}）" if period else entity


def _select(metrics: pd.DataFrame, names: Iterable[str]) -> pd.DataFrame:
    """Rows of the given metrics, each figure once (however many articles state it), in text
    order, with what each counts in ``name``."""
    rows = metrics[metrics["metric"].isin(list(names))]
    rows = rows[_plausible(rows["value"]) & (rows["value_high"].isna()
                                             | _plausible(rows["value_high"]))]
    rows = rows.assign(name=figure_names(rows))
    rows = rows.drop_duplicates(["metric", "entity", "period", "value", "value_high",
                                 "qualifier", "unit", "name"])
    return rows.sort_values(["doc_id", "start"], kind="stable")


def _plausible(values: pd.Series) -> pd.Series:
    """Which values a chart can draw: finite and within ``MAX_VALUE`` (a table made elsewhere
    may hold anything; an infinite axis would fail the whole report)."""
    numbers = pd.to_numeric(values, errors="coerce").astype(float)
    return numbers.abs() <= MAX_VALUE


def figure_names(metrics: pd.DataFrame) -> list[str]:
    """What each figure counts, as specifically as its quote says: ``新生儿死亡率``,
    ``居民养老保险参保人数``; otherwise (or in English) the metric's label."""
    names = [metric_label(m) for m in metrics["metric"]]
    if language() == "en":
        return names
    for metric, pattern, template in (("mortality_rate", _RATE, "{}"),
                                      ("insurance_enrolment", _SCHEME, "{}参保人数")):
        positions = [i for i, m in enumerate(metrics["metric"]) if m == metric]
        for i, term in zip(positions, _nth_terms(metrics.iloc[positions], pattern)):
            if term:
                names[i] = template.format(term)
    return names


def _nth_terms(rows: pd.DataFrame, pattern: re.Pattern[str]) -> list[str]:
    """For each row, the k-th match of ``pattern`` in its quote when k rows share that quote
    (the text of the group that matched, if the pattern has groups); "" when none matches."""
    seen: dict[tuple[str, str], int] = {}
    terms = []
    for doc_id, quote in zip(rows["doc_id"], rows["quote"]):
        found = [m.group(m.lastindex or 0) for m in pattern.finditer(as_text(quote))]
        k = seen.get((doc_id, quote), 0)
        seen[(doc_id, quote)] = k + 1
        terms.append(found[min(k, len(found) - 1)] if found else "")
    return terms


def _wrap(label: str) -> str:
    """Break each line of a label, but a period ``（…）``, every ``_LABEL_WIDTH`` characters
    (Chinese has no spaces to break at)."""
    lines: list[str] = []
    for line in label.split("\n"):
        width = len(line) if line.startswith("（") else _LABEL_WIDTH
        lines += [line[i:i + width] for i in range(0, len(line), width)]
    return "\n".join(lines)


def _axes(bars: int, title: str, subtitle: str) -> tuple[Figure, Axes]:
    """A chart's axes under a title and a subtitle (``English · N项数字 figures``); in English
    the title is the subtitle's English part."""
    if language() == "en":
        title, _, subtitle = subtitle.partition(" · ")
    use_cjk_font()
    figure = Figure(figsize=(6.4, 1.5 + 0.5 * bars), layout="constrained")
    ax = figure.add_subplot()
    ax.set_title(title, loc="left", fontsize=13, fontweight="bold", pad=22)
    ax.text(0, 1.02, subtitle, transform=ax.transAxes, fontsize=9, color="#57606a")
    ax.tick_params(labelsize=10)
    ax.spines[["top", "right"]].set_visible(False)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: format_number(x)))
    ax.invert_yaxis()
    return figure, ax


def _finish(ax: Axes, labels: list[str], right_end: float, series: dict[str, str],
            note: str = "") -> None:
    ax.set_yticks(range(len(labels)), [_wrap(label) for label in labels])
    ax.set_xlim(0, right_end * 1.35 if right_end > 0 else 1)
    if len(series) > 1 or note:
        handles = [Patch(color=color, label=name) for name, color in series.items()]
        if note:
            handles.append(Patch(facecolor="white", edgecolor="#555", hatch="///", label=note))
        ax.figure.legend(handles=handles, loc="outside lower left", ncols=len(handles),
                         fontsize=9, frameon=False)


def _bar_chart(rows: pd.DataFrame, labels: list[str], title: str, subtitle: str) -> Figure:
    """One horizontal bar per row, coloured by metric, each labelled with its stated figure."""
    rows, labels = rows.head(MAX_BARS), labels[:MAX_BARS]
    series = {metric_label(m): _COLORS[i % len(_COLORS)]
              for i, m in enumerate(dict.fromkeys(rows["metric"]))}
    figure, ax = _axes(len(rows), title, subtitle)
    right_end = 0.0
    has_range = False
    for y, row in enumerate(rows.itertuples(index=False)):
        color = series[metric_label(row.metric)]
        ax.barh(y, row.value, color=color)
        end = row.value
        if row.qualifier == "range" and not pd.isna(row.value_high):
            ax.barh(y, row.value_high - row.value, left=row.value, color=color, alpha=0.35,
                    hatch="///", edgecolor=color)
            end, has_range = row.value_high, True
        ax.annotate(format_figure(row.value, row.value_high, row.unit, row.qualifier), (end, y),
                    xytext=(4, 0), textcoords="offset points", va="center", fontsize=10)
        right_end = max(right_end, end)
    _finish(ax, labels, right_end, series, "范围 range" if has_range else "")
    return figure


def _subtitle(english: str, rows: pd.DataFrame) -> str:
    shown = min(len(rows), MAX_BARS)
    if language() == "en":
        more = f", first {shown} of {len(rows)}" if len(rows) > MAX_BARS else ""
        return f"{english} · {len(rows)} figures{more}"
    more = f"，显示前{shown}项 / first {shown} of {len(rows)}" if len(rows) > MAX_BARS else ""
    return f"{english} · {len(rows)}项数字 figures{more}"


def _figures_chart(metrics: pd.DataFrame, names: tuple[str, ...], title: str,
                   english: str) -> Figure | None:
    rows = _select(metrics, names)
    if rows.empty:
        return None
    order = {name: i for i, name in enumerate(names)}
    rows = rows.assign(_order=rows["metric"].map(order)).sort_values(
        ["_order", "value"], ascending=[True, False], kind="stable")
    labels = [_place(row) for _, row in rows.iterrows()]
    return _bar_chart(rows, labels, title, _subtitle(english, rows))


def beds_chart(metrics: pd.DataFrame) -> Figure | None:
    """Beds in service and planned beds, one bar per hospital (or district) and figure."""
    return _figures_chart(metrics, ("beds", "planned_beds"), "床位与规划床位",
                          "Beds and planned beds")


def patient_visits_chart(metrics: pd.DataFrame) -> Figure | None:
    """Patient visits (人次) by institution."""
    return _figures_chart(metrics, ("patient_visits",), "诊疗人次", "Patient visits")


def workforce_chart(metrics: pd.DataFrame) -> Figure | None:
    """Doctors, nurses and other staff by institution."""
    return _figures_chart(metrics, ("doctors", "nurses", "staff"), "医生、护士与医护人才",
                          "Doctors, nurses and staff")


def area_chart(metrics: pd.DataFrame) -> Figure | None:
    """Site and floor area in square metres by institution."""
    return _figures_chart(metrics, ("area",), "占地与建筑面积", "Floor or site area (m²)")


def metric_chart(metrics: pd.DataFrame, metric: str) -> Figure | None:
    """Any one metric by institution, for a drill-down on a metric without a chart of its own."""
    return _figures_chart(metrics, (metric,), metric_label(metric), _labels("en").get(
        metric, metric))


def mortality_chart(metrics: pd.DataFrame) -> Figure | None:
    """Mortality rates in per mille, one bar per rate (孕产妇, 新生儿, 婴儿 …), place and period."""
    rows = _select(metrics, ("mortality_rate",))
    if rows.empty:
        return None
    labels = [f"{row['name']}\n{_place(row)}" for _, row in rows.iterrows()]
    return _bar_chart(rows, labels, "死亡率（‰）", _subtitle("Mortality rates, per mille", rows))


def insurance_chart(metrics: pd.DataFrame) -> Figure | None:
    """Insurance enrolment by scheme: the increase is the bar's dark part, growth in its label."""
    enrolment = _select(metrics, ("insurance_enrolment",)).head(MAX_BARS)
    if enrolment.empty:
        return None
    changes = _changes(metrics)
    labels = [f"{row['name']}\n{_place(row)}" for _, row in enrolment.iterrows()]
    figure, ax = _axes(len(enrolment), "参保人数及增长",
                       _subtitle("Insurance enrolment by scheme, increase and growth", enrolment))
    base, increase = _COLORS[0], _COLORS[1]
    for y, (index, row) in enumerate(enrolment.iterrows()):
        added = changes.get((index, "insurance_increase"))
        earlier = row["value"] - added["value"] if added is not None else row["value"]
        ax.barh(y, earlier, color=base)
        parts = [format_figure(row["value"], row["value_high"], row["unit"], row["qualifier"])]
        if added is not None:
            ax.barh(y, added["value"], left=earlier, color=increase)
            parts.append("+" + format_figure(added["value"], added["value_high"], added["unit"],
                                             added["qualifier"]))
        growth = changes.get((index, "insurance_growth"))
        if growth is not None:
            parts.append("+" + format_figure(growth["value"], growth["value_high"], growth["unit"],
                                             growth["qualifier"]))
        ax.annotate("  ".join(parts), (row["value"], y), xytext=(4, 0), textcoords="offset points",
                    va="center", fontsize=10)
    _finish(ax, labels, float(enrolment["value"].max()),
            {"此前参保 earlier": base, "增加 increase": increase})
    return figure


def _changes(metrics: pd.DataFrame) -> dict[tuple[object, str], pd.Series]:
    """Each increase or growth row keyed by the enrolment row it follows in the same article."""
    rows = _select(metrics, ("insurance_enrolment", "insurance_increase", "insurance_growth"))
    last: dict[str, object] = {}
    found: dict[tuple[object, str], pd.Series] = {}
    for index, row in rows.iterrows():
        if row["metric"] == "insurance_enrolment":
            last[row["doc_id"]] = index
        elif row["doc_id"] in last:
            found.setdefault((last[row["doc_id"]], row["metric"]), row)
    return found


CHARTS: tuple[tuple[tuple[str, ...], Callable[[pd.DataFrame], Figure | None]], ...] = (
    (("beds", "planned_beds"), beds_chart),
    (("patient_visits",), patient_visits_chart),
    (("insurance_enrolment", "insurance_increase", "insurance_growth"), insurance_chart),
    (("mortality_rate",), mortality_chart),
    (("doctors", "nurses", "staff"), workforce_chart),
    (("area",), area_chart),
)


def all_charts(metrics: pd.DataFrame, metric: str | None = None) -> list[Figure]:
    """Every chart with something to draw; with ``metric``, only the chart(s) showing it."""
    if metric is None:
        drawn = [chart(metrics) for _, chart in CHARTS]
    else:
        covering = [chart for names, chart in CHARTS if metric in names]
        drawn = [chart(metrics) for chart in covering] or [metric_chart(metrics, metric)]
    return [figure for figure in drawn if figure is not None]
