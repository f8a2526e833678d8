"""`sanctuary export-site OUT/`: the public Know Your Rights site as static files."""

from __future__ import annotations

import argparse
from pathlib import Path

from sanctuary.commands import django_setup


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export-site",
        help="Write the public Know Your Rights site, every language, as static files.",
        description="Write every Know Your Rights page in every language, its stylesheet and "
        "the printable PDFs into OUT, with relative links, for a CDN or a USB stick. "
        "QR codes on the PDFs point at --base-url (default: $SANCTUARY_PUBLIC_URL).",
    )
    parser.add_argument("out", type=Path, help="output folder (created if missing)")
    parser.add_argument("--base-url", default=None, help="public address the QR codes open")
    parser.add_argument("--no-pdfs", action="store_true", help="skip the printable PDFs")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    django_setup()
    from sanctuary.rights.export import export_site

    report = export_site(args.out, base_url=args.base_url, with_pdfs=not args.no_pdfs)
    print(f"Wrote {report.summary()} to {args.out}")
    return 0
