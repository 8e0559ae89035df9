"""Throughput, memory and scaling of ingest and extraction on generated corpora.

For each corpus size: per-core ingest and extract throughput (one process, ``measure.py``), and
the end-to-end time to the metrics Parquet with ``--jobs`` workers (``python -m analysis
extract``), with the CPU time and peak memory of its whole process tree (``processes.py``).
Then the growth ratio between sizes, and two hostile inputs: one huge article and many tiny
ones. Corpora are generated once under ``--out`` and reused while their marker file says they
are complete, for the same seed and the same version of the generator.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import shutil
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
from processes import Run, run  # a sibling script: run.py's folder is on sys.path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # test support
import synthetic

HERE = Path(__file__).resolve().parent

MB = 1_000_000
TARGET_MB_PER_CORE = 5.0
TARGET_100K_SECONDS = 60.0


def ensure_corpus(out: Path, size: int, seed: int) -> tuple[Path, float | None]:
    """The corpus folder for ``size`` and ``seed``, generated unless its marker says it is
    complete and from this version of the generator; and how long generation took (None when
    reused)."""
    folder = out / f"corpus-{size}-seed{seed}"
    marker = out / f"corpus-{size}-seed{seed}.done"  # outside the folder: not an article
    stamp = f"{size} {hashlib.sha256(Path(synthetic.__file__).read_bytes()).hexdigest()[:16]}"
    if marker.exists() and marker.read_text().strip() == stamp:
        return folder, None
    marker.unlink(missing_ok=True)
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    synthetic.generate_corpus(folder, size, seed=seed)
    marker.write_text(stamp + "\n")
    return folder, time.perf_counter() - started


def hostile_inputs(out: Path, seed: int, huge_mb: int, tiny: int) -> tuple[Path, Path]:
    """A folder with one article of ``huge_mb`` MB (newspaper paragraphs run together) and a
    folder of ``tiny`` one-sentence articles; written once (delete them to rebuild)."""
    huge_dir, tiny_dir = out / f"hostile-huge-{huge_mb}mb", out / f"hostile-tiny-{tiny}"
    if not (huge_dir / "huge.txt").exists():
        huge_dir.mkdir(parents=True, exist_ok=True)
        parts, size, i = [synthetic.article(1, seed)[1]], 0, 1
        while size < huge_mb * MB:
            i += 4  # every fourth article is a newspaper one (but for the odd duplicate)
            fmt, text = synthetic.article(i, seed)
            if fmt == "newspaper":
                parts.append(text.split("\n\n  \n\n", 2)[-1])  # without its header
                size += len(parts[-1].encode("utf-8"))
        (huge_dir / "huge.txt").write_text("\n\n".join(parts), encoding="utf-8")
    if not (tiny_dir / f"{tiny - 1:06d}.txt").exists():
        tiny_dir.mkdir(parents=True, exist_ok=True)
        for i in range(tiny):
            (tiny_dir / f"{i:06d}.txt").write_text(f"佛山市第一人民医院现有床位{1000 + i}张。\n",
                                                   encoding="utf-8")
    return huge_dir, tiny_dir


def extract_to_parquet(source: Path, parquet: Path, jobs: int) -> tuple[Run, int, int]:
    """End-to-end ``python -m analysis extract``; the run, its row count and table bytes."""
    result = run([sys.executable, "-m", "analysis", "extract", str(source), "--out",
                  str(parquet), "--jobs", str(jobs)])
    if not parquet.exists() or result.returncode not in (0, 3):
        return result, 0, 0
    return result, pq.read_metadata(parquet).num_rows, pq.read_table(parquet).nbytes


def _mb(n: float) -> str:
    return f"{n / MB:,.1f} MB" if n else "n/a"


def _rate(nbytes: int, files: int, seconds: float) -> str:
    return f"{nbytes / MB / seconds:6.2f} MB/s {files / seconds:8,.0f} articles/s"


def _per_core(folder: Path, limit: int, repeat: int = 1) -> dict:
    """Print and return the one-process ingest, extract and facts figures of up to ``limit``
    files, measured ``repeat`` times: each stage's fastest time is its figure."""
    cores = [run([sys.executable, str(HERE / "measure.py"), str(folder), "--limit", str(limit)])
             for _ in range(repeat)]
    runs = [json.loads(core.stdout) for core in cores]
    c = {**runs[0], **{k: min(r[k] for r in runs) for k in runs[0] if k.endswith("_s")}}
    core = min(cores, key=lambda r: r.parent_peak)
    read, both = c["files"] - c["skipped"], c["ingest_s"] + c["extract_s"]
    print(f"  per core, {c['files']:,} articles in one process, CPU time, best of {repeat}"
          f" ({c['skipped']} skipped; start-up {c['warm_up_s']:.2f} s apart):")
    print(f"    ingest           {_rate(c['input_bytes'], read, c['ingest_s'])}"
          f"   (clean text {_mb(c['text_bytes'])})")
    print(f"    extract          {c['text_bytes'] / MB / c['extract_s']:6.2f} MB/s of clean text"
          f" {read / c['extract_s']:8,.0f} articles/s")
    print(f"    ingest+extract   {_rate(c['input_bytes'], read, both)}")
    facts = c["extract_s"] + c["facts_s"]
    print(f"    extract+facts    {c['text_bytes'] / MB / facts:6.2f} MB/s of clean text"
          f" {read / facts:8,.0f} articles/s   (facts {c['facts_s']:.2f} s, {c['facts']:,} facts"
          f" of {c['rows']:,} rows; tables built in {c['frames_s']:.2f} s apart)")
    print(f"    peak memory      {_mb(core.parent_peak)}")
    return {**c, "peak": core.parent_peak}


def bench_size(out: Path, size: int, seed: int, jobs: int, per_core_limit: int,
               repeat: int = 1) -> dict:
    """Measure one corpus size and print its lines; return the figures. The run to Parquet is
    made ``repeat`` times, and so is the per-core measurement (a shared machine's speed varies
    from minute to minute): the fastest is the figure, and every time is listed."""
    folder, generated = ensure_corpus(out, size, seed)
    in_bytes = sum(p.stat().st_size for p in folder.iterdir())
    print(f"\n== {size:,} articles, {_mb(in_bytes)} of input"
          + (f" (generated in {generated:.1f}s)" if generated is not None else " (reused)"))
    core = _per_core(folder, min(size, per_core_limit), repeat)
    runs = [extract_to_parquet(folder, out / f"metrics-{size}-seed{seed}.parquet", jobs)
            for _ in range(repeat)]
    e2e, rows, table = min(runs, key=lambda r: r[0].seconds)
    times = ", ".join(f"{r.seconds:.1f}" for r, _, _ in runs)
    print(f"  to metrics Parquet, --jobs {jobs}: {e2e.seconds:.2f} s wall (exit {e2e.returncode}),"
          f" {e2e.cpu:.1f} CPU s in the process tree ({e2e.parent_cpu:.1f} in the parent)"
          + (f"; all {repeat} runs: {times} s" if repeat > 1 else ""))
    print(f"    throughput       {_rate(in_bytes, size, e2e.seconds)}"
          f"   ({in_bytes / MB / e2e.cpu if e2e.cpu else 0:.2f} MB per CPU second)")
    print(f"    rows             {rows:,} (table {_mb(table)} in Arrow)")
    print(f"    peak memory      tree {_mb(e2e.tree_peak)}, parent {_mb(e2e.parent_peak)}"
          + (f" ({e2e.parent_peak / table:.2f} x the table, which is written as it comes)"
             if table else ""))
    return {"size": size, "input_bytes": in_bytes, "per_core": core, "seconds": e2e.seconds,
            "all_seconds": [r.seconds for r, _, _ in runs], "cpu": e2e.cpu,
            "parent_cpu": e2e.parent_cpu, "returncode": e2e.returncode, "rows": rows,
            "table_bytes": table, "tree_peak": e2e.tree_peak, "parent_peak": e2e.parent_peak}


def bench_hostile(out: Path, seed: int, jobs: int, huge_mb: int, tiny: int) -> dict:
    """Peak memory and time for one huge article and for many tiny ones."""
    huge, tiny_dir = hostile_inputs(out, seed, huge_mb, tiny)
    figures = {}
    print("\n== hostile inputs")
    for name, source in ((f"one {huge_mb} MB article", huge),
                         (f"{tiny:,} tiny articles", tiny_dir)):
        result, rows, _ = extract_to_parquet(source, out / f"metrics-{source.name}.parquet", jobs)
        print(f"  {name:22} {result.seconds:7.2f} s wall, {result.cpu:6.1f} CPU s, exit "
              f"{result.returncode}, rows {rows:,}, peak tree {_mb(result.tree_peak)}, "
              f"parent {_mb(result.parent_peak)}")
        figures[name] = {"seconds": result.seconds, "cpu": result.cpu, "rows": rows,
                         "returncode": result.returncode, "tree_peak": result.tree_peak,
                         "parent_peak": result.parent_peak}
    return figures


def bench_pathological() -> dict:
    """Seconds for inputs that once took quadratic time: thousands of void and stray end tags,
    deep nesting, a 3 MB text cut into short column lines (in this process, CPU time)."""
    from analysis.text import html_to_text, join_broken_lines

    paragraph = "今年以来，江门市中心医院累计服务港澳居民逾4.8万人次，同比增长26%，病床数从1680张增加至2100张。"
    cases = {
        "20,000 <img> + 20,000 stray </b>": (html_to_text, "<img src='a.png'>" * 20_000
                                             + "</b>" * 20_000 + "<p>段落</p>"),
        "20,000 nested <div>": (html_to_text, "<div>" * 20_000 + "<p>段落</p>" + "</div>" * 20_000),
        "3 MB in 20-character lines": (join_broken_lines, "\n\n".join(
            "\n".join(paragraph[i:i + 20] for i in range(0, len(paragraph), 20))
            for _ in range(20_000))),
    }
    print("\n== pathological inputs (one process, CPU time)")
    figures = {}
    for name, (func, data) in cases.items():
        started = time.process_time()
        func(data)
        figures[name] = time.process_time() - started
        print(f"  {name:34} {figures[name]:6.2f} s")
    return figures


def summary(results: list[dict], jobs: int) -> None:
    """Growth ratios between consecutive sizes and the targets, met or not."""
    print("\n== summary")
    for a, b in itertools.pairwise(results):
        cpu = f", CPU x{b['cpu'] / a['cpu']:.2f}" if a["cpu"] else ""
        print(f"  growth {a['size']:,} -> {b['size']:,} articles: wall "
              f"x{b['seconds'] / a['seconds']:.2f}{cpu} (x{b['size'] / a['size']:.0f} = linear)")
    # the target's measure: metric extraction alone, over the clean text it reads
    extract = max(r["per_core"]["text_bytes"] / MB / r["per_core"]["extract_s"] for r in results)
    both = max(r["per_core"]["input_bytes"] / MB
               / (r["per_core"]["ingest_s"] + r["per_core"]["extract_s"]) for r in results)
    with_facts = max(r["per_core"]["text_bytes"] / MB
                     / (r["per_core"]["extract_s"] + r["per_core"]["facts_s"]) for r in results)
    print(f"  extract per core: {extract:.2f} MB/s of clean text (target >= {TARGET_MB_PER_CORE})"
          f" {'met' if extract >= TARGET_MB_PER_CORE else 'NOT met'}; extract + facts:"
          f" {with_facts:.2f} MB/s of clean text; ingest + extract together:"
          f" {both:.2f} MB/s of input files per core")
    for r in results:
        if r["size"] == 100_000:
            verdict = "met" if r["seconds"] <= TARGET_100K_SECONDS else "NOT met"
            print(f"  100,000 articles to Parquet with {jobs} worker(s): {r['seconds']:.1f} s "
                  f"(target <= {TARGET_100K_SECONDS:.0f} s on 2 cores) {verdict}")
    print("  parent peak (table size), by size: " + ", ".join(
        f"{r['size']:,}: {_mb(r['parent_peak'])} ({_mb(r['table_bytes'])})" for r in results))


def bench_reports(out: Path, sizes: list[int], seed: int, jobs: int) -> list[dict]:
    """Build every report (``python -m analysis report --jobs``) of the seeds (size 5) and of
    generated corpora; print pages, MB and seconds per report and the build's wall and CPU
    time, against the bounds (overview <= 30 pages and 5 MB, drill-downs <= 20 pages)."""
    from analysis.render import pdf_pages

    results = []
    for size in sizes:
        folder = HERE.parent / "seeds" if size == 5 else ensure_corpus(out, size, seed)[0]
        reports = out / f"reports-{size}"
        shutil.rmtree(reports, ignore_errors=True)
        result = run([sys.executable, "-m", "analysis", "report", str(folder), "--out",
                      str(reports), "--jobs", str(jobs)])
        times = {}  # the progress line of each report: "[3/10] name: 12 pages, 1.3 MB, 20.1s (…)"
        for line in result.stderr.splitlines():
            if line.startswith("[") and "] " in line and ": " in line:
                name, rest = line.split("] ", 1)[1].split(": ", 1)
                times[name] = rest.split(", ")[2].split(" ")[0]
        print(f"\n== reports of {size:,} articles, --jobs {jobs}: {result.seconds:.1f} s wall, "
              f"{result.cpu:.1f} CPU s (exit {result.returncode})")
        print(f"  {'report':28} {'pages':>5} {'MB':>6}  {'bound':14} seconds")
        rows = []
        for pdf in sorted(reports.glob("*.pdf"), key=lambda p: (p.stem != "overview", p.stem)):
            pages, mb = pdf_pages(pdf), pdf.stat().st_size / MB
            bound = (pages <= 30 and mb <= 5) if pdf.stem == "overview" else pages <= 20
            print(f"  {pdf.stem:28} {pages:5d} {mb:6.2f}  {'ok' if bound else 'OVER':14} "
                  f"{times.get(pdf.stem, '')}")
            rows.append({"report": pdf.stem, "pages": pages, "mb": mb, "within": bound})
        results.append({"size": size, "seconds": result.seconds, "cpu": result.cpu,
                        "returncode": result.returncode, "reports": rows})
    return results


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, run the benchmarks, print them and save them as JSON."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="1000,10000,100000", help="corpus sizes, comma-separated")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    p.add_argument("--seed", type=int, default=0, help="corpus seed")
    p.add_argument("--out", type=Path, default=HERE / "out", help="corpora, results (git-ignored)")
    p.add_argument("--repeat", type=int, default=1,
                   help="runs to Parquet per size (the fastest is the figure)")
    p.add_argument("--per-core-limit", type=int, default=10_000,
                   help="articles read in the one-process measurement")
    p.add_argument("--huge-mb", type=int, default=50, help="size of the one huge article")
    p.add_argument("--tiny", type=int, default=10_000, help="number of tiny articles")
    p.add_argument("--no-hostile", action="store_true",
                   help="skip the hostile and pathological inputs")
    p.add_argument("--reports", action="store_true",
                   help="build the reports instead (sizes default 5,1000; 5 = the seeds)")
    args = p.parse_args(argv)
    if args.reports and args.sizes == p.get_default("sizes"):
        args.sizes = "5,1000"
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    args.out.mkdir(parents=True, exist_ok=True)
    if args.reports:
        results = bench_reports(args.out, sizes, args.seed, args.jobs)
        (args.out / "reports.json").write_text(json.dumps(results, indent=1))
        return 0
    print(f"benchmarks: sizes {sizes}, --jobs {args.jobs}, {os.cpu_count()} cores, "
          f"seed {args.seed}")
    results = [bench_size(args.out, n, args.seed, args.jobs, args.per_core_limit, args.repeat)
               for n in sizes]
    summary(results, args.jobs)
    hostile = {} if args.no_hostile else bench_hostile(args.out, args.seed, args.jobs,
                                                       args.huge_mb, args.tiny)
    pathological = {} if args.no_hostile else bench_pathological()
    (args.out / "results.json").write_text(json.dumps({"jobs": args.jobs, "sizes": results,
                                                       "hostile": hostile,
                                                       "pathological": pathological}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
