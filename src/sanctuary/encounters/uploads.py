"""Uploaded photos stay in memory: never written to a temporary file, never stored."""

from __future__ import annotations

from typing import Any

from django.core.files.uploadhandler import MemoryFileUploadHandler

from sanctuary.documents import DEFAULT_LIMITS

# Multipart overhead on top of the document check's own byte limit.
SLACK = 64 * 1024


class InMemoryOnlyUploadHandler(MemoryFileUploadHandler):
    """Keeps uploads up to the document check's limit in memory; drops larger ones unread.

    With no other handler installed, a dropped file never touches the disk; the view sees
    `request.upload_too_large` and says so plainly.
    """

    def handle_raw_input(
        self,
        input_data: Any,
        META: Any,
        content_length: int,
        boundary: Any,
        encoding: Any = None,
    ) -> None:
        self.activated = content_length <= DEFAULT_LIMITS.max_bytes + SLACK
        if self.request is not None:
            self.request.upload_too_large = not self.activated  # type: ignore[attr-defined]


def keep_uploads_in_memory(request: Any) -> None:
    """Call before anything reads request.POST/FILES."""
    request.upload_handlers = [InMemoryOnlyUploadHandler(request)]
