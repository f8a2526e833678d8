"""Changing the tracker: every write goes through here, checks the role and agency, and is audited.

Views and API endpoints fetch records with `get_for_user` (scoping) and call these functions
(permission + validation + audit). A refusal is `PermissionDenied`; bad input is `InputError`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from sanctuary.accounts.scoping import may_change
from sanctuary.audit.service import record
from sanctuary.compliance.completion import AuditFacts, CompletionInput, completion_errors
from sanctuary.compliance.evidence_file import check_file
from sanctuary.compliance.models import AgencyObligation, PolicyAudit, PolicyChange


class InputError(ValueError):
    """Input that cannot be saved; `errors` maps each field to a message for the user."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


class FileTooLarge(InputError):
    """An upload over SANCTUARY_MAX_UPLOAD_BYTES (the API answers 413)."""


def require(user: Any, capability: str, agency_id: int | None) -> None:
    if not may_change(user, capability, agency_id):
        raise PermissionDenied("Your role does not allow this for this agency.")


@dataclass(frozen=True)
class StoredFile:
    data: bytes
    name: str
    kind: str
    size: int
    sha256: str


def read_upload(upload: Any, field: str = "evidence_file") -> StoredFile:
    """Read and check an uploaded file (size first, then type by content)."""
    limit = settings.SANCTUARY_MAX_UPLOAD_BYTES
    size = int(getattr(upload, "size", 0) or 0)
    name = PurePath(str(getattr(upload, "name", "") or "")).name[:200]
    if size > limit:
        raise FileTooLarge({field: check_file(name, size, b"x", max_bytes=limit).error})
    upload.seek(0)
    data = upload.read(limit + 1)
    result = check_file(name, len(data), data, max_bytes=limit)
    if not result.ok:
        error_cls = FileTooLarge if len(data) > limit else InputError
        raise error_cls({field: result.error})
    assert result.kind is not None
    return StoredFile(data, name, result.kind.key, len(data), hashlib.sha256(data).hexdigest())


def _store_file(row: AgencyObligation, stored: StoredFile) -> None:
    old = row.evidence_file.name if row.evidence_file else ""
    row.evidence_file.save(stored.name, ContentFile(stored.data), save=False)
    row.evidence_file_name = stored.name
    row.evidence_file_type = stored.kind
    row.evidence_file_size = stored.size
    row.evidence_file_sha256 = stored.sha256
    if old:
        storage = row.evidence_file.storage
        transaction.on_commit(lambda: storage.delete(old))


def _audit_facts(row: AgencyObligation, user: Any, audit_id: int | None) -> AuditFacts | None:
    if audit_id is None:
        return None
    audit = PolicyAudit.objects.for_user(user).filter(pk=audit_id).first()
    if audit is None:
        return None
    changes = list(audit.changes.values_list("published", flat=True))
    return AuditFacts(
        agency_matches=audit.agency_id == row.agency_id,
        changes=len(changes),
        unpublished=sum(1 for p in changes if not p),
    )


def record_completion(
    user: Any, row: AgencyObligation, data: CompletionInput, upload: Any = None, *, on: date
) -> AgencyObligation:
    """Mark `row` done with its evidence (and optionally a file); audited."""
    require(user, "compliance.record", row.agency_id)
    stored = None
    errors: dict[str, str] = {}
    if upload is not None:
        try:
            stored = read_upload(upload)
        except InputError as error:
            errors.update(error.errors)
    evidence = row.obligation.evidence
    errors = {
        **completion_errors(
            evidence,
            data,
            today=on,
            has_file=bool(row.evidence_file) or stored is not None or "evidence_file" in errors,
            audit=_audit_facts(row, user, data.policy_audit_id),
        ),
        **errors,
    }
    if errors:
        raise InputError(errors)
    was_done = row.completed_on is not None
    with transaction.atomic():
        row.completed_on = data.completed_on
        row.officer_name = data.officer_name.strip() if "officer" in evidence else ""
        row.officer_appointed_on = data.officer_appointed_on if "officer" in evidence else None
        row.training_count = data.training_count if "training_count" in evidence else None
        row.certification_statement = (
            data.certification_statement.strip() if "certification_statement" in evidence else ""
        )
        row.policy_audit_id = data.policy_audit_id if "policy_audit" in evidence else None
        row.notes = data.notes.strip()
        if stored is not None:
            _store_file(row, stored)
        row.recorded_by = user
        row.recorded_at = timezone.now()
        row.save()
        record(
            "compliance_update" if was_done else "compliance_complete",
            actor=user,
            obj=row,
            summary=f"{'Updated' if was_done else 'Recorded'} completion of "
            f"'{row.obligation.key}' with evidence: {', '.join(evidence)}"
            + ("; file attached" if stored else ""),
        )
    return row


def attach_evidence_file(user: Any, row: AgencyObligation, upload: Any) -> AgencyObligation:
    """Attach (or replace) the evidence file without changing anything else; audited."""
    require(user, "compliance.record", row.agency_id)
    stored = read_upload(upload)
    with transaction.atomic():
        _store_file(row, stored)
        row.recorded_by = user
        row.recorded_at = timezone.now()
        row.save()
        record(
            "compliance_evidence_file",
            actor=user,
            obj=row,
            summary=f"Evidence file attached to '{row.obligation.key}' "
            f"({stored.kind}, {stored.size} bytes, sha256 {stored.sha256[:12]})",
        )
    return row


def reopen(user: Any, row: AgencyObligation) -> AgencyObligation:
    """Undo a completion recorded by mistake; the evidence stays for the record; audited."""
    require(user, "compliance.record", row.agency_id)
    if row.completed_on is None:
        return row
    with transaction.atomic():
        row.completed_on = None
        row.recorded_by = user
        row.recorded_at = timezone.now()
        row.save(update_fields=["completed_on", "recorded_by", "recorded_at"])
        record(
            "compliance_reopen",
            actor=user,
            obj=row,
            summary=f"Reopened '{row.obligation.key}'",
        )
    return row


def create_audit(
    user: Any, agency: Any, *, title: str, findings: str, audited_on: date, on: date
) -> PolicyAudit:
    require(user, "compliance.policy_audit", agency.pk if agency is not None else None)
    if audited_on > on:
        raise InputError({"audited_on": "The audit date cannot be in the future."})
    with transaction.atomic():
        audit = PolicyAudit.objects.create(
            agency=agency,
            title=title.strip(),
            findings=findings.strip(),
            audited_on=audited_on,
            created_by=user,
        )
        record("policy_audit_create", actor=user, obj=audit, summary="Policy audit recorded")
    return audit


def add_change(
    user: Any, audit: PolicyAudit, *, title: str, description: str, effective_on: date
) -> PolicyChange:
    require(user, "compliance.policy_audit", audit.agency_id)
    with transaction.atomic():
        change = PolicyChange.objects.create(
            audit=audit,
            title=title.strip(),
            description=description.strip(),
            effective_on=effective_on,
            created_by=user,
        )
        record(
            "policy_change_add",
            actor=user,
            obj=change,
            agency=audit.agency.acronym,
            summary=f"Policy change added to audit {audit.pk} (not yet published)",
        )
    return change


def publish_change(user: Any, change: PolicyChange) -> PolicyChange:
    """The explicit step that makes a change public. Publishing twice changes nothing."""
    require(user, "compliance.publish", change.audit.agency_id)
    if change.published:
        return change
    with transaction.atomic():
        change.published = True
        change.published_at = timezone.now()
        change.published_by = user
        change.save(update_fields=["published", "published_at", "published_by"])
        record(
            "policy_change_publish",
            actor=user,
            obj=change,
            agency=change.audit.agency.acronym,
            summary=f"Policy change published (audit {change.audit_id})",
        )
    return change
