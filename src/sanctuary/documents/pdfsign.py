"""Is there ink on a text PDF's signature line? Look at what is drawn there, not at the text.

A real signature in a PDF is a drawn path or an embedded image; a blank line is one straight
horizontal stroke. We find each signature label's position from the text layer, then walk the
page's drawing operators (tracking the transformation matrix) and ask whether curves, several
non-horizontal strokes, or an image fall in the box just above the label. `/s/ Name` is handled
by the text signals, not here. No rasterising, so this costs milliseconds.
"""

from __future__ import annotations

import re
from typing import Any

Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_LABEL = re.compile(r"signature", re.IGNORECASE)
_NOT_THE_ISSUER = re.compile(r"executing|arresting|service|interpreter", re.IGNORECASE)
BOX_ABOVE = 48.0  # points above the label's baseline that belong to its signature line
BOX_LEFT = 30.0
BOX_RIGHT = 230.0


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def label_positions(page: Any) -> list[tuple[float, float]]:
    """Baseline positions (x, y in page space) of the issuer's signature labels."""
    found: list[tuple[float, float]] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if _LABEL.search(text) and not _NOT_THE_ISSUER.search(text):
            m = _multiply(tuple(float(v) for v in tm), tuple(float(v) for v in cm))  # type: ignore[arg-type]
            found.append((m[4], m[5]))

    page.extract_text(visitor_text=visit)
    return found


def drawing_in(page: Any, boxes: list[tuple[float, float, float, float]]) -> list[bool]:
    """For each box (x0, y0, x1, y1), whether a signature-like drawing falls inside it."""
    from pypdf.generic import ContentStream

    content = page.get_contents()
    if content is None:
        return [False] * len(boxes)
    stream = ContentStream(content, page.pdf)
    resources = page.get("/Resources") or {}
    xobjects = resources.get("/XObject") or {}
    ctm: Matrix = _IDENTITY
    stack: list[Matrix] = []
    curves = [0] * len(boxes)
    slanted = [0] * len(boxes)
    images = [False] * len(boxes)
    current = (0.0, 0.0)

    def which(x: float, y: float) -> list[int]:
        return [i for i, (x0, y0, x1, y1) in enumerate(boxes) if x0 <= x <= x1 and y0 <= y <= y1]

    for operands, operator in stream.operations:
        op = operator.decode("latin-1") if isinstance(operator, bytes) else str(operator)
        if op == "q":
            stack.append(ctm)
        elif op == "Q":
            ctm = stack.pop() if stack else _IDENTITY
        elif op == "cm" and len(operands) == 6:
            ctm = _multiply(tuple(float(v) for v in operands), ctm)  # type: ignore[arg-type]
        elif op == "m" and len(operands) == 2:
            current = _apply(ctm, float(operands[0]), float(operands[1]))
        elif op == "l" and len(operands) == 2:
            point = _apply(ctm, float(operands[0]), float(operands[1]))
            if abs(point[1] - current[1]) > 0.8:
                for i in set(which(*point)) | set(which(*current)):
                    slanted[i] += 1
            current = point
        elif op in ("c", "v", "y") and len(operands) >= 4:
            point = _apply(ctm, float(operands[-2]), float(operands[-1]))
            for i in set(which(*point)) | set(which(*current)):
                curves[i] += 1
            current = point
        elif op == "Do" and operands:
            # An image XObject is drawn into the unit square under the current matrix. (Form
            # XObjects are not followed: a signature hidden in one reads as unsigned.)
            xobject = xobjects.get(operands[0])
            if xobject is None or xobject.get_object().get("/Subtype") != "/Image":
                continue
            for corner in ((0.5, 0.5), (0.0, 0.0), (1.0, 1.0)):
                for i in which(*_apply(ctm, *corner)):
                    images[i] = True
    return [curves[i] >= 2 or slanted[i] >= 3 or images[i] for i in range(len(boxes))]


def pdf_page_signed(page: Any) -> bool | None:
    """True if any issuer signature line on the page has ink, False if all are blank, None if
    the page has no signature label."""
    labels = label_positions(page)
    if not labels:
        return None
    boxes = [(x - BOX_LEFT, y + 1.5, x + BOX_RIGHT, y + BOX_ABOVE) for x, y in labels]
    return any(drawing_in(page, boxes))
