"""POST /api/decisions: the rules engine's contract over HTTP, one request or a list."""

from __future__ import annotations

import json
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from ninja import Router, Schema

from sanctuary.api import error_response, with_errors
from sanctuary.audit.service import record
from sanctuary.encounters.advice import audit_summary
from sanctuary.rules import RequestError, decide, decision_schema, parse_requests, request_schema

router = Router(tags=["decisions"])


class ReasonOut(Schema):
    rule: str
    citation: str
    text: str


class DecisionOut(Schema):
    decision: str
    summary: str
    reasons: list[ReasonOut]
    steps: list[str]
    unverified: bool
    rules_version: str


_REQUEST_BODY = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {"oneOf": [request_schema(), {"type": "array", "items": request_schema()}]}
        }
    },
}
_ = decision_schema  # the engine's own schema; DecisionOut mirrors it for OpenAPI


@router.post(
    "",
    response=with_errors({200: DecisionOut | list[DecisionOut]}),
    openapi_extra={"requestBody": _REQUEST_BODY},
    summary="Decide what staff may do",
    operation_id="decide",
)
def create_decision(request: HttpRequest) -> Any:
    """One request object gives one decision; a list gives a list in the same order.

    Invalid input is a 422 naming the field and what was expected; nothing is decided then.
    """
    user: Any = request.user
    if not user.can("decisions.ask"):
        raise PermissionDenied("Your role does not ask for decisions.")
    try:
        body = json.loads(request.body or b"")
    except (ValueError, UnicodeDecodeError):
        return error_response(request, 400, "The body is not valid JSON.")
    try:
        requests = parse_requests(body)
    except RequestError as error:
        return _invalid(request, error)
    decisions = [decide(r).to_dict() for r in requests]
    for payload, decision in zip(requests, decisions, strict=True):
        as_dict = payload.to_dict()
        record(
            "decision",
            actor=user,
            object_type="decision",
            agency=as_dict.get("agency", "") if user.is_citywide else None,
            summary=audit_summary(as_dict, decision),
        )
    return decisions if isinstance(body, list) else decisions[0]


def _invalid(request: HttpRequest, error: RequestError) -> HttpResponse:
    return error_response(
        request,
        422,
        "The request has an error.",
        [{"field": error.field, "message": f"expected {error.expected}"}],
    )
