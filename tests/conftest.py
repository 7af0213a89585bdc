"""Shared test configuration: the hypothesis profiles.

Every property test states its full budget with :func:`examples` (``examples(8_000)``);
the profile decides how much of it a run spends:

* ``ci`` (the default, the fast set of ``python -m pytest``): a twentieth of each
  budget, derandomized (every run generates the same examples), no deadline (analysis
  time depends on the machine; tests hold no timing thresholds), no example database.
* ``thorough``: the full budgets, derandomized, so the run is reproducible: more than
  20,000 generated inputs in all. ``.ci/run`` runs it on every property test:
  ``HYPOTHESIS_PROFILE=thorough python -m pytest -m "hypothesis or slow"``.
* ``long``: random, twenty times the full budgets, for hunting on demand
  (``HYPOTHESIS_PROFILE=long python -m pytest -m hypothesis``). A failing example is
  printed with the ``@reproduce_failure`` blob to paste into the test.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

FULL = 100  # max_examples of a test without a budget of its own, at the full budget

_slow_ok = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
_common = {"deadline": None, "print_blob": True, "suppress_health_check": _slow_ok}

settings.register_profile("ci", max_examples=FULL // 20, derandomize=True, database=None,
                          **_common)
settings.register_profile("thorough", max_examples=FULL, derandomize=True, database=None,
                          **_common)
settings.register_profile("long", max_examples=20 * FULL, **_common)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def examples(budget: int) -> int:
    """``budget`` scaled by the active profile (1/20 under "ci", x1 under "thorough",
    x20 under "long")."""
    active = settings.default
    assert active is not None
    return max(1, budget * active.max_examples // FULL)
