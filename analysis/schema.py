"""The tables' columns and dtypes, declared once at the bottom: every module that builds or
reads a table imports them from here, and this module imports nothing of the package."""

from __future__ import annotations

import pyarrow as pa

DOCUMENT_COLUMNS = ["doc_id", "path", "title", "published", "published_source", "publisher",
                    "author", "region", "format", "text", "sha256", "url"]
# The metrics table's columns and dtypes: fixed, so that every chunk of a parallel run, an empty
# table and a table whose column happens to be all missing have the same schema.
METRIC_DTYPES = {"doc_id": "str", "metric": "str", "value": "float64", "value_high": "float64",
                 "unit": "str", "qualifier": "str", "entity": "str", "period": "str",
                 "subject": "str", "quote": "str", "start": "int64", "end": "int64",
                 "status": "str", "population": "str", "period_start": "datetime64[ns]",
                 "period_end": "datetime64[ns]", "period_kind": "str", "entity_type": "str",
                 "fact_id": "str", "baseline_fact_id": "str", "of_fact_id": "str",
                 "region": "str", "published": "datetime64[ns]"}
METRIC_COLUMNS = list(METRIC_DTYPES)
_ARROW_TYPES = {"str": pa.string(), "float64": pa.float64(), "int64": pa.int64(),
                "datetime64[ns]": pa.timestamp("ns")}
METRIC_SCHEMA = pa.schema([(name, _ARROW_TYPES[dtype]) for name, dtype in METRIC_DTYPES.items()])
