"""Request bodies over SANCTUARY_MAX_REQUEST_BYTES are refused before anything reads them."""

from __future__ import annotations

import json

import pytest
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory

from sanctuary.disclosures.services import MAX_REDACT_BYTES
from sanctuary.documents import DEFAULT_LIMITS
from sanctuary.facilities.importer import MAX_BYTES as FACILITY_IMPORT_BYTES
from sanctuary.inventory.services import MAX_SCAN_BYTES
from sanctuary.web.middleware import RequestSizeLimitMiddleware


class UnreadableBody:
    """A request body that fails the test if anything reads it."""

    def read(self, *args: object) -> bytes:
        raise AssertionError("the body was read")

    readline = read


def oversized() -> str:
    return str(settings.SANCTUARY_MAX_REQUEST_BYTES + 1)


@pytest.mark.django_db
def test_an_oversized_page_upload_gets_a_plain_413_page() -> None:
    response = Client().post(
        "/compliance/", data=b"x", content_type="application/octet-stream",
        CONTENT_LENGTH=oversized(),
    )  # fmt: skip
    assert response.status_code == 413
    text = response.content.decode()
    assert "too large" in text and "Nothing was saved" in text
    assert "Traceback" not in text


@pytest.mark.django_db
def test_an_oversized_api_upload_gets_the_api_error_shape() -> None:
    response = Client().post(
        "/api/documents/check", data=b"x", content_type="application/octet-stream",
        CONTENT_LENGTH=oversized(),
    )  # fmt: skip
    assert response.status_code == 413
    body = json.loads(response.content)
    assert body["errors"] == [] and "too large" in body["detail"]


def test_the_body_is_refused_unread() -> None:
    request = RequestFactory().post(
        "/api/documents/check", data=b"x", content_type="application/octet-stream",
        CONTENT_LENGTH=oversized(), **{"wsgi.input": UnreadableBody()},
    )  # fmt: skip

    def view(request: HttpRequest) -> HttpResponse:
        raise AssertionError("the view ran")

    assert RequestSizeLimitMiddleware(view)(request).status_code == 413


def test_requests_within_the_limit_reach_the_view() -> None:
    request = RequestFactory().post("/x/", data={"a": "b"})
    response = RequestSizeLimitMiddleware(lambda r: HttpResponse("ok"))(request)
    assert response.status_code == 200 and response.content == b"ok"


def test_a_garbled_length_is_left_to_django() -> None:
    request = RequestFactory().post("/x/", data=b"", content_type="text/plain", CONTENT_LENGTH="x")
    assert RequestSizeLimitMiddleware(lambda r: HttpResponse("ok"))(request).status_code == 200


def test_the_ceiling_leaves_room_for_every_upload_a_page_accepts() -> None:
    """Each upload's own limit must stay reachable, so users get its clearer message."""
    largest = max(
        DEFAULT_LIMITS.max_bytes,
        settings.SANCTUARY_MAX_UPLOAD_BYTES,
        MAX_SCAN_BYTES,
        MAX_REDACT_BYTES,
        FACILITY_IMPORT_BYTES,
    )
    assert settings.SANCTUARY_MAX_REQUEST_BYTES > largest
