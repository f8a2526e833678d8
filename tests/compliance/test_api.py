"""The JSON API: what the pages do, declared in OpenAPI, and 4xx (never 500) on bad input."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.compliance.files import EXE_BYTES, PDF_BYTES, PNG_BYTES

pytestmark = pytest.mark.django_db

ON = date(2026, 3, 2)


@pytest.fixture
def officer(eo13: Any, make_user: Any, sign_in: Any, pin_today: Any) -> Any:
    pin_today(ON)
    return sign_in(make_user("privacy_officer", "DOE"))


@pytest.fixture
def cpo(eo13: Any, make_user: Any, sign_in: Any, pin_today: Any) -> Any:
    pin_today(ON)
    return sign_in(make_user("chief_privacy_officer", None))


def _post(client: Any, url: str, data: Any) -> Any:
    body = data if isinstance(data, str) else json.dumps(data)
    return client.post(url, body, content_type="application/json")


def _fields(response: Any) -> set[str]:
    body = response.json()
    assert set(body) == {"detail", "errors"}
    return {e["field"] for e in body["errors"]}


def test_list_filters_sorts_and_counts(cpo: Any, agencies: Any) -> None:
    body = cpo.get("/api/compliance/obligations").json()
    assert body["today"] == "2026-03-02"
    assert body["summary"] == {
        "total": 3 * len(agencies) + 5,
        "done": 0,
        "open": 5,
        "overdue": 3 * len(agencies),
    }
    first = body["items"][0]
    assert first["status"] == "overdue" and first["days_overdue"] == 10

    only = cpo.get(
        "/api/compliance/obligations", {"agency": "doe", "obligation": "privacy-officer"}
    ).json()
    (item,) = only["items"]
    assert item["agency"] == "DOE" and item["due_on"] == "2026-02-20"
    assert item["citation_unverified"] is True and item["due_unverified"] is False
    assert item["evidence_required"] == ["officer"]

    open_rows = cpo.get("/api/compliance/obligations", {"status": "open"}).json()["items"]
    assert {r["obligation_id"] for r in open_rows} == {"policy-audit"}
    assert all(r["due_unverified"] for r in open_rows)

    desc = cpo.get("/api/compliance/obligations", {"sort": "-agency"}).json()["items"]
    assert [r["agency"] for r in desc] == sorted((r["agency"] for r in desc), reverse=True)


def test_bad_query_values_are_422(cpo: Any) -> None:
    response = cpo.get("/api/compliance/obligations", {"status": "sideways", "sort": "pw"})
    assert response.status_code == 422
    assert _fields(response) == {"status", "sort"}


def test_orders_endpoint_shows_the_data_and_its_verification(cpo: Any) -> None:
    (order,) = cpo.get("/api/compliance/orders").json()
    assert order["signed_on"] == "2026-02-06" and order["unverified"] is True
    audit = next(o for o in order["obligations"] if o["id"] == "policy-audit")
    assert audit["applies_to"] == ["NYPD", "DOC", "DOP", "ACS", "DSS"]
    assert audit["due_unverified"] is True and "UNVERIFIED" in audit["due_note"]


def test_record_completion_by_json(officer: Any, row: Any) -> None:
    from sanctuary.audit.models import AuditEntry

    target = row("DOE", "staff-training")
    response = _post(
        officer,
        f"/api/compliance/obligations/{target.pk}/completion",
        {"completed_on": "2026-02-25", "training_count": 140, "notes": "Two sessions."},
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "done" and body["days_late"] == 5
    assert body["status_label"] == "Done, 5 days late"
    assert body["training_count"] == 140
    assert officer.get(f"/api/compliance/obligations/{target.pk}").json()["status"] == "done"
    assert AuditEntry.objects.filter(action="compliance_complete", agency="DOE").count() == 1


@pytest.mark.parametrize(
    ("payload", "fields"),
    [
        ("{not json", set()),
        ("[1, 2]", None),
        ({"completed_on": "yesterday", "training_count": 3}, {"completed_on"}),
        ({"completed_on": "2026-02-25", "training_count": "many"}, {"training_count"}),
        ({"completed_on": "2026-02-25", "training_count": 0}, {"training_count"}),
        ({"completed_on": "2026-02-25"}, {"training_count"}),
        ({"completed_on": "2026-03-09", "training_count": 3}, {"completed_on"}),
        ({"completed_on": "2026-02-25", "training_count": 3, "admin": True}, {"admin"}),
        ({"completed_on": "2026-02-25", "training_count": 3, "notes": "x" * 2001}, {"notes"}),
        ({"completed_on": "2026-02-25", "training_count": 10**30}, {"training_count"}),
    ],
)
def test_bad_completion_input_is_a_4xx_with_fields(
    officer: Any, row: Any, payload: Any, fields: set[str] | None
) -> None:
    target = row("DOE", "staff-training")
    response = _post(officer, f"/api/compliance/obligations/{target.pk}/completion", payload)
    assert 400 <= response.status_code < 500, response.content
    body = response.json()
    assert body["detail"]
    if fields is not None:
        assert _fields(response) == fields
    target.refresh_from_db()
    assert target.completed_on is None


@pytest.mark.parametrize("obligation_id", ["0", "999999", "abc", "99999999999999999999999", "-1"])
def test_unknown_ids_are_4xx_never_500(officer: Any, obligation_id: str) -> None:
    assert officer.get(f"/api/compliance/obligations/{obligation_id}").status_code in (404, 422)
    response = _post(
        officer,
        f"/api/compliance/obligations/{obligation_id}/completion",
        {"completed_on": "2026-02-25", "training_count": 3},
    )
    assert response.status_code in (404, 422)
    assert officer.get(f"/api/compliance/policy-audits/{obligation_id}").status_code in (404, 422)
    assert _post(
        officer, f"/api/compliance/policy-changes/{obligation_id}/publish", {}
    ).status_code in (403, 404, 422)


@pytest.mark.parametrize(
    "path",
    [
        "/compliance/obligations/99999999999999999999999/",
        "/compliance/policy-audits/99999999999999999999999/",
    ],
)
def test_huge_ids_on_pages_are_404(officer: Any, path: str) -> None:
    assert officer.get(path).status_code == 404


def test_evidence_upload(officer: Any, row: Any, uploads: Any) -> None:
    target = row("DOE", "privacy-officer")
    url = f"/api/compliance/obligations/{target.pk}/evidence"
    good = officer.post(url, {"evidence_file": SimpleUploadedFile("letter.pdf", PDF_BYTES)})
    assert good.status_code == 200, good.content
    evidence = good.json()["evidence_file"]
    assert evidence["type"] == "pdf" and evidence["size"] == len(PDF_BYTES)
    assert evidence["download_url"] == f"/compliance/obligations/{target.pk}/evidence/"
    assert good.json()["status"] == "overdue"  # a file alone does not mark it done

    disguised = officer.post(url, {"evidence_file": SimpleUploadedFile("letter.pdf", EXE_BYTES)})
    assert disguised.status_code == 422
    assert _fields(disguised) == {"evidence_file"}
    mismatched = officer.post(url, {"evidence_file": SimpleUploadedFile("letter.pdf", PNG_BYTES)})
    assert mismatched.status_code == 422

    missing = officer.post(url, {})
    assert missing.status_code == 422 and _fields(missing) == {"evidence_file"}

    target.refresh_from_db()
    assert target.evidence_file_type == "pdf"


def test_oversized_upload_is_413(officer: Any, row: Any, settings: Any, uploads: Any) -> None:
    settings.SANCTUARY_MAX_UPLOAD_BYTES = 1000
    target = row("DOE", "privacy-officer")
    response = officer.post(
        f"/api/compliance/obligations/{target.pk}/evidence",
        {"evidence_file": SimpleUploadedFile("big.pdf", PDF_BYTES + b" " * 5000)},
    )
    assert response.status_code == 413
    assert _fields(response) == {"evidence_file"}
    assert not list(uploads.rglob("*.*"))


def test_policy_audit_flow_by_api(eo13: Any, make_user: Any, sign_in: Any, pin_today: Any) -> None:
    pin_today(ON)
    head = sign_in(make_user("agency_head", "DOC"))
    created = _post(
        head,
        "/api/compliance/policy-audits",
        {"title": "DOC audit", "findings": "Detainer handling OK.", "audited_on": "2026-02-26"},
    )
    assert created.status_code == 201, created.content
    audit = created.json()
    assert audit["agency"] == "DOC" and audit["changes"] == []

    change = _post(
        head,
        f"/api/compliance/policy-audits/{audit['id']}/changes",
        {
            "title": "Notice to counsel",
            "description": "Counsel is told first.",
            "effective_on": "2026-03-15",
        },
    )
    assert change.status_code == 201 and change.json()["published"] is False
    published = _post(head, f"/api/compliance/policy-changes/{change.json()['id']}/publish", {})
    assert published.status_code == 200 and published.json()["published"] is True
    listed = head.get("/api/compliance/policy-audits").json()
    assert listed[0]["changes"][0]["published"] is True
    public = head.get("/api/public/policy-changes").json()
    assert [c["title"] for c in public] == ["Notice to counsel"]

    bad = _post(head, "/api/compliance/policy-audits", {"title": "", "audited_on": "soon"})
    assert bad.status_code == 422
    assert _fields(bad) == {"title", "findings", "audited_on"}
    unknown = _post(
        head,
        "/api/compliance/policy-audits",
        {"agency": "ZZZ", "title": "t", "findings": "f", "audited_on": "2026-02-26"},
    )
    assert unknown.status_code == 422 and _fields(unknown) == {"agency"}


def test_the_api_needs_a_verified_session(eo13: Any, client: Any) -> None:
    assert client.get("/api/compliance/obligations").status_code == 401
    assert client.post("/api/compliance/policy-audits", {}).status_code == 401


def test_openapi_declares_every_compliance_response(client: Any) -> None:
    schema = client.get("/api/openapi.json").json()
    operations = {
        (method.upper(), path): op
        for path, item in schema["paths"].items()
        if path.startswith(("/api/compliance/", "/api/public/policy-changes"))
        for method, op in item.items()
    }
    expected = {
        ("GET", "/api/compliance/orders"),
        ("GET", "/api/compliance/obligations"),
        ("GET", "/api/compliance/obligations/{obligation_id}"),
        ("POST", "/api/compliance/obligations/{obligation_id}/completion"),
        ("POST", "/api/compliance/obligations/{obligation_id}/reopen"),
        ("POST", "/api/compliance/obligations/{obligation_id}/evidence"),
        ("GET", "/api/compliance/policy-audits"),
        ("POST", "/api/compliance/policy-audits"),
        ("GET", "/api/compliance/policy-audits/{audit_id}"),
        ("POST", "/api/compliance/policy-audits/{audit_id}/changes"),
        ("POST", "/api/compliance/policy-changes/{change_id}/publish"),
        ("GET", "/api/public/policy-changes"),
    }
    assert expected <= set(operations)
    for key, op in operations.items():
        codes = set(op["responses"])
        if key[1].startswith("/api/public/"):
            assert {"400", "404", "422"} <= codes, key
        else:
            assert {"400", "401", "403", "404", "413", "422"} <= codes, key
        error = op["responses"]["404"]["content"]["application/json"]["schema"]
        assert error["$ref"].endswith("/ErrorOut")
