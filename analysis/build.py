"""Building the reports folder: which reports there are (the plan), what each is made from (its
key), the manifest a finished build records, and the two builds: ``build_reports`` (``make
report``: every report, or one drill-down, into a fresh folder) and ``rebuild`` (a refresh: only
the reports whose key changed, in a copy of the folder).

Both build beside the reports folder and swap the result in (``analysis.outputs.staged``), a
failure leaving the folder as it was; the lock and the clean-up after a killed build are
``analysis.outputs``'; the pages themselves are ``analysis.render``'s and ``analysis.report``'s.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from analysis import charts, manifest, outputs, render, whats_new
from analysis.charts import as_text
from analysis.outputs import (
    LOG,
    RefreshResult,
    append_log,
    check_out_dir,
    clean_stale,
    locked,
    stage_recorded,
)
from analysis.parameters import check_parameters
from analysis.problems import Problem
from analysis.regions import region_slug
from analysis.report import (
    articles_table,
    documents_in,
    load_tables,
    parse_date,
    report_title,
    select,
)
from analysis.stopping import terminate_cleanly

FAILED = "failed"  # executed notebooks of failed cells, kept in the reports folder
NOT_OUTPUTS = (manifest.MANIFEST, LOG, FAILED, ".gitkeep")
KEYED_PARAMETERS = ("region", "metric", "since", "until")  # what ``report.select`` filters on
LOCK_WAIT = 600.0  # seconds ``build_reports`` waits for a refresh of the same folder

# Called with the staging folder just before a refresh swaps it in (tests simulate a crash here).
_before_swap: Callable[[Path], None] | None = None


# --- the plan ----------------------------------------------------------------------------------

def drilldown_spec(region: str | None, metric: str | None, since: date | None = None,
                   until: date | None = None) -> render.ReportSpec:
    """The drill-down report of one region and/or one metric."""
    metric_slug = re.sub(r"[^a-z0-9_]+", "-", metric.lower()) if metric else ""
    if region:
        name = f"region-{region_slug(region)}" + (f"-{metric_slug}" if metric else "")
    else:
        name = f"metric-{metric_slug}"
    return render.ReportSpec(name, "drilldown", report_title(region, metric),
                             _parameters(region=region, metric=metric, since=since, until=until))


def _parameters(**values: object) -> dict[str, object]:
    """A notebook's parameters; ``lang`` only when the labels are not Chinese."""
    if charts.language() != "zh":
        values["lang"] = charts.language()
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in values.items()}


def plan_reports(documents: pd.DataFrame, region: str | None = None, metric: str | None = None,
                 since: date | None = None, until: date | None = None) -> list[render.ReportSpec]:
    """The reports to build: the one drill-down asked for, or the overview and a drill-down per
    region that has articles in the period."""
    if region or metric:
        return [drilldown_spec(region, metric, since, until)]
    chosen = documents_in(documents, since=since, until=until)
    regions = sorted({r for r in chosen["region"] if as_text(r)}, key=region_slug)
    overview = render.ReportSpec("overview", "overview", report_title(None, None),
                                 _parameters(since=since, until=until))
    return [overview, *(drilldown_spec(r, None, since, until) for r in regions)]


def refresh_plan(documents: pd.DataFrame, old_entries: list[dict[str, object]]
                 ) -> tuple[list[render.ReportSpec], list[str]]:
    """The reports a refresh keeps up to date: ``plan_reports`` (the overview and a drill-down
    per region) plus any other report in the index (say a drill-down of one metric built by
    ``make report``); and the planned drill-downs of regions that have no articles any more."""
    specs = plan_reports(documents)
    planned = {s.name for s in specs}
    removed = []
    for entry in old_entries:
        if entry["name"] in planned:
            continue
        spec = render.ReportSpec(str(entry["name"]), str(entry["notebook"]), str(entry["title"]),
                                 dict(entry.get("parameters") or {}))
        region = spec.parameters.get("region")
        planned_kind = region and drilldown_spec(str(region), None)
        if planned_kind and (spec.name, spec.notebook, spec.parameters) == (
                planned_kind.name, planned_kind.notebook, planned_kind.parameters):
            removed.append(spec.name)  # a region drill-down the plan no longer makes
        else:
            specs.append(spec)
    return specs, sorted(removed)


# --- what each report is made from, and the manifest -------------------------------------------

def key_parts(spec: render.ReportSpec, documents: pd.DataFrame, metrics: pd.DataFrame,
              inputs: manifest.Inputs) -> dict[str, str]:
    """What one report is made from, as digests: its notebook, the library and environment, its
    title and parameters, and the rows of the tables it shows (the article path and text are
    left out: the file digest stands for the text, and the path is not shown)."""
    parameters = spec.parameters
    if set(parameters) <= set(KEYED_PARAMETERS):
        selection = select(documents, metrics, **parameters)
        docs, figures = selection.documents, selection.metrics
    else:  # a notebook with other parameters: any change to the tables rebuilds it
        docs, figures = documents, metrics
    docs = docs.drop(columns=[c for c in ("path", "text") if c in docs.columns])
    return {
        "notebook": inputs.notebooks.get(spec.notebook, "missing"),
        "library": inputs.library,
        "environment": manifest.digest_json(inputs.environment),
        "spec": manifest.digest_json([spec.name, spec.notebook, spec.title, parameters]),
        "data": manifest.digest_json([docs.to_csv(index=False), figures.to_csv(index=False)]),
    }


def why(name: str, parts: dict[str, str], before: dict | None, force: bool,
        changed_files: set[str], recorded: dict) -> str:
    """Why a report must be re-rendered ("" when it need not be)."""
    if force:
        return "forced"
    if not before:
        return "new"
    old = before.get("parts") or {}
    differ = [k for k in parts if parts[k] != old.get(k)]
    if differ:
        return ",".join("articles" if k == "data" else k for k in differ)
    files = {f"{name}.html", f"{name}.pdf"}
    if files & changed_files or not files <= set(recorded):
        return "output files changed"
    return ""


def write_manifest(stage: Path, built_at: datetime, inputs: manifest.Inputs,
                   cache: manifest.StatCache, parts: dict[str, dict[str, str]],
                   skipped: int) -> None:
    """The manifest of a finished build, written last into its folder: the inputs, each
    report's key parts, and the stats of every output file."""
    manifest.write(stage, {
        "refreshed_at": built_at.isoformat(timespec="seconds"),
        "inputs": inputs.digest, "components": asdict(inputs),
        "reports": {name: {"key": manifest.digest_json(p), "parts": p}
                    for name, p in parts.items()},
        "outputs": manifest.output_stats(stage, exclude=NOT_OUTPUTS),
        "skipped": skipped, "cache": cache.entries,
    })


def record_build(stage: Path, inputs: manifest.Inputs, cache: manifest.StatCache,
                 documents: pd.DataFrame, metrics: pd.DataFrame, built_at: datetime,
                 skipped: int) -> None:
    """Write the manifest of a complete build (``make report`` of every report, ``inputs``
    fingerprinted before its articles were read) into its folder, as a refresh would: the next
    refresh then finds the reports up to date instead of rebuilding them all."""
    specs, _ = refresh_plan(documents, render.read_entries(stage))
    parts = {s.name: key_parts(s, documents, metrics, inputs) for s in specs}
    write_manifest(stage, built_at, inputs, cache, parts, skipped)


# --- make report -------------------------------------------------------------------------------

@dataclass
class BuildResult:
    """What a build wrote: the reports (names), the folder, and the articles and figures used."""

    out_dir: Path
    reports: list[str]
    articles: int
    figures: int
    skipped: int = 0
    index: Path | None = None

    def __str__(self) -> str:
        skipped = f"; {self.skipped} file(s) skipped" if self.skipped else ""
        return (f"built {len(self.reports)} report(s) ({', '.join(self.reports)}) from "
                f"{self.articles} articles and {self.figures} figures into {self.out_dir}"
                f" (index: {self.index}){skipped}")


def build_reports(seeds_dir: str | Path, out_dir: str | Path, region: str | None = None,
                  metric: str | None = None, since: str | date | None = None,
                  until: str | date | None = None,
                  problems: list[Problem] | None = None, lang: str = "zh",
                  jobs: int | None = None,
                  progress: Callable[[str], None] | None = None) -> BuildResult:
    """Build data tables, reports (HTML + PDF) and the index into a fresh folder beside
    ``out_dir`` and swap it in; a failure raises ``ReportError`` and leaves ``out_dir`` as it was.

    With ``region`` and/or ``metric`` only that drill-down is built; the other reports already
    in ``out_dir`` are kept and listed on the index. It holds the refresh lock of ``out_dir``
    (waiting up to ``LOCK_WAIT`` seconds) so that a scheduled refresh cannot swap over it, and
    first removes what a killed build left. ``out_dir`` must be one a build may replace
    (``analysis.outputs.check_out_dir``). SIGTERM removes the staging folder and raises
    ``analysis.errors.Terminated``. ``lang="en"`` labels charts, headings and tables in
    English.
    Reports are rendered ``jobs`` at a time (default: the cores), ``progress`` told of each.
    A region, metric or dates that match nothing known raise ``ParameterError`` before any
    file is written.
    """
    check_out_dir(seeds_dir, out_dir)
    with terminate_cleanly(), locked(Path(out_dir).resolve(), wait=LOCK_WAIT, holder="report"), \
            charts.labels_in(lang):
        clean_stale(Path(out_dir).resolve())
        return _build(seeds_dir, out_dir, region, metric, since, until, problems, jobs,
                      progress)


def _build(seeds_dir: str | Path, out_dir: str | Path, region: str | None, metric: str | None,
           since: str | date | None, until: str | date | None,
           problems: list[Problem] | None, jobs: int | None = None,
           progress: Callable[[str], None] | None = None) -> BuildResult:
    since, until = parse_date(since), parse_date(until)
    problems = [] if problems is None else problems
    seeds_dir, out_dir = Path(seeds_dir).resolve(), Path(out_dir).resolve()
    # Every report, undated: what a refresh keeps up to date, so the build records its manifest
    # (the inputs fingerprinted before the articles are read, as a refresh does).
    complete = not (region or metric or since or until)
    if complete:
        cache = manifest.StatCache(manifest.load(out_dir).get("cache"))
        inputs = manifest.fingerprint(seeds_dir, render.NOTEBOOKS, cache)
    documents, metrics = load_tables(seeds_dir, problems=problems)
    check_parameters(documents, metrics, region, metric, since, until)
    specs = plan_reports(documents, region, metric, since, until)
    partial = bool(region or metric)
    built_at = datetime.now().astimezone()
    with outputs.staged(out_dir, carry_over=partial) as stage:
        with outputs.step("writing the data tables"):
            data_dir = render.write_data(documents, metrics, stage / "data", built_at,
                                         previous=out_dir / "data")
            whats_new.write_record(out_dir, documents, metrics, data_dir)
        with outputs.step(f"rendering {len(specs)} report(s) into {stage}"):
            render.render_reports(specs, stage, seeds_dir=seeds_dir, data_dir=data_dir,
                                  failed_dir=out_dir / FAILED, jobs=jobs, progress=progress)
        with outputs.step("writing the index and the manifest"):
            entries = render.merge_entries(render.read_entries(stage) if partial else [], specs,
                                           built_at)
            covered = select(documents, metrics, since=since, until=until)
            index = render.write_index(stage, entries, articles_table(covered), built_at)
            if complete:
                record_build(stage, inputs, cache, documents, metrics, built_at,
                             sum(p.skipped for p in problems))
    return BuildResult(out_dir, [s.name for s in specs], len(covered.documents),
                       len(covered.metrics), sum(p.skipped for p in problems),
                       out_dir / index.name)


# --- a refresh's rebuild -----------------------------------------------------------------------

def rebuild(seeds_dir: Path, out_dir: Path, notebooks_dir: Path, inputs: manifest.Inputs,
            cache: manifest.StatCache, previous: dict, changed: list[str], force: bool,
            problems: list[Problem], started: float, cleaned: list[str],
            jobs: int | None = None) -> RefreshResult:
    """Ingest and extract, decide which reports to re-render (their key changed, or their
    files), build the new folder beside ``out_dir`` (``outputs.staged``, a copy of the old one)
    and swap it in; ``jobs`` reports at a time (default: the cores). Call with the lock held
    (``analysis.refresh``)."""
    documents, metrics = load_tables(seeds_dir, problems=problems)
    specs, removed = refresh_plan(documents, render.read_entries(out_dir))
    parts = {s.name: key_parts(s, documents, metrics, inputs) for s in specs}
    recorded = previous.get("outputs") or {}
    changed_files = set(manifest.changed_outputs(out_dir, recorded))
    old_reports = previous.get("reports") or {}
    reasons = {s.name: why(s.name, parts[s.name], old_reports.get(s.name), force,
                           changed_files, recorded) for s in specs}
    todo = [s for s in specs if reasons[s.name]]
    news = whats_new.compare(whats_new.previous_tables(out_dir), documents, metrics)
    covered = select(documents, metrics)
    result = RefreshResult(out_dir, False, changed=changed, rebuilt=[s.name for s in todo],
                           kept=[s.name for s in specs if not reasons[s.name]], removed=removed,
                           articles=len(covered.documents), figures=len(covered.metrics),
                           new_articles=len(news["new_articles"]),
                           new_figures=len(news["new_figures"]),
                           skipped=sum(p.skipped for p in problems))
    built_at = datetime.now().astimezone()
    with stage_recorded(out_dir) as record_stage, \
            outputs.staged(out_dir, carry_over=True) as stage:
        with outputs.step(f"writing beside {out_dir}"):
            record_stage(stage)
            for name in removed:
                for suffix in (".html", ".pdf"):
                    (stage / f"{name}{suffix}").unlink(missing_ok=True)
        with outputs.step("writing the data tables"):
            data_dir = render.write_data(documents, metrics, stage / "data")
            whats_new.write_record(out_dir, documents, metrics, data_dir, news)
        with outputs.step(f"rendering {len(todo)} report(s) into {stage}"):
            render.render_reports(todo, stage, seeds_dir=seeds_dir, data_dir=data_dir,
                                  failed_dir=out_dir / FAILED, notebooks=notebooks_dir,
                                  jobs=jobs, progress=logging.getLogger(render.PROGRESS_LOGGER).info)
        with outputs.step("writing the index, what's new and the manifest"):
            entries = render.merge_entries(
                [e for e in render.read_entries(stage) if e["name"] not in removed], todo,
                built_at)
            render.write_index(stage, entries, articles_table(covered), built_at,
                               whats_new=whats_new.section(news, result.rebuilt))
            (stage / whats_new.PAGE).write_text(
                whats_new.page(news, result.rebuilt, reasons, previous.get("refreshed_at"),
                               built_at, whats_new.changed_values(data_dir)),
                encoding="utf-8")
            write_manifest(stage, built_at, inputs, cache, parts, result.skipped)
            append_log(stage, "ok", started, changed=changed, rebuilt=result.rebuilt,
                       kept=len(result.kept), removed=removed,
                       new_articles=result.new_articles, new_figures=result.new_figures,
                       skipped=result.skipped, cleaned=cleaned)
        if _before_swap is not None:
            _before_swap(stage)
    return result
