from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from sanctuary.accounts.scoping import require_capability
from sanctuary.audit.models import AuditEntry
from sanctuary.audit.service import verify_log


def log(request: HttpRequest) -> HttpResponse:
    """Auditors and the CPO read the log newest first, and can check the chain from the page."""
    require_capability(request.user, "audit.view")
    page = Paginator(AuditEntry.objects.order_by("-seq"), 50).get_page(request.GET.get("page"))
    verdict = verify_log() if request.GET.get("verify") else None
    return render(request, "audit/log.html", {"page": page, "verdict": verdict})
