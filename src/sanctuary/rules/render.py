"""Plain-text rendering of decisions and rules, for the terminal and anything that prints."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from sanctuary.rules.model import Decision
from sanctuary.rules.ruleset import Rule, Ruleset

WIDTH = 78
HEADLINES = {
    "deny": "DENY: SAY NO",
    "escalate": "ESCALATE: KEEP THEM WAITING AND CALL COUNSEL NOW",
    "allow": "ALLOW",
}


def _wrap(text: str, indent: str, first: str | None = None) -> str:
    return textwrap.fill(
        text,
        width=WIDTH,
        initial_indent=first if first is not None else indent,
        subsequent_indent=indent,
        break_on_hyphens=False,
    )


def render_decision(decision: Decision, *, trace: bool = False) -> str:
    """Summary in big plain words first, then numbered steps, reasons, any UNVERIFIED warning."""
    bar = "=" * WIDTH
    lines = [
        bar,
        HEADLINES.get(decision.decision, decision.decision.upper()),
        _wrap(decision.summary, ""),
        bar,
        "",
    ]
    lines.append("What to do now:")
    for n, step in enumerate(decision.steps, 1):
        lead = f"  {n}. "
        lines.append(_wrap(step, " " * len(lead), lead))
    lines += ["", "Why:"]
    for reason in decision.reasons:
        lines.append(_wrap(f"{reason.citation}: {reason.text} [{reason.rule}]", "    ", "  - "))
    if decision.unverified:
        flagged = [r.rule for r in decision.reasons if "[UNVERIFIED" in r.text]
        if any(r.rule == "general.approximate_start_date" for r in decision.reasons):
            flagged.append("general.approximate_start_date")
        lines += [
            "",
            _wrap(
                "UNVERIFIED: this decision rests on rules not confirmed against the official text "
                "or dates. Counsel must confirm: " + ", ".join(dict.fromkeys(flagged)) + ".",
                "  ",
                "",
            ),
        ]
    if trace:
        lines += ["", "Trace:"] + [f"  {t}" for t in decision.trace]
    lines += ["", f"Rules version: {decision.rules_version}"]
    return "\n".join(lines)


def render_decisions(decisions: Iterable[Decision], *, trace: bool = False) -> str:
    items = list(decisions)
    if len(items) == 1:
        return render_decision(items[0], trace=trace)
    parts = []
    for n, decision in enumerate(items, 1):
        parts.append(f"Request {n} of {len(items)}\n" + render_decision(decision, trace=trace))
    return "\n\n".join(parts)


def _dates(rule: Rule) -> str:
    start = rule.effective_from.isoformat() if rule.effective_from else "(no start date)"
    if rule.effective_from_approximate:
        start = f"about {start}"
    end = rule.effective_to.isoformat() if rule.effective_to else "in force"
    return f"{start} to {end}"


def render_rules(ruleset: Ruleset) -> str:
    """Every rule: id, citation, dates, plain text, verified or not; then the crime lists."""
    lines = [f"{ruleset.title}", f"Rules version: {ruleset.version}", ""]
    for rule in ruleset.rules.values():
        if rule.unverified:
            status = "UNVERIFIED"
        elif rule.evidence == "POLICY":
            status = "policy, not law"
        else:
            status = "verified"
        head = f"{rule.id}  [{rule.kind}"
        if rule.kind != "support":
            head += f", {'/'.join(rule.actions)}, priority {rule.priority}, decides {rule.decision}"
        head += f"]  {status} ({rule.evidence})"
        lines.append(head)
        lines.append(_wrap(rule.citation, "    "))
        lines.append(_wrap(_dates(rule), "    "))
        lines.append(_wrap(rule.text, "    "))
        if rule.note:
            lines.append(_wrap(f"Note: {rule.note}", "    "))
        lines.append("")
    lines.append("Violent or serious crime lists:")
    for lst in ruleset.crimes.lists:
        status = "UNVERIFIED" if lst.unverified else "verified"
        start = lst.effective_from.isoformat() if lst.effective_from else "(no start date)"
        if lst.effective_from_approximate:
            start = f"about {start}"
        end = lst.effective_to.isoformat() if lst.effective_to else "in force"
        lines.append(f"{lst.id}  [{lst.rule}]  {status}")
        lines.append(_wrap(lst.citation, "    "))
        lines.append(f"    {start} to {end}")
        lines.append(_wrap("PL " + ", ".join(lst.entries()), "    "))
        if lst.note:
            lines.append(_wrap(f"Note: {lst.note}", "    "))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
