from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from ninja import Router, Schema

from sanctuary.accounts.scoping import require_capability
from sanctuary.api import with_errors
from sanctuary.audit.models import AuditEntry
from sanctuary.audit.service import verify_log

router = Router(tags=["audit"])
AUDITORS_ONLY = "Only auditors, the Chief Privacy Officer and administrators."


class AuditEntryOut(Schema):
    seq: int
    at: datetime
    actor: str
    action: str
    object_type: str
    object_id: str
    agency: str
    summary: str
    prev_hash: str
    entry_hash: str


class VerifyOut(Schema):
    ok: bool
    checked: int
    seq: int | None
    problem: str


@router.get("/entries", response=with_errors({200: list[AuditEntryOut]}))
def entries(request: HttpRequest, after_seq: int = 0, limit: int = 100) -> list[AuditEntry]:
    """Entries in chain order, after `after_seq`, at most 500 at a time."""
    require_capability(request.user, "audit.view", message=AUDITORS_ONLY)
    limit = max(1, min(limit, 500))
    return list(AuditEntry.objects.filter(seq__gt=after_seq).order_by("seq")[:limit])


@router.get("/verify", response=with_errors({200: VerifyOut}))
def verify(request: HttpRequest) -> dict[str, object]:
    require_capability(request.user, "audit.view", message=AUDITORS_ONLY)
    verdict = verify_log()
    return {
        "ok": verdict.ok,
        "checked": verdict.checked,
        "seq": verdict.seq,
        "problem": verdict.problem,
    }
