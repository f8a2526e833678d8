"""Staff pages speak the signed-in user's preferred language; public KYR pages keep the URL's."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation


class StaffLanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.public = tuple(getattr(settings, "SANCTUARY_PUBLIC_PREFIXES", ()))

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        language = getattr(user, "preferred_language", "") if user is not None else ""
        if language and user.is_authenticated and not request.path_info.startswith(self.public):
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)
