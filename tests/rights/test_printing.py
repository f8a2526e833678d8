"""The wallet card and flyer: real glyphs in every script, checked by extracting the PDF's text.

What is compared (pypdf's extracted text against the translated source strings):
- Every script: both sides NFKC-normalised with all whitespace removed, because line breaks fall
  in different places and NFKC folds the presentation forms some fonts map glyphs back to.
- Bengali (and Arabic/Urdu): combining marks (Unicode category M: vowel signs, harakat) are also
  removed, because a PDF's glyph-to-text map puts Bengali pre-base vowel signs and Arabic marks in
  visual, not logical, order.
- Bengali: at least 90% of the source's letters, in order, near the longest run that matches, because WeasyPrint maps a conjunct glyph (e.g. the ya-phala) back to the text of the
  first cluster it drew with it, so a later "্য" may extract as "ল্যে". The page itself is right
  (see the PNG previews); only the text layer is approximate.
- Arabic and Urdu: each word of the source must appear in the extracted text, read either way,
  because extracted right-to-left text may come out in visual (reversed) order. A missing glyph
  (tofu) extracts as nothing or U+FFFD, so it still fails these checks.
"""

from __future__ import annotations

import argparse
import difflib
import io
import subprocess
import unicodedata

import pypdf
import pytest
from django.utils import translation

from sanctuary.cli import CommandError
from sanctuary.commands import print_cards
from sanctuary.rights import catalog, printing
from tests.browser import OUTPUT_DIR
from tests.rights.helpers import CODES, RTL

AGENT_SIDE = "I am exercising my right to remain silent under the Fifth Amendment"
PRINT_STRINGS = {
    "red-card": [
        "Know your rights",
        "Do not open the door.",
        "Do not answer questions.",
        "You have the right to stay silent.",
        "Do not sign anything",
        "Show this card to the agent, through the window or under the door.",
        "Free legal help",
        "The other side is in English, for the agent.",
        "Scan for these pages in your language",
    ],
    "flyer": [
        "Know your rights",
        "This is general information, not legal advice. For help with your own case, talk to a lawyer.",
        "If agents come to your home",
        "Without a judicial warrant, you do not have to open the door.",
        "If agents stop you on the street or in a car",
        "You have the right to a lawyer. Ask for one.",
        "You have the right to an interpreter. Ask for one.",
        "Free legal help",
        "Monday to Friday, 9 am to 6 pm.",
        "Scan for these pages in your language",
    ],
}
MARKS = {"bn", "ar", "ur"}


def normalise(text: str, code: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    if code in MARKS:
        text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("M"))
    return "".join(text.split())


def _close_enough(expected: str, flat: str) -> bool:
    """At least 90% of `expected`'s letters, in order, near its longest run in `flat`."""
    matcher = difflib.SequenceMatcher(None, expected, flat, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return False
    anchor = max(blocks, key=lambda b: b.size)
    near = [b for b in blocks if abs(b.b - anchor.b) <= 2 * len(expected)]
    return sum(b.size for b in near) >= 0.9 * len(expected)


def found_in(expected: str, extracted: str, code: str) -> bool:
    flat = normalise(extracted, code)
    if code == "bn":
        return _close_enough(normalise(expected, code), flat)
    if code not in RTL:
        return normalise(expected, code) in flat
    words = [normalise(w, code).strip("«»“”\"'.,:;،؛۔؟!()") for w in expected.split()]
    return all(w in flat or w[::-1] in flat for w in words if w)


@pytest.fixture(scope="module")
def pdfs() -> dict[tuple[str, str], bytes]:
    return {
        (code, kind): printing.render_pdf(kind, code, "https://kyr.example")
        for code in CODES
        for kind in printing.KINDS
    }


@pytest.mark.parametrize("code", CODES)
def test_pdf_text_matches_source(pdfs: dict, code: str) -> None:
    for kind, msgids in PRINT_STRINGS.items():
        reader = pypdf.PdfReader(io.BytesIO(pdfs[code, kind]))
        assert len(reader.pages) == (2 if kind == "red-card" else 1), (code, kind)
        text = "\n".join(page.extract_text() for page in reader.pages)
        assert "\ufffd" not in text
        with translation.override(code):
            missing = [
                translation.gettext(m)
                for m in msgids
                if not found_in(translation.gettext(m), text, code)
            ]
        assert not missing, (code, kind, missing, text[:400])
        if kind == "red-card":
            assert normalise(AGENT_SIDE, "en") in normalise(text, "en")
            assert "1-800-354-0365" in text


@pytest.mark.parametrize("code", CODES)
def test_pdf_embeds_fonts_for_its_script(pdfs: dict, code: str) -> None:
    reader = pypdf.PdfReader(io.BytesIO(pdfs[code, "flyer"]))
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    wanted = {"zh-hans": "CJKSC", "ko": "CJKKR", "bn": "Bengali", "ar": "Naskh", "ur": "Naskh"}
    if code in wanted:
        assert any(wanted[code] in f.replace("-", "") for f in fonts), (code, fonts)
    assert all("Noto" in f for f in fonts), fonts


def test_normalising_still_fails_on_wrong_text() -> None:
    assert not found_in("আপনার অধিকার জানুন", "অন্য লেখা", "bn")
    assert not found_in("اعرف حقوقك", "كلام آخر", "ar")
    assert found_in("اعرف حقوقك", "كقوقح فرعا", "ar")  # visual order still counts
    assert not found_in("বিনামূল্যে আইনি সাহায্য", "বিনা আইন লেখা অন্য কিছু নয় একেবারে", "bn")
    assert not found_in("Do not open the door.", "Do open the door.", "en")


def test_png_previews_for_review(pdfs: dict) -> None:
    OUTPUT_DIR.mkdir(exist_ok=True)
    for (code, kind), pdf in pdfs.items():
        stem = OUTPUT_DIR / f"kyr-{kind}-{code}"
        stem.with_suffix(".pdf").write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", "100", "-png", str(stem.with_suffix(".pdf")), str(stem)], check=True
        )
        assert stem.parent.joinpath(f"{stem.name}-1.png").stat().st_size > 5000


def test_print_cards_command(tmp_path: object) -> None:
    from pathlib import Path

    out = Path(str(tmp_path))
    args = argparse.Namespace(langs=["es", "ur"], out=out, base_url="https://kyr.example")
    assert print_cards.run(args) == 0
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.pdf")) == [
        "es/flyer.pdf",
        "es/red-card.pdf",
        "ur/flyer.pdf",
        "ur/red-card.pdf",
    ]
    with pytest.raises(CommandError):
        print_cards.run(argparse.Namespace(langs=["xx"], out=out, base_url=None))


def test_qr_opens_the_language_page() -> None:
    html = printing.render_html("flyer", "bn", "https://kyr.example")
    assert 'lang="bn"' in html and "data:image/svg+xml" in html
    assert catalog.review_statuses()["bn"].status == "draft"
