"""What a build found new since the last one: new, changed and removed articles (by doc_id and
file digest) and figures (by ``FIGURE_KEY``), the record of it kept in ``data/`` for the first
page (``headlines``), and the "what's new" section of the index and page ``whats-new.html``
(``templates/whats_new.html.j2``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from analysis import export, headlines, render, report

PAGE = "whats-new.html"
TEMPLATE = "whats_new.html.j2"
FIGURE_KEY = ("doc_id", "metric", "value", "value_high", "unit", "quote")
ARTICLE_HEADINGS = (("new_articles", "新文章 New articles"),
                    ("changed_articles", "修改的文章 Changed articles"))


def _figure_keys(metrics: pd.DataFrame) -> list[tuple[str, ...]]:
    """One key per figure: article, metric, value(s), unit and quote. Not the character span:
    an edit above a sentence moves every figure below it without changing them."""
    columns = [metrics[c] for c in FIGURE_KEY]
    return [tuple("" if v is None or (not isinstance(v, str) and pd.isna(v)) else
                  repr(float(v)) if isinstance(v, float) else str(v) for v in row)
            for row in zip(*columns)]


def compare(before: tuple[pd.DataFrame, pd.DataFrame] | None, documents: pd.DataFrame,
            metrics: pd.DataFrame) -> dict[str, Any]:
    """New, changed and removed articles (by doc_id and file digest) and new and removed
    figures (by ``FIGURE_KEY``) between the previous tables and these. Before the first build
    every article and figure is new."""
    tables = {"documents": documents, "metrics": metrics}
    if before is None:
        return {**tables, "first": True, "new_articles": documents,
                "changed_articles": documents.iloc[:0], "removed_articles": [],
                "new_figures": metrics, "removed_figures": 0}
    old_docs, old_metrics = before
    old_sha = dict(zip(old_docs["doc_id"], old_docs["sha256"]))
    is_new = ~documents["doc_id"].isin(old_sha)
    is_changed = documents["doc_id"].isin(old_sha) & (
        documents["sha256"] != documents["doc_id"].map(old_sha))
    old_keys = set(_figure_keys(old_metrics))
    new_keys = _figure_keys(metrics)
    fresh = [k not in old_keys for k in new_keys]
    return {**tables, "first": False, "new_articles": documents[is_new.to_numpy()],
            "changed_articles": documents[is_changed.to_numpy()],
            "removed_articles": sorted(set(old_sha) - set(documents["doc_id"])),
            "new_figures": metrics[fresh], "removed_figures": len(old_keys - set(new_keys))}


def previous_tables(out_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """The documents and metrics tables of the reports now in ``out_dir`` (None before the first
    build or when they cannot be read)."""
    data = out_dir / "data"
    if not (data / "documents.parquet").is_file():
        return None
    try:
        return report.load_tables(out_dir, data_dir=data)
    except Exception:  # noqa: BLE001 - a damaged table only makes "what's new" list all
        return None


def write_record(out_dir: Path, documents: pd.DataFrame, metrics: pd.DataFrame,
                 data_dir: Path, news: dict | None = None) -> Path:
    """Record in ``data_dir`` what is new against the reports now in ``out_dir`` (or ``news``
    already found by a refresh), for the first page's "new since the last build"."""
    if news is None:
        news = compare(previous_tables(out_dir), documents, metrics)
    entries = render.read_entries(out_dir)
    built = max((str(e.get("built", "")) for e in entries), default="") or None
    path = data_dir / headlines.WHATS_NEW_FILE
    path.write_text(json.dumps(headlines.whats_new_record(news, built), ensure_ascii=False),
                    encoding="utf-8")
    return path


def changed_values(data_dir: Path) -> pd.DataFrame:
    """The facts whose value this build found new or changed, from the DuckDB history."""
    database = data_dir / export.DATABASE
    return export.query("SELECT metric, entity, previous_value, value, unit, sources "
                        "FROM history_changes ORDER BY metric, entity", database)


def _render(**values: object) -> str:
    environment = Environment(loader=FileSystemLoader(render.TEMPLATES), keep_trailing_newline=True,
                              autoescape=select_autoescape(default=True, default_for_string=True))
    return environment.get_template(TEMPLATE).render(**values)


def _counts(news: dict[str, Any]) -> dict[str, int]:
    return {"new_articles": len(news["new_articles"]),
            "changed_articles": len(news["changed_articles"]),
            "removed_articles": len(news["removed_articles"]),
            "new_figures": len(news["new_figures"]), "removed_figures": news["removed_figures"]}


def section(news: dict[str, Any], rebuilt: Sequence[str]) -> str:
    """The "what's new" section for the index page (escaped; links to ``PAGE``)."""
    return _render(part="section", counts=_counts(news), rebuilt=list(rebuilt), page_name=PAGE)


def page(news: dict[str, Any], rebuilt: Sequence[str], reasons: dict[str, str],
         previous_at: str | None, built_at: datetime, changes: pd.DataFrame | None = None) -> str:
    """``whats-new.html``: what this build found new since the last one (``news``), the reports
    rebuilt and why (``reasons``), the values the history saw change (``changes``);
    self-contained with the reports' CSS and Content-Security-Policy, every value escaped."""
    articles = [(title, Markup(report.html_table(report.articles_table(
                    report.Selection(news[key], news["metrics"])))), len(news[key]))
                for key, title in ARTICLE_HEADINGS if len(news[key])]
    shown = None
    if changes is not None and len(changes):  # from the history in the DuckDB file
        shown = Markup(report.html_table(changes.assign(sources=changes["sources"].map(
            lambda ids: ", ".join(map(str, ids))))))
    figures = news["new_figures"]
    text = _render(
        part="page", csp=render.CSP, counts=_counts(news), rebuilt=list(rebuilt),
        built_at=built_at.strftime("%Y-%m-%d %H:%M %Z"), first=news["first"],
        previous_at=previous_at, reasons=[(n, r) for n, r in reasons.items() if r],
        articles=articles, removed=news["removed_articles"], changes=shown,
        changes_count=0 if changes is None else len(changes), figures_count=len(figures),
        figures=Markup(report.html_table(report.provenance(
            report.Selection(news["documents"], figures)))) if len(figures) else None)
    render.check_self_contained(text)
    return text
