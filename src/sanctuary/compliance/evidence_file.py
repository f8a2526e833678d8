"""Checking an uploaded evidence file: size, and type by its content (magic bytes), not its name.

Pure Python on plain data. Returns a user-facing message, or the file's kind when it is fine.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import PurePath


@dataclass(frozen=True)
class FileKind:
    key: str
    label: str
    extensions: tuple[str, ...]
    content_type: str


KINDS: dict[str, FileKind] = {
    "pdf": FileKind("pdf", "PDF", (".pdf",), "application/pdf"),
    "png": FileKind("png", "PNG image", (".png",), "image/png"),
    "jpeg": FileKind("jpeg", "JPEG image", (".jpg", ".jpeg"), "image/jpeg"),
    "docx": FileKind(
        "docx",
        "Word document (DOCX)",
        (".docx",),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "txt": FileKind("txt", "plain text", (".txt",), "text/plain; charset=utf-8"),
}
ALLOWED_EXTENSIONS = tuple(ext for kind in KINDS.values() for ext in kind.extensions)
ALLOWED_LABEL = "PDF, PNG, JPEG, DOCX or plain text (.txt)"


@dataclass(frozen=True)
class FileCheck:
    kind: FileKind | None
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.kind is not None


def sniff(data: bytes) -> FileKind | None:
    """The allowed kind this content is, judged from its bytes only; None if none of them."""
    if data.startswith(b"%PDF-"):
        return KINDS["pdf"]
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return KINDS["png"]
    if data.startswith(b"\xff\xd8\xff"):
        return KINDS["jpeg"]
    if data.startswith(b"PK\x03\x04"):
        return KINDS["docx"] if _is_docx(data) else None
    if _is_plain_text(data):
        return KINDS["txt"]
    return None


def _is_docx(data: bytes) -> bool:
    # Read the zip directory only; nothing is extracted, so a zip bomb costs nothing here.
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return False
    return "[Content_Types].xml" in names and "word/document.xml" in names


def _is_plain_text(data: bytes) -> bool:
    if not data or b"\x00" in data:
        return False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return all(ch.isprintable() or ch in "\t\r\n\f" for ch in text)


def check_file(name: str, size: int, data: bytes, *, max_bytes: int) -> FileCheck:
    """Whether an upload named `name` with content `data` is acceptable evidence."""
    if size <= 0 or not data:
        return FileCheck(None, "The file is empty.")
    if size > max_bytes:
        return FileCheck(
            None, f"The file is too large: the limit is {max_bytes // (1024 * 1024) or 1} MB."
        )
    extension = PurePath(name or "").suffix.lower()
    if extension not in ALLOWED_EXTENSIONS:
        return FileCheck(None, f"Upload a {ALLOWED_LABEL} file.")
    kind = sniff(data)
    if kind is None:
        return FileCheck(
            None, f"The file's content is not a {ALLOWED_LABEL} file, whatever its name says."
        )
    if extension not in kind.extensions:
        return FileCheck(
            None,
            f"The file is named {extension} but its content is a {kind.label}. "
            "Rename it, or upload the right file.",
        )
    return FileCheck(kind)
