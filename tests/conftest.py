"""Fixtures shared by the Django-side tests: staff users of each role, signed-in clients."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.fixture
def agencies(db: Any) -> dict[str, Any]:
    from sanctuary.agencies.models import Agency
    from sanctuary.agencies.seed import load_agencies

    load_agencies("nyc")
    return {a.acronym: a for a in Agency.objects.all()}


@pytest.fixture
def make_user(agencies: dict[str, Any]) -> Callable[..., Any]:
    """make_user(role, agency="DOE"|None, username=None) -> a saved user with a confirmed TOTP device."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from sanctuary.accounts.models import User
    from sanctuary.accounts.roles import CITYWIDE_ROLES, OUTSIDE_ROLES

    counter = {"n": 0}

    def make(
        role: str,
        agency: str | None = "DOE",
        username: str | None = None,
        password: str = "correct horse battery 42",
    ) -> Any:
        counter["n"] += 1
        citywide = role in CITYWIDE_ROLES | OUTSIDE_ROLES  # partners have no agency either
        user = User(
            username=username or f"{role}-{counter['n']}",
            role=role,
            agency=None if citywide else agencies[agency or "DOE"],
            email=f"{role}{counter['n']}@example.org",
        )
        user.set_password(password)
        user.save()
        TOTPDevice.objects.create(user=user, name="test", confirmed=True)
        return user

    return make


@pytest.fixture
def sign_in() -> Callable[..., Any]:
    """sign_in(user) -> a test client whose session passed both password and TOTP."""
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    def make(user: Any, **client_kwargs: Any) -> Client:
        client = Client(**client_kwargs)
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = TOTPDevice.objects.get(user=user).persistent_id
        session.save()
        return client

    return make


def totp_now(user: Any) -> str:
    """The code the user's authenticator would show right now."""
    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.get(user=user)
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


@pytest.fixture(scope="session")
def browser() -> Any:
    """A headless Debian Chromium driven by Playwright; no browser download involved."""
    import os

    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM, CHROMIUM_ARGS

    # Playwright's sync API runs an event loop; Django must allow its ORM calls in tests.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()
