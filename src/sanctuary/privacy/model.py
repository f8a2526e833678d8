"""The one value every part of the scanner passes around: a `Finding`.

A finding explains itself (DESIGN.md, "Privacy"): which recognizer and which of its patterns
produced it, which context words were seen, and the resulting score. It never needs the
original text to be understood, so reports can be shared without re-disclosing what they found.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

# The identifier types the scanner knows, in the order reports list them.
ENTITY_TYPES: tuple[str, ...] = (
    "PERSON",
    "A_NUMBER",
    "SSN",
    "ITIN",
    "PASSPORT",
    "PHONE",
    "EMAIL",
    "DATE_OF_BIRTH",
    "ADDRESS",
    "IDNYC",
    "USCIS_RECEIPT",
    "I94",
    "IMMIGRATION_STATUS",
    "COUNTRY_OF_BIRTH",
)

# Types with a fixed shape (patterns, checksums); PERSON and the free-text types are not.
STRUCTURED_TYPES: frozenset[str] = frozenset(ENTITY_TYPES) - {
    "PERSON",
    "IMMIGRATION_STATUS",
    "COUNTRY_OF_BIRTH",
    "ADDRESS",
}


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which made
# creating a finding six times slower, and the scanner creates one per candidate match. Treat
# findings as values all the same: `shifted` and `located` return new ones.
@dataclass(slots=True)
class Finding:
    """One piece of identifying information found in a text.

    `start`/`end` are character offsets into the scanned text (into the cell for CSV, where
    `row`/`column` say which cell: row 1 is the first data row after the header, column 1 the
    first column). `text` is the matched string; it is kept in memory for redaction and never
    written out by `to_dict()` unless asked.
    """

    type: str
    start: int
    end: int
    score: float
    text: str
    recognizer: str
    pattern: str
    context: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    file: str | None = None
    row: int | None = None
    column: int | None = None
    column_name: str | None = field(default=None, compare=False)

    @property
    def explanation(self) -> str:
        """`Recognizer/pattern; context: word, word; notes` — why this was flagged."""
        parts = [f"{self.recognizer}/{self.pattern}"]
        parts.append("context: " + ", ".join(self.context) if self.context else "no context")
        parts.extend(self.notes)
        return "; ".join(parts)

    def shifted(self, offset: int) -> Finding:
        # Spelled out rather than dataclasses.replace: this runs for every finding in every
        # CSV cell, and replace() costs several times more.
        return Finding(
            self.type,
            self.start + offset,
            self.end + offset,
            self.score,
            self.text,
            self.recognizer,
            self.pattern,
            self.context,
            self.notes,
            self.file,
            self.row,
            self.column,
            self.column_name,
        )

    def located(self, **where: Any) -> Finding:
        return replace(self, **where)

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"file": self.file}
        if self.row is not None:
            out["row"] = self.row
            out["column"] = self.column
            if self.column_name is not None:
                out["column_name"] = self.column_name
        out.update(
            start=self.start,
            end=self.end,
            type=self.type,
            score=round(self.score, 2),
            explanation=self.explanation,
        )
        if include_text:
            out["text"] = self.text
        return out
