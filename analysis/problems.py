"""One-line reports of bad input: the file, the problem, and whether the file was skipped."""

from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger("analysis")


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input file; ``skipped`` says whether it was left out."""

    path: str
    message: str
    skipped: bool = True

    def __str__(self) -> str:
        verb = "skipped" if self.skipped else "note"
        return f"{self.path}: {self.message} ({verb})"


def report(problems: list[Problem] | None, problem: Problem) -> None:
    """Log ``problem`` as one warning line and append it to ``problems`` when a list is given."""
    log.warning("%s", problem)
    if problems is not None:
        problems.append(problem)
