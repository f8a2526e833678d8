"""Turning what staff tap on the "Agents are here" page into a request for the rules engine.

This is vocabulary only: plain-language choices on one side, the engine's request fields on the
other. Every judgement stays in sanctuary.rules.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.utils.translation import gettext_lazy as _

# What the agents want -> (action, area or None, information or None)
ASKS: dict[str, tuple[str, str | None, list[str] | None]] = {
    "enter_non_public": ("enter", "non_public", None),
    "enter_public": ("enter", "public", None),
    "use_lot": ("stage", None, None),
    "hold_person": ("hold", None, None),
    "release_info": ("notify_release", None, ["release_date"]),
    "records": ("disclose", None, ["records"]),
    "information": ("disclose", None, ["address", "contact"]),
    "immigration_status": ("disclose", None, ["immigration_status"]),
    "help": ("assist", None, None),
    "interview": ("interview", None, None),
}
ASK_CHOICES = [
    ("enter_non_public", _("Come in past the front desk (classrooms, wards, offices, rooms)")),
    ("enter_public", _("Stay in the lobby or another public area")),
    ("use_lot", _("Use our parking lot, garage or vacant lot")),
    ("hold_person", _("Hold a person in our custody for them")),
    ("release_info", _("Know when a person will be released")),
    ("records", _("See or copy records or files")),
    ("information", _("Know someone's address or how to reach them")),
    ("immigration_status", _("Know someone's immigration status")),
    ("help", _("Get our help, staff or equipment")),
    ("interview", _("Talk to a person in our care or custody")),
]

# What they showed -> the document checker's kind, or None for "nothing" / "would not show".
SHOWN_CHOICES = [
    ("photo", _("A paper: I will take a photo of it")),
    ("nothing", _("Nothing")),
    ("refused", _("They would not show anything")),
    ("judicial_search_warrant", _("A search warrant from a federal court, signed by a judge")),
    ("judicial_arrest_warrant", _("An arrest warrant from a federal court")),
    ("state_court_search_warrant", _("A search warrant from a New York court")),
    ("state_court_arrest_warrant", _("An arrest warrant from a New York court")),
    ("administrative_arrest_warrant_i200", _('ICE form I-200 "Warrant for Arrest of Alien"')),
    ("removal_warrant_i205", _('ICE form I-205 "Warrant of Removal/Deportation"')),
    ("detainer_i247a", _("ICE detainer (form I-247A or similar)")),
    ("administrative_subpoena", _("A subpoena from DHS or ICE")),
    ("judicial_subpoena", _("A subpoena signed by a judge or court clerk")),
    ("court_order", _("A court order")),
    ("immigration_judge_order", _("An order from an immigration judge")),
    ("records_request_letter", _("A letter asking for records")),
    ("other", _("Something else, or I am not sure what it is")),
]
REQUESTER_CHOICES = [
    ("ICE", _("ICE (Immigration and Customs Enforcement)")),
    ("HSI", _("HSI (Homeland Security Investigations)")),
    ("CBP", _("CBP (Customs and Border Protection, Border Patrol)")),
    ("USCIS", _("USCIS")),
    ("FBI", _("FBI")),
    ("DEA", _("DEA")),
    ("ATF", _("ATF")),
    ("USMS", _("U.S. Marshals")),
    ("STATE_POLICE", _("New York State Police")),
    ("OTHER", _("Another agency")),
    ("unknown", _("They did not say")),
]
PURPOSE_CHOICES = [
    ("civil_immigration", _("Immigration")),
    ("criminal", _("A criminal case")),
    ("unknown", _("They did not say, or I am not sure")),
]
TRISTATE_CHOICES = [("yes", _("Yes")), ("no", _("No")), ("unknown", _("I can't tell"))]
LOTS = ("parking_garage", "parking_lot", "vacant_lot")


def _tristate(value: str | None) -> bool | None:
    return {"yes": True, "no": False}.get(value or "")


def build_request(
    answers: dict[str, Any],
    *,
    agency: str | None,
    today: date,
    document: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The rules engine's request for these answers; unanswered means "not known".

    `document` is the document check's `as_rules_document()`: when a photo was checked it
    replaces what staff picked by hand, and its unknowns (None) stay unknown.
    """
    action, area, information = ASKS[answers["ask"]]
    request: dict[str, Any] = {"as_of": today.isoformat(), "action": action}
    if agency:
        request["agency"] = agency
    if answers.get("requester") and answers["requester"] != "unknown":
        request["requester"] = answers["requester"]
    request["purpose"] = answers.get("purpose") or "unknown"
    place: dict[str, str] = {}
    if answers.get("place_kind"):
        place["kind"] = answers["place_kind"]
    if area:
        place["area"] = area
    elif action == "stage" and place.get("kind") not in LOTS:
        place["kind"] = "parking_lot"
    if place:
        request["place"] = place
    if information:
        request["information"] = information
    shown = answers.get("shown") or "nothing"
    if document is not None:
        request["documents"] = [{k: v for k, v in document.items() if v is not None}]
    elif shown not in ("nothing", "refused", "photo"):
        document: dict[str, Any] = {"kind": shown}
        for key in ("signed", "names_place", "names_person"):
            value = _tristate(answers.get(key))
            if value is not None:
                document[key] = value
        if answers.get("execute_by"):
            document["execute_by"] = answers["execute_by"].isoformat()
        request["documents"] = [document]
    if answers.get("exigent"):
        request["exigent_circumstances"] = True
    return request


def audit_summary(request: dict[str, Any], decision: dict[str, Any]) -> str:
    """What the audit log keeps of a decision: the kind of request and the answer, no person."""
    place = request.get("place", {})
    where = "/".join(v for v in (place.get("kind"), place.get("area")) if v) or "unknown place"
    shown = ",".join(d["kind"] for d in request.get("documents", [])) or "no document"
    return (
        f"Decision {decision['decision']} for {request.get('action')} at {where}; "
        f"{request.get('requester', 'unknown agency')}; {shown}; "
        f"rules {decision['rules_version'][:12]}"
    )
