"""Headers and settings a city's security review checks first."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest
from django.test import Client


@pytest.mark.django_db
def test_pages_send_a_strict_content_security_policy() -> None:
    response = Client().get("/accounts/login/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_sign_in_form_is_csrf_protected(make_user: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post("/accounts/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403


def production_env(**extra: str) -> dict[str, str]:
    # The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE for Playwright; a deployment never does.
    unset = {"DEBUG", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if k not in unset}
    env.update(
        {
            "SANCTUARY_ENV": "production",
            "SECRET_KEY": "x" * 64 + "-production-secret",
            "ALLOWED_HOSTS": "sanctuary.example.gov",
            "DJANGO_SETTINGS_MODULE": "sanctuary.site.settings",
        },
        **extra,
    )
    return env


def test_production_settings_pass_djangos_deployment_check(tmp_path: Any) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        capture_output=True,
        text=True,
        env=production_env(SANCTUARY_VAR_DIR=str(tmp_path)),
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path: Any) -> None:
    env = production_env(SANCTUARY_VAR_DIR=str(tmp_path))
    del env["SECRET_KEY"]
    result = subprocess.run(
        [sys.executable, "-m", "django", "check"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode != 0 and "SECRET_KEY must be set" in result.stderr


def test_production_settings_turn_on_hsts_and_secure_cookies(tmp_path: Any) -> None:
    code = (
        "from django.conf import settings as s; print(s.SECURE_HSTS_SECONDS, "
        "s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, s.DEBUG)"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        capture_output=True,
        text=True,
        env=production_env(SANCTUARY_VAR_DIR=str(tmp_path)),
        check=True,
    )
    assert result.stdout.split() == ["31536000", "True", "True", "True", "False"]


def test_local_secret_key_is_generated_once_into_var(tmp_path: Any) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "SANCTUARY_ENV"}}
    env["SANCTUARY_VAR_DIR"] = str(tmp_path)
    code = "from sanctuary.site.env import secret_key; print(secret_key())"
    first = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout
    second = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout
    assert first == second and len(first.strip()) > 40
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_previous_secret_keys_come_from_the_environment(tmp_path: Any) -> None:
    code = "from django.conf import settings as s; print(s.SECRET_KEY_FALLBACKS)"
    env = production_env(SANCTUARY_VAR_DIR=str(tmp_path), SECRET_KEY_FALLBACKS="old-1,old-2")
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.stdout.strip() == "['old-1', 'old-2']", result.stderr


@pytest.mark.django_db
def test_an_expired_form_gets_a_plain_page_not_djangos_csrf_page() -> None:
    response = Client(enforce_csrf_checks=True).post("/accounts/login/", {"username": "x"})
    assert response.status_code == 403
    text = response.content.decode()
    assert "This form has expired. Nothing was saved." in text
    assert "CSRF verification failed" not in text and "DEBUG" not in text
