"""The JSON API: one NinjaAPI, one router per bounded context, one error shape for every failure.

Every operation declares the errors it can return (`with_errors`), so the OpenAPI document at
/api/openapi.json lists each response a client can meet, 4xx included.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.security import SessionAuth

logger = logging.getLogger(__name__)


# Ids past a 64-bit integer cannot exist: answer 404 rather than overflow the database.
MAX_ID = 2**63 - 1


class FieldError(Schema):
    field: str
    message: str


class ErrorOut(Schema):
    detail: str
    errors: list[FieldError] = []


STANDARD_ERRORS: dict[int, Any] = {
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    413: ErrorOut,
    422: ErrorOut,
}
PUBLIC_ERRORS: dict[int, Any] = {400: ErrorOut, 404: ErrorOut, 422: ErrorOut}


def with_errors(responses: dict[int, Any], *, public: bool = False) -> dict[int, Any]:
    """The operation's own responses plus the errors every (staff or public) operation can give."""
    return {**(PUBLIC_ERRORS if public else STANDARD_ERRORS), **responses}


class VerifiedSession(SessionAuth):
    """A signed-in staff session that passed its TOTP step; CSRF-checked like the pages."""

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = request.user
        if user.is_authenticated and user.is_verified():  # type: ignore[union-attr]
            return user
        return None


api = NinjaAPI(
    title="Sanctuary API",
    version="1",
    description="Everything the staff pages do, as JSON. Errors share one shape: "
    "{detail, errors: [{field, message}]}.",
    urls_namespace="api",
    auth=VerifiedSession(),
    docs_url="/docs",
)


def error_response(
    request: HttpRequest, status: int, detail: str, errors: list[dict[str, str]] | None = None
) -> HttpResponse:
    return api.create_response(request, {"detail": detail, "errors": errors or []}, status=status)


SOURCES = ("body", "query", "path", "form", "file", "header", "cookie")


def field_name(loc: Any) -> str:
    """The field an error is about, as a client names it: ("body", "payload", "deadline") is
    "deadline"; only the leading source is dropped, so a field called "file" keeps its name."""
    parts = [str(p) for p in loc]
    if parts and parts[0] in SOURCES:
        parts = parts[1:]
    # ninja nests a body under the parameter's name ("payload"); staff want the field itself.
    if len(parts) > 1 and parts[0] in ("payload", "data", "body"):
        parts = parts[1:]
    return ".".join(parts) or "body"


@api.exception_handler(ValidationError)
def _validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = [
        {"field": field_name(e.get("loc", ())), "message": str(e.get("msg", "invalid"))}
        for e in exc.errors
    ]
    return error_response(request, 422, "Some fields are not right.", errors)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return error_response(request, 401, "Sign in (with your code) first.")


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return error_response(request, exc.status_code, str(exc))


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return error_response(request, 404, "Not found, or not yours to see.")


@api.exception_handler(PermissionDenied)
def _forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return error_response(request, 403, str(exc) or "Your role does not allow this.")


@api.exception_handler(Exception)
def _unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
    # Log the type only: messages and tracebacks can carry what a resident told staff.
    logger.error("API error %s on %s %s", type(exc).__name__, request.method, request.path)
    return error_response(request, 500, "Something went wrong on our side. Nothing was saved.")


# One router per bounded context. Each app keeps its endpoints in its own api.py.
api.add_router("/compliance/", "sanctuary.compliance.api.router")
api.add_router("/public/", "sanctuary.compliance.api.public_router")
api.add_router("/decisions", "sanctuary.encounters.api.router")
api.add_router("/audit/", "sanctuary.audit.api.router")
api.add_router("/campaign/", "sanctuary.rights.api.router")
api.add_router("/encounters", "sanctuary.encounters.api.encounters_router")
api.add_router("/documents", "sanctuary.encounters.api.documents_router")
api.add_router("/board", "sanctuary.encounters.api.board_router")
api.add_router("/reports", "sanctuary.encounters.api.reports_router")
api.add_router("/facilities", "sanctuary.facilities.api.router")
api.add_router("/inventory/", "sanctuary.inventory.api.router")
api.add_router("/bulk-scans", "sanctuary.inventory.api.scans_router")
api.add_router("/disclosures", "sanctuary.disclosures.api.router")
api.add_router("/reports/cpo-quarterly", "sanctuary.disclosures.api.cpo_router")
