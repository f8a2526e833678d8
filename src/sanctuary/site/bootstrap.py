"""Reference data every installation needs, and the demo data a first run shows."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction

DEMO_DEVICE_NAME = "demo authenticator"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    agency: str | None
    language: str = "en"


DEMO_ACCOUNTS = (
    DemoAccount("frontdesk.doe", "front_desk", "DOE"),
    DemoAccount("frontdesk.dhs", "front_desk", "DHS", "es"),
    DemoAccount("counsel.doe", "agency_counsel", "DOE"),
    DemoAccount("privacy.doe", "privacy_officer", "DOE"),
    DemoAccount("privacy.hhc", "privacy_officer", "HHC"),
    DemoAccount("head.doe", "agency_head", "DOE"),
    DemoAccount("cpo", "chief_privacy_officer", None),
    DemoAccount("committee", "committee_member", None),
    DemoAccount("auditor", "auditor", None),
    DemoAccount("admin", "administrator", None),
)


def load_reference_data() -> list[str]:
    from sanctuary.agencies.seed import load_agencies
    from sanctuary.compliance.seed import load_obligations

    city = settings.SANCTUARY_CITY
    return [
        f"Agencies loaded: {load_agencies(city)}",
        f"EO 13 obligations loaded: {load_obligations(city)}",
    ]


def demo_password() -> str:
    """One password for every demo account, generated once per installation into var/."""
    path = settings.VAR_DIR / "demo_password"
    if not path.exists():
        path.write_text(f"demo-{secrets.token_urlsafe(9)}")
        path.chmod(0o600)
    return path.read_text().strip()


@transaction.atomic
def load_demo() -> list[str]:
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from sanctuary.accounts.models import User
    from sanctuary.accounts.totp import readable_key
    from sanctuary.agencies.models import Agency
    from sanctuary.audit.service import record
    from sanctuary.facilities.seed import load_demo_facilities

    lines = [f"Demo facilities loaded: {load_demo_facilities()}"]
    password = demo_password()
    agencies = {a.acronym: a for a in Agency.objects.all()}
    lines.append("")
    lines.append(f"Demo staff accounts (password for all: {password})")
    lines.append(
        "Each signs in with a six-digit code: get it with `.venv/bin/sanctuary "
        "totp-code USERNAME`, or add the key to an authenticator app."
    )
    for account in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=account.username,
            defaults={
                "role": account.role,
                "preferred_language": account.language,
                "agency": agencies[account.agency] if account.agency else None,
                "email": f"{account.username}@example.org",
            },
        )
        if created:
            user.set_password(password)
            user.save()
            record(
                "create",
                actor=None,
                obj=user,
                agency=user.agency_acronym,
                summary=f"Demo account created with role {account.role}",
            )
        device = TOTPDevice.objects.filter(user=user, name=DEMO_DEVICE_NAME).first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name=DEMO_DEVICE_NAME, confirmed=True)
        lines.append(
            f"  {account.username:<15} {user.get_role_display():<32} "
            f"{user.agency_acronym:<9} key {readable_key(device.bin_key)}"
        )
    from django.utils import timezone

    from sanctuary.compliance.demo import load_demo_compliance
    from sanctuary.rights.campaign.demo import load_demo_campaign

    lines.extend(load_demo_compliance(User.objects.get(username="cpo"), today=timezone.localdate()))

    lines.extend(load_demo_campaign())
    return lines


def current_totp_code(username: str) -> str | None:
    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user__username=username, name=DEMO_DEVICE_NAME).first()
    if device is None:
        return None
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"
