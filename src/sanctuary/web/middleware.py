"""A ceiling on request bodies, checked before anything reads them.

Each upload has its own, clearer limit (evidence files, exports to scan, documents to check),
but Django reads and spools a whole upload before a view can check its size. This refuses a
body whose declared length exceeds SANCTUARY_MAX_REQUEST_BYTES with a 413, unread, so a huge or
hostile upload costs neither disk nor memory. Bodies sent without a length (chunked) are left
to the reverse proxy's limit (docs/compliance.md).
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from sanctuary.web.views import request_too_large


class RequestSizeLimitMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        limit = settings.SANCTUARY_MAX_REQUEST_BYTES
        if declared_length(request) > limit:
            return request_too_large(request, limit)
        return self.get_response(request)


def declared_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0  # as Django's own parser treats it
