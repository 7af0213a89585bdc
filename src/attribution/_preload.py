"""What the fork server of :mod:`attribution.parallel` loads once, before it forks workers.

Importing this module imports spaCy and this package and builds an Analyzer with the
default settings (spaCy's blank English, the packaged lexicons, the compiled matchers).
A worker forked from the server that is asked for exactly those settings takes its own
copy of that Analyzer (the fork copies memory; nothing is shared afterwards), as if it
had built one; any other settings are built in the worker, as a spawned worker would.
"""

from __future__ import annotations

from .analyzer import Analyzer

ANALYZER = Analyzer()
