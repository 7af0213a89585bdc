"""Shared test configuration: the hypothesis profiles.

* ``ci`` (the default): derandomized, so every run generates the same examples; no
  deadline (analysis time depends on the machine, and tests hold no timing thresholds);
  no example database, so a run never depends on an earlier one.
* ``long``: random, twenty times the examples; run it on demand with
  ``HYPOTHESIS_PROFILE=long pytest tests/test_properties.py`` (or
  ``pytest --hypothesis-profile=long``). A failing example is printed with the
  ``@reproduce_failure`` blob to paste into the test.

Tests that set their own ``max_examples`` scale it with :func:`examples`, so the
profile's ratio to ``CI_EXAMPLES`` carries over.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

CI_EXAMPLES = 100
LONG_EXAMPLES = 20 * CI_EXAMPLES

_slow_ok = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]

settings.register_profile(
    "ci",
    max_examples=CI_EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=_slow_ok,
)
settings.register_profile(
    "long",
    max_examples=LONG_EXAMPLES,
    deadline=None,
    print_blob=True,
    suppress_health_check=_slow_ok,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def examples(ci_count: int) -> int:
    """``ci_count`` scaled by the active profile (x1 under "ci", x20 under "long")."""
    active = settings.default
    assert active is not None
    return max(1, ci_count * active.max_examples // CI_EXAMPLES)
