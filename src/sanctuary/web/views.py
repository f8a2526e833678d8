from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _


def home(request: HttpRequest) -> HttpResponse:
    """One tap to the things each role does most; "Agents are here" always comes first."""
    user = request.user
    capabilities = (
        "decisions.ask",
        "board.view",
        "reports.view",
        "facilities.view",
        "compliance.view",
        "audit.view",
        "campaign.request",
        "campaign.coordinate",
        "inventory.view",
        "disclosures.view",
        "reports.cpo",
    )
    can = {c.replace(".", "_"): user.can(c) for c in capabilities}  # type: ignore[union-attr]
    return render(request, "web/home.html", {"can": can})


def healthz(request: HttpRequest) -> JsonResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 400, _("That request could not be understood."))


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 403, _("Your role does not allow this."))


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 404, _("There is nothing here, or it is not yours to see."))


def server_error(request: HttpRequest) -> HttpResponse:
    return _error(
        request, 500, _("Something went wrong on our side. Nothing you entered was lost.")
    )


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    # Usually a form left open past the session, or a page reloaded from history.
    return _error(
        request,
        403,
        _("This form has expired. Nothing was saved. Go back, reload the page and try again."),
    )


def request_too_large(request: HttpRequest, limit: int) -> HttpResponse:
    megabytes = max(1, limit // (1024 * 1024))
    return _error(
        request,
        413,
        _(
            "That upload is too large: the limit is %(megabytes)s MB. Nothing was saved. "
            "Go back and choose a smaller file."
        )
        % {"megabytes": megabytes},
    )


def _error(request: HttpRequest, status: int, message: str) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": message, "errors": []}, status=status)
    return render(request, "web/error.html", {"status": status, "message": message}, status=status)
