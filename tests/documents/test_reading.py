"""Bad input gets a clear error in bounded time and memory; good input of each type is read."""

from __future__ import annotations

import datetime as dt
import io
import resource
import struct
import time
import zlib
from collections.abc import Callable

import pytest
from PIL import Image

from sanctuary.documents import (
    CheckResult,
    CorruptDocument,
    DocumentError,
    EmptyDocument,
    EncryptedDocument,
    Limits,
    TooLarge,
    Unreadable,
    UnsupportedType,
    check_document,
)
from sanctuary.documents.reading import sniff

ON = dt.date(2026, 2, 10)
BOUND_SECONDS = 10.0


def _check(data: bytes, filename: str, limits: Limits | None = None) -> CheckResult:
    if limits is None:
        return check_document(data, filename=filename, on=ON)
    return check_document(data, filename=filename, on=ON, limits=limits)


def _expect(
    error: type[DocumentError], data: bytes, filename: str, limits: Limits | None = None
) -> str:
    started = time.monotonic()
    with pytest.raises(error) as caught:
        _check(data, filename, limits)
    assert time.monotonic() - started < BOUND_SECONDS
    message = str(caught.value)
    assert message and "Traceback" not in message and message.endswith(".")
    return message


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    return (
        struct.pack(">I", len(payload))
        + kind
        + payload
        + struct.pack(">I", zlib.crc32(kind + payload))
    )


def _png_bomb(width: int, height: int) -> bytes:
    """A real decompression bomb: a tiny file that decodes to width x height grey pixels."""
    compressor = zlib.compressobj(9)
    row = b"\x00" + b"\x00" * width
    body = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", body)
        + _png_chunk(b"IEND", b"")
    )


def _pdf(pages: int) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(612, 792)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), "white").save(buffer, format="JPEG")
    return buffer.getvalue()


def test_empty_file() -> None:
    assert "empty" in _expect(EmptyDocument, b"", "photo.jpg")


@pytest.mark.parametrize(
    ("make", "filename"),
    [
        (_jpeg, "warrant.pdf"),
        (lambda: _pdf(1), "photo.png"),
        (lambda: b"just some words", "photo.jpg"),
        (lambda: b"\x00\x01\x02binary\xff\xfe" * 50, "warrant.pdf"),
        (lambda: b"\x00\x01\x02binary\xff\xfe" * 50, "document.bin"),
        (lambda: b"PK\x03\x04" + b"\x00" * 200, "warrant.txt"),
    ],
)
def test_wrong_type_behind_a_right_extension(make: Callable[[], bytes], filename: str) -> None:
    _expect(UnsupportedType, make(), filename)


def test_image_types_may_be_swapped_harmlessly() -> None:
    assert sniff(_jpeg()) == "jpeg"
    # A JPEG saved as .png is common on phones: it is read, not refused (it is blank: "other").
    result = _check(_jpeg(), "photo.png")
    assert result.judicial_warrant is False


def test_corrupt_pdf() -> None:
    _expect(CorruptDocument, b"%PDF-1.7\n" + bytes(range(256)) * 20, "warrant.pdf")


def test_truncated_image() -> None:
    buffer = io.BytesIO()
    Image.effect_noise((400, 400), 60).save(buffer, format="PNG")
    _expect(CorruptDocument, buffer.getvalue()[:3000], "photo.png")


def test_truncated_image_is_refused_even_after_weasyprint_relaxed_pillow() -> None:
    from PIL import ImageFile

    previous = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = True  # what `import weasyprint` does process-wide
    try:
        test_truncated_image()
        assert ImageFile.LOAD_TRUNCATED_IMAGES is True  # the setting is given back
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = previous


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"GIF89a junk", "photo.gif"),
        (b"GIF89a junk", "photo.txt"),
        (b"BM\x36\x00\x0c\x00\x00\x00\x00\x00\x36\x00\x00\x00" + b"\x00" * 40, "scan.bmp"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", "IMG_0001.HEIC"),
        (b"PK\x03\x04 a zip archive", "warrant.txt"),
    ],
)
def test_formats_we_do_not_read_are_refused_not_read_as_text(data: bytes, name: str) -> None:
    _expect(UnsupportedType, data, name)


def test_a_text_that_starts_like_a_bitmap_header_is_still_text() -> None:
    assert sniff(b"BMI report for the case file, nothing else.") == "text"


def test_encrypted_pdf() -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "password" in _expect(EncryptedDocument, buffer.getvalue(), "warrant.pdf")


def test_huge_image_is_refused_from_its_header() -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    message = _expect(TooLarge, _png_bomb(20_000, 20_000), "photo.png")
    assert "megapixels" in message
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 100  # never decoded: 400 megapixels would need 400 MB


def test_decompression_bomb_under_a_configured_limit() -> None:
    _expect(TooLarge, _png_bomb(3000, 3000), "photo.png", Limits(max_pixels=4_000_000))


def test_pdf_with_a_huge_embedded_image_is_refused_before_decoding() -> None:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    image = DecodedStreamObject()
    image.set_data(b"\x00" * 100)
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(30000),
            NameObject("/Height"): NumberObject(30000),
            NameObject("/ColorSpace"): NameObject("/DeviceGray"),
            NameObject("/BitsPerComponent"): NumberObject(8),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): writer._add_object(image)})}
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    _expect(TooLarge, buffer.getvalue(), "scan.pdf")


def test_five_hundred_page_pdf() -> None:
    message = _expect(TooLarge, _pdf(500), "warrant.pdf")
    assert "500 pages" in message


def test_too_many_bytes() -> None:
    _expect(TooLarge, b"x" * 5000, "note.txt", Limits(max_bytes=1000))


def test_blank_pdf_has_nothing_to_read() -> None:
    _expect(Unreadable, _pdf(1), "blank.pdf")


def test_ocr_timeout_is_a_clear_error() -> None:
    noise = Image.effect_noise((2400, 3000), 90)
    buffer = io.BytesIO()
    noise.save(buffer, format="PNG")
    limits = Limits(ocr_timeout_seconds=0.5, total_timeout_seconds=5)
    started = time.monotonic()
    try:
        result = _check(buffer.getvalue(), "noise.png", limits)
    except Unreadable as error:
        assert "too long" in str(error) or "read" in str(error)
    else:  # Tesseract gave up on its own in time: then it must not be called a warrant
        assert result.judicial_warrant is False
    assert time.monotonic() - started < BOUND_SECONDS


def test_plain_text_file_is_read() -> None:
    result = _check(b"UNITED STATES DISTRICT COURT\nARREST WARRANT\nAO 442", "note.txt")
    assert result.source == "text"


def test_windows_text_file_is_read() -> None:
    text = "UNITED STATES DISTRICT COURT\nSEARCH AND SEIZURE WARRANT\nSe\u00f1or \u00a7 1326\n" * 3
    result = _check(text.encode("cp1252"), "note.txt")
    assert result.source == "text"
