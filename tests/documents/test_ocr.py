"""OCR preparation and the ink check on signature lines."""

from __future__ import annotations

import datetime as dt
import io
import random

import numpy as np
from PIL import Image, ImageDraw

from sanctuary.documents import Kind, check_document
from sanctuary.documents.ocr import _has_ink, estimate_skew, flatten_lighting

from .corpus.build import _context
from .corpus.layout import scribble_points, to_image
from .corpus.templates import by_id


def _region(draw_scribble: bool, tilt: float = 0.0, noise: float = 8.0) -> np.ndarray:
    image = Image.new("L", (400, 110), 235)
    draw = ImageDraw.Draw(image)
    if draw_scribble:
        rng = random.Random(1)
        draw.line([(20 + x, 5 + y) for x, y in scribble_points(rng, 350, 80)], fill=20, width=4)
    image = image.rotate(tilt, fillcolor=235)
    draw = ImageDraw.Draw(image)
    draw.line((30, 100 - 2, 390, 100 + 2), fill=0, width=2)  # the signature rule, slightly tilted
    pixels = np.asarray(image, dtype=np.float32)
    pixels += np.random.default_rng(0).normal(0, noise, pixels.shape)
    return np.clip(pixels, 0, 255).astype(np.uint8)


def test_a_blank_tilted_signature_line_has_no_ink() -> None:
    assert not _has_ink(_region(False))
    assert not _has_ink(_region(False, noise=20))


def test_a_scribble_is_ink() -> None:
    assert _has_ink(_region(True))
    assert _has_ink(_region(True, tilt=2))


def test_uneven_light_is_flattened() -> None:
    gradient = np.tile(np.linspace(120, 250, 800, dtype=np.float32), (600, 1))
    flat = np.asarray(flatten_lighting(Image.fromarray(gradient.astype(np.uint8))))
    assert flat.min() > 200  # the shadowed side becomes white paper too


def test_skew_is_estimated() -> None:
    rng = random.Random(2)
    page = to_image(by_id("i200_standard").build(_context(rng, True)), rng)
    angle = estimate_skew(page.rotate(2.0, fillcolor=255, expand=True))
    assert abs(angle + 2.0) < 0.6 or abs(angle - 2.0) < 0.6


def test_a_page_photographed_sideways_is_turned_and_read() -> None:
    rng = random.Random(3)
    ctx = _context(rng, True)
    page = to_image(by_id("i200_standard").build(ctx), rng).rotate(90, expand=True)
    buffer = io.BytesIO()
    page.save(buffer, format="PNG")
    result = check_document(buffer.getvalue(), filename="photo.png", on=ctx.issued)
    assert result.kind is Kind.ADMINISTRATIVE_ARREST_WARRANT_I200
    assert not result.judicial_warrant
    assert result.issued == ctx.issued
    assert isinstance(result.issued, dt.date)
