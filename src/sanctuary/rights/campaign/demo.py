"""Demo data for the campaign: a coordinator, two partner organizations with an account each,
and requests in every state. Idempotent: running it twice adds nothing."""

from __future__ import annotations

from django.db import transaction

from sanctuary.rights.campaign.models import (
    MaterialRequest,
    PartnerMembership,
    PartnerOrganization,
    Status,
)

DEMO_COORDINATOR = "coordinator"
DEMO_ORGANIZATIONS = (
    # username, organization, kind, borough, contact (fictional, example.org / 555 numbers)
    ("partner.church", "Demo: St. Example Church", "congregation", "queens", "Demo Contact A"),
    ("partner.library", "Demo: Example Branch Library", "library", "bronx", "Demo Contact B"),
)
# organization index, language, kind, quantity, borough, the actions taken so far
DEMO_REQUESTS = (
    (0, "es", "red-card", 500, "queens", ("approve", "ship", "deliver")),
    (0, "zh-hans", "flyer", 200, "queens", ("approve", "ship")),
    (0, "ko", "red-card", 150, "queens", ("approve",)),
    (1, "es", "flyer", 300, "bronx", ("approve", "ship", "deliver")),
    (1, "bn", "red-card", 250, "bronx", ()),
    (1, "ar", "flyer", 4000, "manhattan", ("decline",)),
)


def _account(username: str, role: str, password: str) -> tuple[object, str]:
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from sanctuary.accounts.models import User
    from sanctuary.accounts.totp import readable_key
    from sanctuary.audit.service import record
    from sanctuary.site.bootstrap import DEMO_DEVICE_NAME

    user, created = User.objects.get_or_create(
        username=username, defaults={"role": role, "email": f"{username}@example.org"}
    )
    if created:
        user.set_password(password)
        user.save()
        record("create", actor=None, obj=user, summary=f"Demo account created with role {role}")
    device = TOTPDevice.objects.filter(user=user, name=DEMO_DEVICE_NAME).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEMO_DEVICE_NAME, confirmed=True)
    return user, readable_key(device.bin_key)


@transaction.atomic
def load_demo_campaign() -> list[str]:
    """Create the demo campaign (through the services, so every step is audited)."""
    from sanctuary.rights.campaign import services
    from sanctuary.site.bootstrap import demo_password

    password = demo_password()
    coordinator, key = _account(DEMO_COORDINATOR, "campaign_coordinator", password)
    lines = [
        "",
        f"KYR campaign demo accounts (password for all: {password})",
        f"  {DEMO_COORDINATOR:<15} {'KYR campaign coordinator':<32} key {key}",
    ]
    orgs = []
    for username, name, kind, borough, contact in DEMO_ORGANIZATIONS:
        partner, key = _account(username, "partner", password)
        org = PartnerOrganization.objects.filter(name=name).first()
        if org is None:
            org = services.create_organization(
                coordinator,
                name=name,
                kind=kind,
                borough=borough,
                contact_name=contact,
                contact_phone="212-555-0100",
                contact_email=f"{username}@example.org",
            )
        if not PartnerMembership.objects.filter(user=partner).exists():
            services.link_partner(coordinator, org, partner)
        orgs.append((org, partner))
        lines.append(f"  {username:<15} {'Community partner':<32} key {key}  ({name})")
    if not MaterialRequest.objects.filter(organization__in=[o for o, _p in orgs]).exists():
        for index, language, kind, quantity, borough, actions in DEMO_REQUESTS:
            org, partner = orgs[index]
            item = services.create_request(
                partner, language=language, kind=kind, quantity=quantity, delivery_borough=borough
            )
            for action in actions:
                reason = "Demo: another branch covers this area." if action == "decline" else ""
                services.transition(coordinator, item, action, reason)
    counts = {s.label: MaterialRequest.objects.filter(status=s).count() for s in Status}
    lines.append("  Demo material requests: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return lines
