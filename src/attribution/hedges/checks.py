"""The registry of hedge checks: the name a lexicon row gives in its ``check`` column,
mapped to the function that accepts or rejects a match (medspaCy's ConText rules carry
their callbacks the same way)."""

from __future__ import annotations

from collections.abc import Callable

from ..types import HedgeCategory
from .context import Context
from .lexicon import CHECKS, HedgeEntry
from .modal_checks import (
    accept,
    check_can,
    check_could,
    check_may,
    check_might,
    check_must,
    check_should,
    check_would,
)
from .word_checks import (
    check_accuse,
    check_appear,
    check_approx,
    check_attributive,
    check_believe,
    check_complement,
    check_consider,
    check_doubt,
    check_doxastic,
    check_expect,
    check_hope,
    check_if,
    check_indicate,
    check_likely,
    check_passive_to,
    check_possible,
    check_provided,
    check_sort_of,
    check_suggest,
    check_suspect,
    check_think,
    check_whether,
    check_wonder,
)

Check = Callable[[Context, int, int, HedgeEntry], "HedgeCategory | None"]

CHECK_FUNCTIONS: dict[str, Check] = {
    "-": accept,
    "may": check_may,
    "might": check_might,
    "could": check_could,
    "can": check_can,
    "must": check_must,
    "would": check_would,
    "should": check_should,
    "appear": check_appear,
    "attributive": check_attributive,
    "suggest": check_suggest,
    "indicate": check_indicate,
    "likely": check_likely,
    "possible": check_possible,
    "accuse": check_accuse,
    "passive_to": check_passive_to,
    "doxastic": check_doxastic,
    "believe": check_believe,
    "think": check_think,
    "consider": check_consider,
    "suspect": check_suspect,
    "expect": check_expect,
    "doubt": check_doubt,
    "wonder": check_wonder,
    "hope": check_hope,
    "if": check_if,
    "whether": check_whether,
    "approx": check_approx,
    "sort_of": check_sort_of,
    "complement": check_complement,
    "provided": check_provided,
}
assert set(CHECK_FUNCTIONS) == set(CHECKS), "every check named in the lexicon needs a function"
