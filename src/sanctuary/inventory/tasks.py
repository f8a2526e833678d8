"""Bulk-scan tasks: one per chunk, so workers scan an export in parallel (inline without Redis).

A chunk's rows are scanned and dropped; only the per-column counts reach the database.
"""

from __future__ import annotations

import logging
from typing import Any

from celery import shared_task

logger = logging.getLogger(__name__)


@shared_task(acks_late=True)
def scan_chunk_task(scan_id: int, chunk: dict[str, Any]) -> int:
    from sanctuary.inventory.services import fail_scan, merge_chunk
    from sanctuary.privacy import CsvChunk, scan_chunk

    try:
        result = scan_chunk(CsvChunk.from_dict(chunk))
    except Exception as error:  # a bad chunk fails the scan, visibly, without its contents
        logger.error("bulk scan %s chunk failed: %s", scan_id, type(error).__name__)
        fail_scan(scan_id, f"A chunk could not be scanned ({type(error).__name__}).")
        return 0
    merge_chunk(scan_id, result.summary.to_dict())
    return result.rows
