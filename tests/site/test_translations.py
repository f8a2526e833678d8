"""Staff pages in Spanish: the catalogue is complete, compiled, and chosen by the user's language."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

LOCALE = Path(__file__).resolve().parents[2] / "src" / "sanctuary" / "locale"
SPANISH = LOCALE / "es" / "LC_MESSAGES" / "django.po"


def entries(*flags: str) -> list[str]:
    result = subprocess.run(
        ["msgattrib", *flags, "--no-location", str(SPANISH)],
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in result.stdout.splitlines() if line.startswith("msgid ")][1:]


def test_every_spanish_staff_string_is_translated() -> None:
    assert entries("--untranslated") == []
    assert entries("--only-fuzzy") == []


def test_the_compiled_catalogue_is_current(tmp_path: Path) -> None:
    compiled = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "-o", str(compiled), str(SPANISH)], check=True)
    assert compiled.read_bytes() == SPANISH.with_suffix(".mo").read_bytes()


@pytest.mark.django_db
def test_a_spanish_speaking_officer_sees_the_dashboard_in_spanish(
    make_user: Any, sign_in: Any
) -> None:
    from sanctuary.compliance.seed import load_obligations

    load_obligations("nyc")
    user = make_user("privacy_officer")
    user.preferred_language = "es"
    user.save()
    html = sign_in(user).get("/compliance/").content.decode()
    assert 'lang="es"' in html and "Obligaciones" in html


@pytest.mark.django_db
def test_error_pages_speak_the_staff_members_language(make_user: Any, sign_in: Any) -> None:
    user = make_user("front_desk")
    user.preferred_language = "es"
    user.save()
    response = sign_in(user).get("/disclosures/")  # not a front-desk page
    assert response.status_code == 403
    assert "Su función no permite esto." in response.content.decode()
