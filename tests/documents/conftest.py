"""The evaluation corpus is generated once per session (seeded) and checked once; tests share it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest

from sanctuary.documents import CheckResult, DocumentError, check_document

from .corpus.build import Sample, generate

# Sized for the ~6-minute budget on two cores: text renderings are cheap and many, images few.
EVAL_COUNTS: dict[str, int] = {"text": 12, "text_ocr": 12, "pdf_text": 6, "images": 4, "scans": 2}


@dataclass(frozen=True)
class Outcome:
    sample: Sample
    result: CheckResult | None
    error: str | None


@pytest.fixture(scope="session")
def eval_outcomes() -> list[Outcome]:
    outcomes = []
    for sample in generate("eval", seed=13, **EVAL_COUNTS):
        try:
            result = check_document(
                sample.data, filename=sample.filename, on=sample.on, address=sample.address
            )
            outcomes.append(Outcome(sample, result, None))
        except DocumentError as error:
            outcomes.append(Outcome(sample, None, str(error)))
    return outcomes


@pytest.fixture
def today() -> dt.date:
    return dt.date(2026, 2, 10)


def describe(outcome: Outcome) -> dict[str, Any]:
    result = outcome.result
    return {
        "id": outcome.sample.id,
        "expected": outcome.sample.kind,
        "got": result.kind.value if result else outcome.error,
        "reasons": result.reasons if result else (),
    }
