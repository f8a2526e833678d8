"""Requests and decisions as plain frozen dataclasses, and the one parser that builds a Request.

Parsing is strict on purpose: an unknown field or a wrong type is an error that names the field
and what was expected, so a typo never silently becomes "not known". Absent optional fields do
mean "not known", and the engine treats "not known" the fail-closed way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

# ----------------------------------------------------------------------------- vocabularies

ACTIONS: Final = (
    "enter",
    "stage",
    "hold",
    "notify_release",
    "disclose",
    "assist",
    "interview",
)
REQUESTERS: Final = (
    "ICE",
    "HSI",
    "CBP",
    "USCIS",
    "FBI",
    "DEA",
    "ATF",
    "USMS",
    "STATE_POLICE",
    "OTHER",
)
PURPOSES: Final = ("civil_immigration", "criminal", "unknown")
PLACE_KINDS: Final = (
    "school",
    "hospital",
    "shelter",
    "office",
    "jail",
    "court",
    "parking_garage",
    "parking_lot",
    "vacant_lot",
    "other",
)
AREAS: Final = ("public", "non_public")
INFORMATION: Final = (
    "address",
    "immigration_status",
    "release_date",
    "court_date",
    "appointment",
    "records",
    "contact",
    "other",
)
DOCUMENT_KINDS: Final = (
    "judicial_search_warrant",
    "judicial_arrest_warrant",
    "state_court_search_warrant",
    "state_court_arrest_warrant",
    "administrative_arrest_warrant_i200",
    "removal_warrant_i205",
    "detainer_i247a",
    "order_to_detain_i203",
    "administrative_subpoena",
    "notice_to_appear",
    "immigration_judge_order",
    "judicial_subpoena",
    "court_order",
    "records_request_letter",
    "other",
)
LEVELS: Final = ("felony", "misdemeanor")
DECISIONS: Final = ("deny", "escalate", "allow")
# City agency acronyms seen in the issue; any acronym of this shape is accepted.
KNOWN_AGENCIES: Final = (
    "NYPD",
    "DOC",
    "DOP",
    "ACS",
    "DSS",
    "HRA",
    "DHS",
    "DOE",
    "HHC",
    "DCAS",
    "DOT",
    "PARKS",
)
AGENCY_PATTERN: Final = r"^[A-Za-z][A-Za-z0-9+&-]{0,19}$"

_AGENCY_RE = re.compile(AGENCY_PATTERN)
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_LAW_LENGTH: Final = 200
MAX_LIST_LENGTH: Final = 100


# ----------------------------------------------------------------------------- request


@dataclass(frozen=True, slots=True)
class Place:
    kind: str | None = None
    area: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    kind: str
    signed: bool | None = None
    execute_by: date | None = None
    names_place: bool | None = None
    names_person: bool | None = None


@dataclass(frozen=True, slots=True)
class Consent:
    written: bool | None = None


@dataclass(frozen=True, slots=True)
class Conviction:
    law: str
    level: str | None = None
    date: date | None = None


@dataclass(frozen=True, slots=True)
class Person:
    arrest_date: date | None = None
    convictions: tuple[Conviction, ...] = ()
    tsdb_match: bool | None = None
    reentered_after_removal: bool | None = None


@dataclass(frozen=True, slots=True)
class Request:
    """One request a city agency received from non-local law enforcement. None = not known."""

    as_of: date
    agency: str | None = None
    requester: str | None = None
    purpose: str | None = None
    action: str | None = None
    place: Place | None = None
    information: tuple[str, ...] | None = None
    documents: tuple[Document, ...] = ()
    exigent_circumstances: bool | None = None
    consent: Consent | None = None
    person: Person | None = None

    def to_dict(self) -> dict[str, Any]:
        """The request as JSON-ready data that parse_request() reads back unchanged."""
        out: dict[str, Any] = {"as_of": self.as_of.isoformat()}
        for name in ("agency", "requester", "purpose", "action", "exigent_circumstances"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.place is not None:
            out["place"] = _drop_none({"kind": self.place.kind, "area": self.place.area})
        if self.information is not None:
            out["information"] = list(self.information)
        if self.documents:
            out["documents"] = [
                _drop_none(
                    {
                        "kind": d.kind,
                        "signed": d.signed,
                        "execute_by": d.execute_by.isoformat() if d.execute_by else None,
                        "names_place": d.names_place,
                        "names_person": d.names_person,
                    }
                )
                for d in self.documents
            ]
        if self.consent is not None:
            out["consent"] = _drop_none({"written": self.consent.written})
        if self.person is not None:
            p = self.person
            out["person"] = _drop_none(
                {
                    "arrest_date": p.arrest_date.isoformat() if p.arrest_date else None,
                    "convictions": [
                        _drop_none(
                            {
                                "law": c.law,
                                "level": c.level,
                                "date": c.date.isoformat() if c.date else None,
                            }
                        )
                        for c in p.convictions
                    ]
                    or None,
                    "tsdb_match": p.tsdb_match,
                    "reentered_after_removal": p.reentered_after_removal,
                }
            )
        return out


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


# ----------------------------------------------------------------------------- decision


@dataclass(frozen=True, slots=True)
class Reason:
    rule: str
    citation: str
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "citation": self.citation, "text": self.text}


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do: decision, one plain sentence, steps in order, reasons with citations.

    `trace` lists every rule consulted and what became of it, so a stored decision can be
    explained and replayed against `rules_version`. It is left out of to_dict() unless asked
    for, because the issue's decision contract has exactly the other six fields.
    """

    decision: str
    summary: str
    reasons: tuple[Reason, ...]
    steps: tuple[str, ...]
    unverified: bool
    rules_version: str
    trace: tuple[str, ...] = field(default=(), compare=False)

    def to_dict(self, *, trace: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "decision": self.decision,
            "summary": self.summary,
            "reasons": [r.to_dict() for r in self.reasons],
            "steps": list(self.steps),
            "unverified": self.unverified,
            "rules_version": self.rules_version,
        }
        if trace:
            out["trace"] = list(self.trace)
        return out


# ----------------------------------------------------------------------------- errors


_MISSING: Final = object()


class RequestError(ValueError):
    """Invalid request input. `field` is a path like "documents[0].kind"; `expected` says what fits."""

    def __init__(self, field: str, expected: str, got: object = _MISSING) -> None:
        self.field = field
        self.expected = expected
        self.got = "" if got is _MISSING else _describe(got)
        super().__init__(self._message())

    def _message(self) -> str:
        message = f"{self.field}: expected {self.expected}"
        return f"{message}, got {self.got}" if self.got else message

    def prefixed(self, prefix: str) -> RequestError:
        """The same error located inside a list, e.g. "[3].as_of"."""
        if self.field == "request":
            field = prefix
        elif self.field.startswith("["):
            field = prefix + self.field
        else:
            field = f"{prefix}.{self.field}"
        err = RequestError(field, self.expected)
        err.got = self.got
        err.args = (err._message(),)
        return err


def _describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return repr(shown)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


# ----------------------------------------------------------------------------- parsing

_REQUEST_FIELDS: Final = frozenset(
    {
        "as_of",
        "agency",
        "requester",
        "purpose",
        "action",
        "place",
        "information",
        "documents",
        "exigent_circumstances",
        "consent",
        "person",
    }
)
_PLACE_FIELDS: Final = frozenset({"kind", "area"})
_DOCUMENT_FIELDS: Final = frozenset({"kind", "signed", "execute_by", "names_place", "names_person"})
_CONSENT_FIELDS: Final = frozenset({"written"})
_PERSON_FIELDS: Final = frozenset(
    {"arrest_date", "convictions", "tsdb_match", "reentered_after_removal"}
)
_CONVICTION_FIELDS: Final = frozenset({"law", "level", "date"})


def _one_of(values: tuple[str, ...]) -> str:
    return "one of " + ", ".join(values)


def _object(value: object, path: str, allowed: frozenset[str]) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise RequestError(path or "request", "a JSON object", value)
    for key in value:
        if not isinstance(key, str) or key not in allowed:
            name = (
                key if isinstance(key, str) and key.strip() and len(key) <= 40 else _describe(key)
            )
            where = f"{path}.{name}" if path else name
            raise RequestError(where, "no such field (allowed: " + ", ".join(sorted(allowed)) + ")")
    return value


def _enum(value: object, path: str, values: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in values:
        raise RequestError(path, _one_of(values), value)
    return value


def _opt_enum(
    obj: Mapping[str, object], key: str, path: str, values: tuple[str, ...]
) -> str | None:
    value = obj.get(key)
    return None if value is None else _enum(value, path, values)


def _opt_bool(obj: Mapping[str, object], key: str, path: str) -> bool | None:
    value = obj.get(key)
    if value is None:
        return None
    if type(value) is not bool:
        raise RequestError(path, "true or false", value)
    return value


def _date(value: object, path: str) -> date:
    if isinstance(value, date) and type(value) is date:
        return value
    if isinstance(value, str) and _DATE_RE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise RequestError(path, "a date as YYYY-MM-DD", value)


def _opt_date(obj: Mapping[str, object], key: str, path: str) -> date | None:
    value = obj.get(key)
    return None if value is None else _date(value, path)


def _list(value: object, path: str) -> list[object]:
    if not isinstance(value, list):
        raise RequestError(path, "a list", value)
    if len(value) > MAX_LIST_LENGTH:
        raise RequestError(
            path, f"a list of at most {MAX_LIST_LENGTH} items", f"{len(value)} items"
        )
    return value


def parse_request(obj: object) -> Request:
    """Validate one request (a JSON object already decoded) and build a Request.

    Raises RequestError naming the first bad field. `null` is the same as absent.
    """
    data = _object(obj, "", _REQUEST_FIELDS)
    if data.get("as_of") is None:
        raise RequestError("as_of", "a date as YYYY-MM-DD (required)")
    as_of = _date(data["as_of"], "as_of")

    agency: str | None = None
    raw_agency = data.get("agency")
    if raw_agency is not None:
        if not isinstance(raw_agency, str) or not _AGENCY_RE.match(raw_agency):
            raise RequestError(
                "agency", "a city agency acronym such as " + ", ".join(KNOWN_AGENCIES), raw_agency
            )
        agency = raw_agency.upper()

    place: Place | None = None
    if data.get("place") is not None:
        p = _object(data["place"], "place", _PLACE_FIELDS)
        place = Place(
            kind=_opt_enum(p, "kind", "place.kind", PLACE_KINDS),
            area=_opt_enum(p, "area", "place.area", AREAS),
        )

    information: tuple[str, ...] | None = None
    if data.get("information") is not None:
        items = _list(data["information"], "information")
        information = tuple(
            dict.fromkeys(_enum(v, f"information[{i}]", INFORMATION) for i, v in enumerate(items))
        )

    documents: tuple[Document, ...] = ()
    if data.get("documents") is not None:
        docs = []
        for i, raw in enumerate(_list(data["documents"], "documents")):
            path = f"documents[{i}]"
            d = _object(raw, path, _DOCUMENT_FIELDS)
            if d.get("kind") is None:
                raise RequestError(f"{path}.kind", _one_of(DOCUMENT_KINDS) + " (required)")
            docs.append(
                Document(
                    kind=_enum(d["kind"], f"{path}.kind", DOCUMENT_KINDS),
                    signed=_opt_bool(d, "signed", f"{path}.signed"),
                    execute_by=_opt_date(d, "execute_by", f"{path}.execute_by"),
                    names_place=_opt_bool(d, "names_place", f"{path}.names_place"),
                    names_person=_opt_bool(d, "names_person", f"{path}.names_person"),
                )
            )
        documents = tuple(docs)

    consent: Consent | None = None
    if data.get("consent") is not None:
        c = _object(data["consent"], "consent", _CONSENT_FIELDS)
        consent = Consent(written=_opt_bool(c, "written", "consent.written"))

    person: Person | None = None
    if data.get("person") is not None:
        person = _parse_person(data["person"], as_of)

    return Request(
        as_of=as_of,
        agency=agency,
        requester=_opt_enum(data, "requester", "requester", REQUESTERS),
        purpose=_opt_enum(data, "purpose", "purpose", PURPOSES),
        action=_opt_enum(data, "action", "action", ACTIONS),
        place=place,
        information=information,
        documents=documents,
        exigent_circumstances=_opt_bool(data, "exigent_circumstances", "exigent_circumstances"),
        consent=consent,
        person=person,
    )


def _parse_person(raw: object, as_of: date) -> Person:
    p = _object(raw, "person", _PERSON_FIELDS)
    arrest_date = _opt_date(p, "arrest_date", "person.arrest_date")
    if arrest_date is not None and arrest_date > as_of:
        raise RequestError(
            "person.arrest_date", f"a date on or before as_of ({as_of})", arrest_date.isoformat()
        )
    convictions = []
    if p.get("convictions") is not None:
        for i, item in enumerate(_list(p["convictions"], "person.convictions")):
            path = f"person.convictions[{i}]"
            c = _object(item, path, _CONVICTION_FIELDS)
            law = c.get("law")
            if not isinstance(law, str) or not law.strip() or len(law) > MAX_LAW_LENGTH:
                raise RequestError(
                    f"{path}.law",
                    f'the law as text, e.g. "PL 120.10" (required, at most {MAX_LAW_LENGTH} characters)',
                    law,
                )
            when = _opt_date(c, "date", f"{path}.date")
            if when is not None and when > as_of:
                raise RequestError(
                    f"{path}.date", f"a date on or before as_of ({as_of})", when.isoformat()
                )
            convictions.append(
                Conviction(
                    law=law.strip(), level=_opt_enum(c, "level", f"{path}.level", LEVELS), date=when
                )
            )
    return Person(
        arrest_date=arrest_date,
        convictions=tuple(convictions),
        tsdb_match=_opt_bool(p, "tsdb_match", "person.tsdb_match"),
        reentered_after_removal=_opt_bool(
            p, "reentered_after_removal", "person.reentered_after_removal"
        ),
    )


def parse_requests(obj: object) -> list[Request]:
    """One request object, or a list of them; errors inside a list are located as "[i].field"."""
    if isinstance(obj, list):
        out = []
        for i, item in enumerate(obj):
            try:
                out.append(parse_request(item))
            except RequestError as err:
                raise err.prefixed(f"[{i}]") from None
        return out
    return [parse_request(obj)]


# ----------------------------------------------------------------------------- schemas

_DATE_SCHEMA: Final = {"type": "string", "format": "date", "pattern": _DATE_RE.pattern}


def request_schema() -> dict[str, Any]:
    """JSON Schema (2020-12) of a request, for the API layer to publish in OpenAPI."""

    def enum(values: tuple[str, ...], description: str) -> dict[str, Any]:
        return {"type": "string", "enum": list(values), "description": description}

    def boolean(description: str) -> dict[str, Any]:
        return {"type": "boolean", "description": description}

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Sanctuary request",
        "description": (
            "One request a city agency received from non-local law enforcement. Only as_of is "
            "required; an absent or null field means 'not known'. Unknown fields are errors."
        ),
        "type": "object",
        "additionalProperties": False,
        "required": ["as_of"],
        "properties": {
            "as_of": {**_DATE_SCHEMA, "description": "The day of the request."},
            "agency": {
                "type": "string",
                "pattern": AGENCY_PATTERN,
                "description": "City agency acronym, e.g. " + ", ".join(KNOWN_AGENCIES),
            },
            "requester": enum(REQUESTERS, "Who is asking."),
            "purpose": enum(PURPOSES, "What the request is for, as stated."),
            "action": enum(ACTIONS, "What they want."),
            "place": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "kind": enum(PLACE_KINDS, "Kind of city property."),
                    "area": enum(AREAS, "Public or non-public area."),
                },
            },
            "information": {
                "type": "array",
                "maxItems": MAX_LIST_LENGTH,
                "items": enum(INFORMATION, "Kind of information asked for."),
                "description": "For disclose and notify_release.",
            },
            "documents": {
                "type": "array",
                "maxItems": MAX_LIST_LENGTH,
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["kind"],
                    "properties": {
                        "kind": enum(DOCUMENT_KINDS, "The document checker's classification."),
                        "signed": boolean("Signed by the judge or issuing officer."),
                        "execute_by": {
                            **_DATE_SCHEMA,
                            "description": "Execute-by date printed on it.",
                        },
                        "names_place": boolean("Names this place."),
                        "names_person": boolean("Names the person concerned."),
                    },
                },
            },
            "exigent_circumstances": boolean("The agents claim an emergency."),
            "consent": {
                "type": "object",
                "additionalProperties": False,
                "properties": {"written": boolean("The person's written consent to a disclosure.")},
            },
            "person": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "arrest_date": {**_DATE_SCHEMA, "description": "Date of the current arrest."},
                    "convictions": {
                        "type": "array",
                        "maxItems": MAX_LIST_LENGTH,
                        "items": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["law"],
                            "properties": {
                                "law": {
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": MAX_LAW_LENGTH,
                                    "description": 'e.g. "PL 120.10", "PL 110/120.10", "VTL 600".',
                                },
                                "level": enum(LEVELS, "Felony or misdemeanor."),
                                "date": {**_DATE_SCHEMA, "description": "Date of conviction."},
                            },
                        },
                    },
                    "tsdb_match": boolean("Possible terrorist-screening-database match."),
                    "reentered_after_removal": boolean("Reentered illegally after removal."),
                },
            },
        },
    }


def decision_schema() -> dict[str, Any]:
    """JSON Schema (2020-12) of Decision.to_dict()."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Sanctuary decision",
        "type": "object",
        "additionalProperties": False,
        "required": ["decision", "summary", "reasons", "steps", "unverified", "rules_version"],
        "properties": {
            "decision": {
                "type": "string",
                "enum": list(DECISIONS),
                "description": "escalate = keep them waiting where they are and call counsel now.",
            },
            "summary": {"type": "string"},
            "reasons": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["rule", "citation", "text"],
                    "properties": {
                        "rule": {"type": "string"},
                        "citation": {"type": "string"},
                        "text": {"type": "string"},
                    },
                },
            },
            "steps": {"type": "array", "items": {"type": "string"}},
            "unverified": {"type": "boolean"},
            "rules_version": {"type": "string"},
            "trace": {"type": "array", "items": {"type": "string"}},
        },
    }
