"""Writing inventory records and running bulk scans. Every change is audited in its transaction."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils import timezone

from sanctuary.audit.service import record
from sanctuary.inventory.categories import by_id
from sanctuary.inventory.models import ApprovalKind, BulkScan, DataCollection, LegalBasis

MAX_SCAN_BYTES = 10 * 1024 * 1024
CHUNK_ROWS = 500

logger = logging.getLogger(__name__)

EDITABLE = (
    "name",
    "description",
    "fields",
    "purpose",
    "need_statement",
    "legal_basis",
    "legal_basis_detail",
    "retention_days",
    "access_description",
    "access_count",
    "approval_kind",
    "approved_by_name",
    "approved_on",
    "approval_reference",
    "exigent_reason",
    "exigent_reported_to_cpo_on",
    "routine_disclosures",
    "agreements",
    "minimization",
)


class InventoryError(ValueError):
    def __init__(self, field: str, message: str, status: int = 422) -> None:
        super().__init__(message)
        self.field = field
        self.status = status


def parse_fields(text: str) -> list[dict[str, str]]:
    """'field_name: category' per line -> [{"name", "category"}]; raises InventoryError."""
    out: list[dict[str, str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        name, sep, category = line.rpartition(":")
        if not sep or not name.strip():
            raise InventoryError("fields", f"Line {number}: write 'field name: category'.")
        out.append({"name": name.strip()[:200], "category": category.strip()})
    return out


def fields_text(fields: list[dict[str, str]]) -> str:
    return "\n".join(f"{f.get('name', '')}: {f.get('category', '')}" for f in fields)


def _check(data: dict[str, Any]) -> None:
    if not str(data.get("name", "")).strip():
        raise InventoryError("name", "Name the system or form.")
    fields = data.get("fields") or []
    if not isinstance(fields, list):
        raise InventoryError("fields", "List the fields.")
    known = by_id()
    for f in fields:
        if not isinstance(f, dict) or not str(f.get("name", "")).strip():
            raise InventoryError("fields", "Each field needs a name.")
        if f.get("category") not in known:
            raise InventoryError(
                "fields",
                f"'{f.get('category')}' is not a §23-1201 category; use one of " + ", ".join(known),
            )
    if data.get("legal_basis", LegalBasis.NONE_STATED) not in LegalBasis.values:
        raise InventoryError("legal_basis", "Choose a legal basis.")
    if data.get("approval_kind", ApprovalKind.NONE) not in ApprovalKind.values:
        raise InventoryError("approval_kind", "Choose an approval kind.")


def save_collection(
    user: Any, agency: Any, data: dict[str, Any], collection: DataCollection | None = None
) -> DataCollection:
    if not (user.can("inventory.edit") and user.agency_id == agency.pk):
        raise InventoryError("agency", "Your role cannot change this agency's inventory.", 403)
    merged = {k: getattr(collection, k) for k in EDITABLE} if collection else {}
    merged.update({k: v for k, v in data.items() if k in EDITABLE})
    _check(merged)
    with transaction.atomic():
        target = collection or DataCollection(agency=agency)
        for key, value in merged.items():
            setattr(target, key, "" if value is None and key not in _NULLABLE else value)
        target.updated_by = user
        target.save()
        record(
            "inventory_updated" if collection else "inventory_created",
            actor=user,
            obj=target,
            summary=f"Data collection {target.pk} {'updated' if collection else 'recorded'}",
        )
    return target


_NULLABLE = {"retention_days", "access_count", "approved_on", "exigent_reported_to_cpo_on"}


# ---- bulk scans ------------------------------------------------------------------------------


def start_scan(user: Any, agency: Any, name: str, content: bytes) -> BulkScan:
    """Cut the upload into chunks, queue one task per chunk (a Celery group; inline without
    Redis) and delete the file. Cells travel only inside task messages; the database keeps counts."""
    from sanctuary.inventory.tasks import scan_chunk_task
    from sanctuary.privacy import ReadError, iter_csv_chunks

    if not (user.can("inventory.scan") and user.agency_id == agency.pk):
        raise InventoryError("agency", "Your role cannot scan this agency's exports.", 403)
    if not name.lower().endswith(".csv"):
        raise InventoryError("file", "Upload a .csv file.")
    if not content:
        raise InventoryError("file", "The file is empty.")
    if len(content) > MAX_SCAN_BYTES:
        raise InventoryError("file", "The file is larger than 10 MB.", 413)
    safe_name = Path(name).name[:200]
    fd, tmp = tempfile.mkstemp(prefix="sanctuary-scan-", suffix=".csv")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        try:
            chunks = [c.to_dict() for c in iter_csv_chunks(tmp, CHUNK_ROWS)]
        except ReadError as error:
            raise InventoryError("file", "The file is not a readable UTF-8 CSV.") from error
    finally:
        Path(tmp).unlink(missing_ok=True)
    for c in chunks:
        c["file"] = safe_name  # never the temporary path
    with transaction.atomic():
        scan = BulkScan.objects.create(
            agency=agency,
            created_by=user,
            file_name=safe_name,
            status=BulkScan.Status.RUNNING,
            chunks_total=len(chunks),
        )
        record("bulk_scan_started", actor=user, obj=scan, summary=f"Bulk scan {scan.pk} started")

    def enqueue() -> None:
        from celery import group

        group(scan_chunk_task.s(scan.pk, c) for c in chunks).apply_async()

    transaction.on_commit(enqueue)
    return scan


def merge_chunk(scan_id: int, summary: dict[str, Any]) -> None:
    """Add one chunk's counts to the scan under a row lock; the last chunk finishes it."""
    from sanctuary.privacy import CsvSummary, merge_summaries

    with transaction.atomic():
        scan = BulkScan.objects.select_for_update().filter(pk=scan_id).first()
        if scan is None or scan.status != BulkScan.Status.RUNNING:
            return
        parts = [CsvSummary.from_dict(summary)]
        if scan.summary:
            parts.insert(0, CsvSummary.from_dict({**scan.summary, "file": summary["file"]}))
        merged = merge_summaries(parts).to_dict()
        merged.pop("file", None)
        scan.summary = merged
        scan.rows = merged["rows"]
        scan.chunks_done += 1
        if scan.chunks_done >= scan.chunks_total:
            scan.status = BulkScan.Status.DONE
            scan.finished_at = timezone.now()
            record("bulk_scan_done", obj=scan, summary=f"Bulk scan {scan.pk}: {scan.rows} rows")
        scan.save()


def fail_scan(scan_id: int, error: str) -> None:
    BulkScan.objects.filter(pk=scan_id).update(
        status=BulkScan.Status.FAILED, error=error[:300], finished_at=timezone.now()
    )
