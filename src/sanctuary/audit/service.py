"""Appending to the audit log. Every change made through the product calls `record`."""

from __future__ import annotations

import re
from typing import Any

from django.db import transaction
from django.utils import timezone

from sanctuary.audit.chain import content_hash
from sanctuary.audit.models import AuditEntry, AuditHead

SYSTEM = "system"

# Summaries are written by our code, but a slip could copy what a resident told staff.
_IDENTIFYING = re.compile(
    r"\bA[- ]?\d{3}[- ]?\d{3}[- ]?\d{2,3}\b"  # alien registration number
    r"|\b\d{3}-\d{2}-\d{4}\b"  # SSN / ITIN
    r"|\bDOB\b|\bdate of birth\b",
    re.IGNORECASE,
)


class IdentifyingSummaryError(ValueError):
    """An audit summary looked like it carried a resident's identifying information."""


def _actor_fields(actor: Any) -> tuple[str, str]:
    if actor is None or actor == SYSTEM:
        return SYSTEM, ""
    agency = getattr(actor, "agency", None)
    return actor.get_username(), (agency.acronym if agency is not None else "")


def record(
    action: str,
    *,
    actor: Any = None,
    obj: Any = None,
    object_type: str = "",
    object_id: str | int = "",
    agency: str | None = None,
    summary: str = "",
) -> AuditEntry:
    """Append one entry. `actor` is a user, or None / "system" for automatic actions.

    Runs in its own atomic block: inside a caller's transaction it commits or rolls back with
    the change it records, so the log never claims a change that did not happen.
    """
    if _IDENTIFYING.search(summary):
        raise IdentifyingSummaryError("audit summaries must not carry identifying information")
    actor_name, actor_agency = _actor_fields(actor)
    if obj is not None:
        object_type = object_type or obj._meta.label_lower
        object_id = object_id or obj.pk
        if agency is None:
            related = getattr(obj, "agency", None)
            agency = getattr(related, "acronym", None)
    fields: dict[str, Any] = {
        "at": timezone.now(),
        "actor": actor_name[:150],
        "action": action[:64],
        "object_type": str(object_type)[:64],
        "object_id": str(object_id)[:64],
        "agency": (agency if agency is not None else actor_agency)[:16],
        "summary": summary[:300],
    }
    with transaction.atomic():
        # The head row is the lock: writers queue on it, so two never read the same predecessor.
        head, _ = AuditHead.objects.select_for_update().get_or_create(pk=1)
        entry = AuditEntry(seq=head.seq + 1, prev_hash=head.entry_hash, **fields)
        entry.entry_hash = content_hash(entry.as_chain_entry(), head.entry_hash)
        entry.save()
        head.seq, head.entry_hash = entry.seq, entry.entry_hash
        head.save(update_fields=["seq", "entry_hash"])
    return entry


def verify_log(batch_size: int = 2000) -> Any:
    from sanctuary.audit.chain import verify

    head = AuditHead.objects.filter(pk=1).values_list("seq", "entry_hash").first()
    entries = (e.as_chain_entry() for e in AuditEntry.objects.order_by("seq").iterator(batch_size))
    return verify(entries, head=head)
