"""Reading the files the scanner accepts: UTF-8 text, CSV and PDF (text layer only).

Every failure becomes a `ReadError` with one plain sentence (empty file, not UTF-8, encrypted
or corrupt PDF, a PDF without a text layer), so the CLI can report it and stop before writing.
"""

from __future__ import annotations

import csv
import io
import logging
from pathlib import Path
from typing import Literal

MAX_TEXT_BYTES = 50 * 1024 * 1024
MAX_PDF_BYTES = 200 * 1024 * 1024
MAX_PDF_PAGES = 5000
PDF_PAGE_SEPARATOR = "\n\n"

Kind = Literal["text", "csv", "pdf"]


class ReadError(Exception):
    """The file cannot be scanned; the message says why in one sentence."""


def kind_of(path: Path) -> Kind:
    suffix = path.suffix.lower()
    if suffix in {".csv", ".tsv"}:
        return "csv"
    if suffix == ".pdf":
        return "pdf"
    try:
        with path.open("rb") as handle:
            if handle.read(5) == b"%PDF-":
                return "pdf"
    except OSError as error:
        raise ReadError(f"cannot open {path}: {error.strerror}") from error
    return "text"


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise ReadError(f"{path} is {size:,} bytes; the limit is {limit:,}")
        data = path.read_bytes()
    except OSError as error:
        raise ReadError(f"cannot read {path}: {error.strerror}") from error
    if not data.strip():
        raise ReadError(f"{path} is empty")
    return data


def decode_utf8(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReadError(
            f"{path} is not UTF-8 (byte {error.start}); convert it first, "
            "e.g. iconv -f windows-1252 -t utf-8"
        ) from error


def read_text(path: Path) -> str:
    return decode_utf8(_read_bytes(path, MAX_TEXT_BYTES), path)


def read_pdf_pages(path: Path) -> list[str]:
    """The text layer of each page. Scanned PDFs without one must go through OCR first."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    data = _read_bytes(path, MAX_PDF_BYTES)
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except Exception as error:  # noqa: BLE001 - pypdf raises several kinds here
                raise ReadError(f"{path} is an encrypted PDF; decrypt it first") from error
            if not unlocked:
                raise ReadError(f"{path} is an encrypted PDF; decrypt it first")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise ReadError(f"{path} has {len(reader.pages)} pages; the limit is {MAX_PDF_PAGES}")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise ReadError(f"{path} is not a readable PDF ({error})") from error
    if not any(p.strip() for p in pages):
        raise ReadError(f"{path} has no text layer (a scanned image?); run OCR first")
    return pages


def read_pdf_text(path: Path) -> str:
    """All pages joined by PDF_PAGE_SEPARATOR; finding offsets refer to this string."""
    return PDF_PAGE_SEPARATOR.join(read_pdf_pages(path))


def sniff_dialect(path: Path) -> type[csv.Dialect] | csv.Dialect:
    """The CSV dialect of `path` (delimiter and quoting), defaulting to Excel's."""
    if path.suffix.lower() == ".tsv":
        return csv.excel_tab
    try:
        with path.open("rb") as handle:
            sample = handle.read(64 * 1024)
    except OSError as error:
        raise ReadError(f"cannot read {path}: {error.strerror}") from error
    if not sample.strip():
        raise ReadError(f"{path} is empty")
    text = sample.decode("utf-8-sig", errors="ignore")
    try:
        return csv.Sniffer().sniff(text, delimiters=",;\t|")
    except csv.Error:
        return csv.excel


def line_ending(path: Path) -> str:
    with path.open("rb") as handle:
        first = handle.readline()
    return "\r\n" if first.endswith(b"\r\n") else "\n"


def count_lines(path: Path) -> int:
    """Physical lines, for progress bars (rows with embedded newlines make this an estimate)."""
    total = 0
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            total += block.count(b"\n")
    return total
