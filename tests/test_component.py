"""The spaCy component on a blank pipeline, its serialization, render(), and the
coreference-cluster reader."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.tokens import Span as SpacySpan

import attribution
from attribution import Analysis, Hedge, Quote, Span, Speaker
from attribution.component import SpanKeys, set_span_groups
from attribution.lexicon import data_path
from attribution.speakers.coref import ClusterIndex, clusters_from_doc

TEXT = (
    "Russia is buying weapons from North Korea, US officials said.\n\n"
    "“We hope Russia can try to purchase additional equipment,” they added.\n\n"
    "Mason Clark, head of the Russia team at the Institute for the Study of War, told "
    "The New York Times that Russia’s dependence on rogue states must upset the Kremlin.\n\n"
    "“The Kremlin should be alarmed,” he said.\n\n"
    "Moscow also recently purchased Iranian-made drones, according to US intelligence."
)
HARRUMPH = "The senator harrumphs that this bill is a disgrace."


@pytest.fixture()
def nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribution")
    return nlp


@pytest.fixture()
def custom_cues(tmp_path: Path) -> Path:
    """The packaged cue lexicon plus a made-up reporting verb, "harrumph"."""
    packaged = Path(data_path("cues.tsv")).read_text(encoding="utf-8")
    row = "harrumph\tharrumph|harrumphs|harrumphed\tspeech\tsay\t1\tcharged\ttest lexicon\n"
    path = tmp_path / "my_cues.tsv"
    path.write_text(packaged.rstrip("\n") + "\n" + row, encoding="utf-8")
    return path


def chars(doc: Doc, start: int, end: int, label: str = "") -> SpacySpan:
    span = doc.char_span(start, end, label=label)
    assert span is not None, (start, end)
    return span


def labels(doc: Doc, key: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in doc.spans[key]]


# -- the factory ------------------------------------------------------------------------


def test_importing_attribution_registers_the_factory() -> None:
    assert Language.has_factory("attribution")
    assert spacy.blank("en").add_pipe("attribution").__class__.__name__ == (
        "AttributionComponent"
    )


def test_component_returns_what_the_analyzer_returns(nlp: Language) -> None:
    doc = nlp(TEXT)
    expected = attribution.Analyzer().analyze(TEXT)
    assert expected.quotes, "the text has quotes"
    assert doc._.quotes == expected.quotes
    assert doc._.hedges == expected.hedges
    assert isinstance(doc._.attribution, Analysis)
    assert doc._.attribution.text == TEXT
    assert doc._.attribution_dict == expected.to_dict()
    assert all(isinstance(q, Quote) for q in doc._.quotes)


def test_results_are_empty_before_the_component_ran() -> None:
    doc = spacy.blank("en")("“Yes,” she said.")
    assert doc._.attribution is None
    assert doc._.quotes == [] and doc._.hedges == []


def test_span_groups_carry_labelled_quotes_speakers_and_cues(nlp: Language) -> None:
    doc = nlp("“We will win,” the senator said.")
    assert labels(doc, "quotes") == [("“We will win,”", "direct quote")]
    assert labels(doc, "speakers") == [("the senator", "anonymous: senator")]
    assert labels(doc, "cues") == [("said", "speech cue")]
    assert labels(doc, "hedges") == []
    assert labels(doc, "attribution") == [
        ("“We will win,”", "direct quote"), ("the senator", "anonymous: senator"),
    ]


def test_speaker_label_gives_the_resolved_name_over_a_pronoun(nlp: Language) -> None:
    doc = nlp(TEXT)
    assert ("he", "person: Mason Clark") in labels(doc, "speakers")
    assert ("they", "anonymous: US officials") in labels(doc, "speakers")
    kinds = {label for _, label in labels(doc, "quotes")}
    assert {"direct quote", "indirect quote", "according-to quote"} <= kinds


def test_entities_on_the_doc_and_their_mentions_as_spans(nlp: Language) -> None:
    doc = nlp(TEXT)
    clark = next(e for e in doc._.entities if e.name == "Mason Clark")
    assert doc._.attribution.entities == doc._.entities
    spans = [(s.text, s.label_) for s in doc.spans["entities"] if s.id_ == clark.id]
    assert ("Mason Clark", "person: Mason Clark") in spans
    assert ("he", "person: Mason Clark") in spans
    assert all(s.id_ for s in doc.spans["entities"])


def test_span_groups_cover_the_quote_offsets(nlp: Language) -> None:
    doc = nlp(TEXT)
    spans = list(doc.spans["quotes"])
    assert len(spans) == len(doc._.quotes)
    for span, quote in zip(spans, doc._.quotes, strict=True):
        assert span.start_char <= quote.content.start < quote.content.end <= span.end_char


def test_hedges_become_labelled_spans_and_bad_offsets_are_skipped() -> None:
    text = "It will very likely rain, she said."
    doc = spacy.blank("en")(text)
    analysis = Analysis(
        quotes=[
            Quote(Span.of(text, 0, 24), Span.of(text, 30, 34),
                  Speaker("she", "person", Span.of(text, 26, 29)), "indirect", 0.9),
            # Offsets beyond the text cannot be mapped to tokens: left out, no crash.
            Quote(Span(100, 120, "x" * 20), None, None, "direct", 0.5),
        ],
        hedges=[
            Hedge(Span.of(text, 8, 19), "probability", probability=0.85),
            Hedge(Span.of(text, 3, 7), "modal", negated=True),
        ],
        text=text,
    )
    set_span_groups(doc, analysis, SpanKeys(hedges="h", combined="all"))
    assert labels(doc, "h") == [("will", "modal, negated"), ("very likely", "probability 0.85")]
    assert labels(doc, "quotes") == [("It will very likely rain", "indirect quote")]
    assert ("she", "person: she") in labels(doc, "all")
    assert ("very likely", "probability 0.85") in labels(doc, "all")


def test_offsets_inside_a_token_expand_to_the_whole_token() -> None:
    text = "Officials said nothing."
    doc = spacy.blank("en")(text)
    analysis = Analysis(
        quotes=[Quote(Span.of(text, 16, 20), Span.of(text, 11, 13), None, "indirect", 0.5)],
        text=text,
    )
    set_span_groups(doc, analysis)
    assert labels(doc, "quotes") == [("nothing", "indirect quote")]
    assert labels(doc, "cues") == [("said", "speech cue")]


def test_config_filters_quote_kinds_and_renames_groups() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(
        "attribution",
        config={"quote_kinds": ["direct"], "hedges": False, "quotes_key": "q",
                "spans_key": "everything"},
    )
    doc = nlp(TEXT)
    assert doc._.quotes and {q.kind for q in doc._.quotes} == {"direct"}
    assert {label for _, label in labels(doc, "q")} == {"direct quote"}
    assert "everything" in doc.spans and "quotes" not in doc.spans


def test_config_rejects_an_unknown_quote_kind() -> None:
    with pytest.raises(ValueError, match=r"quote_kinds.*'dirct'.*choose from"):
        spacy.blank("en").add_pipe("attribution", config={"quote_kinds": ["dirct"]})


def test_config_is_json_safe(custom_cues: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribution", config={"cues": str(custom_cues), "cue_types": ["speech"]})
    cfg = json.loads(json.dumps(nlp.config["components"]["attribution"]))
    assert cfg["cues"] == str(custom_cues) and cfg["cue_types"] == ["speech"]


# -- custom lexicons and serialization ----------------------------------------------------


def test_custom_cue_lexicon_is_used(nlp: Language, custom_cues: Path) -> None:
    assert nlp(HARRUMPH)._.quotes == []
    custom = spacy.blank("en")
    custom.add_pipe("attribution", config={"cues": str(custom_cues)})
    [quote] = custom(HARRUMPH)._.quotes
    assert quote.cue is not None and quote.cue.text == "harrumphs"


def test_to_disk_and_spacy_load_keep_the_custom_lexicon(
    custom_cues: Path, tmp_path: Path
) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribution", config={"cues": str(custom_cues)})
    nlp.to_disk(tmp_path / "pipeline")
    custom_cues.unlink()  # the saved pipeline must carry its own copy
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["attribution"]
    [quote] = loaded(HARRUMPH)._.quotes
    assert quote.cue is not None and quote.cue.text == "harrumphs"
    assert loaded(TEXT)._.quotes == nlp(TEXT)._.quotes


def test_saving_again_without_the_custom_lexicon_drops_it(
    custom_cues: Path, tmp_path: Path
) -> None:
    custom = spacy.blank("en")
    custom.add_pipe("attribution", config={"cues": str(custom_cues)})
    custom.to_disk(tmp_path / "p")
    plain = spacy.blank("en")
    plain.add_pipe("attribution")
    plain.to_disk(tmp_path / "p")  # same directory: the old cues.tsv must not come back
    assert spacy.load(tmp_path / "p")(HARRUMPH)._.quotes == []


def test_spacy_load_finds_the_factory_through_the_entry_point(
    custom_cues: Path, tmp_path: Path
) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribution", config={"cues": str(custom_cues)})
    nlp.to_disk(tmp_path / "pipeline")
    script = (
        "import sys, spacy\n"
        "assert 'attribution' not in sys.modules\n"
        f"nlp = spacy.load({str(tmp_path / 'pipeline')!r})\n"
        f"print([q.cue.text for q in nlp({HARRUMPH!r})._.quotes])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "['harrumphs']"


def test_to_bytes_and_from_bytes_keep_the_custom_lexicon(custom_cues: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribution", config={"cues": str(custom_cues)})
    data = nlp.to_bytes()
    other = spacy.blank("en")
    other.add_pipe("attribution")
    assert other(HARRUMPH)._.quotes == []
    other.from_bytes(data)
    assert [q.cue.text for q in other(HARRUMPH)._.quotes if q.cue] == ["harrumphs"]


def test_a_missing_lexicon_file_fails_with_what_to_do(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    missing = str(tmp_path / "nope.tsv")
    nlp.add_pipe("attribution", config={"cues": missing})
    with pytest.raises(attribution.LexiconError, match=r"nope\.tsv.*not found.*to_disk"):
        nlp("“Yes,” she said.")
    with pytest.raises(attribution.LexiconError, match="not found"):
        nlp.initialize()


def test_a_malformed_lexicon_fails_at_add_pipe(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("lemma\tforms\tcue_type\tframe\tsource\nsay\tsaid\tgossip\tsay\tme\n")
    with pytest.raises(attribution.LexiconError, match=r"bad\.tsv, line 2.*cue_type"):
        spacy.blank("en").add_pipe("attribution", config={"cues": str(bad)})


def test_results_survive_doc_serialization(nlp: Language) -> None:
    doc = nlp(TEXT)
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert restored._.quotes == doc._.quotes
    assert labels(restored, "speakers") == labels(doc, "speakers")
    docbin = DocBin(store_user_data=True, docs=[doc])
    [again] = DocBin().from_bytes(docbin.to_bytes()).get_docs(nlp.vocab)
    assert again._.quotes == doc._.quotes


def test_pipe_with_two_processes_gives_the_same_quotes(nlp: Language) -> None:
    texts = [TEXT, HARRUMPH, "“Yes,” she said."] * 2
    single = [d._.attribution_dict for d in nlp.pipe(texts)]
    multi = [d._.attribution_dict for d in nlp.pipe(texts, n_process=2, batch_size=2)]
    assert multi == single
    assert any(single[i]["quotes"] for i in range(len(texts)))


def test_empty_and_whitespace_docs(nlp: Language) -> None:
    for text in ("", "   \n\n  "):
        doc = nlp(text)
        assert doc._.quotes == [] and list(doc.spans["attribution"]) == []


# -- render ------------------------------------------------------------------------------


def test_render_draws_quotes_and_speakers_with_displacy(nlp: Language) -> None:
    html = attribution.render(nlp(TEXT), style="spans")
    assert 'class="spans"' in html  # displaCy's span style
    for label in ("direct quote", "indirect quote", "person: Mason Clark"):
        assert label in html
    assert "speech cue" not in html  # cues have their own group
    assert "<!DOCTYPE html>" not in html


def test_render_of_an_analysis_matches_render_of_the_doc(nlp: Language) -> None:
    analysis = attribution.Analyzer().analyze(TEXT)
    assert attribution.render(analysis) == attribution.render(nlp(TEXT))
    assert attribution.render(analysis, style="spans") == attribution.render(
        nlp(TEXT), style="spans")


def test_render_page_and_spans_key(nlp: Language) -> None:
    doc = nlp(TEXT)
    assert attribution.render(doc, page=True).lstrip().startswith("<!DOCTYPE html>")
    assert attribution.render(doc, page=True, style="spans").lstrip().startswith(
        "<!DOCTYPE html>")
    cues = attribution.render(doc, spans_key="cues")
    assert "speech cue" in cues and "direct quote" not in cues


def test_render_gives_each_label_kind_its_colour(nlp: Language) -> None:
    html = attribution.render(nlp(TEXT), style="spans")
    from attribution.render import COLORS

    assert COLORS["direct quote"] in html and COLORS["speaker"] in html


def test_render_splits_paragraphs_only_where_no_span_crosses() -> None:
    blank = spacy.blank("en")
    doc = blank("First line here.\n\nSecond line here.")
    doc.spans["attribution"] = [chars(doc, 0, 5, label="direct quote")]
    assert attribution.render(doc, style="spans").count('class="spans"') == 2
    doc.spans["attribution"] = [chars(doc, 6, 24, label="direct quote")]
    assert attribution.render(doc, style="spans").count('class="spans"') == 1


def test_render_errors_say_what_to_do() -> None:
    for style in ("reading", "spans"):
        with pytest.raises(ValueError, match="add_pipe"):
            attribution.render(spacy.blank("en")("No spans here."), style=style)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="style must be"):
        attribution.render(attribution.analyze("Hi."), style="boxes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Analysis or a spacy Doc"):
        attribution.render("some text")  # type: ignore[arg-type]
    textless = Analysis.from_dict(attribution.analyze("“Yes,” she said.").to_dict())
    with pytest.raises(ValueError, match="include_text=True"):
        attribution.render(textless)
    with pytest.raises(ValueError, match="include_text=True"):
        attribution.render(textless, style="spans")


def test_render_of_an_empty_analysis_is_quiet() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # displaCy's "no spans" warning would fail this
        html = attribution.render(attribution.analyze("Nothing was said."), style="spans")
    assert 'class="spans"' in html


# -- coreference clusters from a user's component -------------------------------------------


def test_clusters_from_doc_reads_coref_span_groups_in_key_order() -> None:
    doc = spacy.blank("en")("Mason Clark said he was sure. ISW agreed. It said so.")
    doc.spans["coref_clusters_10"] = [chars(doc, 42, 44)]  # "It"
    doc.spans["coref_clusters_2"] = [chars(doc, 30, 33), chars(doc, 42, 44)]
    doc.spans["coref_clusters_1"] = [chars(doc, 17, 19), chars(doc, 0, 11)]
    doc.spans["coref_clusters_3"] = []
    doc.spans["quotes"] = [chars(doc, 0, 5)]
    assert clusters_from_doc(doc) == [[(0, 11), (17, 19)], [(30, 33), (42, 44)], [(42, 44)]]


def test_clusters_from_doc_without_clusters_is_empty() -> None:
    assert clusters_from_doc(spacy.blank("en")("Nothing here.")) == []


def test_clusters_from_doc_falls_back_to_head_clusters() -> None:
    doc = spacy.blank("en")("Mason Clark said he was sure.")
    doc.spans["coref_head_clusters_1"] = [chars(doc, 6, 11), chars(doc, 17, 19)]
    assert clusters_from_doc(doc) == [[(6, 11), (17, 19)]]
    doc.spans["coref_clusters_1"] = [chars(doc, 0, 11), chars(doc, 17, 19)]
    assert clusters_from_doc(doc) == [[(0, 11), (17, 19)]]


def test_cluster_index_finds_exact_and_overlapping_mentions() -> None:
    idx = ClusterIndex([[(0, 11), (40, 42), (60, 62)], [(20, 35)]])
    assert idx.cluster_of(40, 42) == 0
    assert idx.cluster_of(24, 35) == 1  # "US official" inside "the US official"
    assert idx.cluster_of(50, 55) is None
    assert idx.antecedents(40, 42) == [(0, 11), (60, 62)]
    assert idx.antecedents(61, 70) == [(40, 42), (0, 11)]  # overlaps (60, 62)
    assert idx.antecedents(50, 55) == []
    assert not ClusterIndex([]) and idx


def _mason_clark_coref(doc: Doc) -> Doc:
    """A stand-in for a coreference model: "he" is Mason Clark."""
    doc.spans["coref_clusters_1"] = [
        chars(doc, 0, 11), chars(doc, doc.text.index(" he ") + 1, doc.text.index(" he ") + 3)
    ]
    return doc


if not Language.has_factory("test_mason_clark_coref"):
    Language.component("test_mason_clark_coref", func=_mason_clark_coref)


def test_a_users_coref_component_decides_the_speaker() -> None:
    text = "Mason Clark met Frederick Kagan on Monday. “It is bad,” he said."
    nlp = spacy.blank("en")
    nlp.add_pipe("test_mason_clark_coref")
    nlp.add_pipe("attribution")
    [quote] = nlp(text)._.quotes
    assert quote.speaker is not None and quote.speaker.name == "Mason Clark"


def test_render_draws_hedges_in_their_colour() -> None:
    text = "It will very likely rain, she said."
    analysis = Analysis(
        quotes=[Quote(Span.of(text, 0, 24), Span.of(text, 30, 34),
                      Speaker("she", "person", Span.of(text, 26, 29)), "indirect", 0.9)],
        hedges=[Hedge(Span.of(text, 8, 19), "probability", probability=0.85)],
        text=text,
    )
    from attribution.render import COLORS

    html = attribution.render(analysis, style="spans")
    assert "probability 0.85" in html and COLORS["hedge"] in html
    assert "indirect quote" in html and "person: she" in html
