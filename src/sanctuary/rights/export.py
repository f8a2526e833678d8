"""Write the whole public Know Your Rights site as static files, with relative links.

For a CDN or a USB stick at a community centre: every page in every language, the stylesheet
and the printable PDFs. Links are rewritten relative to each file and point at `index.html`, so
the copy also works when opened straight from disk (file://), where no server adds index.html.
"""

from __future__ import annotations

import html
import posixpath
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urldefrag

from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import Client
from django.test.utils import override_settings

from sanctuary.rights import printing
from sanctuary.rights.pages import PAGES

_ATTR = re.compile(r'(\s(?:href|src)=")(/[^"]*)(")')


@dataclass
class ExportReport:
    pages: list[Path] = field(default_factory=list)
    assets: list[Path] = field(default_factory=list)
    pdfs: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        return f"{len(self.pages)} pages, {len(self.assets)} assets, {len(self.pdfs)} PDFs"


def file_for(url_path: str) -> str:
    """The exported file (relative to OUT) that serves a site path."""
    path = url_path.lstrip("/")
    if not path or path.endswith("/"):
        path += "index.html"
    return path


def relative_link(from_file: str, url: str) -> str:
    target, fragment = urldefrag(html.unescape(url))
    rel = posixpath.relpath(file_for(target), posixpath.dirname(from_file) or ".")
    return rel + (f"#{fragment}" if fragment else "")


def rewrite_links(page_html: str, from_file: str) -> tuple[str, set[str]]:
    """Make every site-absolute href/src relative; return the new HTML and the paths it used."""
    used: set[str] = set()

    def swap(match: re.Match[str]) -> str:
        used.add(urldefrag(html.unescape(match.group(2)))[0])
        return match.group(1) + relative_link(from_file, match.group(2)) + match.group(3)

    return _ATTR.sub(swap, page_html), used


def _landing_page() -> str:
    items = "\n".join(
        f'<li><a href="{code}/index.html" lang="{code}" hreflang="{code}"'
        f"{' dir=rtl' if code in settings.LANGUAGES_BIDI else ''}>{name}</a></li>"
        for code, name in settings.LANGUAGES
    )
    return (
        '<!doctype html>\n<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>Know your rights · NYC</title>\n"
        '<link rel="stylesheet" href="static/rights/kyr.css">\n</head>\n<body>\n'
        '<main id="main">\n<h1>Know your rights</h1>\n<nav aria-label="Languages">\n'
        f'<ul class="topics">\n{items}\n</ul>\n</nav>\n</main>\n</body>\n</html>\n'
    )


def export_site(out: Path, base_url: str | None = None, with_pdfs: bool = True) -> ExportReport:
    """Render every page in every language into OUT; `base_url` is where QR codes point."""
    out.mkdir(parents=True, exist_ok=True)
    client = Client(SERVER_NAME="localhost")
    report = ExportReport()
    wanted: set[str] = set()
    for code, _name in settings.LANGUAGES:
        for page in PAGES:
            url = f"/{code}/{page.slug + '/' if page.slug else ''}"
            # secure=True and a known host: the same answers under production settings.
            with override_settings(ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "localhost"]):
                response = client.get(url, secure=True)
            if response.status_code != 200:
                raise RuntimeError(f"{url} answered {response.status_code}")
            name = file_for(url)
            text, used = rewrite_links(response.content.decode("utf-8"), name)
            wanted |= used
            target = out / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            report.pages.append(target)
    landing = out / "index.html"
    landing.write_text(_landing_page(), encoding="utf-8")
    report.pages.append(landing)
    static_prefix = settings.STATIC_URL
    for path in sorted(wanted):
        if path.startswith(static_prefix):
            source = finders.find(path[len(static_prefix) :])
            if not source:
                raise RuntimeError(f"static file {path} not found")
            target = out / file_for(path)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            report.assets.append(target)
    if with_pdfs:
        for code, _name in settings.LANGUAGES:
            for kind, filename in printing.FILENAMES.items():
                target = out / code / "cards" / filename
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(printing.render_pdf(kind, code, base_url))
                report.pdfs.append(target)
    return report
