"""Corpus runs: a JSON Lines corpus through an Analyzer, keyed, locked and resumable.

The engine of ``attribution batch`` (:mod:`attribution.corpus.run`), usable from Python::

    from attribution import Analyzer
    from attribution.corpus import CorpusRun

    with open("articles.jsonl", "rb") as source:
        run = CorpusRun(source, out=Path("quotes.jsonl"), max_length=2_000_000)
        with run.lock():
            run.start(resume=True)
            run.analyse(Analyzer())
            run.finish()
"""

from __future__ import annotations

from .files import OutputLocked, ResumeError, describe_os_error, partial_path
from .records import Record, read_records, record_hash
from .run import (
    CorpusOptions,
    CorpusRun,
    Counts,
    ExistingOutput,
    Progress,
    default_errors_path,
)

__all__ = [
    "CorpusOptions",
    "CorpusRun",
    "Counts",
    "ExistingOutput",
    "OutputLocked",
    "Progress",
    "Record",
    "ResumeError",
    "default_errors_path",
    "describe_os_error",
    "partial_path",
    "read_records",
    "record_hash",
]
