"""Staff pages require a signed-in, TOTP-verified user; public pages are listed, not guessed.

Protecting by default means a new view cannot be left open by forgetting a decorator.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse

DEFAULT_PUBLIC_PREFIXES = (
    "/accounts/login/",
    "/accounts/logout/",
    "/static/",
    "/public/",
    "/healthz",
    "/api/openapi.json",
    "/api/docs",
    "/api/public/",
    "/favicon.ico",
    "/robots.txt",
)
ENROLMENT_PREFIX = "/accounts/totp/"


def is_public(path: str) -> bool:
    extra = tuple(getattr(settings, "SANCTUARY_PUBLIC_PREFIXES", ()))
    return path.startswith(DEFAULT_PUBLIC_PREFIXES + extra)


class RequireVerifiedStaffMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info
        if is_public(path):
            return self.get_response(request)
        user = request.user
        is_api = path.startswith("/api/")
        if not user.is_authenticated:
            if is_api:
                return JsonResponse({"detail": "Sign in first.", "errors": []}, status=401)
            return redirect(f"{reverse('accounts:login')}?next={quote(request.get_full_path())}")
        if not user.is_verified():  # type: ignore[union-attr]
            if path.startswith(ENROLMENT_PREFIX):
                return self.get_response(request)
            if is_api:
                return JsonResponse(
                    {"detail": "Finish two-step sign-in first.", "errors": []}, status=401
                )
            return redirect("accounts:totp_setup")
        return self.get_response(request)
