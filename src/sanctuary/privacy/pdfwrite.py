"""Writing redacted text as a new PDF with pypdf alone (no fpdf2 at run time).

Covering text with black boxes leaves it in the file; here the output PDF is built from
scratch and contains only the redacted text, in Courier, one page per input page (continued
on extra pages when long). Nothing of the original survives: no content streams, fonts,
images, annotations or metadata (titles and authors often hold names). Characters outside
Windows-1252 are written as "?" — a limit of the standard fonts.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import IO, Any

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

_PAGE_W, _PAGE_H = 612, 792  # US Letter, points
_MARGIN = 54
_FONT_SIZE = 9
_LEADING = 11
_CHARS_PER_LINE = 92  # Courier is 0.6 em wide: (612 - 2*54) / (0.6 * 9) ≈ 93
_LINES_PER_PAGE = (_PAGE_H - 2 * _MARGIN) // _LEADING


def _escape(line: str) -> bytes:
    raw = line.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _wrap(text: str) -> list[str]:
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\f", "\n").split("\n"):
        wrapped = textwrap.wrap(
            paragraph.expandtabs(4), _CHARS_PER_LINE, break_long_words=True, drop_whitespace=True
        )
        lines.extend(wrapped or [""])
    return lines


def _page(writer: PdfWriter, lines: list[str]) -> None:
    page = writer.add_blank_page(_PAGE_W, _PAGE_H)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Courier"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
    )
    ops = [f"BT /F1 {_FONT_SIZE} Tf {_LEADING} TL {_MARGIN} {_PAGE_H - _MARGIN} Td".encode()]
    ops.extend(b"(" + _escape(line) + b") Tj T*" for line in lines)
    ops.append(b"ET")
    stream = DecodedStreamObject()
    stream.set_data(b"\n".join(ops))
    page.replace_contents(stream)  # type: ignore[arg-type]  # a decoded stream works too


def write_text_pdf(pages: Iterable[str], out: IO[Any]) -> None:
    """Write each text in `pages` as one or more new PDF pages to `out`."""
    writer = PdfWriter()
    for text in pages:
        lines = _wrap(text)
        for i in range(0, max(len(lines), 1), _LINES_PER_PAGE):
            _page(writer, lines[i : i + _LINES_PER_PAGE])
    writer.write(out)
