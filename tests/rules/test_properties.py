"""Property tests: for random requests the engine always answers, validly and fail-closed."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sanctuary.rules import (
    ACTIONS,
    AREAS,
    DECISIONS,
    DOCUMENT_KINDS,
    INFORMATION,
    LEVELS,
    NYC,
    PLACE_KINDS,
    PURPOSES,
    REQUESTERS,
    RULES_VERSION,
    Request,
    RequestError,
    decide,
    parse_request,
)

EO13 = date(2026, 2, 6)
LAWS = [
    "PL 120.10", "PL 110/120.10", "attempted PL 125.25", "PL 265.02", "PL 265.02(3)",
    "PL 155.40", "PL 485.05/120.05", "VTL 600", "VTL 1192", "18 USC 2113", "PL 135.37",
    "PL 120.04-a(4)", "PL 105.10/130.35", "Penal Law § 490.25", "PL 110",
]  # fmt: skip
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

maybe_bool = st.one_of(st.none(), st.booleans())


def _optional(draw: st.DrawFn, value: st.SearchStrategy[Any]) -> Any:
    return draw(st.one_of(st.none(), value))


@st.composite
def requests(draw: st.DrawFn) -> dict[str, Any]:
    as_of = draw(st.dates(min_value=date(2009, 1, 1), max_value=date(2030, 12, 31)))
    before = st.dates(min_value=date(1970, 1, 1), max_value=as_of)
    raw: dict[str, Any] = {"as_of": as_of.isoformat()}
    optional: dict[str, Any] = {
        "agency": _optional(draw, st.sampled_from(["NYPD", "DOC", "DOP", "ACS", "DHS", "HRA", "DOE", "HHC", "DCAS", "DOT", "PARKS"])),
        "requester": _optional(draw, st.sampled_from(REQUESTERS)),
        "purpose": _optional(draw, st.sampled_from(PURPOSES)),
        "action": _optional(draw, st.sampled_from(ACTIONS)),
        "place": _optional(
            draw,
            st.fixed_dictionaries(
                {}, optional={"kind": st.sampled_from(PLACE_KINDS), "area": st.sampled_from(AREAS)}
            ),
        ),
        "information": _optional(draw, st.lists(st.sampled_from(INFORMATION), max_size=4)),
        "documents": _optional(
            draw,
            st.lists(
                st.fixed_dictionaries(
                    {"kind": st.sampled_from(DOCUMENT_KINDS)},
                    optional={
                        "signed": st.booleans(),
                        "execute_by": st.builds(
                            lambda d: (as_of + timedelta(days=d)).isoformat(),
                            st.integers(-30, 30),
                        ),
                        "names_place": st.booleans(),
                        "names_person": st.booleans(),
                    },
                ),
                max_size=3,
            ),
        ),
        "exigent_circumstances": draw(maybe_bool),
        "consent": _optional(draw, st.fixed_dictionaries({}, optional={"written": st.booleans()})),
        "person": _optional(
            draw,
            st.fixed_dictionaries(
                {},
                optional={
                    "arrest_date": before.map(date.isoformat),
                    "convictions": st.lists(
                        st.fixed_dictionaries(
                            {"law": st.one_of(st.sampled_from(LAWS), st.text(min_size=1, max_size=25).filter(str.strip))},
                            optional={"level": st.sampled_from(LEVELS), "date": before.map(date.isoformat)},
                        ),
                        max_size=3,
                    ),
                    "tsdb_match": st.booleans(),
                    "reentered_after_removal": st.booleans(),
                },
            ),
        ),
    }  # fmt: skip
    raw.update({k: v for k, v in optional.items() if v is not None})
    return raw


def _has_usable_judicial_warrant(request: Request) -> bool:
    return any(
        d.kind in ("judicial_search_warrant", "judicial_arrest_warrant", "state_court_search_warrant", "state_court_arrest_warrant")
        and d.signed is True
        and (d.execute_by is None or d.execute_by >= request.as_of)
        for d in request.documents
    )  # fmt: skip


@SETTINGS
@given(requests())
def test_every_random_request_gets_a_valid_decision(raw: dict[str, Any]) -> None:
    request = parse_request(raw)
    decision = decide(request)
    assert decision.decision in DECISIONS
    assert decision.summary.strip()
    assert decision.steps and all(s.strip() for s in decision.steps)
    assert decision.rules_version == RULES_VERSION
    assert decision.reasons, "every decision gives at least one reason"
    for reason in decision.reasons:
        assert reason.citation.strip() and reason.text.strip()
        assert reason.rule in NYC.rules
    marked = any("[UNVERIFIED" in r.text for r in decision.reasons)
    assert decision.unverified is marked
    json.dumps(decision.to_dict(trace=True))


@SETTINGS
@given(requests())
def test_no_non_public_entry_staging_or_hold_is_ever_allowed(raw: dict[str, Any]) -> None:
    request = parse_request(raw)
    decision = decide(request)
    area = request.place.area if request.place else None
    if decision.decision == "allow":
        assert request.action == "enter" and area == "public"
    if request.action == "enter" and area != "public" and decision.decision == "allow":
        raise AssertionError("non-public entry allowed")
    if request.action in ("hold", "notify_release", "stage", "disclose", "assist", "interview"):
        assert decision.decision != "allow"
    # The issue's own wording: never allow without a signed, in-date judicial warrant or exigency.
    if decision.decision == "allow" and request.action in ("enter", "hold") and area != "public":
        assert _has_usable_judicial_warrant(request) or request.exigent_circumstances


@SETTINGS
@given(requests())
def test_executive_order_13_is_never_cited_before_6_february_2026(raw: dict[str, Any]) -> None:
    request = parse_request(raw)
    decision = decide(request)
    cites_eo13 = any("Executive Order 13" in r.citation for r in decision.reasons)
    if request.as_of < EO13:
        assert not cites_eo13
        assert not any("Executive Order 13" in s for s in decision.steps)


@SETTINGS
@given(requests())
def test_parsing_round_trips_through_to_dict(raw: dict[str, Any]) -> None:
    request = parse_request(raw)
    assert parse_request(request.to_dict()) == request


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
field_names = st.sampled_from(
    ["as_of", "agency", "requester", "purpose", "action", "place", "information", "documents",
     "exigent_circumstances", "consent", "person"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.one_of(json_values, st.dictionaries(field_names, json_values, max_size=6)))
def test_arbitrary_json_either_parses_or_raises_a_request_error(raw: object) -> None:
    try:
        request = parse_request(raw)
    except RequestError as error:
        assert error.field and error.expected
        assert str(error).startswith(error.field)
    else:
        decide(request)
