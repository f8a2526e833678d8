"""Policy audits, their changes and the explicit publish step; the public page, Atom and JSON."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date
from typing import Any

import pytest

pytestmark = pytest.mark.django_db

ON = date(2026, 3, 2)
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def nypd_head(eo13: Any, make_user: Any, sign_in: Any, pin_today: Any) -> Any:
    pin_today(ON)
    return sign_in(make_user("agency_head", "NYPD"))


def _create_audit_and_change(client: Any) -> tuple[int, int]:
    from sanctuary.agencies.models import Agency
    from sanctuary.compliance.models import PolicyAudit, PolicyChange

    response = client.post(
        "/compliance/policy-audits/",
        {
            "agency": str(Agency.objects.get(acronym="NYPD").pk),
            "title": "EO 13 policy audit",
            "audited_on": "2026-02-27",
            "findings": "Patrol Guide 212-xx lets officers ask about status.",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    audit = PolicyAudit.objects.get()
    response = client.post(
        f"/compliance/policy-audits/{audit.pk}/",
        {
            "title": "Officers no longer ask about immigration status",
            "description": "The Patrol Guide section is rewritten: status is never asked.",
            "effective_on": "2026-03-01",
        },
    )
    assert response.status_code == 302
    return audit.pk, PolicyChange.objects.get().pk


def test_unpublished_changes_stay_off_the_public_page(nypd_head: Any, client: Any) -> None:
    _create_audit_and_change(nypd_head)
    page = client.get("/public/policy-changes/")
    assert page.status_code == 200
    assert "Officers no longer ask" not in page.content.decode()
    assert json.loads(client.get("/public/policy-changes.json").content)["changes"] == []
    assert client.get("/api/public/policy-changes").json() == []


def test_publishing_puts_the_change_on_the_page_feed_and_json(nypd_head: Any, client: Any) -> None:
    from sanctuary.audit.models import AuditEntry

    audit_id, change_id = _create_audit_and_change(nypd_head)
    response = nypd_head.post(f"/compliance/policy-changes/{change_id}/publish/")
    assert response.status_code == 302
    assert AuditEntry.objects.filter(action="policy_change_publish", agency="NYPD").count() == 1
    assert AuditEntry.objects.filter(action="policy_audit_create").count() == 1
    assert AuditEntry.objects.filter(action="policy_change_add").count() == 1

    # Public page: no sign-in, grouped by agency, the change but never the findings.
    page = client.get("/public/policy-changes/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "New York City Police Department (NYPD)" in html
    assert "Officers no longer ask about immigration status" in html
    assert f'id="change-{change_id}"' in html
    assert "Patrol Guide 212-xx" not in html
    assert 'type="application/atom+xml"' in html

    feed = client.get("/public/policy-changes/feed.atom")
    assert feed.status_code == 200
    assert feed["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(feed.content)  # noqa: S314 (our own feed, in a test)
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 1
    assert entries[0].findtext(f"{ATOM}title") == (
        "NYPD: Officers no longer ask about immigration status"
    )
    assert entries[0].find(f"{ATOM}link").get("href").endswith(f"#change-{change_id}")
    assert entries[0].findtext(f"{ATOM}id")
    assert entries[0].findtext(f"{ATOM}updated")

    data = json.loads(client.get("/public/policy-changes.json").content)
    assert data["order"]["unverified"] is True
    (change,) = data["changes"]
    assert change["agency"] == "NYPD" and change["effective_on"] == "2026-03-01"
    assert "findings" not in change

    api = client.get("/api/public/policy-changes").json()
    assert [c["id"] for c in api] == [change_id]


def test_publishing_twice_changes_nothing(nypd_head: Any) -> None:
    from sanctuary.audit.models import AuditEntry
    from sanctuary.compliance.models import PolicyChange

    _audit_id, change_id = _create_audit_and_change(nypd_head)
    first = nypd_head.post(f"/api/compliance/policy-changes/{change_id}/publish")
    published_at = PolicyChange.objects.get().published_at
    second = nypd_head.post(f"/api/compliance/policy-changes/{change_id}/publish")
    assert first.status_code == second.status_code == 200
    assert PolicyChange.objects.get().published_at == published_at
    assert AuditEntry.objects.filter(action="policy_change_publish").count() == 1


def test_counsel_may_audit_but_not_publish(
    eo13: Any, make_user: Any, sign_in: Any, pin_today: Any
) -> None:
    from sanctuary.compliance.models import PolicyChange

    pin_today(ON)
    counsel = sign_in(make_user("agency_counsel", "NYPD"))
    _audit_id, change_id = _create_audit_and_change(counsel)
    assert counsel.post(f"/compliance/policy-changes/{change_id}/publish/").status_code == 403
    assert counsel.post(f"/api/compliance/policy-changes/{change_id}/publish").status_code == 403
    assert not PolicyChange.objects.get().published


def test_audit_form_errors_are_per_field(nypd_head: Any) -> None:
    response = nypd_head.post(
        "/compliance/policy-audits/",
        {"agency": "999999", "title": "", "audited_on": "2026-13-45", "findings": ""},
    )
    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"agency", "title", "audited_on", "findings"}

    future = nypd_head.post(
        "/compliance/policy-audits/",
        {
            "agency": str(response.context["form"].fields["agency"].choices[0][0]),
            "title": "t",
            "audited_on": "2026-04-01",
            "findings": "f",
        },
    )
    assert future.status_code == 400
    assert "future" in future.context["form"].errors["audited_on"][0]


def test_auditor_reads_audits_but_cannot_create(eo13: Any, make_user: Any, sign_in: Any) -> None:
    auditor = sign_in(make_user("auditor", None))
    page = auditor.get("/compliance/policy-audits/")
    assert page.status_code == 200 and "Record a policy audit" not in page.content.decode()
    assert auditor.post("/compliance/policy-audits/", {"title": "x"}).status_code == 403
    api = auditor.post(
        "/api/compliance/policy-audits",
        {"agency": "NYPD", "title": "t", "findings": "f", "audited_on": "2026-02-27"},
        content_type="application/json",
    )
    assert api.status_code == 403
