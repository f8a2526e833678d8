"""decide(): base rule plus exceptions, by explicit priority, as the rule data lays them out.

For the request's action, the rules that can decide it are taken in priority order (lowest
number first, from rules.yaml). The first one in force on the request's date whose predicate
holds decides: its decision, summary and steps. The base rule comes last, and the fallback
`general.no_rule_in_force` after it, so there is always an answer and it is never "allow" by
default. Predicates are the small functions below, one per rule id; the data says what each
rule means and when it applies.

Fail closed everywhere: a purpose that is not given is treated as immigration enforcement; an
area that is not given as non-public; a fact that is not given as not established.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from sanctuary.rules.crimes import COUNTS, MAYBE, NO, Finding
from sanctuary.rules.model import Decision, Reason, Request
from sanctuary.rules.ruleset import Rule, Ruleset, load_ruleset

IMMIGRATION_REQUESTERS: Final = frozenset({"ICE", "HSI", "CBP", "USCIS"})
IMMIGRATION_PAPERS: Final = frozenset(
    {
        "administrative_arrest_warrant_i200",
        "removal_warrant_i205",
        "detainer_i247a",
        "order_to_detain_i203",
        "administrative_subpoena",
        "notice_to_appear",
        "immigration_judge_order",
    }
)
# Search warrants and the most days the law lets their execute-by date be after issue.
SEARCH_WARRANT_DAYS: Final = {"judicial_search_warrant": 14, "state_court_search_warrant": 10}
ARREST_WARRANTS: Final = frozenset({"judicial_arrest_warrant", "state_court_arrest_warrant"})
COURT_PROCESS: Final = frozenset({"judicial_subpoena", "court_order"})
CITY_LOTS: Final = frozenset({"parking_garage", "parking_lot", "vacant_lot"})
CUSTODY_AGENCIES: Final = frozenset({"DOC", "NYPD", "DOP"})
CUSTODY_INFORMATION: Final = {
    "DOC": frozenset({"release_date", "court_date"}),
    "NYPD": frozenset({"release_date", "court_date"}),
    "DOP": frozenset({"release_date", "court_date", "appointment"}),
}
PRACTICE_BY_PLACE: Final = {
    "school": ("practice.doe_schools", "school_practice"),
    "hospital": ("practice.hh_hospitals", "hospital_practice"),
}
PRACTICE_ACTIONS: Final = frozenset({"enter", "stage", "interview", "assist", "unknown"})
HOLD_LAWS: Final = {
    "DOC": ("hold.doc.both_parts", "hold.doc.base"),
    "NYPD": ("hold.nypd.both_parts", "hold.nypd.base"),
    "DOP": ("hold.dop.both_parts", "hold.dop.base"),
}
# Rules whose decisions explain the person's convictions and screening results.
HOLD_FAMILY: Final = frozenset(
    {
        "hold.doc.both_parts",
        "hold.nypd.both_parts",
        "hold.dop.both_parts",
        "hold.judicial_warrant_review",
        "hold.nypd.exception_48_hours",
        "hold.doc.base",
        "hold.nypd.base",
        "hold.dop.base",
    }
)
DOCUMENT_LABELS: Final = {
    "judicial_search_warrant": "federal court search warrant",
    "judicial_arrest_warrant": "federal court arrest warrant",
    "state_court_search_warrant": "New York State court search warrant",
    "state_court_arrest_warrant": "New York State court arrest warrant",
    "administrative_arrest_warrant_i200": "I-200 administrative arrest warrant",
    "removal_warrant_i205": "I-205 removal warrant",
    "detainer_i247a": "I-247A detainer",
    "order_to_detain_i203": "I-203 order to detain",
    "administrative_subpoena": "DHS administrative subpoena",
    "notice_to_appear": "notice to appear",
    "immigration_judge_order": "immigration judge's order",
    "judicial_subpoena": "judicial subpoena",
    "court_order": "court order",
    "records_request_letter": "records request letter",
    "other": "unidentified paper",
}
_AREA_MATTERS: Final = frozenset({"enter", "stage", "interview"})
_PAPER_PURPOSE: Final = {
    "enter": "entry",
    "stage": "entry",
    "unknown": "entry",
    "hold": "hold",
    "notify_release": "hold",
    "disclose": "records",
    "assist": "records",
    "interview": "records",
}


# ----------------------------------------------------------------------------- facts


@dataclass(slots=True)
class Papers:
    """What the documents shown amount to, for one purpose (entry, hold or records)."""

    search_ok: bool = False
    federal_arrest_ok: bool = False
    state_arrest_ok: bool = False
    court_process: bool = False
    immigration: bool = False
    admin_subpoena: bool = False
    findings: list[tuple[str, str | None]] = field(default_factory=list)


def _check_warrant(
    doc_label: str, signed: bool | None, execute_by: date | None, names: bool | None,
    as_of: date, search_days: int | None, check_names: bool,
) -> tuple[bool, list[tuple[str, str | None]]]:  # fmt: skip
    """(usable, notes): usable = no defect found; notes explain defects and open questions."""
    notes: list[tuple[str, str | None]] = []
    ok = True
    if signed is False:
        notes.append(("documents.unsigned", f"{doc_label}: not signed."))
        ok = False
    if execute_by is not None and execute_by < as_of:
        notes.append(
            ("documents.expired", f"{doc_label}: execute by {execute_by}, before {as_of}.")
        )
        ok = False
    if check_names and names is False:
        if search_days is not None:
            notes.append(("documents.wrong_place", f"{doc_label}: names another place."))
        else:
            notes.append(("documents.wrong_person", f"{doc_label}: names another person."))
        ok = False
    if not ok:
        return False, notes
    unclear = []
    if signed is None:
        unclear.append("whether it is signed")
    if check_names and names is None:
        unclear.append(
            "whether it names this place" if search_days else "whether it names the person"
        )
    if unclear:
        notes.append(
            ("documents.needs_counsel_check", f"{doc_label}: not confirmed {' or '.join(unclear)}.")
        )
    if search_days is not None:
        if execute_by is None:
            notes.append(
                ("documents.execute_by_unclear", f"{doc_label}: no execute-by date given.")
            )
        elif execute_by > as_of + timedelta(days=search_days):
            notes.append(
                (
                    "documents.execute_by_unclear",
                    f"{doc_label}: execute-by date {execute_by} is more than {search_days} days away.",
                )
            )
    return True, notes


def examine_papers(request: Request, purpose: str) -> Papers:
    """Sort the documents shown into what can support this purpose and what cannot, and why."""
    papers = Papers()
    dhs: list[str] = []
    as_of = request.as_of
    findings = papers.findings
    for i, doc in enumerate(request.documents, 1):
        kind = doc.kind
        label = f"Document {i} ({DOCUMENT_LABELS[kind]})"
        if kind in IMMIGRATION_PAPERS:
            papers.immigration = True
            if kind == "immigration_judge_order":
                findings.append(("documents.immigration_judge_not_judicial", f"{label}."))
                continue
            dhs.append(DOCUMENT_LABELS[kind])
            if kind == "removal_warrant_i205":
                findings.append(("documents.i205_judge_box", None))
            elif kind == "order_to_detain_i203":
                findings.append(("documents.i203_order_to_detain", None))
            elif kind == "administrative_subpoena":
                papers.admin_subpoena = True
                findings.append(("documents.administrative_subpoena", None))
        elif kind in SEARCH_WARRANT_DAYS:
            ok, notes = _check_warrant(
                label, doc.signed, doc.execute_by, doc.names_place, as_of,
                SEARCH_WARRANT_DAYS[kind], purpose == "entry",
            )  # fmt: skip
            findings.extend(notes)
            if purpose == "hold":
                findings.append(("documents.not_a_detention_warrant", f"{label}."))
            elif ok:
                papers.search_ok = True
        elif kind in ARREST_WARRANTS:
            ok, notes = _check_warrant(
                label, doc.signed, doc.execute_by, doc.names_person, as_of, None, True
            )
            findings.extend(notes)
            if kind == "judicial_arrest_warrant":
                papers.federal_arrest_ok = papers.federal_arrest_ok or ok
            else:
                if purpose == "hold":
                    findings.append(("documents.not_a_detention_warrant", f"{label}."))
                papers.state_arrest_ok = papers.state_arrest_ok or ok
        elif kind in COURT_PROCESS:
            if doc.signed is False:
                findings.append(("documents.unsigned", f"{label}: not signed."))
            else:
                papers.court_process = True
                findings.append(("documents.court_process", f"{label}."))
        else:
            findings.append(("documents.other_paper", f"{label}."))
    if dhs:
        findings.insert(0, ("documents.dhs_papers_not_judicial", "Shown: " + ", ".join(dhs) + "."))
    return papers


@dataclass(slots=True)
class HoldFacts:
    """The second condition of a hold, and the NYPD 48-hour exception, from the person's record."""

    second_part: str
    exception: str
    findings: list[Finding]
    any_time_findings: list[Finding]


def _hold_facts(request: Request, ruleset: Ruleset) -> HoldFacts:
    person = request.person
    if person is None:
        return HoldFacts(NO, NO, [], [])
    crimes = ruleset.crimes
    as_of = request.as_of
    findings = [
        crimes.classify(c.law, c.level, c.date, person.arrest_date, as_of)
        for c in person.convictions
    ]
    any_time = [
        crimes.classify(c.law, c.level, c.date, person.arrest_date, as_of, any_time=True)
        for c in person.convictions
    ]
    statuses = {f.status for f in findings}
    if person.tsdb_match or COUNTS in statuses:
        second = COUNTS
    elif MAYBE in statuses:
        second = MAYBE
    else:
        second = NO
    any_statuses = {f.status for f in any_time}
    if person.tsdb_match or (person.reentered_after_removal and COUNTS in any_statuses):
        exception = COUNTS
    elif person.reentered_after_removal and MAYBE in any_statuses:
        exception = MAYBE
    else:
        exception = NO
    return HoldFacts(second, exception, findings, any_time)


# ----------------------------------------------------------------------------- evaluation


class Context:
    """Facts about one request, worked out at most once, plus what has been cited so far."""

    __slots__ = (
        "request", "ruleset", "action", "place_kind", "area", "items", "immigration",
        "assumed", "_papers", "_hold", "trace", "approximate",
    )  # fmt: skip

    def __init__(self, request: Request, ruleset: Ruleset) -> None:
        self.request = request
        self.ruleset = ruleset
        place = request.place
        self.place_kind = place.kind if place is not None else None
        self.area = place.area if place is not None else None
        self.items: frozenset[str] = frozenset(request.information or ())
        # Criminal only when they say so and show no immigration paper; otherwise fail closed.
        immigration_papers = any(d.kind in IMMIGRATION_PAPERS for d in request.documents)
        self.immigration = request.purpose != "criminal" or immigration_papers
        # True when immigration enforcement is only our fail-closed assumption.
        self.assumed = (
            request.purpose in (None, "unknown")
            and request.requester not in IMMIGRATION_REQUESTERS
            and not immigration_papers
        )
        self.action = _route(request, self.items)
        self._papers: Papers | None = None
        self._hold: HoldFacts | None = None
        self.trace: list[str] = []
        self.approximate: list[Rule] = []

    @property
    def papers(self) -> Papers:
        if self._papers is None:
            self._papers = examine_papers(self.request, _PAPER_PURPOSE[self.action])
        return self._papers

    @property
    def hold(self) -> HoldFacts:
        if self._hold is None:
            self._hold = _hold_facts(self.request, self.ruleset)
        return self._hold

    @property
    def criminal(self) -> bool:
        return not self.immigration

    @property
    def non_public(self) -> bool:
        return self.area != "public"

    @property
    def city_lot(self) -> bool:
        return self.place_kind is None or self.place_kind in CITY_LOTS

    def in_force(self, rule: Rule) -> bool:
        day = self.request.as_of
        if rule.approximate_since is not None and rule.near_approximate_start(day):
            if rule not in self.approximate:
                self.approximate.append(rule)
        return rule.in_force(day)


def _route(request: Request, items: frozenset[str]) -> str:
    """Which action's rules decide: release details and disclosures cross over by agency."""
    action = request.action or "unknown"
    agency = request.agency
    if action == "notify_release":
        custody = CUSTODY_INFORMATION.get(agency or "")
        if custody is None or not items <= custody:
            return "disclose"
    elif action == "disclose" and items:
        custody = CUSTODY_INFORMATION.get(agency or "")
        if custody is not None and items <= custody:
            return "notify_release"
    return action


Predicate = Callable[[Context], bool]
_ROUTE_TRACE: Final = {
    (action, immigration): f"route: {action}; context: "
    + ("immigration enforcement" if immigration else "criminal matter")
    for action in _PAPER_PURPOSE
    for immigration in (True, False)
}


def _always(ctx: Context) -> bool:
    return True


def _agency(name: str) -> Predicate:
    return lambda ctx: ctx.request.agency == name


def _both_parts(name: str) -> Predicate:
    return lambda ctx: (
        ctx.request.agency == name
        and ctx.immigration
        and ctx.papers.federal_arrest_ok
        and ctx.hold.second_part != NO
    )


def _consent(ctx: Context) -> bool:
    consent = ctx.request.consent
    return consent is not None and consent.written is True


PREDICATES: Final[dict[str, Predicate]] = {
    "general.no_rule_in_force": _always,
    "general.unknown_action": _always,
    # entry and staging
    "entry.public_area": lambda ctx: ctx.area == "public",
    "entry.exigent": lambda ctx: bool(ctx.request.exigent_circumstances) and ctx.non_public,
    "entry.judicial_warrant": lambda ctx: ctx.papers.search_ok,
    "entry.arrest_warrant": lambda ctx: ctx.papers.federal_arrest_ok or ctx.papers.state_arrest_ok,
    "entry.court_process": lambda ctx: ctx.papers.court_process,
    "entry.other_grounds": lambda ctx: ctx.criminal and ctx.non_public,
    "entry.no_entry": _always,
    "staging.eo13_exigent": lambda ctx: bool(ctx.request.exigent_circumstances) and ctx.city_lot,
    "staging.eo13_judicial_warrant": lambda ctx: (
        ctx.city_lot
        and (ctx.papers.search_ok or ctx.papers.federal_arrest_ok or ctx.papers.state_arrest_ok)
    ),
    "staging.eo13_city_lots": lambda ctx: ctx.city_lot,
    "staging.no_city_resources": lambda ctx: ctx.immigration,
    # holds and release notices
    "hold.doc.both_parts": _both_parts("DOC"),
    "hold.nypd.both_parts": _both_parts("NYPD"),
    "hold.dop.both_parts": _both_parts("DOP"),
    "hold.judicial_warrant_review": lambda ctx: ctx.papers.federal_arrest_ok,
    "hold.criminal_counsel": lambda ctx: ctx.criminal,
    "hold.nypd.exception_48_hours": lambda ctx: (
        ctx.request.agency == "NYPD" and ctx.immigration and ctx.hold.exception != NO
    ),
    "hold.other_agency": lambda ctx: ctx.request.agency not in CUSTODY_AGENCIES,
    "hold.doc.base": _agency("DOC"),
    "hold.nypd.base": _agency("NYPD"),
    "hold.dop.base": _agency("DOP"),
    "release.criminal_request": lambda ctx: ctx.criminal,
    # disclosure
    "disclose.exigent": lambda ctx: bool(ctx.request.exigent_circumstances),
    "disclose.judicial_process": lambda ctx: ctx.papers.court_process or ctx.papers.search_ok,
    "disclose.consent_immigration": lambda ctx: ctx.immigration and _consent(ctx),
    "disclose.consent_immigration_before_eo13": lambda ctx: ctx.immigration and _consent(ctx),
    "disclose.immigration_status": lambda ctx: (
        ctx.immigration and ctx.items == {"immigration_status"}
    ),
    "disclose.immigration_authority": lambda ctx: ctx.immigration,
    "disclose.nypd_criminal": lambda ctx: ctx.criminal and ctx.request.agency == "NYPD",
    "disclose.consent": _consent,
    "disclose.identifying_information": _always,
    "disclose.eo41_confidentiality": lambda ctx: (
        ctx.immigration and "immigration_status" in ctx.items
    ),
    "disclose.no_city_resources": lambda ctx: ctx.immigration,
    # assistance and interviews
    "assist.no_city_resources": lambda ctx: ctx.immigration,
    "assist.criminal_cooperation": lambda ctx: ctx.criminal,
    "interview.immigration": lambda ctx: ctx.immigration,
    "interview.criminal": lambda ctx: ctx.criminal,
}


# Further reasons cited with a deciding rule, depending on the facts: (rule id, detail).
Supports = Callable[[Context], Iterable[tuple[str, str | None]]]


def _staging_supports(ctx: Context) -> Iterable[tuple[str, str | None]]:
    if ctx.immigration:
        yield ("staging.no_city_resources", None)
    if not ctx.city_lot:
        yield ("entry.eo13_city_property", None)
    if ctx.non_public:
        yield ("entry.no_entry", None)


def _hold_supports(ctx: Context) -> Iterable[tuple[str, str | None]]:
    request = ctx.request
    if request.person is not None and request.person.tsdb_match:
        yield ("hold.tsdb_match", "A possible match was reported.")
    if request.agency == "DOC" and request.action in ("notify_release", "disclose"):
        yield ("release.doc_custody_information", None)
    if request.agency == "NYPD" and request.action in ("notify_release", "disclose"):
        yield ("release.nypd_no_notice", None)
    if request.action in ("notify_release", "disclose") and ctx.immigration:
        yield ("disclose.eo13_no_sharing", None)


def _disclosure_supports(ctx: Context) -> Iterable[tuple[str, str | None]]:
    request = ctx.request
    if "immigration_status" in ctx.items and ctx.immigration:
        yield ("disclose.immigration_status", None)
    if request.agency == "DOC" and ctx.items & CUSTODY_INFORMATION["DOC"]:
        yield ("release.doc_custody_information", None)
    if ctx.immigration:
        yield ("disclose.eo13_no_sharing", None)


def _interview_supports(ctx: Context) -> Iterable[tuple[str, str | None]]:
    yield ("assist.no_city_resources", None)
    if ctx.non_public:
        yield ("entry.no_entry", None)


def _assist_supports(ctx: Context) -> Iterable[tuple[str, str | None]]:
    yield ("assist.record", None)


SUPPORTS: Final[dict[str, Supports]] = {
    "staging.eo13_city_lots": _staging_supports,
    "staging.no_city_resources": _staging_supports,
    "staging.eo13_judicial_warrant": _staging_supports,
    "hold.doc.base": _hold_supports,
    "hold.nypd.base": _hold_supports,
    "hold.dop.base": _hold_supports,
    "hold.doc.both_parts": _hold_supports,
    "hold.nypd.both_parts": _hold_supports,
    "hold.dop.both_parts": _hold_supports,
    "hold.nypd.exception_48_hours": _hold_supports,
    "hold.judicial_warrant_review": _hold_supports,
    "disclose.immigration_authority": _disclosure_supports,
    "disclose.judicial_process": _disclosure_supports,
    "disclose.consent_immigration": _disclosure_supports,
    "disclose.eo41_confidentiality": _disclosure_supports,
    "disclose.no_city_resources": _disclosure_supports,
    "disclose.exigent": _disclosure_supports,
    "interview.immigration": _interview_supports,
    "interview.criminal": _interview_supports,
    "assist.no_city_resources": _assist_supports,
    "assist.criminal_cooperation": _assist_supports,
}


def _decision_detail(ctx: Context, rule: Rule) -> str | None:
    """One sentence of facts appended to the deciding rule's text."""
    request = ctx.request
    parts: list[str] = []
    if ctx.assumed and rule.decision != "allow":
        parts.append(
            "The purpose was not given, so the request is treated as immigration enforcement."
        )
    elif ctx.immigration and request.purpose == "criminal":
        parts.append(
            "The papers shown are immigration papers, so it is treated as immigration enforcement."
        )
    if ctx.area is None and ctx.action in _AREA_MATTERS and rule.decision != "allow":
        parts.append("The area was not given, so it is treated as non-public.")
    if rule.id in HOLD_FAMILY:
        hold = ctx.hold
        if not ctx.papers.federal_arrest_ok and rule.id != "hold.nypd.exception_48_hours":
            parts.append("No usable judicial warrant for detention was presented.")
        if rule.id == "hold.nypd.exception_48_hours":
            parts.append(
                "Exception conditions: met." if hold.exception == COUNTS
                else "Exception conditions: counsel must check the conviction."
            )  # fmt: skip
        elif hold.second_part == COUNTS:
            parts.append("Second condition (conviction or screening match): shown.")
        elif hold.second_part == MAYBE:
            parts.append("Second condition (conviction or screening match): counsel must check.")
        else:
            parts.append("Second condition (conviction or screening match): not shown.")
    if request.agency is None and rule.id == "hold.other_agency":
        parts.append("The agency was not given.")
    return " ".join(parts) or None


def _reason(rule: Rule, detail: str | None) -> Reason:
    if detail is None:
        return rule.reason
    return Reason(rule.id, rule.citation, f"{rule.reason.text} {detail}")


def _finding_reason(ruleset: Ruleset, finding: Finding) -> tuple[Reason, bool]:
    rule = ruleset.rules[finding.rule]
    text = f"{finding.detail} {rule.reason.text}"
    if finding.unverified and not rule.unverified:
        text += " [UNVERIFIED: the date of the rule that lists it is not confirmed.]"
    return Reason(rule.id, rule.citation, text), rule.unverified or finding.unverified


def decide(request: Request, ruleset: Ruleset | None = None) -> Decision:
    """Decide one request. Pure: the same request and rule set always give the same decision."""
    rs = ruleset if ruleset is not None else NYC
    ctx = Context(request, rs)
    trace = ctx.trace
    trace.append(_ROUTE_TRACE[ctx.action, ctx.immigration])
    chosen: Rule | None = None
    for rule in rs.by_action[ctx.action]:
        if not ctx.in_force(rule):
            trace.append(rule.trace_not_in_force)
        elif PREDICATES[rule.id](ctx):
            trace.append(rule.trace_applies)
            chosen = rule
            break
        else:
            trace.append(rule.trace_not_applicable)
    assert chosen is not None, "every action ends with general.no_rule_in_force"
    return _finish(ctx, chosen)


def _finish(ctx: Context, chosen: Rule) -> Decision:
    rs = ctx.ruleset
    rules = rs.rules
    reasons: list[Reason] = [_reason(chosen, _decision_detail(ctx, chosen))]
    seen: set[tuple[str, str | None]] = set()
    unverified = chosen.unverified

    def cite(rule_id: str, detail: str | None) -> None:
        nonlocal unverified
        rule = rules[rule_id]
        if rule_id == chosen.id or (rule_id, detail) in seen or not ctx.in_force(rule):
            return
        seen.add((rule_id, detail))
        reasons.append(_reason(rule, detail))
        unverified = unverified or rule.unverified

    for rule_id in chosen.also:
        cite(rule_id, None)
    supports = SUPPORTS.get(chosen.id)
    if supports is not None:
        for rule_id, detail in supports(ctx):
            cite(rule_id, detail)
    if ctx.request.documents:
        for rule_id, detail in ctx.papers.findings:
            cite(rule_id, detail)
    if chosen.id in HOLD_FAMILY and ctx.request.person is not None:
        hold = ctx.hold
        findings = (
            hold.any_time_findings if chosen.id == "hold.nypd.exception_48_hours" else hold.findings
        )
        for finding in findings:
            reason, flagged = _finding_reason(rs, finding)
            reasons.append(reason)
            unverified = unverified or flagged

    steps = list(chosen.steps)
    step_texts = rs.steps
    practice = PRACTICE_BY_PLACE.get(ctx.place_kind or "")
    if practice is not None and ctx.action in PRACTICE_ACTIONS:
        cite(practice[0], None)
        steps.insert(1 if chosen.decision != "allow" else len(steps), step_texts[practice[1]])
    if ctx.request.documents and ctx.papers.admin_subpoena:
        steps.append(step_texts["admin_subpoena_to_counsel"])
    if ctx.assumed and chosen.decision != "allow":
        steps.append(step_texts["ask_purpose"])
    if chosen.decision == "deny" and ctx.request.documents and ctx.papers.court_process:
        steps.append(step_texts["call_counsel"])
    record = step_texts["record"]
    if record not in steps:
        steps.append(record)

    if ctx.approximate:
        approx = ctx.approximate
        reasons.append(
            Reason(
                "general.approximate_start_date",
                "; ".join(dict.fromkeys(r.citation for r in approx)),
                rules["general.approximate_start_date"].text
                + " Rules concerned: "
                + ", ".join(f"{r.id} (from about {r.effective_from})" for r in approx)
                + ". [UNVERIFIED: start date approximate.]",
            )
        )
        unverified = True

    return Decision(
        decision=chosen.decision or "escalate",
        summary=chosen.summary or "",
        reasons=tuple(reasons),
        steps=tuple(dict.fromkeys(steps)),
        unverified=unverified,
        rules_version=rs.version,
        trace=tuple(ctx.trace),
    )


# ----------------------------------------------------------------------------- checks


class RulesetMismatch(ValueError):
    """The rule data and this engine disagree about which rules exist."""


def check_ruleset(ruleset: Ruleset) -> Ruleset:
    """Make sure the data and the predicates match, so decide() can never meet a missing rule."""
    rules = ruleset.rules
    deciding = {rid for rid, r in rules.items() if r.kind != "support"}
    missing_predicates = deciding - PREDICATES.keys()
    if missing_predicates:
        raise RulesetMismatch(f"rules without a predicate: {sorted(missing_predicates)}")
    missing_rules = (PREDICATES.keys() - deciding) | (set(SUPPORTS) - rules.keys())
    if missing_rules:
        raise RulesetMismatch(f"rules the engine needs but the data lacks: {sorted(missing_rules)}")
    needed = {
        "general.approximate_start_date", *(p[0] for p in PRACTICE_BY_PLACE.values()),
        *(r for pair in HOLD_LAWS.values() for r in pair),
        "release.doc_custody_information", "release.nypd_no_notice", "disclose.eo13_no_sharing",
        "hold.tsdb_match", "entry.eo13_city_property", "assist.record",
        "documents.dhs_papers_not_judicial", "documents.i205_judge_box",
        "documents.i203_order_to_detain", "documents.immigration_judge_not_judicial",
        "documents.administrative_subpoena", "documents.ao442_criminal",
        "documents.not_a_detention_warrant", "documents.unsigned", "documents.expired",
        "documents.execute_by_unclear", "documents.wrong_place", "documents.wrong_person",
        "documents.needs_counsel_check", "documents.court_process", "documents.other_paper",
    }  # fmt: skip
    absent = needed - rules.keys()
    if absent:
        raise RulesetMismatch(f"rules the engine cites but the data lacks: {sorted(absent)}")
    for action, ordered in ruleset.by_action.items():
        if not ordered or ordered[-1].id != "general.no_rule_in_force":
            raise RulesetMismatch(f"action {action!r} must end with general.no_rule_in_force")
    for name in ("record", "call_counsel", "ask_purpose", "admin_subpoena_to_counsel"):
        if name not in ruleset.steps:
            raise RulesetMismatch(f"step {name!r} missing")
    return ruleset


NYC: Final = check_ruleset(load_ruleset())
