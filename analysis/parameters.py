"""The parameters of a report checked against the data before anything is built: a region and
a metric must be known (present in the articles, or a GBA city or vocabulary metric that simply
has no figure yet), and ``since`` must not come after ``until``. The message of a bad one names
the values present in the data, so the command line and the notebook say the same thing."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.errors import ParameterError
from analysis.regions import CITIES, REGION_SLUGS, SARS
from analysis.vocabulary import data_dictionary


def _known_regions() -> frozenset[str]:
    return frozenset(CITIES) | frozenset(SARS) | frozenset(REGION_SLUGS)


def _known_metrics() -> frozenset[str]:
    return frozenset(data_dictionary()["metric"])


def _present(column: pd.Series) -> list[str]:
    return sorted({str(v) for v in column if isinstance(v, str) and v})


def check_parameters(documents: pd.DataFrame, metrics: pd.DataFrame, region: str | None = None,
                     metric: str | None = None, since: date | None = None,
                     until: date | None = None) -> None:
    """Raise ``ParameterError`` for an unknown region or metric or ``since`` after ``until``."""
    if since and until and since > until:
        raise ParameterError(f"since {since} is after until {until}: no article can match")
    if region and region not in set(_present(documents["region"])) | _known_regions():
        regions = ", ".join(_present(documents["region"])) or "none"
        raise ParameterError(f"unknown region {region!r}: the regions in the data are {regions}")
    if metric and metric not in set(_present(metrics["metric"])) | _known_metrics():
        names = ", ".join(_present(metrics["metric"])) or "none"
        raise ParameterError(f"unknown metric {metric!r}: the metrics in the data are {names}")
