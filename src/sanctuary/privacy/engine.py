"""The scanner: run every recognizer over a text, then resolve overlaps.

One pass per recognizer over the whole text with compiled regexes; context is read only around
matches. Overlaps are resolved so nothing is counted or redacted twice: a finding wholly inside
a longer finding of another type gives way unless it scores clearly higher (a street named after
a person is an ADDRESS, not a PERSON); otherwise the higher score wins, then the longer span.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from sanctuary.privacy.model import ENTITY_TYPES, Finding
from sanctuary.privacy.recognizers import Recognizer, default_recognizers

DEFAULT_THRESHOLD = 0.5
_CONTAINMENT_MARGIN = 0.2


def _lower_same_length(text: str) -> str:
    """str.lower() keeps offsets except for a few characters (İ); fall back per character."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower()[:1] or ch for ch in text)


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Keep a non-overlapping subset, preferring containers, then higher scores, then length."""
    candidates = sorted(findings, key=lambda f: (f.start, -(f.end - f.start)))
    # Drop findings swallowed by a longer finding that scores nearly as well.
    kept: list[Finding] = []
    for f in candidates:
        swallowed = False
        for other in kept[-8:]:
            if (
                other.start <= f.start
                and f.end <= other.end
                and (other.end - other.start) > (f.end - f.start)
                and f.score <= other.score + _CONTAINMENT_MARGIN
            ):
                swallowed = True
                break
        if not swallowed:
            kept.append(f)
    ranked = sorted(kept, key=lambda f: (-f.score, -(f.end - f.start), f.start))
    starts: list[int] = []
    chosen: list[Finding] = []
    for f in ranked:
        i = bisect.bisect_left(starts, f.start)
        if i > 0 and chosen[i - 1].end > f.start:
            continue
        if i < len(chosen) and chosen[i].start < f.end:
            continue
        starts.insert(i, f.start)
        chosen.insert(i, f)
    return chosen


class Scanner:
    """A configured set of recognizers. Build once, reuse: construction compiles the word lists."""

    def __init__(
        self,
        recognizers: Sequence[Recognizer] | None = None,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        types: Iterable[str] | None = None,
    ) -> None:
        wanted = set(types) if types is not None else set(ENTITY_TYPES)
        unknown = wanted - set(ENTITY_TYPES)
        if unknown:
            raise ValueError(f"unknown type(s): {', '.join(sorted(unknown))}")
        pool = list(recognizers) if recognizers is not None else default_recognizers()
        self.recognizers = [r for r in pool if r.entity in wanted]
        self.threshold = threshold

    def scan(self, text: str, *, prefix: str = "") -> list[Finding]:
        """Findings in `text`, sorted by position.

        `prefix` is context that is not part of the text (a CSV column header, say): it is
        scanned with the text so its words count as context, and findings inside it are dropped.
        """
        if not text:
            return []
        full = prefix + text if prefix else text
        lowered = _lower_same_length(full)
        raw: list[Finding] = []
        # Most recognizers share a trigger (a digit, "@"): test each trigger once per text, and
        # do not even call a recognizer whose trigger is absent. Short texts (CSV cells) are
        # dominated by this per-call cost.
        fired: dict[int, bool] = {}
        for recognizer in self.recognizers:
            trigger = recognizer.trigger
            if trigger is not None:
                key = id(trigger)
                if key not in fired:
                    fired[key] = trigger.search(full) is not None
                if not fired[key]:
                    continue
            raw.extend(f for f in recognizer.analyze(full, lowered) if f.score >= self.threshold)
        resolved = resolve_overlaps(raw)
        if not prefix:
            return resolved
        offset = len(prefix)
        return [f.shifted(-offset) for f in resolved if f.start >= offset]


_DEFAULT: Scanner | None = None


def default_scanner() -> Scanner:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Scanner()
    return _DEFAULT
