"""The law as code: EO 13 (2026) and the NYC laws it builds on. Pure Python, no Django.

Every screen (front desk, disclosure review, reports, the HTTP API) calls these functions and
none re-implements a rule:

    request = parse_request(json_object)      # raises RequestError(.field, .expected)
    decision = decide(request)                # Decision: decision, summary, reasons, steps, ...
    decision.to_dict()                        # the JSON contract; to_dict(trace=True) adds the trace
    list_rules()                              # every rule, with citation, dates, verified or not
    RULES_VERSION                             # hash of the rule data and engine logic
    request_schema(), decision_schema()       # JSON Schemas for OpenAPI
"""

from __future__ import annotations

from pathlib import Path

from sanctuary.rules.engine import NYC, RulesetMismatch, check_ruleset, decide
from sanctuary.rules.model import (
    ACTIONS,
    AREAS,
    DECISIONS,
    DOCUMENT_KINDS,
    INFORMATION,
    LEVELS,
    PLACE_KINDS,
    PURPOSES,
    REQUESTERS,
    Consent,
    Conviction,
    Decision,
    Document,
    Person,
    Place,
    Reason,
    Request,
    RequestError,
    decision_schema,
    parse_request,
    parse_requests,
    request_schema,
)
from sanctuary.rules.render import render_decision, render_decisions, render_rules
from sanctuary.rules.ruleset import Rule, RuleDataError, Ruleset

RULES_VERSION: str = NYC.version


def list_rules(ruleset: Ruleset | None = None) -> tuple[Rule, ...]:
    """Every rule of the rule set (NYC by default), in data-file order."""
    return tuple((ruleset or NYC).rules.values())


def load_ruleset(directory: Path | str) -> Ruleset:
    """Load another jurisdiction's data folder and check it against the engine."""
    from sanctuary.rules.ruleset import load_ruleset as _load

    return check_ruleset(_load(directory))


__all__ = [
    "ACTIONS",
    "AREAS",
    "DECISIONS",
    "DOCUMENT_KINDS",
    "INFORMATION",
    "LEVELS",
    "NYC",
    "PLACE_KINDS",
    "PURPOSES",
    "REQUESTERS",
    "RULES_VERSION",
    "Consent",
    "Conviction",
    "Decision",
    "Document",
    "Person",
    "Place",
    "Reason",
    "Request",
    "RequestError",
    "Rule",
    "RuleDataError",
    "Ruleset",
    "RulesetMismatch",
    "decide",
    "decision_schema",
    "list_rules",
    "load_ruleset",
    "parse_request",
    "parse_requests",
    "render_decision",
    "render_decisions",
    "render_rules",
    "request_schema",
]
