"""One per-core measurement in a fresh process: ``measure.py DIR [--limit N]`` prints JSON.

Reads up to ``--limit`` articles of DIR in a plain loop (one core, no pool) and times the ingest
(``read_document``) and the metric extraction (``document_metrics``) of each apart, in CPU
seconds of this process, so that other load on the machine does not count; then the facts of all
of them (``facts.link_facts`` over the documents and metrics tables, whose building is timed
apart). The one-time start-up (loading the tagger's dictionary, about 0.1 s) is timed apart,
before the articles.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from types import SimpleNamespace

from analysis.errors import IngestError
from analysis.facts import link_facts
from analysis.files import article_paths
from analysis.frames import documents_frame
from analysis.ingest import read_document
from analysis.metrics import document_metrics, metrics_frame


def per_core(folder: Path, limit: int | None) -> dict:
    """CPU seconds spent in ingest, in extraction and in the facts, with the bytes and articles
    they covered."""
    paths = article_paths(folder)[:limit]
    started = time.process_time()  # one-time start-up, apart: the tagger loads its dictionary
    document_metrics(SimpleNamespace(doc_id="warm-up", text="佛山市第一人民医院现有床位1200张。",
                                     published=None, region=None))
    warm_up = time.process_time() - started
    ingest = extract = 0.0
    in_bytes = text_bytes = skipped = 0
    documents, rows = [], []
    for path in paths:
        started = time.process_time()
        try:
            doc, _notes = read_document(path)
        except IngestError:
            skipped += 1
            continue
        read = time.process_time()
        rows.extend(document_metrics(doc))
        extract += time.process_time() - read
        ingest += read - started
        in_bytes += path.stat().st_size
        text_bytes += len(doc.text.encode("utf-8"))
        documents.append(doc)
    started = time.process_time()
    tables = documents_frame(documents), metrics_frame(rows)
    framed = time.process_time()
    facts = link_facts(*tables)[1]
    facts_s = time.process_time() - framed
    return {"files": len(paths), "skipped": skipped, "warm_up_s": warm_up, "input_bytes": in_bytes,
            "text_bytes": text_bytes, "rows": len(rows), "facts": len(facts), "ingest_s": ingest,
            "extract_s": extract, "frames_s": framed - started, "facts_s": facts_s}


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and print one JSON object."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("folder", type=Path)
    p.add_argument("--limit", type=int, default=None, help="read at most this many articles")
    args = p.parse_args(argv)
    json.dump(per_core(args.folder, args.limit), sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
