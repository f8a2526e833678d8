"""The public side: published policy changes as a page, an Atom feed and JSON. No sign-in.

Only changes that went through the explicit publish step appear; audit findings never do.
"""

from __future__ import annotations

from itertools import groupby
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.views.decorators.http import require_GET

from sanctuary.compliance.models import Order, PolicyChange
from sanctuary.compliance.queries import published_changes

FEED_LIMIT = 200


def change_data(change: PolicyChange) -> dict[str, Any]:
    """The public fields of a published change (one shape for the JSON page and the API)."""
    agency = change.audit.agency
    return {
        "id": change.pk,
        "agency": agency.acronym,
        "agency_name": agency.name,
        "title": change.title,
        "description": change.description,
        "effective_on": change.effective_on,
        "published_at": change.published_at,
        "audited_on": change.audit.audited_on,
    }


def _order_note() -> dict[str, Any] | None:
    order = Order.objects.filter(obligations__key="policy-audit").first() or Order.objects.first()
    if order is None:
        return None
    return {"number": order.number, "title": order.title, "unverified": order.unverified}


@require_GET
def policy_changes(request: HttpRequest) -> HttpResponse:
    changes = list(published_changes())
    by_agency = [
        (agency, list(items)) for agency, items in groupby(changes, key=lambda c: c.audit.agency)
    ]
    return render(
        request,
        "public/policy_changes.html",
        {"by_agency": by_agency, "order": _order_note(), "count": len(changes)},
    )


@require_GET
def policy_changes_atom(request: HttpRequest) -> HttpResponse:
    page_url = request.build_absolute_uri(reverse("public:policy_changes"))
    feed = Atom1Feed(
        title="NYC agencies' published policy changes under Executive Order 13 (2026)",
        link=page_url,
        description="Policy changes city agencies published after auditing their policies.",
        language="en",
        feed_url=request.build_absolute_uri(reverse("public:policy_changes_atom")),
        feed_guid=page_url,
    )
    newest = published_changes().order_by("-published_at", "-pk")[:FEED_LIMIT]
    for change in newest:
        agency = change.audit.agency
        feed.add_item(
            title=f"{agency.acronym}: {change.title}",
            link=f"{page_url}#change-{change.pk}",
            description=f"{change.description}\n\nEffective {change.effective_on:%Y-%m-%d}.",
            unique_id=f"{page_url}#change-{change.pk}",
            unique_id_is_permalink=True,
            pubdate=change.published_at,
            updateddate=change.published_at,
            author_name=agency.name,
            categories=[agency.acronym],
        )
    response = HttpResponse(content_type="application/atom+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response


@require_GET
def policy_changes_json(request: HttpRequest) -> JsonResponse:
    return JsonResponse(
        {"order": _order_note(), "changes": [change_data(c) for c in published_changes()]}
    )
