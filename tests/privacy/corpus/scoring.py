"""Precision, recall and F2 per type, with overlap matching.

A labelled span is found when a prediction of the same type overlaps it; a prediction is
correct when it overlaps a labelled span of the same type. Overlap (not exact boundaries) is
the right test for redaction: a finding that covers "123-45 Queens Blvd" but not ", Apt 4B"
still removes what locates the person. F2 weighs recall twice as much as precision, because
a missed identifier is worse than an over-redacted word.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Span = tuple[int, int, str]


@dataclass
class Counts:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def f2(self) -> float:
        p, r = self.precision, self.recall
        return 5 * p * r / (4 * p + r) if (p + r) else 0.0


def _overlaps(a: Span, b: Span) -> bool:
    return a[2] == b[2] and a[0] < b[1] and b[0] < a[1]


def score(pairs: Iterable[tuple[Sequence[Span], Sequence[Span]]]) -> dict[str, Counts]:
    """`pairs` of (gold spans, predicted spans) per segment -> Counts per type."""
    out: dict[str, Counts] = {}
    for gold, predicted in pairs:
        for g in gold:
            c = out.setdefault(g[2], Counts())
            c.gold += 1
            c.found += any(_overlaps(g, p) for p in predicted)
        for p in predicted:
            c = out.setdefault(p[2], Counts())
            c.predicted += 1
            c.correct += any(_overlaps(p, g) for g in gold)
    return out


def errors(gold: Sequence[Span], predicted: Sequence[Span]) -> tuple[list[Span], list[Span]]:
    """(missed gold spans, wrong predictions) for one segment — for looking at mistakes."""
    missed = [g for g in gold if not any(_overlaps(g, p) for p in predicted)]
    wrong = [p for p in predicted if not any(_overlaps(p, g) for g in gold)]
    return missed, wrong
