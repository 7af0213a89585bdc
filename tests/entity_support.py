"""Helpers of the entity tests (issue 17): an entity of a result, by its name."""

from __future__ import annotations

from attribution import Analysis, Entity


def entity(res: Analysis, name: str) -> Entity:
    """The entity of ``res`` named ``name`` (the test fails, listing the names, if none
    is)."""
    found = [e for e in res.entities if e.name == name]
    assert found, [e.name for e in res.entities]
    return found[0]
