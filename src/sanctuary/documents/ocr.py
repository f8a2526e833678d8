"""OCR a page image with Tesseract, and look for ink on the signature line.

Why not pytesseract's `image_to_data`: it writes every image to a temporary file, and uploaded
images must never touch the disk. We run the same Debian `tesseract` binary (the path configured
for pytesseract) with the image on stdin and the TSV on stdout, with `OMP_THREAD_LIMIT=1` (the
default thread count is several times slower on two cores) and a timeout.

Preparation, cheapest first: EXIF orientation, a size cap, flat-field correction for uneven
light (divide by a blurred background estimate), deskew by projection profile on a small copy.
Only when the first pass reads badly do we pay for Tesseract's orientation detection (--psm 0).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess  # noqa: S404  # Tesseract is the one subprocess we run.
import time
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageFilter, ImageOps

from .model import Unreadable

INK_DENSITY = 0.01  # share of the box above a signature label that must be solid ink
MAX_OCR_SIDE = 2600  # longest side sent to Tesseract; ~250 dpi for a letter page
_SIGNATURE_LABEL = re.compile(r"signature", re.IGNORECASE)
_NOT_THE_ISSUER = re.compile(r"executing|arresting|service|interpreter", re.IGNORECASE)


@dataclass(frozen=True)
class Word:
    text: str
    conf: float
    left: int
    top: int
    width: int
    height: int
    line: tuple[int, int, int]


@dataclass(frozen=True)
class OcrPage:
    text: str
    confidence: float  # 0..1, mean word confidence weighted by length
    words: tuple[Word, ...]
    signed: bool | None  # ink above a signature label; None when no label was read
    rotated: int
    skew: float


def tesseract_command() -> str:
    """The tesseract binary: pytesseract's configured command when available, else PATH."""
    try:
        import pytesseract

        cmd = str(pytesseract.pytesseract.tesseract_cmd)
    except ImportError:  # pragma: no cover - pytesseract is a dependency
        cmd = "tesseract"
    found = shutil.which(cmd)
    if found is None:
        raise Unreadable("Text recognition (Tesseract) is not installed on this server.")
    return found


def _run_tesseract(png: bytes, args: list[str], timeout: float) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        done = subprocess.run(  # noqa: S603 - fixed binary, no shell, arguments are ours
            [tesseract_command(), "stdin", "stdout", *args],
            input=png,
            capture_output=True,
            timeout=max(0.5, timeout),
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise Unreadable("Reading the image took too long and was stopped.") from error
    if done.returncode != 0:
        raise Unreadable("The image could not be read by text recognition.")
    return done.stdout.decode("utf-8", errors="replace")


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()


def prepare(image: Image.Image) -> Image.Image:
    """Grayscale, upright per EXIF, size-capped and evenly lit."""
    image = ImageOps.exif_transpose(image) or image
    gray = image.convert("L")
    longest = max(gray.size)
    if longest > MAX_OCR_SIDE:
        scale = MAX_OCR_SIDE / longest
        gray = gray.resize(
            (max(1, int(gray.width * scale)), max(1, int(gray.height * scale))),
            Image.Resampling.BILINEAR,
        )
    return flatten_lighting(gray)


def flatten_lighting(gray: Image.Image) -> Image.Image:
    """Divide by a smooth background estimate so shadows and gradients become white paper."""
    small = gray.reduce(8) if min(gray.size) >= 64 else gray
    background = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(6))
    background = background.resize(gray.size, Image.Resampling.BILINEAR)
    pixels = np.asarray(gray, dtype=np.float32)
    base = np.maximum(np.asarray(background, dtype=np.float32), 1.0)
    flat = np.clip(pixels / base * 255.0, 0, 255).astype(np.uint8)
    return Image.fromarray(flat)


def estimate_skew(gray: Image.Image, limit: float = 5.0) -> float:
    """The rotation (degrees) that makes text rows sharpest, by projection profile."""
    width = 700
    if gray.width > width:
        small = gray.resize((width, max(1, gray.height * width // gray.width)))
    else:
        small = gray
    ink = Image.fromarray((np.asarray(small) < 140).astype(np.uint8) * 255)
    if np.count_nonzero(np.asarray(ink)) < 50:
        return 0.0

    def score(angle: float) -> float:
        rotated = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0))
        rows = rotated.sum(axis=1, dtype=np.float64)
        return float(np.sum(np.diff(rows) ** 2))

    coarse = [a / 2 for a in range(int(-limit * 2), int(limit * 2) + 1)]
    best = max(coarse, key=score)
    fine = [best + a / 10 for a in range(-4, 5)]
    return max(fine, key=score)


def parse_tsv(tsv: str) -> list[Word]:
    words: list[Word] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5":
            continue
        text = cells[11].strip()
        if not text:
            continue
        try:
            words.append(
                Word(
                    text=text,
                    conf=float(cells[10]),
                    left=int(cells[6]),
                    top=int(cells[7]),
                    width=int(cells[8]),
                    height=int(cells[9]),
                    line=(int(cells[2]), int(cells[3]), int(cells[4])),
                )
            )
        except ValueError:
            continue
    return words


def words_to_text(words: list[Word]) -> str:
    lines: list[str] = []
    current: tuple[int, int, int] | None = None
    for word in words:
        if word.line != current:
            lines.append(word.text)
            current = word.line
        else:
            lines[-1] += " " + word.text
    return "\n".join(lines)


def mean_confidence(words: list[Word]) -> float:
    scored = [(w.conf, len(w.text)) for w in words if w.conf >= 0]
    total = sum(n for _c, n in scored)
    if total == 0:
        return 0.0
    return sum(c * n for c, n in scored) / total / 100.0


def _ocr_pass(image: Image.Image, timeout: float) -> list[Word]:
    return parse_tsv(_run_tesseract(_png(image), ["--psm", "3", "--dpi", "200", "tsv"], timeout))


def _osd_rotation(image: Image.Image, timeout: float) -> int:
    try:
        out = _run_tesseract(_png(image), ["--psm", "0", "--dpi", "200"], timeout)
    except Unreadable:
        return 0
    rotate = re.search(r"Rotate:\s*(\d+)", out)
    confidence = re.search(r"Orientation confidence:\s*([\d.]+)", out)
    if rotate and confidence and float(confidence.group(1)) >= 1.0:
        return int(rotate.group(1)) % 360
    return 0


def signature_ink(gray: Image.Image, words: list[Word]) -> bool | None:
    """Ink above the signer's signature label(s): True, False (blank line) or None (no label)."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    pixels = np.asarray(gray)
    verdicts: list[bool] = []
    for line_words in lines.values():
        text = " ".join(w.text for w in line_words)
        if not _SIGNATURE_LABEL.search(text) or _NOT_THE_ISSUER.search(text):
            continue
        label = [w for w in line_words if _SIGNATURE_LABEL.search(w.text)] or line_words
        # The label may share its line with another field ("Date ... Judge's signature"): use
        # the words from the label's phrase only, i.e. those close to the word "signature".
        anchor = label[0]
        phrase = [w for w in line_words if abs(w.left - anchor.left) < 12 * anchor.height]
        left = min(w.left for w in phrase)
        right = max(w.left + w.width for w in phrase)
        height = max(w.height for w in phrase)
        top = min(w.top for w in phrase)
        box_top = max(0, top - int(4.0 * height))
        box_bottom = max(0, top - int(0.15 * height))
        box_left = max(0, left - 2 * height)
        box_right = min(pixels.shape[1], right + 4 * height)
        if box_bottom - box_top < 4 or box_right - box_left < 10:
            continue
        verdicts.append(_has_ink(pixels[box_top:box_bottom, box_left:box_right]))
    if not verdicts:
        return None
    return any(verdicts)


def _long_runs(dark: NDArray[np.bool_], length: int) -> NDArray[np.bool_]:
    """Pixels in a horizontal dark run of at least `length` (a morphological opening)."""
    if dark.shape[1] < length:
        return np.zeros_like(dark)
    sums = np.cumsum(np.pad(dark.astype(np.int32), ((0, 0), (1, 0))), axis=1)
    window = sums[:, length:] - sums[:, :-length]  # dark count in each window of `length`
    full = window == length
    covered = np.zeros(dark.shape[1] + 1, dtype=np.int32)
    mask = np.zeros_like(dark)
    for row in np.nonzero(full.any(axis=1))[0]:
        covered[:] = 0
        starts = np.nonzero(full[row])[0]
        np.add.at(covered, starts, 1)
        np.add.at(covered, starts + length, -1)
        mask[row] = np.cumsum(covered)[:-1] > 0
    return mask


def _has_ink(region: NDArray[np.uint8]) -> bool:
    dark = region < 110
    # Remove ruled lines (long horizontal runs, even when slightly tilted) and their edges.
    rules = _long_runs(dark, max(40, region.shape[1] // 6))
    rules = rules | np.roll(rules, 1, 0) | np.roll(rules, -1, 0)
    dark &= ~rules
    # Keep only pixels with dark neighbours, so speckle noise does not count as ink.
    neighbours = (
        np.roll(dark, 1, 0).astype(np.uint8)
        + np.roll(dark, -1, 0)
        + np.roll(dark, 1, 1)
        + np.roll(dark, -1, 1)
    )
    solid = dark & (neighbours >= 2)
    return float(solid.mean()) > INK_DENSITY


def ocr_image(image: Image.Image, *, timeout: float, min_confidence: float) -> OcrPage:
    """Read one page image; retries with Tesseract's orientation detection when it reads badly."""
    started = time.monotonic()
    gray = prepare(image)
    skew = estimate_skew(gray)
    if abs(skew) >= 0.2:
        gray = gray.rotate(skew, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    words = _ocr_pass(gray, timeout)
    confidence = mean_confidence(words)
    rotated = 0
    if confidence < max(min_confidence, 0.7) or len(words) < 20:
        remaining = timeout - (time.monotonic() - started)
        rotation = _osd_rotation(gray, remaining)
        if rotation:
            turned = gray.rotate(-rotation, expand=True, fillcolor=255)
            retry = _ocr_pass(turned, timeout - (time.monotonic() - started))
            if mean_confidence(retry) > confidence:
                gray, words, confidence, rotated = turned, retry, mean_confidence(retry), rotation
    return OcrPage(
        text=words_to_text(words),
        confidence=confidence,
        words=tuple(words),
        signed=signature_ink(gray, words),
        rotated=rotated,
        skew=skew,
    )
