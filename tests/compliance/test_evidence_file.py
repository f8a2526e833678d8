"""Evidence files are judged by their content: the name must match what the bytes are."""

from __future__ import annotations

import pytest

from sanctuary.compliance.evidence_file import check_file, sniff
from tests.compliance.files import (
    EXE_BYTES,
    JPEG_BYTES,
    PDF_BYTES,
    PNG_BYTES,
    docx_bytes,
    plain_zip_bytes,
)

LIMIT = 1024 * 1024


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("appointment.pdf", PDF_BYTES, "pdf"),
        ("Scan.PNG", PNG_BYTES, "png"),
        ("photo.jpg", JPEG_BYTES, "jpeg"),
        ("photo.jpeg", JPEG_BYTES, "jpeg"),
        ("memo.docx", docx_bytes(), "docx"),
        ("roster.txt", "Trained: 41 staff — 12 Feb 2026\n".encode(), "txt"),
    ],
)
def test_allowed_files_pass(name: str, data: bytes, kind: str) -> None:
    result = check_file(name, len(data), data, max_bytes=LIMIT)
    assert result.ok, result.error
    assert result.kind is not None and result.kind.key == kind


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("report.pdf", EXE_BYTES, "content is not"),
        ("report.pdf", PNG_BYTES, "named .pdf but its content is a PNG image"),
        ("memo.docx", plain_zip_bytes(), "content is not"),
        ("notes.txt", b"\x00\x01binary", "content is not"),
        ("notes.txt", b"\xff\xfe\xfa not utf-8", "content is not"),
        ("tool.exe", EXE_BYTES, "Upload a PDF"),
        ("no-extension", PDF_BYTES, "Upload a PDF"),
        ("empty.pdf", b"", "empty"),
    ],
)
def test_bad_files_are_refused_with_a_reason(name: str, data: bytes, message: str) -> None:
    result = check_file(name, len(data), data, max_bytes=LIMIT)
    assert not result.ok
    assert message in result.error


def test_size_limit_is_checked_before_content() -> None:
    result = check_file("big.pdf", LIMIT + 1, PDF_BYTES, max_bytes=LIMIT)
    assert not result.ok
    assert "too large" in result.error and "1 MB" in result.error


def test_sniff_ignores_names() -> None:
    assert sniff(PDF_BYTES).key == "pdf"  # type: ignore[union-attr]
    assert sniff(EXE_BYTES) is None
