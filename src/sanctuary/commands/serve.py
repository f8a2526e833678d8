"""`sanctuary serve`: the site under gunicorn (what a city runs), on 127.0.0.1:8000 by default."""

from __future__ import annotations

import argparse
import os
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve", help="Serve the site with gunicorn.", description="Serve the site with gunicorn."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", 2)))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sanctuary.site.settings")
    print(f"Sanctuary is at http://{args.host}:{args.port}/  (Ctrl-C stops it)", flush=True)
    argv = [
        sys.executable,
        "-m",
        "gunicorn",
        "sanctuary.site.wsgi:application",
        "--bind",
        f"{args.host}:{args.port}",
        "--workers",
        str(args.workers),
        "--preload",
        "--access-logfile",
        "-",
        "--forwarded-allow-ips",
        os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1"),
    ]
    os.execv(sys.executable, argv)  # noqa: S606 - replaces this process with gunicorn
    return 0  # pragma: no cover
