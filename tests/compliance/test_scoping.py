"""Agency scoping: a DOE user cannot read or change HHC's records through any page or endpoint.

Another agency's id answers 404, exactly like an id that does not exist, so ids cannot be probed.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.compliance.files import PDF_BYTES

pytestmark = pytest.mark.django_db

ON = date(2026, 3, 2)


@pytest.fixture
def hhc(eo13: Any, make_user: Any, row: Any, pin_today: Any) -> dict[str, Any]:
    """HHC's records: an obligation with evidence, an audit, a draft and a published change."""
    from sanctuary.compliance import services
    from sanctuary.compliance.completion import CompletionInput

    pin_today(ON)
    officer = make_user("privacy_officer", "HHC")
    head = make_user("agency_head", "HHC")
    target = row("HHC", "privacy-officer")
    services.record_completion(
        officer,
        target,
        CompletionInput(date(2026, 2, 19), "H. Officer", date(2026, 2, 18)),
        SimpleUploadedFile("hhc.pdf", PDF_BYTES),
        on=ON,
    )
    audit = services.create_audit(
        head,
        head.agency,
        title="HHC audit",
        findings="HHC secret finding",
        audited_on=date(2026, 2, 26),
        on=ON,
    )
    draft = services.add_change(
        head, audit, title="HHC draft change", description="d", effective_on=ON
    )
    public = services.add_change(
        head, audit, title="HHC public change", description="p", effective_on=ON
    )
    services.publish_change(head, public)
    return {
        "row": target,
        "open_row": row("HHC", "staff-training"),
        "audit": audit,
        "draft": draft,
        "public": public,
    }


@pytest.fixture(params=["privacy_officer", "agency_head"])
def doe(request: Any, hhc: Any, make_user: Any, sign_in: Any) -> Any:
    """DOE staff holding the capabilities HHC's staff use (record, audit; the head publishes)."""
    client = sign_in(make_user(request.param, "DOE"))
    client.may_publish = request.param == "agency_head"
    return client


def _snapshot(hhc: dict[str, Any]) -> tuple[Any, ...]:
    from sanctuary.compliance.models import AgencyObligation, PolicyAudit, PolicyChange

    rows = tuple(
        AgencyObligation.objects.filter(agency__acronym="HHC")
        .order_by("pk")
        .values_list("completed_on", "officer_name", "training_count", "evidence_file_sha256")
    )
    audits = tuple(PolicyAudit.objects.values_list("agency_id", "title", "findings"))
    changes = tuple(PolicyChange.objects.order_by("pk").values_list("title", "published"))
    return rows, audits, changes


def test_pages_answer_404_for_another_agencys_records(doe: Any, hhc: dict[str, Any]) -> None:
    before = _snapshot(hhc)
    row, open_row, audit, draft = hhc["row"], hhc["open_row"], hhc["audit"], hhc["draft"]
    attempts = [
        ("get", f"/compliance/obligations/{row.pk}/", {}),
        ("get", f"/compliance/obligations/{open_row.pk}/", {}),
        (
            "post",
            f"/compliance/obligations/{open_row.pk}/",
            {"completed_on": "2026-02-20", "training_count": "9"},
        ),
        ("post", f"/compliance/obligations/{row.pk}/reopen/", {}),
        ("get", f"/compliance/obligations/{row.pk}/evidence/", {}),
        ("get", f"/compliance/policy-audits/{audit.pk}/", {}),
        (
            "post",
            f"/compliance/policy-audits/{audit.pk}/",
            {"title": "x", "description": "y", "effective_on": "2026-03-01"},
        ),
        ("post", f"/compliance/policy-changes/{draft.pk}/publish/", {}),
    ]
    for method, url, data in attempts:
        response = getattr(doe, method)(url, data)
        assert response.status_code == 404, (method, url, response.status_code)
        assert b"HHC" not in response.content
    assert _snapshot(hhc) == before


def test_api_answers_404_for_another_agencys_records(doe: Any, hhc: dict[str, Any]) -> None:
    before = _snapshot(hhc)
    row, open_row, audit, draft = hhc["row"], hhc["open_row"], hhc["audit"], hhc["draft"]
    completion = json.dumps({"completed_on": "2026-02-20", "training_count": 9})
    attempts = [
        ("get", f"/api/compliance/obligations/{row.pk}", None),
        ("post", f"/api/compliance/obligations/{open_row.pk}/completion", completion),
        ("post", f"/api/compliance/obligations/{row.pk}/reopen", "{}"),
        ("get", f"/api/compliance/policy-audits/{audit.pk}", None),
        (
            "post",
            f"/api/compliance/policy-audits/{audit.pk}/changes",
            json.dumps({"title": "x", "description": "y", "effective_on": "2026-03-01"}),
        ),
        ("post", f"/api/compliance/policy-changes/{draft.pk}/publish", "{}"),
    ]
    for method, url, body in attempts:
        if method == "get":
            response = doe.get(url)
        else:
            response = doe.post(url, body, content_type="application/json")
        # A role without the capability is refused before any lookup (the same for every id).
        expected = 403 if "/publish" in url and not doe.may_publish else 404
        assert response.status_code == expected, (method, url, response.status_code)
        if expected == 404:
            assert response.json()["detail"] == "Not found, or not yours to see."
    upload = doe.post(
        f"/api/compliance/obligations/{row.pk}/evidence",
        {"evidence_file": SimpleUploadedFile("x.pdf", PDF_BYTES)},
    )
    assert upload.status_code == 404
    assert _snapshot(hhc) == before


def test_a_guessed_id_looks_exactly_like_a_missing_one(doe: Any, hhc: dict[str, Any]) -> None:
    theirs = doe.get(f"/api/compliance/obligations/{hhc['row'].pk}")
    missing = doe.get("/api/compliance/obligations/987654")
    assert (theirs.status_code, theirs.json()) == (missing.status_code, missing.json())


def test_lists_exports_and_filters_leave_out_another_agency(doe: Any, hhc: dict[str, Any]) -> None:
    items = doe.get("/api/compliance/obligations").json()["items"]
    assert items and {i["agency"] for i in items} == {"DOE"}
    assert doe.get("/api/compliance/obligations", {"agency": "HHC"}).json()["items"] == []
    assert doe.get("/api/compliance/policy-audits").json() == []
    dashboard = doe.get("/compliance/", {"agency": "HHC"}).content.decode()
    assert "H. Officer" not in dashboard
    audits_page = doe.get("/compliance/policy-audits/").content.decode()
    assert "HHC audit" not in audits_page
    rows = list(csv.DictReader(io.StringIO(doe.get("/compliance/export.csv").content.decode())))
    assert {r["agency"] for r in rows} == {"DOE"}


def test_creating_an_audit_for_another_agency_is_refused(
    doe: Any, hhc: dict[str, Any], agencies: dict[str, Any]
) -> None:
    from sanctuary.compliance.models import PolicyAudit

    page = doe.post(
        "/compliance/policy-audits/",
        {
            "agency": str(agencies["HHC"].pk),
            "title": "t",
            "audited_on": "2026-02-26",
            "findings": "f",
        },
    )
    assert page.status_code == 400 and "agency" in page.context["form"].errors
    api = doe.post(
        "/api/compliance/policy-audits",
        json.dumps({"agency": "HHC", "title": "t", "findings": "f", "audited_on": "2026-02-26"}),
        content_type="application/json",
    )
    assert api.status_code == 403
    assert PolicyAudit.objects.filter(agency=agencies["HHC"]).count() == 1


def test_a_completion_cannot_cite_another_agencys_audit(
    hhc: dict[str, Any], make_user: Any, sign_in: Any, row: Any
) -> None:
    from sanctuary.compliance import services

    hhc_audit = hhc["audit"]
    for role, agency in (("agency_head", "NYPD"), ("chief_privacy_officer", None)):
        user = make_user(role, agency)
        if agency is None:
            services.create_audit(
                user, hhc_audit.agency, title="x", findings="y", audited_on=ON, on=ON
            )
        response = sign_in(user).post(
            f"/api/compliance/obligations/{row('NYPD', 'policy-audit').pk}/completion",
            json.dumps({"completed_on": "2026-03-01", "policy_audit_id": hhc_audit.pk}),
            content_type="application/json",
        )
        assert response.status_code == 422
        assert response.json()["errors"] == [
            {"field": "policy_audit", "message": "Choose one of this agency's policy audits."}
        ]


def test_citywide_staff_reach_every_agency(
    hhc: dict[str, Any], make_user: Any, sign_in: Any
) -> None:
    auditor = sign_in(make_user("auditor", None))
    assert auditor.get(f"/compliance/obligations/{hhc['row'].pk}/").status_code == 200
    assert auditor.get(f"/api/compliance/policy-audits/{hhc['audit'].pk}").status_code == 200
    # Read-only all the same.
    response = auditor.post(
        f"/api/compliance/obligations/{hhc['open_row'].pk}/completion",
        json.dumps({"completed_on": "2026-02-20", "training_count": 9}),
        content_type="application/json",
    )
    assert response.status_code == 403
