"""An order's obligations as plain data: parse and check a data file. Pure Python, no Django.

The file format is described in docs/compliance.md. Parsing is strict: a mistake in a data file
should stop the load with a message naming the obligation and field, not half-load an order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

EVIDENCE_KINDS: dict[str, str] = {
    "officer": "Privacy officer's name and appointment date",
    "training_count": "Number of staff trained",
    "certification_statement": "Certification statement",
    "file": "An uploaded file (PDF, PNG, JPEG, DOCX or plain text)",
    "policy_audit": "A policy audit whose changes are all published",
}
ALL_AGENCIES = "all"
SUPPORTED_FORMATS = frozenset({1})
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


class SpecError(ValueError):
    """A data file that cannot be loaded as written; the message says where and why."""


@dataclass(frozen=True)
class ObligationSpec:
    id: str
    title: str
    description: str
    citation: str
    citation_unverified: bool
    applies_to: tuple[str, ...] | None  # None = every agency
    due_days: int
    due_unverified: bool
    due_note: str
    evidence: tuple[str, ...]
    position: int

    def due_on(self, signed_on: date) -> date:
        return signed_on + timedelta(days=self.due_days)

    def applies(self, acronym: str) -> bool:
        return self.applies_to is None or acronym in self.applies_to


@dataclass(frozen=True)
class OrderSpec:
    id: str
    number: str
    title: str
    issuer: str
    signed_on: date
    source: str
    unverified: bool
    note: str
    obligations: tuple[ObligationSpec, ...] = field(default_factory=tuple)


def _text(data: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = data.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise SpecError(f"{where}: '{key}' must be text")
    value = " ".join(value.split())
    if required and not value:
        raise SpecError(f"{where}: '{key}' is required")
    return value


def _bool(data: dict[str, Any], key: str, where: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise SpecError(f"{where}: '{key}' must be true or false")
    return value


def _date(value: Any, where: str) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise SpecError(f"{where}: must be a date written YYYY-MM-DD")


def _obligation(raw: Any, position: int, acronyms: set[str] | None) -> ObligationSpec:
    if not isinstance(raw, dict):
        raise SpecError(f"obligations[{position}]: must be a mapping")
    oid = raw.get("id")
    if not isinstance(oid, str) or not _ID.match(oid):
        raise SpecError(f"obligations[{position}]: 'id' must be lower-case letters, digits, '-'")
    where = f"obligation '{oid}'"

    applies = raw.get("applies_to", ALL_AGENCIES)
    applies_to: tuple[str, ...] | None
    if applies == ALL_AGENCIES:
        applies_to = None
    elif isinstance(applies, list) and applies and all(isinstance(a, str) for a in applies):
        applies_to = tuple(a.strip().upper() for a in applies)
        unknown = sorted(set(applies_to) - acronyms) if acronyms is not None else []
        if unknown:
            raise SpecError(f"{where}: 'applies_to' names unknown agencies: {', '.join(unknown)}")
    else:
        raise SpecError(f"{where}: 'applies_to' must be 'all' or a list of agency acronyms")

    due = raw.get("due")
    if not isinstance(due, dict):
        raise SpecError(f"{where}: 'due' must be a mapping with 'days_after_order'")
    days = due.get("days_after_order")
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 3660:
        raise SpecError(f"{where}: 'due.days_after_order' must be a whole number 0-3660")
    due_unverified = _bool(due, "unverified", f"{where} due")
    due_note = _text(due, "note", f"{where} due", required=due_unverified)

    evidence = raw.get("evidence")
    if not isinstance(evidence, list) or not evidence:
        raise SpecError(
            f"{where}: 'evidence' must list at least one of {', '.join(EVIDENCE_KINDS)}"
        )
    unknown_kinds = [k for k in evidence if k not in EVIDENCE_KINDS]
    if unknown_kinds:
        raise SpecError(
            f"{where}: unknown evidence {unknown_kinds}; use {', '.join(EVIDENCE_KINDS)}"
        )

    return ObligationSpec(
        id=oid,
        title=_text(raw, "title", where),
        description=_text(raw, "description", where),
        citation=_text(raw, "citation", where),
        citation_unverified=_bool(raw, "citation_unverified", where),
        applies_to=applies_to,
        due_days=days,
        due_unverified=due_unverified,
        due_note=due_note,
        evidence=tuple(dict.fromkeys(evidence)),
        position=position,
    )


def parse_order(data: Any, *, agency_acronyms: set[str] | None = None) -> OrderSpec:
    """Check a loaded data file (a mapping) and return the order with its obligations.

    `agency_acronyms`, when given, are the agencies that exist: naming any other is an error.
    """
    if not isinstance(data, dict):
        raise SpecError("the file must be a mapping with 'order' and 'obligations'")
    if data.get("format", 1) not in SUPPORTED_FORMATS:
        raise SpecError(f"unsupported format {data.get('format')!r}; this version reads format 1")
    order = data.get("order")
    if not isinstance(order, dict):
        raise SpecError("'order' is required and must be a mapping")
    order_id = order.get("id")
    if not isinstance(order_id, str) or not _ID.match(order_id):
        raise SpecError("order: 'id' must be lower-case letters, digits, '-'")
    unverified = _bool(order, "unverified", "order")
    raw_obligations = data.get("obligations")
    if not isinstance(raw_obligations, list) or not raw_obligations:
        raise SpecError("'obligations' must be a non-empty list")
    obligations = tuple(
        _obligation(raw, i, agency_acronyms) for i, raw in enumerate(raw_obligations)
    )
    seen: set[str] = set()
    for ob in obligations:
        if ob.id in seen:
            raise SpecError(f"obligation '{ob.id}' appears twice")
        seen.add(ob.id)
    return OrderSpec(
        id=order_id,
        number=_text(order, "number", "order"),
        title=_text(order, "title", "order"),
        issuer=_text(order, "issuer", "order", required=False),
        signed_on=_date(order.get("signed_on"), "order 'signed_on'"),
        source=_text(order, "source", "order"),
        unverified=unverified,
        note=_text(order, "note", "order", required=unverified),
        obligations=obligations,
    )
