"""What every benchmark needs before it starts: the package and spaCy, installed."""

from __future__ import annotations

import importlib.util
import sys


def require_package() -> None:
    """Exit with a clear message (status 1) when ``attribution`` or spaCy cannot be
    imported by this Python, instead of a traceback deep inside a run."""
    missing = [name for name in ("spacy", "attribution") if importlib.util.find_spec(name) is None]
    if missing:
        sys.exit(
            f"{sys.argv[0]}: {' and '.join(missing)} not importable by {sys.executable}. "
            'Install the package first: python -m pip install ".[test]" (from the repository '
            "root), then run the benchmark with that Python."
        )
