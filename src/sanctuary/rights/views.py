"""Public pages: no sign-in, no cookies, no JavaScript; the language comes from the URL only."""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_safe

from sanctuary.rights import catalog, printing
from sanctuary.rights.pages import BY_SLUG, TOPICS

RTL = frozenset(settings.LANGUAGES_BIDI)
CACHE_SECONDS = 3600


def page_url(slug: str, code: str | None = None) -> str:
    with translation.override(code or translation.get_language()):
        if slug:
            return reverse("rights:page", kwargs={"slug": slug})
        return reverse("rights:index")


def card_url(kind: str, code: str | None = None) -> str:
    with translation.override(code or translation.get_language()):
        return reverse("rights:card", kwargs={"kind": kind})


def language_links(slug: str) -> list[dict[str, object]]:
    current = translation.get_language()
    return [
        {
            "code": code,
            "name": name,
            "url": page_url(slug, code),
            "rtl": code in RTL,
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


def page_context(slug: str) -> dict[str, object]:
    current = translation.get_language()
    context: dict[str, object] = {
        "page": BY_SLUG[slug],
        "languages": language_links(slug),
        "review": catalog.review_statuses().get(current),
        "topics": [{"title": p.title, "url": page_url(p.slug)} for p in TOPICS],
        "urls": {(p.slug or "index").replace("-", "_"): page_url(p.slug) for p in BY_SLUG.values()},
    }
    context["urls"].update(  # type: ignore[attr-defined]
        {
            "red_card": card_url("red-card"),
            "flyer": card_url("flyer"),
        }
    )
    if slug == "translations":
        context.update(translation_table())
    return context


def translation_table() -> dict[str, object]:
    codes = [code for code, _ in settings.LANGUAGES if code != catalog.SOURCE_LANGUAGE]
    states = catalog.string_states()
    reviews = catalog.review_statuses()
    summary = []
    for code, name in settings.LANGUAGES:
        if code == catalog.SOURCE_LANGUAGE:
            continue
        counts = {"translated": 0, "fuzzy": 0, "missing": 0}
        for row in states.values():
            counts[row[code]] += 1
        summary.append({"code": code, "name": name, "review": reviews[code], **counts})
    rows = [{"msgid": msgid, "states": [row[c] for c in codes]} for msgid, row in states.items()]
    return {"summary": summary, "codes": codes, "rows": rows, "total": len(states)}


@require_safe
@cache_page(CACHE_SECONDS)
def card(request: HttpRequest, kind: str) -> HttpResponse:
    """A printable PDF in the URL's language; its QR code opens this site's pages."""
    if kind not in printing.KINDS:
        raise Http404
    code = translation.get_language()
    pdf = printing.render_pdf(kind, code, base_url=request.build_absolute_uri("/").rstrip("/"))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="kyr-{code}-{printing.FILENAMES[kind]}"'
    return response


@require_safe
@cache_page(CACHE_SECONDS)
def page(request: HttpRequest, slug: str) -> HttpResponse:
    if slug not in BY_SLUG:
        raise Http404
    return render(request, BY_SLUG[slug].template, page_context(slug))
