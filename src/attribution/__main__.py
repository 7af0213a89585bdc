"""``python -m attribution``: the same command line as ``attribution``."""

from __future__ import annotations

from .cli import main

# The guard matters where worker processes are spawned (macOS, Windows): they import
# this module again.
if __name__ == "__main__":
    main()
