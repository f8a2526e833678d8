"""Make clean renderings look like the real thing: phone photos, scans and OCR'd text."""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image, ImageFilter

# The swaps Tesseract makes most often (and the checker must tolerate).
OCR_SWAPS = {
    "o": "0",
    "O": "0",
    "0": "O",
    "l": "1",
    "I": "l",
    "1": "l",
    "i": "l",
    "S": "5",
    "s": "5",
    "e": "c",
    "c": "e",
    "m": "rn",
    "u": "v",
    "B": "8",
    "g": "9",
}


def ocr_errors(text: str, rng: random.Random, rate: float = 0.03) -> str:
    """Text as a mediocre OCR would return it: swapped letters, merged and split words."""
    out: list[str] = []
    for char in text:
        roll = rng.random()
        if char in OCR_SWAPS and roll < rate:
            out.append(OCR_SWAPS[char])
        elif char == " " and roll < rate * 0.6:
            continue  # merged words
        elif char.isalpha() and roll < rate * 0.15:
            out.append(char + " ")  # a split word
        else:
            out.append(char)
    return "".join(out)


def photo(image: Image.Image, rng: random.Random, *, heavy: bool = False) -> Image.Image:
    """A phone photo or scan of a page: slight rotation, uneven light, background, blur, noise."""
    gray = image.convert("L")
    angle = rng.uniform(-3, 3)
    gray = gray.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
    pixels = np.asarray(gray, dtype=np.float32)
    h, w = pixels.shape
    # Scan background: off-white paper with faint texture.
    paper = rng.uniform(215, 245)
    texture = np.asarray(
        Image.fromarray(
            np.uint8(
                np.clip(
                    np.random.default_rng(rng.randint(0, 2**31)).normal(
                        0, 30, (h // 16 + 1, w // 16 + 1)
                    )
                    + 128,
                    0,
                    255,
                )
            )
        ).resize((w, h), Image.Resampling.BILINEAR),
        dtype=np.float32,
    )
    pixels = pixels / 255.0 * (paper + (texture - 128) * 0.15)
    # Uneven light: a gradient from one corner, as under a desk lamp.
    strength = rng.uniform(0.25, 0.5 if heavy else 0.4)
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.choice([0, w]), rng.choice([0, h])
    dist = np.sqrt((xs - cx) ** 2 + (ys - cy) ** 2) / np.sqrt(w**2 + h**2)
    pixels = pixels * (1.0 - strength * dist)
    noise_sigma = rng.uniform(4, 14 if heavy else 9)
    pixels = pixels + np.random.default_rng(rng.randint(0, 2**31)).normal(
        0, noise_sigma, pixels.shape
    )
    out = Image.fromarray(np.uint8(np.clip(pixels, 0, 255)))
    if rng.random() < 0.6:
        out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.1)))
    return out


def encode(image: Image.Image, fmt: str, rng: random.Random) -> bytes:
    buffer = io.BytesIO()
    if fmt == "jpeg":
        image.convert("RGB").save(buffer, format="JPEG", quality=rng.randint(60, 88))
    elif fmt == "webp":
        image.convert("RGB").save(buffer, format="WEBP", quality=rng.randint(65, 90))
    elif fmt == "tiff":
        image.save(buffer, format="TIFF", compression="tiff_deflate")
    else:
        image.save(buffer, format="PNG")
    return buffer.getvalue()
