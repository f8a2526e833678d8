"""Every Know Your Rights page in every language: renders, translated, linked, light, cookie-free."""

from __future__ import annotations

import gzip
from urllib.parse import urldefrag, urlparse

import pytest
from django.contrib.staticfiles import finders
from django.test import Client

from sanctuary.rights import catalog
from tests.rights.helpers import ALL_URLS, CODES, RTL, outline, page_urls

BUDGET = 30 * 1024  # bytes, gzip-compressed, HTML plus stylesheet (no fonts are served)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def pages() -> dict[str, object]:
    client = Client()
    return {url: client.get(url) for url in ALL_URLS}


def _css_bytes() -> bytes:
    path = finders.find("rights/kyr.css")
    assert path, "rights/kyr.css not found"
    with open(path, "rb") as handle:
        return handle.read()


@pytest.mark.parametrize("url", ALL_URLS)
def test_page_renders_public_without_cookies_or_scripts(pages: dict, url: str) -> None:
    response = pages[url]
    assert response.status_code == 200, url
    assert "Set-Cookie" not in response.headers and not response.cookies, url
    html = response.content.decode()
    found = outline(html)
    assert found.scripts == 0 and found.style_blocks == 0 and found.inline_styles == 0
    code = url.split("/")[1]
    assert found.html_attrs.get("lang") == code
    assert found.html_attrs.get("dir") == ("rtl" if code in RTL else "ltr")
    # Only our own origin: no third-party stylesheet, image, font or script.
    for source in found.sources:
        assert not urlparse(source).netloc, (url, source)
    for link in found.links:
        assert urlparse(link).scheme in {"", "tel"}, (url, link)


@pytest.mark.parametrize("url", ALL_URLS)
def test_headings_in_order_and_one_h1(pages: dict, url: str) -> None:
    levels = outline(pages[url].content.decode()).headings
    assert levels.count(1) == 1 and levels[0] == 1, (url, levels)
    for before, after in zip(levels, levels[1:], strict=False):
        assert after <= before + 1, (url, levels)


@pytest.mark.parametrize("url", ALL_URLS)
def test_weight_budget(pages: dict, url: str) -> None:
    weight = len(gzip.compress(pages[url].content)) + len(gzip.compress(_css_bytes()))
    assert weight <= BUDGET, (url, weight)


def test_no_broken_links(pages: dict) -> None:
    client = Client()
    checked: dict[str, int] = {}
    for url, response in pages.items():
        found = outline(response.content.decode())
        for link in found.links + found.sources:
            if link.startswith("tel:"):
                assert link[4:].lstrip("+").isdigit(), (url, link)
                continue
            target, fragment = urldefrag(link)
            if not target:
                assert fragment in found.ids, (url, link)
                continue
            if target not in checked:
                checked[target] = client.get(target).status_code
            assert checked[target] == 200, (url, link, checked[target])
            if fragment:
                assert fragment in outline(pages[target].content.decode()).ids, (url, link)
    assert len(checked) > len(pages)  # pages, the stylesheet and the PDFs were all followed


@pytest.mark.parametrize("code", [c for c in CODES if c != "en"])
def test_catalogue_complete(code: str) -> None:
    """Every string the templates ask for has a translation that is neither empty nor fuzzy."""
    entries = {e.msgid: e for e in catalog.parse_po(catalog.po_path(code))}
    problems = [
        (msgid, entries[msgid].state if msgid in entries else "missing")
        for msgid in catalog.source_strings()
        if msgid not in entries or entries[msgid].state != "translated"
    ]
    assert not problems, problems
    assert catalog.po_path(code).with_suffix(".mo").stat().st_mtime >= 0


@pytest.mark.parametrize("code", [c for c in CODES if c != "en"])
def test_pages_are_in_their_language(pages: dict, code: str) -> None:
    """A rendered page shows no English sentence that the catalogue translates."""
    entries = {e.msgid: e for e in catalog.parse_po(catalog.po_path(code))}
    for url in page_urls(code):
        if url.endswith("/translations/"):
            continue  # lists every English source string on purpose
        html = pages[url].content.decode()
        leftovers = [m for m in entries if len(m) > 20 and m.replace("'", "&#x27;") in html]
        assert not leftovers, (url, leftovers[:3])


def test_parse_po_sees_missing_and_fuzzy(tmp_path: object) -> None:
    from pathlib import Path

    po = Path(str(tmp_path)) / "x.po"
    po.write_text(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "A"\nmsgstr "a"\n\n#, fuzzy\nmsgid "B"\nmsgstr "b"\n\nmsgid "C"\nmsgstr ""\n',
        encoding="utf-8",
    )
    states = {e.msgid: e.state for e in catalog.parse_po(po)}
    assert states == {"A": "translated", "B": "fuzzy", "C": "missing"}


def test_review_status_shown_until_reviewed(pages: dict, settings: object) -> None:
    assert "Draft translation" not in pages["/en/"].content.decode()
    spanish = pages["/es/home/"].content.decode()
    assert "Traducción en borrador, pendiente de revisión certificada." in spanish
    statuses = catalog.review_statuses()
    assert statuses["en"].status == "source"
    assert all(statuses[c].status in {"draft", "reviewed"} for c in CODES if c != "en")


def test_reviewed_language_names_reviewer(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from django.core.cache import cache

    reviewed = dict(catalog.review_statuses())
    reviewed["fr"] = catalog.Review("fr", "reviewed", "A. Reviewer", date(2026, 11, 20))
    monkeypatch.setattr(catalog, "review_statuses", lambda: reviewed)
    cache.clear()
    html = Client().get("/fr/work/").content.decode()
    cache.clear()
    assert "Traduction relue par A. Reviewer le 2026-11-20." in html
    assert "Traduction provisoire" not in html


def test_language_selector_in_own_script_and_from_url_only(pages: dict) -> None:
    html = pages["/ko/street/"].content.decode()
    for code, name in [("ar", "العربية"), ("zh-hans", "中文"), ("bn", "বাংলা")]:
        assert f'href="/{code}/street/" lang="{code}" hreflang="{code}"' in html
        assert name in html
    # A language cookie or header never changes the page: the URL decides.
    client = Client(HTTP_ACCEPT_LANGUAGE="es")
    client.cookies["django_language"] = "es"
    assert 'lang="ko"' in client.get("/ko/street/").content.decode()[:200]


def test_every_law_fact_page_has_numbered_sources(pages: dict) -> None:
    for url in page_urls("en"):
        html = pages[url].content.decode()
        found = outline(html)
        refs = [link for link in found.links if link.startswith("#fn-")]
        notes = sorted(i for i in found.ids if i.startswith("fn-"))
        assert sorted(r[1:] for r in refs) == notes, url
        if not url.endswith("/translations/"):
            assert notes, f"{url} cites no source"


def test_translation_status_page_lists_every_string(pages: dict) -> None:
    html = pages["/en/translations/"].content.decode()
    for msgid in catalog.source_strings():
        assert (
            f">{msgid.replace('&', '&amp;').replace(chr(39), '&#x27;').replace(chr(34), '&quot;')}<"
            in html
        )


def test_warrant_illustration_is_drawn_svg(pages: dict) -> None:
    html = pages["/en/warrants/"].content.decode()
    assert "<svg" in html and 'role="img"' in html
    for sign in [
        "UNITED STATES DISTRICT COURT",
        "U.S. DEPARTMENT OF HOMELAND SECURITY",
        "United States Magistrate Judge",
        "Immigration Officer",
    ]:
        assert sign in html


def test_tap_to_call_hotlines(pages: dict) -> None:
    html = pages["/en/help/"].content.decode()
    assert 'href="tel:+18003540365"' in html and 'href="tel:311"' in html


def test_unknown_page_404(client: Client) -> None:
    assert Client().get("/en/no-such-page/").status_code == 404
