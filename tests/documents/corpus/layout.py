"""A tiny page model and its renderers: plain text, a 200-dpi page image, a PDF with a text layer.

Templates describe a document as pages of blocks (lines of text, rules, checkboxes, signature
lines); each renderer draws the same blocks, so a template is written once and rendered every way.
"""

from __future__ import annotations

import io
import random
import textwrap
from dataclasses import dataclass, field

from PIL import Image, ImageDraw, ImageFont

DPI = 200
PAGE_W, PAGE_H = int(8.5 * DPI), 11 * DPI
MARGIN = int(0.75 * DPI)
FONTS = {
    ("serif", False): "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    ("serif", True): "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    ("sans", False): "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    ("sans", True): "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
}


@dataclass
class Text:
    text: str
    size: float = 10.5
    bold: bool = False
    align: str = "left"  # left, center, right
    space_before: float = 0.0  # points


@dataclass
class Rule:
    space_before: float = 4.0


@dataclass
class Check:
    text: str
    checked: bool = False
    size: float = 10.0


@dataclass
class Signature:
    """A signature line: ink above it when signed, the label under it, printed lines below."""

    label: str
    signer: str  # name used for "/s/" and the scribble
    signed: bool
    below: list[str] = field(default_factory=list)
    left_text: str = ""  # a field printed on the label's line at the left ("Date issued: ...")
    electronic: bool = False  # "/s/ Name" instead of a scribble


Block = Text | Rule | Check | Signature


@dataclass
class Doc:
    pages: list[list[Block]]
    font: str = "serif"


# --- plain text ----------------------------------------------------------------------------------
def to_text(doc: Doc) -> str:
    pages = []
    for page in doc.pages:
        lines: list[str] = []
        for block in page:
            if isinstance(block, Text):
                lines.append(block.text)
            elif isinstance(block, Rule):
                lines.append("")
            elif isinstance(block, Check):
                lines.append(("[X] " if block.checked else "[ ] ") + block.text)
            else:
                if block.left_text:
                    lines.append(block.left_text)
                if block.signed:
                    lines.append(f"/s/ {block.signer}")
                else:
                    lines.append("_" * 30)
                lines.append(block.label)
                lines.extend(block.below)
        pages.append("\n".join(lines))
    return "\f".join(pages)


# --- image ---------------------------------------------------------------------------------------
def _font(kind: str, bold: bool, size_pt: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTS[(kind, bold)], int(round(size_pt * DPI / 72)))


def scribble_points(rng: random.Random, width: float, height: float) -> list[tuple[float, float]]:
    """A cursive-looking squiggle inside (0, 0)-(width, height)."""
    points = []
    steps = 40
    for i in range(steps):
        x = width * (i / steps) + rng.uniform(-4, 4) * width / 300
        y = height * (0.5 + 0.42 * rng.choice([-1, 1]) * rng.random())
        points.append((x, y))
    return points


def to_image(doc: Doc, rng: random.Random, page: int = 0) -> Image.Image:
    image = Image.new("L", (PAGE_W, PAGE_H), 255)
    draw = ImageDraw.Draw(image)
    y = MARGIN * 0.8
    width = PAGE_W - 2 * MARGIN
    for block in doc.pages[page]:
        if isinstance(block, Text):
            font = _font(doc.font, block.bold, block.size)
            y += block.space_before * DPI / 72
            avg = font.getlength("abcdefghij") / 10
            for line in textwrap.wrap(block.text, max(10, int(width / avg))) or [""]:
                length = font.getlength(line)
                x = {"left": MARGIN, "center": (PAGE_W - length) / 2}.get(
                    block.align, PAGE_W - MARGIN - length
                )
                draw.text((x, y), line, font=font, fill=0)
                y += block.size * DPI / 72 * 1.3
        elif isinstance(block, Rule):
            y += block.space_before * DPI / 72
            draw.line((MARGIN, y, PAGE_W - MARGIN, y), fill=0, width=3)
            y += 10
        elif isinstance(block, Check):
            font = _font(doc.font, False, block.size)
            box = block.size * DPI / 72 * 0.8
            draw.rectangle((MARGIN, y + 4, MARGIN + box, y + 4 + box), outline=0, width=2)
            if block.checked:
                draw.line((MARGIN, y + 4, MARGIN + box, y + 4 + box), fill=0, width=3)
                draw.line((MARGIN, y + 4 + box, MARGIN + box, y + 4), fill=0, width=3)
            draw.text((MARGIN + box * 1.6, y), block.text, font=font, fill=0)
            y += block.size * DPI / 72 * 1.4
        else:
            y = _draw_signature(draw, doc, block, y, rng)
        if y > PAGE_H - MARGIN / 2:
            break
    return image


def _draw_signature(
    draw: ImageDraw.ImageDraw, doc: Doc, block: Signature, y: float, rng: random.Random
) -> float:
    font = _font(doc.font, False, 10)
    x0 = PAGE_W / 2 + 40
    y += 110  # room for the signature
    if block.signed and block.electronic:
        draw.text((x0 + 10, y - 40), f"/s/ {block.signer}", font=font, fill=0)
    elif block.signed:
        points = [(x0 + 20 + px, y - 95 + py) for px, py in scribble_points(rng, 420, 90)]
        draw.line(points, fill=rng.choice([0, 20, 40]), width=rng.choice([3, 4, 5]), joint="curve")
    draw.line((x0, y, PAGE_W - MARGIN, y), fill=0, width=2)
    y += 8
    if block.left_text:
        draw.text((MARGIN, y), block.left_text, font=font, fill=0)
    draw.text((x0, y), block.label, font=font, fill=0)
    y += 10 * DPI / 72 * 1.35
    for line in block.below:
        draw.text((x0, y), line, font=font, fill=0)
        y += 10 * DPI / 72 * 1.35
    return y + 10


# --- PDF with a text layer -----------------------------------------------------------------------
def _latin1(text: str) -> str:
    return text.encode("latin-1", errors="replace").decode("latin-1")


def to_pdf(doc: Doc, rng: random.Random, signature_as_image: bool = False) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(True, margin=36)
    family = "Times" if doc.font == "serif" else "Helvetica"
    left = 54.0
    for page in doc.pages:
        pdf.add_page()
        pdf.set_xy(left, 40)
        for block in page:
            if isinstance(block, Text):
                pdf.set_font(family, "B" if block.bold else "", block.size)
                pdf.set_y(pdf.get_y() + block.space_before)
                pdf.set_x(left)
                align = {"left": "L", "center": "C", "right": "R"}[block.align]
                pdf.multi_cell(0, block.size * 1.25, _latin1(block.text), align=align)
            elif isinstance(block, Rule):
                pdf.set_y(pdf.get_y() + block.space_before)
                pdf.line(left, pdf.get_y(), 612 - left, pdf.get_y())
                pdf.set_y(pdf.get_y() + 4)
            elif isinstance(block, Check):
                pdf.set_font(family, "", block.size)
                pdf.set_x(left)
                mark = "[X] " if block.checked else "[  ] "
                pdf.multi_cell(0, block.size * 1.3, _latin1(mark + block.text))
            else:
                _pdf_signature(pdf, family, block, rng, signature_as_image)
    return bytes(pdf.output())


def _pdf_signature(
    pdf: object, family: str, block: Signature, rng: random.Random, as_image: bool
) -> None:
    from fpdf import FPDF

    assert isinstance(pdf, FPDF)
    x0 = 330.0
    y = pdf.get_y() + 44
    if y > 740:
        pdf.add_page()
        y = 80
    pdf.set_font(family, "", 10)
    if block.signed and block.electronic:
        pdf.text(x0 + 4, y - 6, f"/s/ {_latin1(block.signer)}")
    elif block.signed and as_image:
        image = Image.new("L", (600, 130), 255)
        ImageDraw.Draw(image).line(
            [(20 + px, 10 + py) for px, py in scribble_points(rng, 560, 110)], fill=0, width=5
        )
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        pdf.image(io.BytesIO(buffer.getvalue()), x=x0 + 4, y=y - 36, w=150, h=33)
    elif block.signed:
        points = [(x0 + 6 + px, y - 36 + py) for px, py in scribble_points(rng, 150, 32)]
        with pdf.local_context(line_width=1.2):
            pdf.polyline(points)
    pdf.line(x0, y, 558, y)
    if block.left_text:
        pdf.text(54, y + 11, _latin1(block.left_text))
    pdf.text(x0, y + 11, _latin1(block.label))
    line_y = y + 11
    for line in block.below:
        line_y += 13
        pdf.text(x0, line_y, _latin1(line))
    pdf.set_xy(54, line_y + 10)


def image_pdf(images: list[Image.Image], quality: int = 80) -> bytes:
    """A scanned PDF: each page one JPEG image, no text layer."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    for image in images:
        pdf.add_page()
        buffer = io.BytesIO()
        image.convert("L").save(buffer, format="JPEG", quality=quality)
        pdf.image(io.BytesIO(buffer.getvalue()), x=0, y=0, w=612, h=792)
    return bytes(pdf.output())
