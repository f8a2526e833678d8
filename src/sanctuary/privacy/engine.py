"""The scanner: run every recognizer over a text, then resolve overlaps.

One pass per recognizer over the whole text with compiled regexes; context is read only around
matches. Overlaps are resolved so nothing is counted or redacted twice: a finding wholly inside
a longer finding of another type gives way unless it scores clearly higher (a street named after
a person is an ADDRESS, not a PERSON); otherwise the higher score wins, then the longer span.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from sanctuary.privacy.model import ENTITY_TYPES, Finding
from sanctuary.privacy.person_model import default_tagger
from sanctuary.privacy.recognizers import Recognizer, default_recognizers
from sanctuary.privacy.recognizers.base import count_digits

DEFAULT_THRESHOLD = 0.5
# Below the rules' confident findings, so that where both found something the rules' span and
# explanation are kept; the tagger's own finds are reported at this score.
_TAGGER_SCORE = 0.6
_LETTERS = re.compile(r"[^\W\d_]{2}")
_CONTAINMENT_MARGIN = 0.2
_URL_BRACKETS = re.compile("%5[BbDd]")


def _lower_same_length(text: str) -> str:
    """str.lower() keeps offsets except for a few characters (İ); fall back per character."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower()[:1] or ch for ch in text)


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Keep a non-overlapping subset, preferring containers, then higher scores, then length."""
    candidates = sorted(findings, key=lambda f: (f.start, -(f.end - f.start)))
    if len(candidates) < 2:
        return candidates
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
        thorough: bool = False,
    ) -> None:
        wanted = set(types) if types is not None else set(ENTITY_TYPES)
        unknown = wanted - set(ENTITY_TYPES)
        if unknown:
            raise ValueError(f"unknown type(s): {', '.join(sorted(unknown))}")
        pool = list(recognizers) if recognizers is not None else default_recognizers()
        self.recognizers = [r for r in pool if r.entity in wanted]
        self.threshold = threshold
        self._gates = [(r, r.trigger, r.min_digits) for r in self.recognizers]
        # Thorough mode adds the statistical PERSON tagger (person_model.py): names in layouts
        # no rule covers, at about seven eighths of the rules' speed (ADR 0010).
        self.thorough = thorough and "PERSON" in wanted
        self._tagger = default_tagger() if self.thorough else None
        self._counts_digits = any(r.min_digits for r in self.recognizers)

    def scan(self, text: str, *, prefix: str = "") -> list[Finding]:
        """Findings in `text`, sorted by position.

        `prefix` is context that is not part of the text (a CSV column header, say): it is
        scanned with the text so its words count as context, and findings inside it are dropped.
        """
        if not text:
            return []
        full = prefix + text if prefix else text
        original = full
        if "\\n" in full:
            # An escaped line break (ICS, JSON strings: "DOB 1/2/80\\nA#: ...") is read as
            # one: same length, so offsets hold; findings keep the text as written.
            full = full.replace("\\n", " \n")
        if "：" in full:
            # A full-width colon (Chinese, Japanese and Korean forms: "出生日期：") ends a
            # label as ":" does; same length.
            full = full.replace("：", ":")
        if "%5" in full:
            # A URL-encoded form post ("applicant%5Bdob%5D=1981-03-04"): its brackets read as
            # "_", same length, so the field names' words count ("applicant___dob___").
            full = _URL_BRACKETS.sub("___", full)
        lowered = _lower_same_length(full)
        raw: list[Finding] = []
        threshold = self.threshold
        # The recognizers' gates (a trigger such as "@", a least number of digits), checked
        # once per text for all of them: most CSV cells rule out most recognizers this way,
        # and on short texts the cost of calling a recognizer is what dominates.
        digits = count_digits(full) if self._counts_digits else 0
        fired: dict[re.Pattern[str], bool] = {}
        for recognizer, trigger, min_digits in self._gates:
            if min_digits > digits:
                continue
            if trigger is not None:
                hit = fired.get(trigger)
                if hit is None:
                    hit = fired[trigger] = trigger.search(full) is not None
                if not hit:
                    continue
            for finding in recognizer.find(full, lowered):
                if finding.score >= threshold:
                    raw.append(finding)
        # (A CSV cell without a letter, "03/08/1981" or "A086975491", holds no name to tag.)
        if (
            self._tagger is not None
            and _TAGGER_SCORE >= threshold
            and _LETTERS.search(full, len(prefix)) is not None
        ):
            raw.extend(
                Finding(
                    "PERSON",
                    start,
                    end,
                    _TAGGER_SCORE,
                    full[start:end],
                    "PersonTagger",
                    "CRF sequence tagger (person_model)",
                )  # fmt: skip
                # Only around words the rules left unexplained (person_model.REACH): where the
                # rules found something, they found it with an explanation.
                # (The prefix, a CSV column's header, is explained: it is not the cell's text.)
                for start, end in self._tagger.names(
                    full, [(0, len(prefix)), *((f.start, f.end) for f in raw)]
                )
            )
        if full is not original:
            raw = [replace(f, text=original[f.start : f.end]) for f in raw]
        if not prefix:
            return resolve_overlaps(raw)
        # Findings that start in the prefix are dropped before overlaps are resolved: "A#: "
        # read with its cell as one "A# 062-929-404" must not swallow the cell's own finding.
        offset = len(prefix)
        return [f.shifted(-offset) for f in resolve_overlaps(f for f in raw if f.start >= offset)]


@functools.cache
def default_scanner() -> Scanner:
    return Scanner()


@functools.cache
def thorough_scanner() -> Scanner:
    """The scanner with the PERSON tagger: for a copy about to be released, where a missed
    name costs more than a slower scan."""
    return Scanner(thorough=True)
