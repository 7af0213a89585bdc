"""A surname that comes first, and a role owned by someone and set off by a name
(issue 17; names of many origins).

* "Park Seo-yeon" (Korean order: a hyphenated given name after the surname) and her son
  "Min-jun Park" share a surname: "Ms Park" may be either, and is the one the text is
  about where it stands, not always the one whose name ends in it;
* "Min-jun's mother, Park Seo-yeon, wept …": the mother (the name set off after the
  role) is the sentence's subject and is described by the role, not the possessor; a
  double surname ("Moreau-Dubois") is no given name after a surname;
* "her Peruvian counterpart, Tomás Quispe,": a possessed role noun set off by a name is
  that person (not an entity of hers), and "her" states nothing of him.
"""

from __future__ import annotations

import pytest

from attribution import Analyzer
from entity_support import entity


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


TEXT = (
    "Min-jun Park, 17, died at the scene, police said.\n\n"
    "Min-jun's mother, Park Seo-yeon, wept outside the court as the driver was led "
    "away.\n\n"
    "\"Every night I wait for the door to open,\" she said.\n\n"
    "Ms Park said the family had moved to Leeds from Daegu in 2012."
)


def test_the_surname_first_name_takes_its_honorific(an: Analyzer) -> None:
    res = an.analyze(TEXT)
    mother = entity(res, "Park Seo-yeon")
    assert any(m.text == "Ms Park" for m in mother.mentions)
    assert mother.gender == "female"
    said = [q.speaker.name for q in res.quotes if q.speaker is not None]
    assert said.count("Park Seo-yeon") == 2


def test_a_possessed_role_describes_the_name_set_off_after_it(an: Analyzer) -> None:
    res = an.analyze(TEXT)
    mother = entity(res, "Park Seo-yeon")
    assert "Min-jun's mother" in mother.descriptions
    assert any(m.text == "Min-jun's mother, Park Seo-yeon" for m in mother.mentions)


def test_a_double_surname_is_no_given_name(an: Analyzer) -> None:
    text = (
        "Lucas Moreau-Dubois, a baker, said sales had halved. \"We are struggling,\" he "
        "said.\n\n"
        "Claire Lucas, a farmer, said prices had risen. Ms Lucas said she would wait."
    )
    res = an.analyze(text)
    assert any(m.text == "Ms Lucas" for m in entity(res, "Claire Lucas").mentions)
    assert all(m.text != "Ms Lucas" for m in entity(res, "Lucas Moreau-Dubois").mentions)


def test_a_possessed_description_set_off_by_a_name_is_the_named_person(an: Analyzer) -> None:
    """"… signed by Foreign Minister Camila Rojas and her Peruvian counterpart, Tomás
    Quispe, …": the counterpart is the man named (his mention), not an entity of hers,
    and her "her" states nothing of him."""
    text = (
        "Neighbours sign border treaty\n\n"
        "The treaty was signed in Lima by Foreign Minister Camila Rojas and her "
        "Peruvian counterpart, Tomás Quispe, after two days of talks.\n\n"
        "Quispe said the agreement was \"a first step.\""
    )
    res = an.analyze(text)
    quispe = entity(res, "Tomás Quispe")
    assert any(m.text == "her Peruvian counterpart" for m in quispe.mentions)
    assert quispe.gender is None
