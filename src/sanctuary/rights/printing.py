"""The printable material: a two-sided wallet card and a one-page flyer per language (WeasyPrint).

Each carries a QR code (segno) that opens the same language's pages. The holder's side is in the
holder's language; the side handed to an agent is in English, the language the agent reads.
"""

from __future__ import annotations

import os
from pathlib import Path

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from sanctuary.rights import catalog

KINDS = {"red-card": "rights/print/red_card.html", "flyer": "rights/print/flyer.html"}
FILENAMES = {"red-card": "red-card.pdf", "flyer": "flyer.pdf"}
STYLESHEET = Path(__file__).resolve().parent / "static" / "rights" / "print.css"
PAGE_CSS = {
    # A CR80 wallet card (the size of a bank card), and a US Letter flyer.
    "red-card": "@page{size:85.6mm 54mm;margin:3.5mm}",
    "flyer": "@page{size:letter;margin:16mm 18mm}",
}
DEFAULT_PUBLIC_URL = "http://localhost:8000"


def public_url() -> str:
    """Where the QR codes point: SANCTUARY_PUBLIC_URL (e.g. https://kyr.example.nyc)."""
    return os.environ.get("SANCTUARY_PUBLIC_URL", DEFAULT_PUBLIC_URL).rstrip("/")


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def qr_data_uri(url: str) -> str:
    return str(segno.make(url, error="m").svg_data_uri(scale=4, border=1))


def render_html(kind: str, code: str, base_url: str | None = None) -> str:
    from sanctuary.rights.views import page_url

    with translation.override(code):
        target = (base_url or public_url()) + page_url("", code)
        review = catalog.review_statuses().get(code)
        context = {
            "code": code,
            "direction": "rtl" if translation.get_language_bidi() else "ltr",
            "qr": qr_data_uri(target),
            "qr_url": target,
            "draft": review is not None and review.status == "draft",
        }
        return render_to_string(KINDS[kind], context)


def render_pdf(kind: str, code: str, base_url: str | None = None) -> bytes:
    from weasyprint import CSS, HTML

    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {sorted(KINDS)}")
    html = render_html(kind, code, base_url)
    sheets = [CSS(string=PAGE_CSS[kind]), CSS(filename=str(STYLESHEET))]
    return bytes(HTML(string=html).write_pdf(stylesheets=sheets))


def write_all(out: Path, codes: list[str] | None = None, base_url: str | None = None) -> list[Path]:
    """Write OUT/<code>/red-card.pdf and OUT/<code>/flyer.pdf; return the paths written."""
    written = []
    for code in codes or language_codes():
        folder = out / code
        folder.mkdir(parents=True, exist_ok=True)
        for kind, name in FILENAMES.items():
            path = folder / name
            path.write_bytes(render_pdf(kind, code, base_url))
            written.append(path)
    return written
