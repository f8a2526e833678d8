"""`sanctuary disclosures watchdog`: flag stalled disclosure requests and e-mail privacy officers."""

from __future__ import annotations

import argparse

from sanctuary.commands import django_setup


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "disclosures",
        help="Disclosure requests (Admin Code §23-1202).",
        description="Disclosure requests (Admin Code §23-1202).",
    )
    actions = parser.add_subparsers(dest="disclosures_command", metavar="ACTION", required=True)
    watchdog = actions.add_parser(
        "watchdog",
        help="E-mail privacy officers about requests past deadline or idle too long.",
        description="Flags active requests past their deadline or idle more than "
        "SANCTUARY_DISCLOSURE_IDLE_DAYS (default 5) days and e-mails the agency's privacy "
        "officers, at most once a day per request.",
    )
    watchdog.set_defaults(func=run_watchdog)


def run_watchdog(args: argparse.Namespace) -> int:
    django_setup()
    from sanctuary.disclosures.watchdog import alert_stalled

    print(f"{alert_stalled()} e-mail(s) sent")
    return 0
