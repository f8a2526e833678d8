"""What every recognizer shares: named patterns, context words, validation, scoring.

A recognizer is a small class for one identifier type (Presidio's shape, without its NLP
pipeline). Each pattern has a base score; finding one of the recognizer's context words just
before (or, where allowed, just after) the match adds `context_boost`. Patterns marked
`needs_context` are dropped when no context word is present: a bare 9-digit number is not an
A-number, a date is not a date of birth.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import ClassVar

from sanctuary.privacy.context import (
    alone_in_field,
    column_header,
    compile_words,
    found_words,
    hl7_field,
    inline_list_label,
    label_below,
    labels_by_position,
    list_heading,
    question_before,
    sql_column,
    window_after,
    window_before,
)
from sanctuary.privacy.model import Finding


@dataclass(frozen=True, slots=True)
class Pattern:
    """A named regular expression with the score a match gets before context is considered."""

    name: str
    regex: re.Pattern[str]
    score: float
    needs_context: bool = False
    # Only a match that is the whole value of a field counts ("COB: ECU", a CSV cell, a JSON
    # value): short codes and bare shapes are other things in running text.
    whole_field: bool = False


_NON_DIGITS = re.compile(r"\D+")
# How close a context word must end before a bare number to be its own label, and what a
# match that needs context loses when its word is further back (or in a column header).
ADJACENT = 16
FAR_CONTEXT_PENALTY = 0.1
# Where context can be that is not next to a match, each (lowered, start, end) -> text.
_ELSEWHERE: tuple[Callable[[str, int, int], str], ...] = (
    column_header,
    lambda lowered, start, end: list_heading(lowered, start),
    lambda lowered, start, end: inline_list_label(lowered, start),
    lambda lowered, start, end: question_before(lowered, start),
    lambda lowered, start, end: sql_column(lowered, start),
    lambda lowered, start, end: hl7_field(lowered, start),
    label_below,
)


def count_digits(text: str) -> int:
    return len(_NON_DIGITS.sub("", text))


class Recognizer:
    """Base class. Subclasses set the class attributes and may override `validate`."""

    name: ClassVar[str]
    entity: ClassVar[str]
    patterns: ClassVar[tuple[Pattern, ...]]
    context_words: ClassVar[tuple[str, ...]] = ()
    context_boost: ClassVar[float] = 0.15
    context_after: ClassVar[bool] = False
    # Notes for the explanation when `validate` passed, e.g. "area/group/serial valid".
    validation_note: ClassVar[str | None] = None
    # Gates that rule a text out before any pattern runs: a cheap pattern the text must
    # contain ("@", a capital letter) and the fewest digits any match holds (an SSN has nine).
    # Short texts such as CSV cells are dominated by the per-call cost these skip; the scanner
    # checks them once per text for all recognizers.
    trigger: ClassVar[re.Pattern[str] | None] = None
    min_digits: ClassVar[int] = 0
    # Facts about the recognizer itself, e.g. {"format": "UNVERIFIED"}.
    metadata: ClassVar[dict[str, str]] = {}

    def __init__(self) -> None:
        self._context = compile_words(self.context_words) if self.context_words else None
        ascii_words = [w for w in self.context_words if w.isascii()]
        self._context_ascii = compile_words(ascii_words) if ascii_words else None

    def _context_in(self, lowered: str) -> re.Pattern[str] | None:
        """The context words that can occur in `lowered`. An ASCII text is searched without
        the words in other scripts (data/field_labels.txt): with them, Python's `re` loses its
        quick skip over letters no word starts with, and every text pays for it."""
        return self._context_ascii if lowered.isascii() else self._context

    def validate(self, value: str, pattern: Pattern) -> bool:
        """Reject matches that have the right shape but cannot be real (checksums, ranges)."""
        return True

    def context_for(self, lowered: str, start: int, end: int) -> tuple[str, ...]:
        words = self._context_in(lowered)
        if words is None:
            return ()
        return self._near(words, lowered, start, end)

    def _near(self, words: re.Pattern[str], lowered: str, start: int, end: int) -> tuple[str, ...]:
        """Which of `words` say what the match at start:end is: just before it (or after it,
        where the recognizer allows), else in the places `context_elsewhere` looks."""
        found = found_words(words, window_before(lowered, start))
        if self.context_after:
            found += tuple(
                w for w in found_words(words, window_after(lowered, end)) if w not in found
            )
        return found or self.context_elsewhere(lowered, start, end, words)

    def context_elsewhere(
        self, lowered: str, start: int, end: int, words: re.Pattern[str] | None = None
    ) -> tuple[str, ...]:
        """Context words (`words`, else the recognizer's own) not next to the match: a table
        cell's column header ("DOB" lines above), the line introducing a list the match is an
        item of, or the question a transcript's answer replies to."""
        words = words or self._context
        if words is None:
            return ()
        # Looked at in turn, and only until one says something: most are searches of their own.
        for place in _ELSEWHERE:
            elsewhere = place(lowered, start, end)
            found = found_words(words, elsewhere) if elsewhere else ()
            if found:
                return found
        return ()

    def _context_adjacent(self, lowered: str, start: int) -> bool:
        """A context word ends within ADJACENT characters before `start` ("ITIN 9..",
        "IDNYC card 1..", "SSN: 1..")."""
        words = self._context_in(lowered)
        if words is None:
            return False
        for match in words.finditer(lowered, max(0, start - 3 * ADJACENT), start):
            if match.end() >= start - ADJACENT:
                return True
        return False

    def _has_context(self, lowered: str) -> bool:
        words = self._context_in(lowered)
        if words is None:
            return False
        # HL7 messages and SQL dumps say what a field holds by its position, not by a word.
        return words.search(lowered) is not None or labels_by_position(lowered)

    def matches(self, pattern: Pattern, text: str) -> Iterator[re.Match[str]]:
        """Where `pattern` matches; a subclass may find the same matches a faster way."""
        found = pattern.regex.finditer(text)
        if not pattern.whole_field:
            return found
        return (m for m in found if alone_in_field(text, m.start(), m.end()))

    def could_match(self, text: str) -> bool:
        if self.trigger is not None and self.trigger.search(text) is None:
            return False
        return self.min_digits == 0 or count_digits(text) >= self.min_digits

    def analyze(self, text: str, lowered: str) -> list[Finding]:
        """Findings in `text` (`lowered` is `text` lower-cased, same length)."""
        return self.find(text, lowered) if self.could_match(text) else []

    def find(self, text: str, lowered: str) -> list[Finding]:
        """`analyze` without the gates, for callers that have checked them (the scanner)."""
        findings: list[Finding] = []
        # Cheap guard: a pattern that needs context cannot fire in a text without any context
        # word. Looked up once, and only when a pattern needs it or a match wants its context.
        has_any_context: bool | None = None
        for pattern in self.patterns:
            if pattern.needs_context:
                if has_any_context is None:
                    has_any_context = self._has_context(lowered)
                if not has_any_context:
                    continue
            for match in self.matches(pattern, text):
                start, end = match.span()
                value = match.group(0)
                if not self.validate(value, pattern):
                    continue
                if has_any_context is None:
                    has_any_context = self._has_context(lowered)
                context = self.context_for(lowered, start, end) if has_any_context else ()
                if pattern.needs_context and not context:
                    continue
                score = min(1.0, pattern.score + (self.context_boost if context else 0.0))
                if pattern.needs_context and not self._context_adjacent(lowered, start):
                    # A bare number vouched for by a word further back gives way to one whose
                    # own label is right before it ("passport X1, IDNYC card 171028101").
                    score -= FAR_CONTEXT_PENALTY
                notes = (self.validation_note,) if self.validation_note else ()
                findings.append(
                    Finding(
                        type=self.entity,
                        start=start,
                        end=end,
                        score=score,
                        text=value,
                        recognizer=self.name,
                        pattern=pattern.name,
                        context=context,
                        notes=notes,
                    )
                )
        return findings
