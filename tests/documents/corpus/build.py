"""Generate the corpus: every template, rendered every way, with the right answer for each.

Deterministic for a seed. Nothing is written to disk unless the caller asks (`write_to`).
Scenarios for judicial warrants cycle through valid, expired, unsigned and wrong address, so
`valid_at_door` is exercised in every direction.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from . import fake
from .degrade import encode, ocr_errors, photo
from .layout import image_pdf, to_image, to_pdf, to_text
from .templates import TEMPLATES, Ctx, Template

SEARCH_SCENARIOS = ("valid", "expired", "unsigned", "wrong_address", "no_address", "valid")
ARREST_SCENARIOS = ("valid", "unsigned", "valid", "with_address")
IMAGE_FORMATS = ("png", "jpeg", "webp", "tiff")


@dataclass(frozen=True)
class Sample:
    id: str
    template: str
    split: str
    kind: str
    fmt: str  # text, text-ocr, pdf-text, pdf-scan, png, jpeg, webp, tiff
    data: bytes
    filename: str
    on: dt.date
    address: str | None
    judicial: bool
    valid_at_door: bool
    signed: bool
    scenario: str


def _context(rng: random.Random, signed: bool) -> Ctx:
    return Ctx(
        rng=rng,
        issued=fake.issue_date(rng),
        premises=fake.address(rng),
        person=fake.person(rng),
        judge=fake.judge(rng),
        officer=fake.officer(rng),
        signed=signed,
        electronic=False,
        exec_days=rng.randint(7, 14),
        district=rng.choice(fake.DISTRICTS),
        county=rng.choice(fake.NY_COUNTIES),
        a_number=fake.a_number(rng),
        case=fake.case_number(rng),
        facility=f"{rng.choice(fake.FACILITY_TYPES)} {rng.randint(2, 399)}",
    )


def _scenario(template: Template, index: int) -> str:
    if not template.judicial:
        return "admin"
    scenarios = SEARCH_SCENARIOS if template.search else ARREST_SCENARIOS
    return scenarios[index % len(scenarios)]


def _facts(
    template: Template, ctx: Ctx, scenario: str, rng: random.Random
) -> tuple[dt.date, str | None, bool]:
    """The check date, the address typed at the door, and the expected valid_at_door."""
    if template.ny_search:
        execute_by: dt.date | None = ctx.issued + dt.timedelta(days=10)
    elif template.search:
        execute_by = ctx.execute_by
    else:
        execute_by = None
    last = execute_by or ctx.issued + dt.timedelta(days=60)
    on = ctx.issued + dt.timedelta(days=rng.randint(0, (last - ctx.issued).days))
    address: str | None = None
    if scenario == "expired":
        on = last + dt.timedelta(days=rng.randint(1, 20))
    if template.search and scenario in ("valid", "expired", "unsigned"):
        address = ctx.premises.typed(rng)
    elif scenario == "wrong_address":
        address = fake.other_address(rng, ctx.premises).typed(rng)
    elif scenario == "with_address" or (not template.judicial and rng.random() < 0.5):
        address = ctx.premises.typed(rng)
    valid = (
        template.judicial
        and ctx.signed
        and (execute_by is None or on <= execute_by)
        and (address is None or (template.search and scenario != "wrong_address"))
    )
    return on, address, valid


def generate(
    split: str,
    *,
    seed: int = 2026,
    text: int = 6,
    text_ocr: int = 6,
    pdf_text: int = 4,
    images: int = 2,
    scans: int = 1,
    templates: list[Template] | None = None,
) -> list[Sample]:
    """Samples for one split; the counts are per template and per rendering."""
    chosen = [t for t in (templates or TEMPLATES) if t.split == split]
    samples: list[Sample] = []
    for template in chosen:
        plan = (
            [("text", i) for i in range(text)]
            + [("text-ocr", i) for i in range(text_ocr)]
            + [("pdf-text", i) for i in range(pdf_text)]
            + [("pdf-scan", i) for i in range(scans)]
            + ([] if template.pages > 1 else [(IMAGE_FORMATS[i % 4], i) for i in range(images)])
        )
        for number, (fmt, index) in enumerate(plan):
            rng = random.Random(f"{seed}:{template.id}:{fmt}:{index}")
            scenario = _scenario(template, number)
            ctx = _context(rng, signed=scenario != "unsigned")
            if fmt == "pdf-text" and ctx.signed and index % 3 == 2:
                ctx.electronic = True
            doc = template.build(ctx)
            on, address, valid = _facts(template, ctx, scenario, rng)
            data, filename = _render(doc, fmt, rng, index)
            samples.append(
                Sample(
                    id=f"{template.id}-{fmt}-{index}",
                    template=template.id,
                    split=split,
                    kind=template.kind,
                    fmt=fmt,
                    data=data,
                    filename=filename,
                    on=on,
                    address=address,
                    judicial=template.judicial,
                    valid_at_door=valid,
                    signed=ctx.signed,
                    scenario=scenario,
                )
            )
    return samples


def _render(doc: object, fmt: str, rng: random.Random, index: int) -> tuple[bytes, str]:
    from .layout import Doc

    assert isinstance(doc, Doc)
    if fmt == "text":
        return to_text(doc).encode(), "document.txt"
    if fmt == "text-ocr":
        return ocr_errors(to_text(doc), rng).encode(), "document.txt"
    if fmt == "pdf-text":
        return to_pdf(doc, rng, signature_as_image=index % 3 == 1), "document.pdf"
    if fmt == "pdf-scan":
        pages = [photo(to_image(doc, rng, p), rng) for p in range(len(doc.pages))]
        return image_pdf(pages), "scan.pdf"
    image = photo(to_image(doc, rng), rng, heavy=index % 2 == 1)
    extension = {"jpeg": "jpg", "tiff": "tif"}.get(fmt, fmt)
    return encode(image, fmt, rng), f"photo.{extension}"


def scanned_letter_page(seed: int = 7) -> bytes:
    """One 200-dpi scanned letter page (a JPEG in a PDF), for the benchmark."""
    rng = random.Random(seed)
    ctx = _context(rng, signed=True)
    doc = TEMPLATES[0].build(ctx)
    return image_pdf([photo(to_image(doc, rng), rng)])


def text_pdf(seed: int = 7) -> bytes:
    rng = random.Random(seed)
    ctx = _context(rng, signed=True)
    return to_pdf(TEMPLATES[0].build(ctx), rng)


def write_to(directory: Path, samples: list[Sample]) -> None:
    """Save samples for a human to look at (never committed)."""
    directory.mkdir(parents=True, exist_ok=True)
    for sample in samples:
        suffix = sample.filename.rsplit(".", 1)[-1]
        (directory / f"{sample.id}.{suffix}").write_bytes(sample.data)
