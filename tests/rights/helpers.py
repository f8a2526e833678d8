"""Shared helpers for the Know Your Rights tests: page URLs, link and heading extraction."""

from __future__ import annotations

from html.parser import HTMLParser

from django.conf import settings

from sanctuary.rights.pages import PAGES

CODES = [code for code, _name in settings.LANGUAGES]
RTL = {"ar", "ur"}


def page_urls(code: str) -> list[str]:
    return [f"/{code}/{page.slug + '/' if page.slug else ''}" for page in PAGES]


ALL_URLS = [url for code in CODES for url in page_urls(code)]


class Outline(HTMLParser):
    """Collects links, ids, headings and the root element's lang/dir from one page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.sources: list[str] = []
        self.ids: set[str] = set()
        self.headings: list[int] = []
        self.html_attrs: dict[str, str | None] = {}
        self.inline_styles = 0
        self.scripts = 0
        self.style_blocks = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "html":
            self.html_attrs = found
        if "id" in found and found["id"]:
            self.ids.add(found["id"])
        if "style" in found:
            self.inline_styles += 1
        if tag == "script":
            self.scripts += 1
        if tag == "style":
            self.style_blocks += 1
        if tag == "a" and found.get("href") is not None:
            self.links.append(found["href"] or "")
        if tag in {"link", "img", "script"}:
            target = found.get("href") or found.get("src")
            if target:
                self.sources.append(target)
        if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            self.headings.append(int(tag[1]))


def outline(html: str) -> Outline:
    parser = Outline()
    parser.feed(html)
    return parser
