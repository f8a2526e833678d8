"""Load a jurisdiction's rule data once, check it, and fingerprint it.

The YAML is parsed at import (NYC) or on demand (load_ruleset), never per decision. Bad data
fails loudly here, at startup, rather than as a wrong answer at the desk.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Final

import yaml

from sanctuary.rules.crimes import CrimeCatalogue, load_crimes
from sanctuary.rules.model import DECISIONS, Reason

PACKAGE_DIR: Final = Path(__file__).resolve().parent
NYC_DATA_DIR: Final = PACKAGE_DIR / "data" / "nyc"
RULES_FILE: Final = "rules.yaml"
CRIMES_FILE: Final = "violent_or_serious_crimes.yaml"
# Source files whose logic decides; their bytes are part of the version so that a stored
# decision names exactly the rules *and* the logic that produced it.
LOGIC_FILES: Final = ("engine.py", "crimes.py")

KINDS: Final = ("base", "exception", "support")
EVIDENCE: Final = ("V", "S", "UNVERIFIED", "READING", "POLICY")
# Action names rules may list: the request actions plus "unknown" (no action given).
RULE_ACTIONS: Final = (
    "enter",
    "stage",
    "hold",
    "notify_release",
    "disclose",
    "assist",
    "interview",
    "unknown",
)
# How close to an approximate start date a request must be for the decision to warn about it.
APPROXIMATE_WINDOW: Final = timedelta(days=365)


class RuleDataError(ValueError):
    """The rule data file is malformed; raised at load time, never while deciding."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: a citation, a plain sentence, dates, and (for deciding rules) what it decides."""

    id: str
    citation: str
    text: str
    kind: str
    actions: tuple[str, ...]
    priority: int
    decision: str | None
    summary: str | None
    steps: tuple[str, ...]
    also: tuple[str, ...]
    effective_from: date | None
    effective_from_approximate: bool
    effective_to: date | None
    evidence: str
    unverified: bool
    note: str
    source: str
    reason: Reason
    approximate_until: date | None
    approximate_since: date | None
    # Trace lines, built once here rather than per decision.
    trace_not_in_force: str
    trace_not_applicable: str
    trace_applies: str

    def in_force(self, day: date) -> bool:
        """True when `day` falls between effective_from and effective_to, both inclusive."""
        if self.effective_from is not None and day < self.effective_from:
            return False
        return self.effective_to is None or day <= self.effective_to

    def near_approximate_start(self, day: date) -> bool:
        return (
            self.approximate_since is not None
            and self.approximate_until is not None
            and self.approximate_since <= day <= self.approximate_until
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "citation": self.citation,
            "text": self.text,
            "kind": self.kind,
            "effective_from": self.effective_from.isoformat() if self.effective_from else None,
            "effective_from_approximate": self.effective_from_approximate,
            "effective_to": self.effective_to.isoformat() if self.effective_to else None,
            "evidence": self.evidence,
            "verified": not self.unverified,
            "unverified": self.unverified,
            "note": self.note,
            "source": self.source,
        }
        if self.kind != "support":
            out.update(
                actions=list(self.actions),
                priority=self.priority,
                decision=self.decision,
                summary=self.summary,
                steps=list(self.steps),
                also=list(self.also),
            )
        return out


@dataclass(frozen=True, slots=True)
class Ruleset:
    """A jurisdiction's rules, ordered per action by priority, plus its crime lists."""

    jurisdiction: str
    title: str
    rules: Mapping[str, Rule]
    by_action: Mapping[str, tuple[Rule, ...]]
    steps: Mapping[str, str]
    crimes: CrimeCatalogue
    version: str


def _req(entry: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in entry or entry[key] is None:
        raise RuleDataError(f"{where}: missing {key!r}")
    return entry[key]


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RuleDataError(f"{where}: expected non-empty text")
    return " ".join(value.split())


def _day(value: object, where: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    raise RuleDataError(f"{where}: expected a date (YYYY-MM-DD) or null")


def _reason_text(text: str, unverified: bool, note: str) -> str:
    return f"{text} [UNVERIFIED: {note}]" if unverified else text


def _build_rule(entry: Mapping[str, Any], steps: Mapping[str, str]) -> Rule:
    rid = _text(_req(entry, "id", "rule"), "rule.id")
    where = f"rule {rid}"
    known = {
        "id", "citation", "text", "kind", "actions", "priority", "decision", "summary", "steps",
        "also", "effective_from", "effective_from_approximate", "effective_to", "evidence",
        "unverified", "note", "source",
    }  # fmt: skip
    unknown = set(entry) - known
    if unknown:
        raise RuleDataError(f"{where}: unknown keys {sorted(unknown)}")
    kind = _req(entry, "kind", where)
    if kind not in KINDS:
        raise RuleDataError(f"{where}: kind must be one of {KINDS}")
    evidence = _req(entry, "evidence", where)
    if evidence not in EVIDENCE:
        raise RuleDataError(f"{where}: evidence must be one of {EVIDENCE}")
    unverified = _req(entry, "unverified", where)
    if type(unverified) is not bool:
        raise RuleDataError(f"{where}: unverified must be true or false")
    if evidence in ("UNVERIFIED", "READING") and not unverified:
        raise RuleDataError(f"{where}: evidence {evidence} needs unverified: true")
    note = " ".join(str(entry.get("note") or "").split())
    if unverified and not note:
        raise RuleDataError(f"{where}: an unverified rule needs a note saying why")
    text = _text(_req(entry, "text", where), f"{where}.text")
    citation = _text(_req(entry, "citation", where), f"{where}.citation")
    effective_from = _day(entry.get("effective_from"), f"{where}.effective_from")
    effective_to = _day(entry.get("effective_to"), f"{where}.effective_to")
    if effective_from and effective_to and effective_to < effective_from:
        raise RuleDataError(f"{where}: effective_to is before effective_from")
    approximate = bool(entry.get("effective_from_approximate", False))
    if approximate and effective_from is None:
        raise RuleDataError(f"{where}: an approximate start needs effective_from")

    actions: tuple[str, ...] = ()
    priority = 0
    decision = summary = None
    step_ids: tuple[str, ...] = ()
    also: tuple[str, ...] = ()
    if kind != "support":
        actions = tuple(_req(entry, "actions", where))
        bad = [a for a in actions if a not in RULE_ACTIONS]
        if bad or not actions:
            raise RuleDataError(f"{where}: actions must be from {RULE_ACTIONS}")
        priority = _req(entry, "priority", where)
        if type(priority) is not int:
            raise RuleDataError(f"{where}: priority must be an integer")
        decision = _req(entry, "decision", where)
        if decision not in DECISIONS:
            raise RuleDataError(f"{where}: decision must be one of {DECISIONS}")
        summary = _text(_req(entry, "summary", where), f"{where}.summary")
        step_ids = tuple(_req(entry, "steps", where))
        missing = [s for s in step_ids if s not in steps]
        if missing:
            raise RuleDataError(f"{where}: unknown steps {missing}")
        also = tuple(entry.get("also") or ())
    elif any(k in entry for k in ("actions", "priority", "decision", "summary", "steps", "also")):
        raise RuleDataError(f"{where}: a support rule never decides; remove decision keys")

    return Rule(
        id=rid,
        citation=citation,
        text=text,
        kind=kind,
        actions=actions,
        priority=priority,
        decision=decision,
        summary=summary,
        steps=tuple(steps[s] for s in step_ids),
        also=also,
        effective_from=effective_from,
        effective_from_approximate=approximate,
        effective_to=effective_to,
        evidence=evidence,
        unverified=unverified,
        note=note,
        source=_text(_req(entry, "source", where), f"{where}.source"),
        reason=Reason(rid, citation, _reason_text(text, unverified, note)),
        approximate_since=effective_from - APPROXIMATE_WINDOW
        if approximate and effective_from
        else None,
        approximate_until=effective_from + APPROXIMATE_WINDOW
        if approximate and effective_from
        else None,
        trace_not_in_force=f"{rid}: not in force",
        trace_not_applicable=f"{rid}: does not apply",
        trace_applies=f"{rid}: applies -> {decision}",
    )


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def load_ruleset(directory: Path | str = NYC_DATA_DIR) -> Ruleset:
    """Read and check `rules.yaml` and `violent_or_serious_crimes.yaml` from `directory`."""
    folder = Path(directory)
    raw = yaml.safe_load((folder / RULES_FILE).read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise RuleDataError(f"{folder / RULES_FILE}: expected a mapping at the top")
    steps_raw = _req(raw, "steps", RULES_FILE)
    steps = {str(k): _text(v, f"steps.{k}") for k, v in steps_raw.items()}
    rules: dict[str, Rule] = {}
    for entry in _req(raw, "rules", RULES_FILE):
        rule = _build_rule(entry, steps)
        if rule.id in rules:
            raise RuleDataError(f"rule {rule.id}: defined twice")
        rules[rule.id] = rule
    for rule in rules.values():
        for other in rule.also:
            if other not in rules or other == rule.id:
                raise RuleDataError(f"rule {rule.id}: also names {other!r}, not another rule")

    by_action: dict[str, tuple[Rule, ...]] = {}
    for action in RULE_ACTIONS:
        deciding = sorted(
            (r for r in rules.values() if action in r.actions), key=lambda r: (r.priority, r.id)
        )
        by_action[action] = tuple(deciding)

    crimes_raw = yaml.safe_load((folder / CRIMES_FILE).read_text(encoding="utf-8"))
    crimes = load_crimes(crimes_raw)
    for rule_id in crimes.rule_ids():
        if rule_id not in rules:
            raise RuleDataError(f"{CRIMES_FILE}: names rule {rule_id!r}, not in {RULES_FILE}")

    digest = hashlib.sha256()
    digest.update(_canonical(raw).encode())
    digest.update(_canonical(crimes_raw).encode())
    for name in LOGIC_FILES:
        path = PACKAGE_DIR / name
        if path.exists():
            digest.update(path.read_bytes())
    return Ruleset(
        jurisdiction=_text(_req(raw, "jurisdiction", RULES_FILE), "jurisdiction"),
        title=_text(_req(raw, "title", RULES_FILE), "title"),
        rules=rules,
        by_action=by_action,
        steps=steps,
        crimes=crimes,
        version=digest.hexdigest()[:16],
    )
