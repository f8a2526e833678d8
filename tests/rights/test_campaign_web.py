"""The campaign's pages and API: who reaches what, forms, buttons, dashboard, CSV, SVG, errors."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

import pytest

from tests.rights.test_campaign import build_world, make_partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(make_user: Any) -> dict[str, Any]:
    return build_world(make_user)


CSP_BAD = (b"style=", b"<style", b"<script")


def _post_json(client: Any, url: str, body: Any) -> Any:
    data = body if isinstance(body, bytes) else json.dumps(body)
    return client.generic("POST", url, data, content_type="application/json")


# ---- who reaches what ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/campaign/",
        "/campaign/order/",
        "/campaign/requests/1/",
        "/campaign/organizations/",
        "/campaign/dashboard/",
        "/campaign/dashboard.csv",
        "/api/campaign/requests",
        "/api/campaign/dashboard",
        "/api/campaign/organizations",
    ],
)
def test_front_desk_and_other_city_staff_cannot_reach_the_campaign(
    world: dict[str, Any], make_user: Any, sign_in: Any, url: str
) -> None:
    for user in (make_user("front_desk"), make_user("chief_privacy_officer", agency=None)):
        response = sign_in(user).get(url)
        assert response.status_code == 403, (url, user.role, response.status_code)


def test_signed_out_is_sent_to_sign_in(world: dict[str, Any], client: Any) -> None:
    assert client.get("/campaign/").status_code == 302
    assert client.get("/api/campaign/requests").status_code == 401


@pytest.mark.parametrize(
    "url", ["/campaign/organizations/", "/campaign/dashboard/", "/campaign/dashboard.csv"]
)
def test_partners_cannot_reach_coordinator_pages(
    world: dict[str, Any], sign_in: Any, url: str
) -> None:
    assert sign_in(world["partner_a"]).get(url).status_code == 403


def test_partner_sees_own_requests_only_and_no_contact_data(
    world: dict[str, Any], sign_in: Any
) -> None:
    client = sign_in(world["partner_a"])
    page = client.get("/campaign/")
    assert page.status_code == 200
    html = page.content.decode()
    assert f'id="request-{world["request_a"].pk}"' in html
    assert f'id="request-{world["request_b"].pk}"' not in html
    own = client.get(f"/campaign/requests/{world['request_a'].pk}/")
    assert own.status_code == 200
    for response in (page, own, client.get("/campaign/order/")):
        body = response.content.decode()
        for secret in ("Secret Contact", "555-01", "contact-a@", "contact-b@", "Org B"):
            assert secret not in body
        assert not any(b in response.content for b in CSP_BAD)
    # No action buttons for partners.
    assert "/approve/" not in own.content.decode()


def test_guessing_another_organizations_id_is_404_on_pages_and_api(
    world: dict[str, Any], sign_in: Any
) -> None:
    client = sign_in(world["partner_a"])
    other = world["request_b"].pk
    assert client.get(f"/campaign/requests/{other}/").status_code == 404
    assert client.get(f"/campaign/requests/{other + 1000}/").status_code == 404
    assert (
        client.post(f"/campaign/requests/{other}/approve/").status_code == 403
    )  # not a coordinator
    assert client.get(f"/api/campaign/requests/{other}").status_code == 404
    assert (
        _post_json(
            client, f"/api/campaign/requests/{other}/transition", {"action": "approve"}
        ).status_code
        == 404
    )
    listed = client.get("/api/campaign/requests").json()
    assert [r["id"] for r in listed] == [world["request_a"].pk]
    world["request_b"].refresh_from_db()
    assert world["request_b"].status == "requested"


def test_partner_cannot_move_its_own_request(world: dict[str, Any], sign_in: Any) -> None:
    client = sign_in(world["partner_a"])
    pk = world["request_a"].pk
    assert client.post(f"/campaign/requests/{pk}/approve/").status_code == 403
    assert (
        _post_json(
            client, f"/api/campaign/requests/{pk}/transition", {"action": "approve"}
        ).status_code
        == 403
    )
    world["request_a"].refresh_from_db()
    assert world["request_a"].status == "requested"


# ---- ordering ------------------------------------------------------------------------------


def test_partner_orders_through_the_form(world: dict[str, Any], sign_in: Any) -> None:
    from sanctuary.rights.campaign.models import MaterialRequest

    client = sign_in(world["partner_a"])
    form = client.get("/campaign/order/")
    assert form.status_code == 200 and 'name="organization"' not in form.content.decode()
    response = client.post(
        "/campaign/order/",
        {"language": "ht", "kind": "flyer", "quantity": "250", "delivery_borough": "brooklyn"},
    )
    assert response.status_code == 302
    item = MaterialRequest.objects.latest("pk")
    assert (item.organization, item.language, item.quantity, item.requested_by) == (
        world["org_a"],
        "ht",
        250,
        world["partner_a"],
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("quantity", "0"),
        ("quantity", "10001"),
        ("quantity", "lots"),
        ("language", "xx"),
        ("kind", "poster"),
        ("delivery_borough", ""),
    ],
)
def test_bad_order_gets_field_errors_and_saves_nothing(
    world: dict[str, Any], sign_in: Any, field: str, value: str
) -> None:
    from sanctuary.rights.campaign.models import MaterialRequest

    data = {"language": "es", "kind": "flyer", "quantity": "5", "delivery_borough": "queens"}
    data[field] = value
    before = MaterialRequest.objects.count()
    response = sign_in(world["partner_a"]).post("/campaign/order/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html and f'id="id_{field}_error"' in html
    assert MaterialRequest.objects.count() == before


def test_unlinked_partner_is_told_to_ask_the_coordinator(
    world: dict[str, Any], sign_in: Any
) -> None:
    client = sign_in(make_partner("partner-loner", None))
    response = client.get("/campaign/order/")
    assert response.status_code == 403 and b"not linked" in response.content
    assert client.get("/campaign/").status_code == 200


# ---- the coordinator's pages ---------------------------------------------------------------


def test_coordinator_lists_filters_and_moves_requests(world: dict[str, Any], sign_in: Any) -> None:
    client = sign_in(world["coordinator"])
    html = client.get("/campaign/").content.decode()
    assert (
        f'id="request-{world["request_a"].pk}"' in html
        and f'id="request-{world["request_b"].pk}"' in html
    )
    filtered = client.get("/campaign/?language=ar&status=requested&borough=bronx").content.decode()
    assert f'id="request-{world["request_b"].pk}"' in filtered
    assert f'id="request-{world["request_a"].pk}"' not in filtered
    assert (
        client.get("/campaign/?status=nonsense&language=zz").status_code == 200
    )  # ignored, no 500
    pk = world["request_a"].pk
    assert f'action="/campaign/requests/{pk}/approve/"' in html
    for action in ("approve", "ship", "deliver"):
        assert (
            client.post(f"/campaign/requests/{pk}/{action}/", {"next": "list"}).status_code == 302
        )
    world["request_a"].refresh_from_db()
    assert world["request_a"].status == "delivered"
    # An illegal step is refused with a clear message, not a 500.
    refused = client.post(f"/campaign/requests/{pk}/ship/")
    assert refused.status_code == 409 and b"cannot be" in refused.content
    assert client.post(f"/campaign/requests/{pk}/teleport/").status_code == 409
    assert client.post("/campaign/requests/999999/approve/").status_code == 404
    assert client.get(f"/campaign/requests/{pk}/approve/").status_code == 405


def test_decline_without_reason_is_a_field_error(world: dict[str, Any], sign_in: Any) -> None:
    client = sign_in(world["coordinator"])
    pk = world["request_b"].pk
    response = client.post(f"/campaign/requests/{pk}/decline/", {"reason": "  "})
    assert response.status_code == 400 and b'id="id_reason_error"' in response.content
    world["request_b"].refresh_from_db()
    assert world["request_b"].status == "requested"
    assert (
        client.post(f"/campaign/requests/{pk}/decline/", {"reason": "Duplicate order"}).status_code
        == 302
    )
    world["request_b"].refresh_from_db()
    assert world["request_b"].status == "declined"
    # The partner sees the reason on its own request.
    page = sign_in(world["partner_b"]).get(f"/campaign/requests/{pk}/").content.decode()
    assert "Duplicate order" in page


def test_coordinator_sees_contact_data_and_adds_organizations(
    world: dict[str, Any], sign_in: Any
) -> None:
    from sanctuary.rights.campaign.models import PartnerMembership, PartnerOrganization

    client = sign_in(world["coordinator"])
    page = client.get("/campaign/organizations/")
    html = page.content.decode()
    assert "Secret Contact A" in html and "contact-b@example.org" in html
    assert not any(b in page.content for b in CSP_BAD)
    bad = client.post(
        "/campaign/organizations/",
        {"name": "", "kind": "x", "borough": "queens", "contact_email": "nope"},
    )
    assert bad.status_code == 400 and b'id="id_name_error"' in bad.content
    assert PartnerOrganization.objects.count() == 2
    ok = client.post(
        "/campaign/organizations/",
        {"name": "Queens Library Demo", "kind": "library", "borough": "queens"},
    )
    assert ok.status_code == 302
    org = PartnerOrganization.objects.get(name="Queens Library Demo")
    loner = make_partner("partner-loner", None)
    assert (
        client.post(f"/campaign/organizations/{org.pk}/link/", {"partner": loner.pk}).status_code
        == 302
    )
    assert PartnerMembership.objects.get(user=loner).organization == org
    assert (
        client.post("/campaign/organizations/999999/link/", {"partner": loner.pk}).status_code
        == 404
    )


# ---- dashboard, SVG, CSV -------------------------------------------------------------------


def test_dashboard_tables_and_charts(world: dict[str, Any], sign_in: Any) -> None:
    from sanctuary.rights.campaign import services
    from sanctuary.rights.campaign.charts import BAR_AREA

    services.transition(world["coordinator"], world["request_a"], "approve")
    services.transition(world["coordinator"], world["request_a"], "ship")
    response = sign_in(world["coordinator"]).get("/campaign/dashboard/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('role="img"') == 2 and html.count("<desc") == 2
    assert "by language" in html and "by borough" in html
    assert not any(b in response.content for b in CSP_BAD)
    language_svg = html[html.index('id="chart-language-title"') : html.index("</svg>")]
    widths = dict(
        re.findall(
            r'class="bar bar-(\w+)" x="150" y="[\d.]+" width="([\d.]+)" height="\d+" data-value="(?:100|40)"',
            language_svg,
        )
    )
    # Spanish: 100 requested and shipped (full width); Arabic: 40 requested (2/5 of it).
    values = re.findall(r'width="([\d.]+)" height="\d+" data-value="(\d+)"', language_svg)
    by_value = {int(v): float(w) for w, v in values}
    assert by_value[100] == BAR_AREA and by_value[40] == pytest.approx(BAR_AREA * 0.4)
    assert widths  # bars carry their series class
    assert "Español (es)" in language_svg and "العربية (ar)" in language_svg
    # The table beside the chart gives the numbers.
    assert re.search(
        r"<th scope=\"row\">Español \(es\)</th><td>1</td><td>100</td><td>100</td><td>100</td>", html
    )


def test_dashboard_csv(world: dict[str, Any], sign_in: Any) -> None:
    from sanctuary.audit.models import AuditEntry
    from sanctuary.rights.campaign import services

    services.transition(world["coordinator"], world["request_b"], "decline", "no stock")
    response = sign_in(world["coordinator"]).get("/campaign/dashboard.csv")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == 11 + 5
    es = next(r for r in rows if r["dimension"] == "language" and r["key"] == "es")
    assert (es["requests"], es["requested"], es["shipped"], es["declined"]) == (
        "1",
        "100",
        "0",
        "0",
    )
    bronx = next(r for r in rows if r["dimension"] == "borough" and r["key"] == "bronx")
    assert (bronx["requested"], bronx["declined"]) == ("0", "40")
    assert "Secret" not in response.content.decode()
    assert AuditEntry.objects.filter(action="campaign_export").exists()


# ---- API -----------------------------------------------------------------------------------


def test_api_create_list_transition_dashboard(world: dict[str, Any], sign_in: Any) -> None:
    partner = sign_in(world["partner_a"])
    created = _post_json(
        partner,
        "/api/campaign/requests",
        {"language": "ru", "kind": "red-card", "quantity": 30, "delivery_borough": "brooklyn"},
    )
    assert created.status_code == 201, created.content
    item = created.json()
    assert item["status"] == "requested" and item["next_actions"] == ["approve", "decline"]
    coordinator = sign_in(world["coordinator"])
    url = f"/api/campaign/requests/{item['id']}/transition"
    assert _post_json(coordinator, url, {"action": "decline"}).status_code == 422
    assert _post_json(coordinator, url, {"action": "approve"}).json()["status"] == "approved"
    conflict = _post_json(coordinator, url, {"action": "deliver"})
    assert conflict.status_code == 409 and conflict.json()["errors"][0]["field"] == "action"
    assert coordinator.get("/api/campaign/requests?language=ru").json()[0]["id"] == item["id"]
    assert coordinator.get("/api/campaign/requests?language=xx").status_code == 422
    dashboard = coordinator.get("/api/campaign/dashboard").json()
    assert next(r for r in dashboard["by_language"] if r["key"] == "ru")["requested"] == 30
    orgs = coordinator.get("/api/campaign/organizations").json()
    assert {o["contact_name"] for o in orgs} == {"Secret Contact A", "Secret Contact B"}
    assert partner.get("/api/campaign/organizations").status_code == 403
    assert partner.get("/api/campaign/dashboard").status_code == 403
    assert "Secret" not in json.dumps(partner.get("/api/campaign/requests").json())


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (
            {"language": "es", "kind": "flyer", "quantity": 0, "delivery_borough": "queens"},
            "quantity",
        ),
        (
            {"language": "es", "kind": "flyer", "quantity": 10001, "delivery_borough": "queens"},
            "quantity",
        ),
        (
            {"language": "de", "kind": "flyer", "quantity": 5, "delivery_borough": "queens"},
            "language",
        ),
        ({"language": "es", "kind": "poster", "quantity": 5, "delivery_borough": "queens"}, "kind"),
        (
            {"language": "es", "kind": "flyer", "quantity": 5, "delivery_borough": "nj"},
            "delivery_borough",
        ),
        (
            {
                "language": "es",
                "kind": "flyer",
                "quantity": 5,
                "delivery_borough": "queens",
                "extra": 1,
            },
            "extra",
        ),
    ],
)
def test_api_invalid_fields_are_422_with_the_field(
    world: dict[str, Any], sign_in: Any, body: Any, field: str
) -> None:
    from sanctuary.rights.campaign.models import MaterialRequest

    before = MaterialRequest.objects.count()
    response = _post_json(sign_in(world["partner_a"]), "/api/campaign/requests", body)
    assert response.status_code == 422
    assert field in {e["field"] for e in response.json()["errors"]}
    assert MaterialRequest.objects.count() == before


def test_api_partner_cannot_name_another_organization(world: dict[str, Any], sign_in: Any) -> None:
    body = {
        "language": "es",
        "kind": "flyer",
        "quantity": 5,
        "delivery_borough": "queens",
        "organization_id": world["org_b"].pk,
    }
    assert (
        _post_json(sign_in(world["partner_a"]), "/api/campaign/requests", body).status_code == 403
    )
    coordinator = sign_in(world["coordinator"])
    assert _post_json(coordinator, "/api/campaign/requests", body).status_code == 201
    body["organization_id"] = 999999
    assert _post_json(coordinator, "/api/campaign/requests", body).status_code == 422


@pytest.mark.parametrize("body", [b"{not json", b"[]", b"null", b"\xff\xfe", b'{"action": 3}'])
def test_api_malformed_bodies_are_client_errors(
    world: dict[str, Any], sign_in: Any, body: bytes
) -> None:
    client = sign_in(world["coordinator"])
    for url in (
        "/api/campaign/requests",
        f"/api/campaign/requests/{world['request_a'].pk}/transition",
    ):
        response = _post_json(client, url, body)
        assert 400 <= response.status_code < 500, (url, body, response.status_code)
    assert (
        _post_json(client, "/api/campaign/requests/0/transition", {"action": "approve"}).status_code
        == 404
    )
    assert _post_json(
        client, "/api/campaign/requests/99999999999999999999/transition", {"action": "approve"}
    ).status_code in (404, 422)
