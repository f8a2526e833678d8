"""The API's contract: every operation declares its errors, and bad input never becomes a 500."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def openapi() -> dict[str, Any]:
    response = Client().get("/api/openapi.json")
    assert response.status_code == 200
    return response.json()


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    spec = openapi()
    return [
        (path, method, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in {"get", "post", "put", "patch", "delete"}
    ]


def test_openapi_document_is_public_and_lists_operations() -> None:
    assert operations(), "the API has no operations"


def test_every_operation_declares_its_client_errors() -> None:
    for path, method, op in operations():
        declared = set(op["responses"])
        assert {"400", "404", "422"} <= declared, (method, path, declared)
        if op.get("security"):
            assert {"401", "403"} <= declared, (method, path, declared)


@pytest.mark.parametrize("body", [b"{not json", b"[]", b'{"a": ', b"\xff\xfe", b"null"])
def test_malformed_bodies_get_a_declared_client_error(
    body: bytes, make_user: Any, sign_in: Any
) -> None:
    client = sign_in(make_user("chief_privacy_officer", agency=None))
    for path, method, op in operations():
        if method != "post":
            continue
        url = path.replace("{", "").replace("}", "")  # ids become their own names: unknown ids
        response = client.generic("POST", url, body, content_type="application/json")
        assert response.status_code < 500, (path, response.status_code)
        assert str(response.status_code) in op["responses"], (path, response.status_code)


def test_unknown_api_paths_answer_json_404(make_user: Any, sign_in: Any) -> None:
    client = sign_in(make_user("chief_privacy_officer", agency=None))
    response = client.get("/api/no-such-thing")
    assert response.status_code == 404


def test_error_pages_never_show_a_stack_trace(make_user: Any, sign_in: Any) -> None:
    client = sign_in(make_user("front_desk"))
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert b"Traceback" not in response.content


def test_error_fields_are_named_as_clients_name_them() -> None:
    from sanctuary.api import field_name

    assert field_name(("body", "payload", "deadline")) == "deadline"
    assert field_name(("query", "limit")) == "limit"
    assert field_name(("file", "file")) == "file"
    assert field_name(("body", "payload", "documents", 0, "kind")) == "documents.0.kind"
    assert field_name(()) == "body"
