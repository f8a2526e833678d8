"""`sanctuary export-site OUT/`: every page in every language, every link resolving inside OUT."""

from __future__ import annotations

import argparse
from pathlib import Path
from urllib.parse import urldefrag, urlparse

import pytest

from sanctuary.commands import export_site
from sanctuary.rights.export import relative_link
from tests.rights.helpers import ALL_URLS, outline

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, django_db_blocker: object) -> Path:
    out = tmp_path_factory.mktemp("site")
    with django_db_blocker.unblock():  # type: ignore[attr-defined]
        status = export_site.run(
            argparse.Namespace(out=out, base_url="https://kyr.example", no_pdfs=False)
        )
    assert status == 0
    return out


def test_every_page_exported(exported: Path) -> None:
    for url in ALL_URLS:
        assert (exported / url.lstrip("/") / "index.html").is_file(), url
    assert (exported / "index.html").is_file()
    assert (exported / "static" / "rights" / "kyr.css").is_file()
    assert (exported / "ur" / "cards" / "red-card.pdf").read_bytes().startswith(b"%PDF")


def test_every_link_resolves_inside_the_export(exported: Path) -> None:
    pages = sorted(exported.rglob("*.html"))
    assert len(pages) == len(ALL_URLS) + 1
    for page in pages:
        found = outline(page.read_text(encoding="utf-8"))
        for link in found.links + found.sources:
            if link.startswith("tel:"):
                continue
            assert not urlparse(link).scheme and not link.startswith("/"), (page, link)
            target, fragment = urldefrag(link)
            resolved = (page.parent / target).resolve() if target else page
            assert resolved.is_file(), (page, link)
            assert exported.resolve() in resolved.parents, (page, link)
            if fragment:
                assert fragment in outline(resolved.read_text(encoding="utf-8")).ids, (page, link)


def test_relative_link() -> None:
    assert relative_link("es/home/index.html", "/es/work/") == "../work/index.html"
    assert relative_link("es/index.html", "/static/rights/kyr.css") == "../static/rights/kyr.css"
    assert relative_link("ar/help/index.html", "/ar/#fn-1") == "../index.html#fn-1"
