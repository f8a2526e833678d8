"""`sanctuary audit verify`: walk the hash chain and name the first broken entry."""

from __future__ import annotations

import argparse

from sanctuary.commands import django_setup


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "audit",
        help="Check the tamper-evident audit log.",
        description="Check the tamper-evident audit log.",
    )
    actions = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        help="Verify the hash chain; exit 1 at the first broken entry.",
        description="Walk the chain from the first entry. Prints OK, or the first entry that "
        "was edited, deleted or inserted, and exits with status 1.",
    )
    verify.set_defaults(func=run_verify)
    head = actions.add_parser(
        "head",
        help="Print the newest entry's number and hash (to keep somewhere else).",
        description="Print the newest entry's number and hash. Keeping this line outside the "
        "database (a ticket, a signed e-mail) anchors the chain against a wholesale rewrite.",
    )
    head.set_defaults(func=run_head)


def run_verify(args: argparse.Namespace) -> int:
    django_setup()
    from sanctuary.audit.service import verify_log

    verdict = verify_log()
    print(verdict.describe())
    return 0 if verdict.ok else 1


def run_head(args: argparse.Namespace) -> int:
    django_setup()
    from sanctuary.audit.models import AuditHead

    head = AuditHead.objects.filter(pk=1).first()
    print(f"{head.seq if head else 0} {head.entry_hash if head else '0' * 64}")
    return 0
