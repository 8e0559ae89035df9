"""What the reports show: a selection of the tables, its tables and charts as HTML.

The notebooks stay thin: they call ``load_tables``, ``select`` and ``section`` and leave the
rest to this module and ``charts``. Everything shown is escaped here, so no markup or URL from
an article reaches a report. A view: it imports neither the build (``analysis.build``,
``analysis.render``) nor the reports folder's mechanics (``analysis.outputs``), which write the
files.
"""

from __future__ import annotations

import base64
import html
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from analysis import chart_plan, charts, headlines, pipeline
from analysis import facts as fact_table
from analysis.charts import as_text
from analysis.errors import AnalysisError
from analysis.parameters import check_parameters
from analysis.problems import Problem
from analysis.vocabulary import data_dictionary

UNKNOWN = {"region": "未知地区", "publisher": "未知来源", "year": "未知日期",
           "date": "日期不详 date unknown"}
KEY_METRICS = ("beds", "planned_beds", "patient_visits", "admissions", "patients", "doctors",
               "nurses", "staff", "institutions", "insurance_enrolment", "pension_recipients",
               "mortality_rate", "area", "dental_chairs", "procedures")
OVERVIEW_TITLE = "粤港澳大湾区跨境医疗：数字概览"
OVERVIEW_TITLE_EN = "Cross-border health care in the Greater Bay Area: the figures"
# Table headings in English (``charts.set_language("en")``); the Chinese ones are the default.
ENGLISH_COLUMNS = {"日期": "Date", "标题": "Title", "来源": "Publisher", "地区": "Region",
                   "数字": "Figure", "机构": "Institution", "指标": "Metric", "时期": "Period",
                   "原文": "Quote", "文章 · doc_id": "Article · doc_id", "位置": "Position",
                   "按 by": "By", "文章数 articles": "Articles"}
NO_DATA = "所选范围内没有数字。No figures match this selection."
SENTENCES = 20  # single values stated under the charts
PRINT_ROWS = 40  # rows of a long table the PDF carries; the HTML page and data files hold more
PAGE_ROWS = 20_000  # rows of a long table on the HTML page (a 1,000-article corpus: all of them)


# --- what the notebooks show -------------------------------------------------------------------

@dataclass(frozen=True)
class Selection:
    """The articles and figures a report shows, with the filters that chose them."""

    documents: pd.DataFrame
    metrics: pd.DataFrame
    region: str | None = None
    metric: str | None = None
    since: date | None = None
    until: date | None = None

    @property
    def empty(self) -> bool:
        """True when no figure is selected (the report then says so instead of drawing)."""
        return self.metrics.empty


def parse_date(value: str | date | None) -> date | None:
    """``YYYY-MM-DD`` (or a date, or None/empty) as a date; a clear error for anything else."""
    if value is None or isinstance(value, date):
        return value
    if not str(value).strip():
        return None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise AnalysisError(f"bad date {value!r}: use YYYY-MM-DD") from None


def load_tables(seeds_dir: str | Path, data_dir: str | Path | None = None,
                problems: list[Problem] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Documents and metrics: from a built ``data`` folder when given (read once per build),
    else read and extracted from the articles in ``seeds_dir`` (``analysis.pipeline``: in
    every core for a large folder)."""
    if data_dir:
        data_dir = Path(data_dir)
        return (pd.read_parquet(data_dir / "documents.parquet"),
                pd.read_parquet(data_dir / "metrics.parquet"))
    return pipeline.load_tables(seeds_dir, problems=problems)


def select(documents: pd.DataFrame, metrics: pd.DataFrame, region: str | None = None,
           metric: str | None = None, since: str | date | None = None,
           until: str | date | None = None) -> Selection:
    """Articles of ``region`` published in [since, until] and their figures of ``metric``;
    None means no filter (an article without a date is kept only when no date filter is set).
    An unknown region or metric, or ``since`` after ``until``, raises ``ParameterError``."""
    since, until = parse_date(since), parse_date(until)
    check_parameters(documents, metrics, region, metric, since, until)
    chosen = documents_in(documents, region, since, until)
    figures = metrics[metrics["doc_id"].isin(chosen["doc_id"])]
    if metric:
        figures = figures[figures["metric"] == metric]
    return Selection(chosen, figures, region or None, metric or None, since, until)


def published_date(value: object) -> date | None:
    """A publication date as a ``date``; None for a missing one, however it came (None, NaN,
    or NaT, which passes for a date)."""
    if value is None or not isinstance(value, date) or pd.isna(value):
        return None
    return value.date() if isinstance(value, datetime) else value


def documents_in(documents: pd.DataFrame, region: str | None = None, since: date | None = None,
                 until: date | None = None) -> pd.DataFrame:
    """The articles of ``region`` (any when None) published in [since, until]."""
    keep = pd.Series(True, index=documents.index)
    if region:
        keep &= documents["region"] == region
    published = documents["published"].map(published_date)
    if since:
        keep &= published.map(lambda d: d is not None and d >= since)
    if until:
        keep &= published.map(lambda d: d is not None and d <= until)
    return documents[keep]


def describe(selection: Selection) -> str:
    """The scope of a selection in one line: filters, articles, figures, dates."""
    if charts.language() == "en":
        return _describe_en(selection)
    parts = []
    if selection.region:
        parts.append(f"地区 {selection.region}")
    if selection.metric:
        parts.append(f"指标 {charts.metric_label(selection.metric)}（{selection.metric}）")
    if selection.since or selection.until:
        parts.append(f"发表于 {selection.since or '…'} 至 {selection.until or '…'}")
    found = [published_date(d) for d in selection.documents["published"]]
    dates = sorted(d for d in found if d is not None)
    undated = len(found) - len(dates)
    span = "" if not dates else f"{dates[0]}" if dates[0] == dates[-1] else (
        f"{dates[0]} 至 {dates[-1]}")
    if undated:
        span = (f"{span}；{undated} 篇{UNKNOWN['date']}" if dates else UNKNOWN["date"])
    span = f"（{span}）" if span else ""
    parts.append(f"{len(selection.documents)} 篇文章{span}，{len(selection.metrics)} 项数字"
                 f" / {len(selection.documents)} articles, {len(selection.metrics)} figures")
    return " · ".join(parts)


def _describe_en(selection: Selection) -> str:
    parts = [f"Region {selection.region}"] if selection.region else []
    if selection.metric:
        parts.append(f"Metric {charts.metric_label(selection.metric)} ({selection.metric})")
    if selection.since or selection.until:
        parts.append(f"published {selection.since or '…'} to {selection.until or '…'}")
    dates = sorted(d.date() for d in pd.to_datetime(selection.documents["published"],
                                                    errors="coerce").dropna())
    span = "" if not dates else f" ({dates[0]})" if dates[0] == dates[-1] else (
        f" ({dates[0]} to {dates[-1]})")
    parts.append(f"{len(selection.documents)} articles{span}, {len(selection.metrics)} figures")
    return " · ".join(parts)


def heading(selection: Selection) -> str:
    """The title of a drill-down: its region and/or metric."""
    return report_title(selection.region, selection.metric)


def report_title(region: str | None, metric: str | None) -> str:
    """A report's title from its filters (the overview has neither), in the labels' language."""
    english = charts.language() == "en"
    if not region and not metric:
        return OVERVIEW_TITLE_EN if english else OVERVIEW_TITLE
    parts = [f"{region}" if region else "All regions" if english else "全部地区"]
    if metric:
        parts.append(charts.metric_label(metric))
    return ("Focus: " if english else "专题：") + " · ".join(parts)


def _year(value: object) -> str:
    value = published_date(value)
    return str(value.year) if value else UNKNOWN["year"]


def articles_table(selection: Selection) -> pd.DataFrame:
    """One row per article: date, title, publisher, region, number of figures, doc_id."""
    docs = selection.documents
    counts = selection.metrics["doc_id"].value_counts()
    dates = docs["published"].map(published_date)
    table = pd.DataFrame({
        "日期": dates.map(lambda d: str(d) if d else UNKNOWN["date"]),
        "标题": docs["title"].map(as_text),
        "来源": docs["publisher"].map(as_text),
        "地区": docs["region"].map(as_text),
        "数字": docs["doc_id"].map(lambda d: int(counts.get(d, 0))),
        "doc_id": docs["doc_id"],
    })
    return table.assign(_undated=dates.isna().to_numpy()).sort_values(
        ["_undated", "日期", "doc_id"]).drop(columns="_undated").reset_index(drop=True)


def corpus_counts(selection: Selection) -> pd.DataFrame:
    """Articles counted by year, by region and by publisher: one row each, ``2021：3 · 2022：1``."""
    docs = selection.documents
    groups = (("年份 year", docs["published"].map(_year)),
              ("地区 region", docs["region"].map(lambda r: as_text(r) or UNKNOWN["region"])),
              ("来源 publisher", docs["publisher"].map(lambda p: as_text(p) or UNKNOWN["publisher"])))
    rows = [(name, " · ".join(f"{value}：{count}" for value, count
                              in column.value_counts().sort_index().items()))
            for name, column in groups] if len(docs) else []
    return pd.DataFrame(rows, columns=["按 by", "文章数 articles"])


def _with_documents(selection: Selection) -> pd.DataFrame:
    docs = selection.documents[["doc_id", "title", "region"]]
    return selection.metrics.merge(docs, on="doc_id", how="left", sort=False)


def _figure_text(rows: pd.DataFrame) -> pd.Series:
    return pd.Series([charts.format_figure(r.value, r.value_high, r.unit, r.qualifier)
                      for r in rows.itertuples(index=False)], index=rows.index, dtype=object)


def provenance(selection: Selection) -> pd.DataFrame:
    """Every figure with the sentence it came from and its article, so each number is traceable."""
    rows = _with_documents(selection)
    return pd.DataFrame({
        "指标": rows["metric"].map(charts.metric_label),
        "数字": _figure_text(rows),
        "原文": rows["quote"].map(as_text),
        "机构": rows["entity"].map(as_text),
        "时期": rows["period"].map(as_text),
        "文章 · doc_id": [f"{as_text(t)} · {d}" for t, d in zip(rows["title"], rows["doc_id"])],
        "位置": [f"{s}–{e}" for s, e in zip(rows["start"], rows["end"])],
    })


def dictionary(selection: Selection) -> pd.DataFrame:
    """The data dictionary rows of the metrics that appear in the selection."""
    table = data_dictionary()
    return table[table["metric"].isin(selection.metrics["metric"])].reset_index(drop=True)


def html_table(frame: pd.DataFrame, print_rows: int | None = None,
               anchor: str | None = None) -> str:
    """A table as escaped HTML in a horizontally scrolling box (cells are plain text); columns
    of long text are kept wide and columns of short values unbroken. Each cell carries its
    column name (phones stack the cells of a row under their names). With ``print_rows``, the
    PDF shows only the first rows and says where the rest are; with ``anchor``, each row has
    the id ``doc-<value of that column>`` for links from the first page. Headings are in the
    labels' language (``charts.set_language``)."""
    if charts.language() == "en":
        frame = frame.rename(columns=ENGLISH_COLUMNS)
    classes = [_column_class(frame[c]) for c in frame.columns]
    names = [html.escape(str(c)) for c in frame.columns]
    head = "".join(f'<th class="{k}">{n}</th>' for n, k in zip(names, classes))
    ids = frame[anchor].map(as_text).tolist() if anchor else None
    rows = []
    for i, row in enumerate(frame.itertuples(index=False)):
        attributes = f' id="doc-{html.escape(ids[i])}"' if ids else ""
        if print_rows is not None and i >= print_rows:
            attributes += ' class="screen-only"'
        rows.append(f"<tr{attributes}>" + "".join(
            f'<td class="{k}" data-label="{n}">{html.escape(as_text(v))}</td>'
            for v, k, n in zip(row, classes, names)) + "</tr>")
    note = ""
    if print_rows is not None and len(frame) > print_rows:
        linked = ("及首页链接到的行", " and those the first page links to") if anchor else ("", "")
        note = (f'<p class="print-only">PDF 只列出前 {print_rows} 行{linked[0]}，共 {len(frame)} 行；'
                f"完整列表见本报告的 HTML 版及 data/ 文件夹。The PDF lists the first {print_rows} of "
                f"{len(frame)} rows{linked[1]}; all are in the HTML report and the data files.</p>")
    return (f'<div class="table-wrap"><table><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></div>{note}")


def _column_class(column: pd.Series) -> str:
    longest = max((len(as_text(v)) for v in column), default=0)
    for width, name in ((60, "xlong"), (24, "long"), (12, "medium")):
        if longest > width:
            return name
    return "short"


def figure_html(figure: Figure) -> str:
    """A chart as an embedded PNG ``<img>`` (data: URL) with its title as alt text."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=150)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    title = figure.axes[0].get_title(loc="left") if figure.axes else ""
    width = round(figure.get_figwidth() * 96)
    return (f'<div class="chart-wrap"><img class="chart" alt="{html.escape(title)}" '
            f'width="{width}" src="data:image/png;base64,{data}"></div>')


class Fragment(str):
    """HTML built and escaped by this package (the first page, long tables): shown as it is."""


def _item_html(item: object) -> str:
    if isinstance(item, Fragment):
        return str(item)
    if isinstance(item, pd.DataFrame):
        return "" if item.empty else html_table(item)
    if isinstance(item, Figure):
        return figure_html(item)
    if isinstance(item, (list, tuple)):
        return "".join(_item_html(i) for i in item)
    return "" if item is None or item == "" else f"<p>{html.escape(str(item))}</p>"


def selection_facts(selection: Selection) -> pd.DataFrame:
    """One row per fact of the selection (``fact_table.facts``)."""
    return fact_table.facts(selection.metrics, selection.documents)


def first_page(selection: Selection, data_dir: str | Path | None = None,
               facts: pd.DataFrame | None = None) -> Fragment:
    """What a policy reader reads first: coverage, headline facts per region with their change,
    plans apart, and what is new since the last build (from ``data_dir``'s record)."""
    if selection.empty:
        return Fragment("")
    facts = selection_facts(selection) if facts is None else facts
    return Fragment(headlines.first_page_html(selection.documents, facts,
                                              headlines.read_whats_new(data_dir)))


def chart_items(selection: Selection, limit: int = 12,
                facts: pd.DataFrame | None = None) -> list[object]:
    """The selection's like-with-like charts (``chart_plan``), then the groups of one value as
    sentences and a note of the groups not drawn."""
    facts = selection_facts(selection) if facts is None else facts
    planned = chart_plan.plan(facts, limit=limit, order=KEY_METRICS)
    items: list[object] = [charts.draw(c) for c in planned.charts]
    if planned.sentences:
        more = len(planned.sentences) - SENTENCES
        items.append(Fragment('<ul class="single">' + "".join(
            f"<li>{html.escape(s)}</li>" for s in planned.sentences[:SENTENCES]) + (
            f"<li>另有 {more} 项单独的数字见附录。{more} more in the appendix.</li>"
            if more > 0 else "") + "</ul>"))
    if planned.omitted:
        items.append(f"另有 {planned.omitted} 组数字未绘图，见附录与 data/metrics.csv。"
                     f"{planned.omitted} more groups of figures are in the appendix and data files.")
    return items


def facts_list(selection: Selection) -> Fragment:
    """Every figure with its quote (``provenance``), key metrics and the latest articles first:
    up to ``PAGE_ROWS`` in HTML (all in the data files), the first ``PRINT_ROWS`` in the PDF."""
    return _long_table(provenance(_key_metrics_first(selection)))


def _long_table(table: pd.DataFrame, anchor: str | None = None) -> Fragment:
    """A long table: its first ``PAGE_ROWS`` rows on the page (the first ``PRINT_ROWS`` in the
    PDF), and where the rest are when there are more."""
    if table.empty:
        return Fragment("")
    shown = html_table(table.head(PAGE_ROWS), print_rows=PRINT_ROWS, anchor=anchor)
    if len(table) > PAGE_ROWS:
        shown += (f'<p class="scope">本页列出前 {PAGE_ROWS:,} 行，共 {len(table):,} 行；全部见 data/ '
                  f"文件夹。This page lists the first {PAGE_ROWS:,} of {len(table):,} rows; all "
                  "are in the data files.</p>")
    return Fragment(shown)


def _key_metrics_first(selection: Selection) -> Selection:
    """The selection with its figures ordered for the PDF's top rows: key metrics first (in
    ``KEY_METRICS`` order), then the latest articles first, then text order."""
    figures = selection.metrics
    published = figures["doc_id"].map(dict(zip(selection.documents["doc_id"],
                                               selection.documents["published"])))
    order = pd.DataFrame({
        "rank": figures["metric"].map(lambda m: KEY_METRICS.index(m) if m in KEY_METRICS
                                      else len(KEY_METRICS)),
        "published": published.map(lambda d: d.toordinal() if isinstance(d, date)
                                   and not pd.isna(d) else 0),
        "position": range(len(figures))}, index=figures.index)
    order = order.sort_values(["rank", "published", "position"], ascending=[True, False, True])
    return Selection(selection.documents, figures.loc[order.index], selection.region,
                     selection.metric, selection.since, selection.until)


def articles_list(selection: Selection) -> Fragment:
    """The articles, each row the target of the first page's source links (``#doc-<doc_id>``)."""
    return _long_table(articles_table(selection), anchor="doc_id")


def section(title: str, *items: object, lead: str = "", empty: str | None = None,
            level: int = 2) -> None:
    """Display a heading, a lead paragraph and tables, charts or text in a notebook; when every
    item is empty, display only the ``empty`` note under the heading, or nothing without one."""
    from IPython.display import HTML, display

    body = "".join(_item_html(item) for item in items)
    if not body and empty is None:
        return
    if body:
        body = (f'<p class="scope">{html.escape(lead)}</p>' if lead else "") + body
    else:
        body = f'<p class="no-data">{html.escape(empty or "")}</p>'
    display(HTML(f"<h{level}>{html.escape(title)}</h{level}>{body}"))
