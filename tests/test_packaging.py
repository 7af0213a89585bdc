"""What the package says it needs and gives: every third-party module it imports is a
declared dependency (or an extra's), the licence file is there, and the data files,
the JSON Schema among them, are package data."""

from __future__ import annotations

import ast
import sys
from fnmatch import fnmatch
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "attribution"

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    tomllib = pytest.importorskip("tomli")

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# Extras-only modules, imported inside functions that say how to install them.
OPTIONAL = {"pandas", "dask", "distributed", "altair", "vl_convert"}


def requirement_names(requirements: list[str]) -> set[str]:
    names = set()
    for req in requirements:
        name = req.split(";")[0].split("[")[0]
        for sep in "<>=!~ ":
            name = name.split(sep)[0]
        names.add(name.strip().lower().replace("_", "-"))
    return names


def imported_modules() -> dict[str, set[str]]:
    """Top-level modules imported anywhere in the package -> the files importing them."""
    found: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], set()).add(path.name)
    return found


def test_every_imported_third_party_module_is_declared() -> None:
    declared = requirement_names(PYPROJECT["project"]["dependencies"])
    extras = set().union(*(
        requirement_names(reqs) for reqs in PYPROJECT["project"]["optional-dependencies"].values()
    ))
    dists = packages_distributions()
    missing = []
    for module, where in sorted(imported_modules().items()):
        if module in sys.stdlib_module_names or module in ("attribution", "__future__"):
            continue
        names = {d.lower().replace("_", "-") for d in dists.get(module, [module])}
        pool = declared | extras if module in OPTIONAL else declared
        if not names & pool:
            missing.append(f"{module} (imported in {', '.join(sorted(where))})")
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"


def test_core_dependencies_are_what_the_house_rules_allow() -> None:
    allowed = {"spacy", "regex", "typing-extensions",
               # brought by spaCy (and typer), imported directly: declared so that they stay
               "numpy", "srsly", "tqdm", "typer", "rich"}
    declared = requirement_names(PYPROJECT["project"]["dependencies"])
    assert declared == allowed


def test_licence_file_and_package_data() -> None:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License")
    assert PYPROJECT["project"]["license"] == {"text": "MIT"}
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["attribution"]
    for data in sorted((SRC / "data").iterdir()):
        assert any(fnmatch(f"data/{data.name}", p) for p in patterns), data.name
    assert (SRC / "data" / "analysis.schema.json").is_file()
    assert "py.typed" in patterns
