"""Fixtures for the front-desk flow: a school, a photo of an ICE form, flow helpers."""

from __future__ import annotations

import io
import uuid
from typing import Any

import pytest

from sanctuary.facilities.models import Facility

I200_LINES = (
    "U.S. DEPARTMENT OF HOMELAND SECURITY",
    "WARRANT FOR ARREST OF ALIEN",
    "Form I-200 (Rev. 09/16)",
    "To: Any immigration officer",
    "Signed: Supervisory Deportation Officer",
)


def i200_png() -> bytes:
    """A legible photo-like PNG of an ICE administrative warrant (no person named)."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1200, 700), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=36)
    for i, line in enumerate(I200_LINES):
        draw.text((40, 40 + i * 90), line, fill=0, font=font)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def school(agencies: Any) -> Facility:
    return Facility.objects.create(
        name="Demo PS 1",
        kind="school",
        agency=agencies["DOE"],
        address="1 Demo Ave, Bronx",
        borough="bronx",
        counsel_name="DOE counsel",
        counsel_phone="+1-212-555-0101",
        counsel_email="counsel@example.org",
        privacy_officer_name="DOE privacy",
        privacy_officer_phone="+1-212-555-0102",
        privacy_officer_email="privacy@example.org",
    )


@pytest.fixture
def hospital(agencies: Any) -> Facility:
    return Facility.objects.create(
        name="Demo Hospital",
        kind="hospital",
        agency=agencies["HHC"],
        address="2 Demo St",
        borough="queens",
        counsel_email="hhc-counsel@example.org",
    )


def start(
    client: Any, facility: Facility | None, ask: str = "enter_non_public", **extra: Any
) -> Any:
    data = {
        "key": extra.pop("key", uuid.uuid4().hex),
        "ask": ask,
        "requester": "ICE",
        "purpose": "civil_immigration",
        **extra,
    }
    if facility is not None:
        data["facility"] = facility.pk
    return client.post("/agents/", data)
