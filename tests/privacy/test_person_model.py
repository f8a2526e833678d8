"""The statistical PERSON tagger and the scanner's thorough mode (ADR 0010)."""

from __future__ import annotations

import json
from importlib import resources

from sanctuary.privacy import Scanner, thorough_scanner
from sanctuary.privacy.person_model import (
    MODEL_FILE,
    VOCAB_FILE,
    bio_tags,
    default_tagger,
    spans_from_tags,
    tokenize,
)

# A first name on no shipped list, with no title, label or cue the rules use.
UNCUED = "Hi team, Everton will come tomorrow with his papers."


def test_the_model_and_its_vocabulary_ship_with_the_package() -> None:
    data = resources.files("sanctuary.privacy.data")
    assert data.joinpath(MODEL_FILE).read_bytes()[:4] == b"lCRF"  # crfsuite's magic number
    vocabulary = json.loads(data.joinpath(VOCAB_FILE).read_text("utf-8"))
    assert "dear" in vocabulary and len(vocabulary) > 1000


def test_tags_and_spans_round_trip() -> None:
    text = "Worker: Ana Ruiz met Li Wei."
    names = [(8, 16), (21, 27)]
    tokens = tokenize(text)
    assert spans_from_tags(tokens, bio_tags(tokens, names)) == names


def test_the_tagger_finds_a_name_the_rules_miss() -> None:
    assert [f.text for f in Scanner().scan(UNCUED) if f.type == "PERSON"] == []
    found = [f for f in Scanner(thorough=True).scan(UNCUED) if f.type == "PERSON"]
    assert [f.text for f in found] == ["Everton"]
    assert found[0].recognizer == "PersonTagger" and "CRF" in found[0].explanation


def test_the_tagger_leaves_text_without_names_alone() -> None:
    text = "The hearing at 26 Federal Plaza was adjourned to March 3, 2027. Bring the forms."
    assert default_tagger().names(text) == []


def test_a_masked_name_is_no_name() -> None:
    assert default_tagger().names("Client ***** ******** lives at *** **** ******.") == []


def test_thorough_mode_keeps_every_rule_finding() -> None:
    text = (
        "Client: Maria Lopez, SSN 123-45-6789, born in Haiti. Her son Kemar came with "
        "Everton, a neighbour. Call (212) 555-0101."
    )
    thorough = Scanner(thorough=True).scan(text)
    for rule in Scanner().scan(text):
        assert any(
            t.type == rule.type and t.start <= rule.start and rule.end <= t.end for t in thorough
        ), rule


def test_thorough_mode_only_adds_names_and_respects_the_type_filter() -> None:
    assert not Scanner(types=["SSN"], thorough=True).thorough
    extra = {f.type for f in thorough_scanner().scan(UNCUED)} - {
        f.type for f in Scanner().scan(UNCUED)
    }
    assert extra <= {"PERSON"}


def test_the_featurizer_keeps_no_name_in_memory() -> None:
    tagger = default_tagger()
    tagger.names("Dear Xochiquetzal Tzompaxtle, your hearing is on Monday.")
    kept = {token.lower() for token in tagger.featurize._cache}
    assert "xochiquetzal" not in kept and "tzompaxtle" not in kept
    assert "dear" in kept  # common words are kept, which is what makes it fast


# -- tagging only around unexplained words (thorough mode's default) ---------------------------


def test_features_of_wanted_tokens_are_the_ones_a_whole_pass_gives() -> None:
    featurize = default_tagger().featurize
    text = "Intake: Wendolyn Quispe\nRelative: Everton Batista, brother\nNotes: ok"
    tokens, whole = featurize(text)
    wanted = [i % 3 == 0 for i in range(len(tokens))]
    _, some = featurize(text, tokens, wanted)
    assert some == [f for f, keep in zip(whole, wanted, strict=True) if keep]


def test_words_the_rules_explained_are_not_tagged_again() -> None:
    tagger = default_tagger()
    assert tagger.names(UNCUED) == tagger.names(UNCUED, explained=[])
    assert tagger.names(UNCUED, explained=[(0, len(UNCUED))]) == []


def test_only_stretches_around_possible_names_are_read() -> None:
    from sanctuary.privacy.person_model import _candidates

    vocabulary = default_tagger().featurize.vocabulary
    text = "USCIS sent the EAD in January. Everton and HPD came. Apellido: x"
    starts = [text[s:].split()[0] for s in _candidates(text, [], vocabulary)]
    assert starts == ["Everton"]  # not an acronym, a month, an English or a common word


def test_thorough_mode_tags_a_cell_but_not_its_column_header() -> None:
    # "Zorbeydi" in the header is no name of the cell's; the cell's own name is found.
    found = Scanner(thorough=True).scan("Everton came", prefix="Zorbeydi Notes: ")
    assert [(f.text, f.start) for f in found if f.type == "PERSON"] == [("Everton", 0)]


def test_the_candidate_filter_keeps_no_name_in_memory() -> None:
    from sanctuary.privacy import person_model

    tagger = default_tagger()
    tagger.names("The hearing in March: Xochiquetzal and OO came. SHWE too.", explained=[])
    kept = {w.lower() for w in person_model._NOT_NAMES}
    assert {"the", "march"} <= kept
    assert not {"xochiquetzal", "oo", "shwe"} & kept
