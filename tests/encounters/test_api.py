"""POST /api/decisions keeps the CLI's contract: one in, one out; a list in, a list out."""

from __future__ import annotations

import json
from typing import Any

import pytest

from sanctuary.audit.models import AuditEntry

pytestmark = pytest.mark.django_db

I200_AT_SCHOOL = {
    "as_of": "2026-03-02",
    "agency": "DOE",
    "requester": "ICE",
    "purpose": "civil_immigration",
    "action": "enter",
    "place": {"kind": "school", "area": "non_public"},
    "documents": [{"kind": "administrative_arrest_warrant_i200", "signed": True}],
}


def post(client: Any, body: Any) -> Any:
    return client.post("/api/decisions", json.dumps(body), content_type="application/json")


def test_one_request_gets_one_decision_with_citations(make_user: Any, sign_in: Any) -> None:
    response = post(sign_in(make_user("front_desk")), I200_AT_SCHOOL)
    assert response.status_code == 200
    decision = response.json()
    assert decision["decision"] == "deny"
    assert any("4-210" in r["citation"] for r in decision["reasons"])
    assert set(decision) == {
        "decision",
        "summary",
        "reasons",
        "steps",
        "unverified",
        "rules_version",
    }
    assert AuditEntry.objects.filter(action="decision").count() == 1


def test_a_list_gets_a_list_in_the_same_order(make_user: Any, sign_in: Any) -> None:
    before_eo13 = dict(I200_AT_SCHOOL, as_of="2025-06-01")
    response = post(sign_in(make_user("front_desk")), [I200_AT_SCHOOL, before_eo13])
    decisions = response.json()
    assert response.status_code == 200 and len(decisions) == 2
    cites_eo13 = [
        "Executive Order 13" in " ".join(r["citation"] for r in d["reasons"]) for d in decisions
    ]
    assert cites_eo13 == [True, False]


def test_an_unknown_field_is_a_422_naming_it(make_user: Any, sign_in: Any) -> None:
    response = post(sign_in(make_user("front_desk")), dict(I200_AT_SCHOOL, colour="red"))
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "colour"
    assert not AuditEntry.objects.filter(action="decision").exists()


def test_an_error_inside_a_list_is_located(make_user: Any, sign_in: Any) -> None:
    bad = dict(I200_AT_SCHOOL, action="dance")
    response = post(sign_in(make_user("front_desk")), [I200_AT_SCHOOL, bad])
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "[1].action"


def test_malformed_json_is_a_400(make_user: Any, sign_in: Any) -> None:
    client = sign_in(make_user("front_desk"))
    response = client.post("/api/decisions", b"{oops", content_type="application/json")
    assert response.status_code == 400


def test_openapi_publishes_the_request_schema() -> None:
    from django.test import Client

    spec = Client().get("/api/openapi.json").json()
    operation = spec["paths"]["/api/decisions"]["post"]
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    assert "as_of" in json.dumps(body)
    assert {"200", "401", "403", "422"} <= set(operation["responses"])


def test_anonymous_callers_get_401() -> None:
    from django.test import Client

    assert post(Client(), I200_AT_SCHOOL).status_code == 401
