"""Staff sign in with password plus TOTP; repeated failures lock the account out."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from sanctuary.audit.models import AuditEntry
from tests.conftest import totp_now

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery 42"


def post_login(client: Client, username: str, password: str, code: str = "") -> Any:
    return client.post(
        "/accounts/login/", {"username": username, "password": password, "code": code}
    )


def test_staff_pages_redirect_anonymous_visitors_to_sign_in() -> None:
    response = Client().get("/compliance/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


def test_api_answers_401_to_anonymous_callers() -> None:
    response = Client().get("/api/audit/entries")
    assert response.status_code == 401
    assert response.json()["detail"]


def test_password_and_current_code_sign_in(make_user: Any) -> None:
    user = make_user("privacy_officer")
    client = Client()
    response = post_login(client, user.username, PASSWORD, totp_now(user))
    assert response.status_code == 302
    assert client.get("/").status_code == 200
    assert AuditEntry.objects.filter(action="sign_in", actor=user.username).exists()


def test_right_password_with_wrong_code_is_refused_without_saying_which(make_user: Any) -> None:
    user = make_user("privacy_officer")
    client = Client()
    response = post_login(client, user.username, PASSWORD, "000000")
    assert response.status_code == 400
    assert "username, password or code is not right" in response.content.decode()
    assert client.get("/").status_code == 302


def test_missing_code_is_refused_when_an_authenticator_is_set_up(make_user: Any) -> None:
    user = make_user("front_desk")
    client = Client()
    assert post_login(client, user.username, PASSWORD).status_code == 400
    assert client.get("/").status_code == 302


def test_five_failures_lock_the_account_even_with_the_right_password(make_user: Any) -> None:
    user = make_user("front_desk")
    client = Client()
    for _ in range(5):
        post_login(client, user.username, "wrong password 123", "000000")
    response = post_login(client, user.username, PASSWORD, totp_now(user))
    assert response.status_code == 429
    assert "Sign-in locked" in response.content.decode()
    assert client.get("/").status_code == 302


def test_wrong_codes_count_towards_lock_out(make_user: Any) -> None:
    user = make_user("front_desk")
    client = Client()
    for _ in range(5):
        post_login(client, user.username, PASSWORD, "000000")
    assert post_login(client, user.username, PASSWORD, totp_now(user)).status_code == 429


def test_first_sign_in_without_authenticator_requires_enrolment(make_user: Any) -> None:
    user = make_user("front_desk")
    TOTPDevice.objects.filter(user=user).delete()
    client = Client()
    response = post_login(client, user.username, PASSWORD)
    assert response["Location"] == "/accounts/totp/setup/"
    # Staff pages stay closed until the app is confirmed.
    assert client.get("/").url == "/accounts/totp/setup/"
    page = client.get("/accounts/totp/setup/")
    assert page.status_code == 200 and b"<svg" in page.content
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert client.post("/accounts/totp/setup/", {"code": "000000"}).status_code == 200
    from django_otp.oath import TOTP

    device.refresh_from_db()
    device.throttle_reset()  # django-otp slows retries after a wrong code; the test need not wait
    code = f"{TOTP(device.bin_key).token():06d}"
    response = client.post("/accounts/totp/setup/", {"code": code})
    assert response.status_code == 302
    assert client.get("/").status_code == 200


def test_admin_site_is_for_administrators_only(make_user: Any, sign_in: Any) -> None:
    cpo = make_user("chief_privacy_officer", agency=None)
    admin = make_user("administrator", agency=None)
    assert sign_in(cpo).get("/admin/").status_code == 302
    assert sign_in(admin).get("/admin/").status_code == 200


def test_sign_out_ends_the_session(make_user: Any, sign_in: Any) -> None:
    client = sign_in(make_user("front_desk"))
    assert client.get("/").status_code == 200
    client.post("/accounts/logout/")
    assert client.get("/").status_code == 302


def test_open_redirects_after_sign_in_are_refused(make_user: Any) -> None:
    user = make_user("front_desk")
    client = Client()
    response = client.post(
        "/accounts/login/?next=https://evil.example/",
        {
            "username": user.username,
            "password": PASSWORD,
            "code": totp_now(user),
            "next": "https://evil.example/",
        },
    )
    assert response["Location"] == "/"
