"""`sanctuary print-cards --lang es --out DIR`: the wallet card and the flyer as PDFs."""

from __future__ import annotations

import argparse
from pathlib import Path

from sanctuary.commands import django_setup


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "print-cards",
        help="Write the Know Your Rights wallet card and flyer PDFs for one or every language.",
        description="Write OUT/<lang>/red-card.pdf (two sides: for the holder, in their "
        "language; for the agent, in English) and OUT/<lang>/flyer.pdf (one page), each with a "
        "QR code opening that language's pages at --base-url (default: $SANCTUARY_PUBLIC_URL).",
    )
    parser.add_argument(
        "--lang",
        action="append",
        dest="langs",
        metavar="CODE",
        help="language code (en, es, zh-hans, ru, bn, ht, ko, ar, ur, fr, pl); repeatable; "
        "default: all",
    )
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    parser.add_argument("--base-url", default=None, help="public address the QR codes open")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    django_setup()
    from sanctuary.cli import CommandError
    from sanctuary.rights import printing

    known = printing.language_codes()
    unknown = [code for code in args.langs or [] if code not in known]
    if unknown:
        raise CommandError(f"unknown language {', '.join(unknown)}; choose from {', '.join(known)}")
    for path in printing.write_all(args.out, args.langs or None, args.base_url):
        print(path)
    return 0
