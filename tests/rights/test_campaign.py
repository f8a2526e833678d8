"""The KYR campaign's distribution: scoping, the state machine, audit, dashboard totals, charts.

`build_world` and `make_partner` are shared with test_campaign_web.py.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from sanctuary.accounts.scoping import get_for_user

pytestmark = pytest.mark.django_db


def make_partner(username: str, organization: Any | None) -> Any:
    """A partner account (no agency), with a TOTP device, linked to `organization`."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from sanctuary.accounts.models import User
    from sanctuary.rights.campaign.models import PartnerMembership

    user = User(username=username, role="partner", agency=None, email=f"{username}@example.org")
    user.set_password("correct horse battery 42")
    user.full_clean()
    user.save()
    TOTPDevice.objects.create(user=user, name="test", confirmed=True)
    if organization is not None:
        PartnerMembership.objects.create(user=user, organization=organization)
    return user


@pytest.fixture
def world(make_user: Any) -> dict[str, Any]:
    return build_world(make_user)


def build_world(make_user: Any) -> dict[str, Any]:
    """Coordinator; organizations A and B with a partner each; one request each."""
    from sanctuary.rights.campaign import services

    coordinator = make_user("campaign_coordinator", agency=None)
    org_a = services.create_organization(
        coordinator,
        name="Org A Congregation",
        kind="congregation",
        borough="queens",
        contact_name="Secret Contact A",
        contact_phone="718-555-0101",
        contact_email="contact-a@example.org",
    )
    org_b = services.create_organization(
        coordinator,
        name="Org B Library",
        kind="library",
        borough="bronx",
        contact_name="Secret Contact B",
        contact_phone="718-555-0102",
        contact_email="contact-b@example.org",
    )
    partner_a = make_partner("partner-a", org_a)
    partner_b = make_partner("partner-b", org_b)
    request_a = services.create_request(
        partner_a, language="es", kind="red-card", quantity=100, delivery_borough="queens"
    )
    request_b = services.create_request(
        partner_b, language="ar", kind="flyer", quantity=40, delivery_borough="bronx"
    )
    return {
        "coordinator": coordinator,
        "org_a": org_a,
        "org_b": org_b,
        "partner_a": partner_a,
        "partner_b": partner_b,
        "request_a": request_a,
        "request_b": request_b,
    }


# ---- scoping -------------------------------------------------------------------------------


def test_for_user_coordinator_sees_all_partner_sees_own(
    world: dict[str, Any], make_user: Any
) -> None:
    from sanctuary.rights.campaign.models import MaterialRequest

    everything = {world["request_a"].pk, world["request_b"].pk}
    assert (
        set(MaterialRequest.objects.for_user(world["coordinator"]).values_list("pk", flat=True))
        == everything
    )
    admin = make_user("administrator", agency=None)
    assert set(MaterialRequest.objects.for_user(admin).values_list("pk", flat=True)) == everything
    own = MaterialRequest.objects.for_user(world["partner_a"])
    assert list(own.values_list("pk", flat=True)) == [world["request_a"].pk]
    for role, agency in [("front_desk", "DOE"), ("chief_privacy_officer", None), ("auditor", None)]:
        assert not MaterialRequest.objects.for_user(make_user(role, agency=agency)).exists()


def test_partner_without_organization_sees_nothing_and_cannot_order(world: dict[str, Any]) -> None:
    from sanctuary.rights.campaign import services
    from sanctuary.rights.campaign.models import MaterialRequest

    loner = make_partner("partner-loner", None)
    assert not MaterialRequest.objects.for_user(loner).exists()
    with pytest.raises(PermissionDenied):
        services.create_request(
            loner, language="es", kind="flyer", quantity=1, delivery_borough="queens"
        )


def test_other_organizations_request_is_404(world: dict[str, Any]) -> None:
    from sanctuary.rights.campaign.models import MaterialRequest

    with pytest.raises(Http404):
        get_for_user(MaterialRequest.objects.all(), world["partner_a"], pk=world["request_b"].pk)
    assert get_for_user(MaterialRequest.objects.all(), world["partner_a"], pk=world["request_a"].pk)


def test_partner_cannot_order_for_another_organization(world: dict[str, Any]) -> None:
    from sanctuary.rights.campaign import services

    with pytest.raises(PermissionDenied):
        services.create_request(
            world["partner_a"],
            language="es",
            kind="flyer",
            quantity=5,
            delivery_borough="queens",
            organization=world["org_b"],
        )


def test_inactive_partner_sees_nothing(world: dict[str, Any]) -> None:
    from sanctuary.rights.campaign.models import MaterialRequest

    world["partner_a"].is_active = False
    world["partner_a"].save()
    assert not MaterialRequest.objects.for_user(world["partner_a"]).exists()


# ---- creating ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("quantity", 0),
        ("quantity", 10_001),
        ("quantity", -3),
        ("quantity", True),
        ("quantity", "12"),
        ("language", "de"),
        ("language", ""),
        ("kind", "poster"),
        ("delivery_borough", "jersey_city"),
    ],
)
def test_bad_request_fields_are_field_errors_and_nothing_is_saved(
    world: dict[str, Any], field: str, value: Any
) -> None:
    from sanctuary.rights.campaign import services
    from sanctuary.rights.campaign.models import MaterialRequest

    data = {"language": "es", "kind": "flyer", "quantity": 10, "delivery_borough": "queens"}
    data[field] = value
    before = MaterialRequest.objects.count()
    with pytest.raises(services.InputError) as caught:
        services.create_request(world["partner_a"], **data)
    assert set(caught.value.errors) == {field}
    assert MaterialRequest.objects.count() == before


def test_quantity_bounds_are_accepted(world: dict[str, Any]) -> None:
    from sanctuary.rights.campaign import services

    for quantity in (1, 10_000):
        item = services.create_request(
            world["partner_a"],
            language="pl",
            kind="flyer",
            quantity=quantity,
            delivery_borough="staten_island",
        )
        assert item.quantity == quantity and item.status == "requested"


def test_coordinator_orders_for_a_named_organization(world: dict[str, Any]) -> None:
    from sanctuary.rights.campaign import services

    with pytest.raises(services.InputError) as caught:
        services.create_request(
            world["coordinator"], language="es", kind="flyer", quantity=5, delivery_borough="queens"
        )
    assert "organization" in caught.value.errors
    item = services.create_request(
        world["coordinator"],
        language="es",
        kind="flyer",
        quantity=5,
        delivery_borough="queens",
        organization=world["org_b"],
    )
    assert item.organization == world["org_b"]


def test_the_kinds_are_the_printed_kinds() -> None:
    from sanctuary.rights.campaign.models import MaterialKind
    from sanctuary.rights.printing import KINDS

    assert set(MaterialKind.values) == set(KINDS)


def test_database_refuses_out_of_range_quantity_and_reasonless_decline(
    world: dict[str, Any],
) -> None:
    from django.db import IntegrityError, transaction

    from sanctuary.rights.campaign.models import MaterialRequest

    for changes in (
        {"quantity": 10_001},
        {"status": "declined", "decline_reason": ""},
        {"status": "lost"},
    ):
        with pytest.raises(IntegrityError), transaction.atomic():
            MaterialRequest.objects.filter(pk=world["request_a"].pk).update(**changes)


# ---- the state machine ---------------------------------------------------------------------


def test_full_path_sets_each_timestamp_and_audits_each_step(world: dict[str, Any]) -> None:
    from sanctuary.audit.models import AuditEntry
    from sanctuary.rights.campaign import services

    item, coordinator = world["request_a"], world["coordinator"]
    assert item.actions == ["approve", "decline"]
    for action, status, stamp in [
        ("approve", "approved", "approved_at"),
        ("ship", "shipped", "shipped_at"),
        ("deliver", "delivered", "delivered_at"),
    ]:
        services.transition(coordinator, item, action)
        item.refresh_from_db()
        assert item.status == status and getattr(item, stamp) is not None
        entry = AuditEntry.objects.filter(action=f"campaign_{action}").latest("seq")
        assert entry.object_id == str(item.pk) and entry.actor == coordinator.username
        assert "→" in entry.summary
    assert item.actions == []


@pytest.mark.parametrize(
    ("path", "illegal"),
    [
        ((), "ship"),
        ((), "deliver"),
        (("approve",), "approve"),
        (("approve",), "deliver"),
        (("approve", "ship"), "decline"),
        (("approve", "ship"), "approve"),
        (("approve", "ship", "deliver"), "ship"),
        (("approve", "ship", "deliver"), "decline"),
    ],
)
def test_illegal_transitions_are_refused_clearly(
    world: dict[str, Any], path: tuple[str, ...], illegal: str
) -> None:
    from sanctuary.rights.campaign import services

    item, coordinator = world["request_a"], world["coordinator"]
    for action in path:
        services.transition(coordinator, item, action)
    status = item.status
    with pytest.raises(services.TransitionRefused) as caught:
        services.transition(coordinator, item, illegal, "because")
    assert "cannot be" in caught.value.errors["action"]
    item.refresh_from_db()
    assert item.status == status


def test_decline_needs_a_reason_and_records_it_not_in_audit(world: dict[str, Any]) -> None:
    from sanctuary.audit.models import AuditEntry
    from sanctuary.rights.campaign import services

    item, coordinator = world["request_b"], world["coordinator"]
    for reason in ("", "   ", "x" * 501):
        with pytest.raises(services.InputError) as caught:
            services.transition(coordinator, item, "decline", reason)
        assert "reason" in caught.value.errors
    item.refresh_from_db()
    assert item.status == "requested"
    services.transition(coordinator, item, "decline", "Out of Arabic flyers until March")
    item.refresh_from_db()
    assert item.status == "declined" and item.declined_at and item.decline_reason
    assert item.actions == []
    entry = AuditEntry.objects.filter(action="campaign_decline").latest("seq")
    assert "March" not in entry.summary and "reason recorded" in entry.summary


def test_only_the_coordinator_moves_requests(world: dict[str, Any], make_user: Any) -> None:
    from sanctuary.rights.campaign import services

    for user in (world["partner_a"], make_user("front_desk"), make_user("auditor", agency=None)):
        with pytest.raises(PermissionDenied):
            services.transition(user, world["request_a"], "approve")
    world["request_a"].refresh_from_db()
    assert world["request_a"].status == "requested"


def test_unknown_action_is_an_input_error(world: dict[str, Any]) -> None:
    from sanctuary.rights.campaign import services

    with pytest.raises(services.InputError):
        services.transition(world["coordinator"], world["request_a"], "teleport")


def test_audit_summaries_never_carry_contact_data(world: dict[str, Any]) -> None:
    from sanctuary.audit.models import AuditEntry
    from sanctuary.rights.campaign import services

    services.transition(
        world["coordinator"], world["request_b"], "decline", "Call Secret Contact B"
    )
    text = " ".join(AuditEntry.objects.values_list("summary", flat=True))
    assert "campaign_request" in set(AuditEntry.objects.values_list("action", flat=True))
    for secret in ("Secret Contact", "555-01", "example.org", "Org A", "Org B"):
        assert secret not in text


# ---- organizations and memberships ---------------------------------------------------------


def test_organization_input_errors(world: dict[str, Any]) -> None:
    from sanctuary.rights.campaign import services

    with pytest.raises(services.InputError) as caught:
        services.create_organization(
            world["coordinator"],
            name="org a congregation",
            kind="club",
            borough="mars",
            contact_email="nope",
        )
    assert set(caught.value.errors) == {"name", "kind", "borough", "contact_email"}
    with pytest.raises(PermissionDenied):
        services.create_organization(world["partner_a"], name="New", kind="other", borough="queens")


def test_one_organization_per_partner_and_partners_only(
    world: dict[str, Any], make_user: Any
) -> None:
    from sanctuary.rights.campaign import services

    with pytest.raises(services.InputError):
        services.link_partner(world["coordinator"], world["org_b"], world["partner_a"])
    with pytest.raises(services.InputError):
        services.link_partner(world["coordinator"], world["org_b"], make_user("front_desk"))
    loner = make_partner("partner-new", None)
    services.link_partner(world["coordinator"], world["org_b"], loner)
    from sanctuary.rights.campaign.models import MaterialRequest

    assert list(MaterialRequest.objects.for_user(loner)) == [world["request_b"]]


# ---- dashboard totals and charts -----------------------------------------------------------


def test_totals_by_language_and_borough(world: dict[str, Any]) -> None:
    from sanctuary.rights.campaign import queries, services

    c = world["coordinator"]
    services.transition(c, world["request_a"], "approve")
    services.transition(c, world["request_a"], "ship")
    more = services.create_request(
        world["partner_a"], language="es", kind="flyer", quantity=7, delivery_borough="bronx"
    )
    services.transition(c, more, "decline", "duplicate")
    by_language = {r.key: r for r in queries.totals(c, "language")}
    assert len(by_language) == 11
    es = by_language["es"]
    assert (es.requests, es.requested, es.shipped, es.delivered, es.declined) == (2, 100, 100, 0, 7)
    assert by_language["ar"].requested == 40 and by_language["ko"].requested == 0
    by_borough = {r.key: r for r in queries.totals(c, "borough")}
    assert by_borough["bronx"].requested == 40 and by_borough["bronx"].declined == 7
    assert by_borough["queens"].shipped == 100
    # A partner's totals count its own organization only.
    mine = {r.key: r for r in queries.totals(world["partner_b"], "language")}
    assert mine["es"].requested == 0 and mine["ar"].requested == 40


def test_bar_widths_are_proportional_and_labels_present() -> None:
    from sanctuary.rights.campaign.charts import BAR_AREA, LABEL_WIDTH, Series, bar_chart

    svg = str(
        bar_chart(
            chart_id="t",
            title="Pieces by <language>",
            desc="desc & more",
            series=[Series("requested", "Requested"), Series("shipped", "Shipped")],
            categories=[
                ("Español (es)", {"requested": 400, "shipped": 100}),
                ("中文", {"requested": 200, "shipped": 0}),
            ],
        )
    )
    assert svg.startswith("<svg") and 'role="img"' in svg
    assert '<title id="t-title">Pieces by &lt;language&gt;</title>' in svg
    assert '<desc id="t-desc">desc &amp; more</desc>' in svg
    assert 'aria-labelledby="t-title t-desc"' in svg
    bars = {
        int(value): float(width)
        for width, value in re.findall(
            r'<rect class="bar [^"]+" x="150" y="[\d.]+" width="([\d.]+)" height="\d+" data-value="(\d+)"',
            svg,
        )
    }
    assert bars == {400: BAR_AREA, 200: BAR_AREA / 2, 100: BAR_AREA / 4, 0: 0}
    assert LABEL_WIDTH == 150
    assert "Español (es)" in svg and "中文" in svg and ">400<" in svg and ">Requested<" in svg
    assert "style=" not in svg and "<script" not in svg


def test_empty_chart_has_no_bars_and_no_division_by_zero() -> None:
    from sanctuary.rights.campaign.charts import Series, bar_chart

    svg = str(
        bar_chart(
            chart_id="e",
            title="t",
            desc="d",
            series=[Series("a", "A")],
            categories=[("x", {"a": 0})],
        )
    )
    assert 'width="0"' in svg


# ---- demo data -----------------------------------------------------------------------------


def test_demo_campaign_is_idempotent_and_covers_every_state(
    agencies: Any, settings: Any, tmp_path: Any
) -> None:
    from sanctuary.rights.campaign.demo import load_demo_campaign
    from sanctuary.rights.campaign.models import (
        MaterialRequest,
        PartnerMembership,
        PartnerOrganization,
    )

    settings.VAR_DIR = tmp_path
    lines = load_demo_campaign()
    assert any("partner.church" in line for line in lines)
    counts = (
        PartnerOrganization.objects.count(),
        PartnerMembership.objects.count(),
        MaterialRequest.objects.count(),
    )
    assert counts == (2, 2, 6)
    assert set(MaterialRequest.objects.values_list("status", flat=True)) == {
        "requested",
        "approved",
        "shipped",
        "delivered",
        "declined",
    }
    load_demo_campaign()
    assert (
        PartnerOrganization.objects.count(),
        PartnerMembership.objects.count(),
        MaterialRequest.objects.count(),
    ) == counts
