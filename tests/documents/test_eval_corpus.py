"""The checker's numbers on the evaluation half of the corpus (templates it was not tuned on).

Zero tolerance for any administrative or other document reported as a judicial warrant; kind
accuracy at least 97%; valid_at_door exactly right on every judicial warrant.
"""

from __future__ import annotations

from collections import Counter

from sanctuary.documents import Kind

from .conftest import Outcome, describe
from .corpus.templates import TEMPLATES


def test_the_split_is_by_template() -> None:
    dev = {t.id for t in TEMPLATES if t.split == "dev"}
    evaluation = {t.id for t in TEMPLATES if t.split == "eval"}
    assert dev and evaluation and not dev & evaluation
    kinds = {kind.value for kind in Kind}
    assert {t.kind for t in TEMPLATES if t.split == "dev"} == kinds
    assert {t.kind for t in TEMPLATES if t.split == "eval"} == kinds


def test_eval_corpus_covers_every_rendering(eval_outcomes: list[Outcome]) -> None:
    formats = Counter(o.sample.fmt for o in eval_outcomes)
    assert set(formats) == {
        "text",
        "text-ocr",
        "pdf-text",
        "pdf-scan",
        "png",
        "jpeg",
        "webp",
        "tiff",
    }
    assert all(o.sample.split == "eval" for o in eval_outcomes)


def test_every_eval_document_is_readable(eval_outcomes: list[Outcome]) -> None:
    errors = [(o.sample.id, o.error) for o in eval_outcomes if o.error]
    assert errors == []


def test_no_administrative_or_other_document_is_ever_a_judicial_warrant(
    eval_outcomes: list[Outcome],
) -> None:
    false_judicial = [
        describe(o)
        for o in eval_outcomes
        if o.result is not None and o.result.judicial_warrant and not o.sample.judicial
    ]
    assert false_judicial == []


def test_kind_accuracy_is_at_least_97_percent(eval_outcomes: list[Outcome]) -> None:
    wrong = [
        describe(o)
        for o in eval_outcomes
        if o.result is None or o.result.kind.value != o.sample.kind
    ]
    accuracy = 1 - len(wrong) / len(eval_outcomes)
    assert accuracy >= 0.97, (accuracy, wrong[:20])


def test_valid_at_door_is_exact_on_every_judicial_warrant(eval_outcomes: list[Outcome]) -> None:
    judicial = [o for o in eval_outcomes if o.sample.judicial]
    assert len(judicial) > 50
    wrong = [
        {**describe(o), "scenario": o.sample.scenario, "expected_valid": o.sample.valid_at_door}
        for o in judicial
        if o.result is None or o.result.valid_at_door is not o.sample.valid_at_door
    ]
    assert wrong == []
    # Both answers occur, so this test can fail in either direction.
    assert {o.sample.valid_at_door for o in judicial} == {True, False}


def test_judicial_warrants_are_recognised(eval_outcomes: list[Outcome]) -> None:
    judicial = [o for o in eval_outcomes if o.sample.judicial]
    missed = [describe(o) for o in judicial if o.result is None or not o.result.judicial_warrant]
    assert len(missed) <= 0.03 * len(judicial), missed


def test_traps_are_in_the_evaluation_half(eval_outcomes: list[Outcome]) -> None:
    templates = {o.sample.template for o in eval_outcomes}
    for trap in (
        "i205_judge_box",
        "i200_big_warrant",
        "ij_warrant_trap",
        "ij_custody_order",
        "fax_cover_es",
        "cover_es_i200",
    ):
        assert trap in templates
    scenarios = Counter(o.sample.scenario for o in eval_outcomes if o.sample.judicial)
    for scenario in ("valid", "expired", "unsigned", "wrong_address"):
        assert scenarios[scenario] > 0


def test_evidence_never_quotes_the_named_person(eval_outcomes: list[Outcome]) -> None:
    from .corpus import fake

    surnames = {name.upper() for name in fake.LAST}
    leaks = []
    for o in eval_outcomes:
        if o.result is None:
            continue
        for signal in o.result.signals:
            words = set(signal.evidence.upper().replace(",", " ").split())
            if words & surnames:
                leaks.append((o.sample.id, signal.name, signal.evidence))
    assert leaks == []
