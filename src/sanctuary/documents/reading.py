"""Turn uploaded bytes into text, within limits, without writing anything to disk.

Order of trust: the bytes' magic number decides the type (a ".pdf" that is really a JPEG is an
error, not a guess); sizes are checked before decoding (file bytes, an image's header pixel count,
a PDF's page count, an embedded image's declared size); a PDF's text layer is used when it has
one, otherwise its embedded page images are OCR'd, first pages only.
"""

from __future__ import annotations

import io
import re
import threading
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from PIL import Image, ImageFile

from .model import (
    CorruptDocument,
    DocumentError,
    EmptyDocument,
    EncryptedDocument,
    Limits,
    TooLarge,
    Unreadable,
    UnsupportedType,
)
from .ocr import ocr_image
from .pdfsign import pdf_page_signed

IMAGE_TYPES = {"png", "jpeg", "webp", "tiff"}
_EXTENSIONS = {
    "pdf": "pdf",
    "png": "png",
    "jpg": "jpeg",
    "jpeg": "jpeg",
    "webp": "webp",
    "tif": "tiff",
    "tiff": "tiff",
    "txt": "text",
    "text": "text",
}
_NAMES = {"pdf": "a PDF", "png": "an image", "jpeg": "an image", "webp": "an image"}
_NAMES |= {"tiff": "an image", "text": "a text file"}
# Enough letters on a page to believe a PDF text layer is real (not just a stray page number).
MIN_TEXT_LAYER_CHARS = 80


@dataclass
class ReadResult:
    text: str
    source: str  # "text", "pdf-text", "ocr" or "pdf-ocr"
    confidence: float  # how well the text was read, 0..1 (1 for a text layer or typed text)
    signed: bool | None  # ink on a signature line: None when not determinable
    pages_total: int = 1
    pages_read: int = 1
    notes: list[str] = field(default_factory=list)


def sniff(data: bytes) -> str | None:
    """The real type of `data` from its first bytes, or None when unsupported."""
    head = data[:16]
    if data[:1024].lstrip().startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    is_bmp = head[:2] == b"BM" and head[6:10] == b"\x00\x00\x00\x00"  # not "BMI report..."
    if is_bmp or head.startswith(_UNSUPPORTED_SIGNATURES) or head[4:12] in _UNSUPPORTED_BOXES:
        return None  # other image and archive formats may look like text in their first bytes
    if _looks_like_text(data[:4096]):
        return "text"
    return None


# GIF, ZIP/DOCX, gzip (and BMP, above): formats we do not read, whatever their name says.
_UNSUPPORTED_SIGNATURES = (b"GIF87a", b"GIF89a", b"PK\x03\x04", b"\x1f\x8b")
# HEIC/HEIF and AVIF photos (ISO boxes: "ftyp" + brand at offset 4).
_UNSUPPORTED_BOXES = {b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif", b"ftyphevc"}


def _looks_like_text(sample: bytes) -> bool:
    if b"\x00" in sample:
        return False
    try:
        decoded = sample.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start >= len(sample) - 4:  # a multibyte char cut at the sample's end is fine
            decoded = sample[: error.start].decode("utf-8")
        else:
            decoded = sample.decode("cp1252", errors="replace")  # older Windows text files
    printable = sum(ch.isprintable() or ch in "\n\r\t\f" for ch in decoded)
    return bool(decoded) and printable / len(decoded) > 0.95


def _extension(filename: str) -> str | None:
    match = re.search(r"\.([A-Za-z0-9]+)$", filename)
    return match.group(1).lower() if match else None


class Deadline:
    """A wall-clock budget shared by all the steps of one check."""

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds

    def remaining(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise Unreadable("Checking this document took too long and was stopped.")
        return left


def read_document(data: bytes, filename: str, limits: Limits) -> ReadResult:
    """Bytes to text. Raises a DocumentError with a sentence for staff when it cannot."""
    if not data:
        raise EmptyDocument("The file is empty.")
    if len(data) > limits.max_bytes:
        raise TooLarge(
            f"The file is {len(data) / 1e6:.1f} MB; the limit is {limits.max_bytes / 1e6:.0f} MB."
        )
    kind = sniff(data)
    claimed = _EXTENSIONS.get(_extension(filename) or "")
    if kind is None:
        raise UnsupportedType(
            "This is not a file we can check: send a photo (JPEG, PNG, WebP, TIFF), a PDF or text."
        )
    if claimed is not None and claimed != kind:
        # A JPEG saved as .png is harmless and common on phones; anything else is not.
        if not (claimed in IMAGE_TYPES and kind in IMAGE_TYPES):
            raise UnsupportedType(
                f"The file is named like {_NAMES[claimed]} but its contents are "
                f"{_NAMES.get(kind, 'something else')}."
            )
    deadline = Deadline(limits.total_timeout_seconds)
    if kind == "pdf":
        return read_pdf(data, limits, deadline)
    if kind == "text":
        return read_text_bytes(data, limits)
    return read_image(data, limits, deadline)


def read_text_bytes(data: bytes, limits: Limits) -> ReadResult:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return read_typed_text(text, limits)


def read_typed_text(text: str, limits: Limits) -> ReadResult:
    """Typed text: nothing to OCR and no drawing to look for ink in, so `signed` is unknown."""
    if len(text) > limits.max_text_chars:
        raise TooLarge(f"The text is longer than {limits.max_text_chars} characters.")
    return ReadResult(text=text, source="text", confidence=1.0, signed=None)


_STRICT_DECODING = threading.Lock()


@contextmanager
def strict_decoding() -> Iterator[None]:
    """Refuse truncated images even when another library (WeasyPrint does, on import) told
    Pillow to accept them process-wide: a cut-off photo must not pass as readable."""
    with _STRICT_DECODING:
        previous = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            yield
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = previous


def open_image(data: bytes, limits: Limits) -> Image.Image:
    """Open an image and check its pixel count from the header, before decoding any pixels."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > limits.max_pixels:
                raise TooLarge(
                    f"The image is {width} x {height} pixels; the limit is "
                    f"{limits.max_pixels / 1e6:.0f} megapixels."
                )
            if getattr(image, "n_frames", 1) > limits.max_pdf_pages:
                raise TooLarge(f"The image has more than {limits.max_pdf_pages} pages.")
            with strict_decoding():
                image.load()
    except DocumentError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        # Pillow's own guard (Image.MAX_IMAGE_PIXELS) fired while reading the header.
        raise TooLarge(
            "The image is too large to decode safely; the limit is "
            f"{limits.max_pixels / 1e6:.0f} megapixels."
        ) from error
    except (OSError, ValueError, SyntaxError, EOFError) as error:
        raise CorruptDocument("The image is damaged or incomplete and cannot be read.") from error
    except MemoryError as error:
        raise TooLarge("The image is too large to decode safely.") from error
    return image


def read_image(data: bytes, limits: Limits, deadline: Deadline) -> ReadResult:
    image = open_image(data, limits)
    page = ocr_image(
        image,
        timeout=min(limits.ocr_timeout_seconds, deadline.remaining()),
        min_confidence=limits.min_read_confidence,
    )
    notes = [f"Straightened by {page.skew:.1f} degrees."] if abs(page.skew) >= 0.2 else []
    if page.rotated:
        notes.append(f"Turned by {page.rotated} degrees to read it.")
    return ReadResult(
        text=page.text, source="ocr", confidence=page.confidence, signed=page.signed, notes=notes
    )


def read_pdf(data: bytes, limits: Limits, deadline: Deadline) -> ReadResult:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except Exception as error:  # noqa: BLE001 - pypdf raises many types here
                    raise EncryptedDocument(
                        "The PDF is password-protected; ask for an unprotected copy."
                    ) from error
                if not opened:
                    raise EncryptedDocument(
                        "The PDF is password-protected; ask for an unprotected copy."
                    )
            count = len(reader.pages)
    except DocumentError:
        raise
    except (PdfReadError, OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise CorruptDocument("The PDF is damaged and cannot be read.") from error
    except RecursionError as error:
        raise CorruptDocument("The PDF is damaged and cannot be read.") from error
    if count == 0:
        raise CorruptDocument("The PDF has no pages.")
    if count > limits.max_pdf_pages:
        raise TooLarge(
            f"The PDF has {count} pages; the limit is {limits.max_pdf_pages}. "
            "Send only the pages the officer presented."
        )
    texts: list[str] = []
    signed_pages: list[bool | None] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for page in reader.pages:
                deadline.remaining()
                texts.append(page.extract_text() or "")
                if sum(map(len, texts)) > limits.max_text_chars:
                    raise TooLarge(f"The PDF has more than {limits.max_text_chars} characters.")
    except DocumentError:
        raise
    except Exception as error:  # noqa: BLE001 - damaged content streams raise anything
        raise CorruptDocument("The PDF's text is damaged and cannot be read.") from error
    letters = sum(len(re.findall(r"[A-Za-z]", t)) for t in texts)
    if letters >= MIN_TEXT_LAYER_CHARS:
        for page in reader.pages[: limits.max_ocr_pages]:
            deadline.remaining()
            signed_pages.append(_safe_signed(page))
        return ReadResult(
            text="\f".join(texts),
            source="pdf-text",
            confidence=1.0,
            signed=_combine(signed_pages),
            pages_total=count,
            pages_read=count,
        )
    try:
        return _ocr_pdf_images(reader, count, limits, deadline)
    except Unreadable:
        if letters == 0:
            raise
    # A short text layer and no page images (a card, a one-line note): the text is all there is.
    return ReadResult(
        text="\f".join(texts),
        source="pdf-text",
        confidence=1.0,
        signed=None,
        pages_total=count,
        pages_read=count,
    )


def _safe_signed(page: Any) -> bool | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return pdf_page_signed(page)
    except Exception:  # noqa: BLE001 - unreadable drawing means "could not tell"
        return None


def _combine(verdicts: list[bool | None]) -> bool | None:
    if any(v is True for v in verdicts):
        return True
    if any(v is False for v in verdicts):
        return False
    return None


def _ocr_pdf_images(reader: Any, count: int, limits: Limits, deadline: Deadline) -> ReadResult:
    texts: list[str] = []
    confidences: list[float] = []
    verdicts: list[bool | None] = []
    notes: list[str] = []
    read = 0
    for page in reader.pages[: limits.max_ocr_pages]:
        image = _largest_page_image(page, limits)
        if image is None:
            continue
        result = ocr_image(
            image,
            timeout=min(limits.ocr_timeout_seconds, deadline.remaining()),
            min_confidence=limits.min_read_confidence,
        )
        texts.append(result.text)
        confidences.append(result.confidence)
        verdicts.append(result.signed)
        read += 1
    if read == 0:
        raise Unreadable("The PDF has no text and no page images that could be read.")
    if count > limits.max_ocr_pages:
        notes.append(f"Only the first {limits.max_ocr_pages} of {count} pages were read.")
    return ReadResult(
        text="\f".join(texts),
        source="pdf-ocr",
        confidence=min(confidences),
        signed=_combine(verdicts),
        pages_total=count,
        pages_read=read,
        notes=notes,
    )


def _largest_page_image(page: Any, limits: Limits) -> Image.Image | None:
    """The biggest image drawn on a scanned page, size-checked before it is decoded."""
    try:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        candidates: list[tuple[int, str]] = []
        for name in xobjects:
            obj = xobjects[name].get_object()
            if obj.get("/Subtype") != "/Image":
                continue
            width, height = int(obj.get("/Width", 0)), int(obj.get("/Height", 0))
            if width * height > limits.max_pixels:
                raise TooLarge(
                    f"A page image is {width} x {height} pixels; the limit is "
                    f"{limits.max_pixels / 1e6:.0f} megapixels."
                )
            candidates.append((width * height, str(name)))
        if not candidates:
            return None
        _area, wanted = max(candidates)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for image_file in page.images:
                if image_file.name.split(".")[0] == wanted.lstrip("/"):
                    image: Image.Image = image_file.image
                    return image
            first = page.images[0].image if page.images else None
            return first if isinstance(first, Image.Image) else None
    except DocumentError:
        raise
    except Exception as error:  # noqa: BLE001 - damaged image streams raise anything
        raise CorruptDocument("An image in the PDF is damaged and cannot be read.") from error
    return None
