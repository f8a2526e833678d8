"""The page's plain-language answers become the engine's request fields, nothing more."""

from __future__ import annotations

from datetime import date

from sanctuary.encounters.advice import ASKS, audit_summary, build_request
from sanctuary.rules import parse_request

TODAY = date(2026, 3, 2)


def test_every_choice_builds_a_request_the_engine_accepts() -> None:
    for ask in ASKS:
        request = build_request({"ask": ask, "shown": "nothing"}, agency="DOE", today=TODAY)
        parse_request(request)


def test_a_warrant_with_details_becomes_one_document() -> None:
    request = build_request(
        {
            "ask": "enter_non_public",
            "requester": "ICE",
            "purpose": "civil_immigration",
            "shown": "judicial_search_warrant",
            "signed": "yes",
            "names_place": "no",
            "execute_by": date(2026, 3, 5),
            "place_kind": "school",
        },
        agency="DOE",
        today=TODAY,
    )
    assert request["place"] == {"kind": "school", "area": "non_public"}
    assert request["documents"] == [
        {
            "kind": "judicial_search_warrant",
            "signed": True,
            "names_place": False,
            "execute_by": "2026-03-05",
        }
    ]


def test_unsure_answers_stay_unknown() -> None:
    request = build_request(
        {"ask": "enter_non_public", "shown": "other", "signed": "unknown", "requester": "unknown"},
        agency=None,
        today=TODAY,
    )
    assert request["documents"] == [{"kind": "other"}]
    assert "requester" not in request and "agency" not in request


def test_using_a_lot_is_staging_on_a_lot() -> None:
    request = build_request({"ask": "use_lot", "place_kind": "school"}, agency="DOE", today=TODAY)
    assert request["action"] == "stage" and request["place"]["kind"] == "parking_lot"


def test_audit_summary_names_the_request_kind_not_a_person() -> None:
    request = build_request(
        {"ask": "release_info", "shown": "detainer_i247a"}, agency="DOC", today=TODAY
    )
    summary = audit_summary(request, {"decision": "deny", "rules_version": "abc" * 10})
    assert "notify_release" in summary and "detainer_i247a" in summary and "deny" in summary
