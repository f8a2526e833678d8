"""`sanctuary rules list [--json]`: every rule with its citation, dates, text and status.

Lawyers and auditors read this to see exactly what the engine applies, including which rules
are unverified and why. Never starts Django.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "rules",
        help="show the rules the decision engine applies",
        description="Show the rules the decision engine applies.",
    )
    commands = parser.add_subparsers(dest="rules_command", metavar="SUBCOMMAND", required=True)
    listing = commands.add_parser(
        "list",
        help="print every rule: id, citation, dates, plain text, verified or not",
        description="Print every rule: id, citation, dates, plain-language text, verified or not.",
    )
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sanctuary.rules import NYC, RULES_VERSION, list_rules, render_rules

    if args.json:
        payload = {
            "jurisdiction": NYC.jurisdiction,
            "rules_version": RULES_VERSION,
            "rules": [rule.to_dict() for rule in list_rules()],
            "crime_lists": [
                {
                    "id": lst.id,
                    "rule": lst.rule,
                    "citation": lst.citation,
                    "effective_from": lst.effective_from.isoformat()
                    if lst.effective_from
                    else None,
                    "effective_from_approximate": lst.effective_from_approximate,
                    "effective_to": lst.effective_to.isoformat() if lst.effective_to else None,
                    "verified": not lst.unverified,
                    "note": lst.note,
                    "sections": list(lst.entries()),
                }
                for lst in NYC.crimes.lists
            ],
        }
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_rules(NYC))
    return 0
