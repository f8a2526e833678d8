"""`sanctuary scan-table URL TABLE`: per-column summary of identifying information in a table."""

from __future__ import annotations

import argparse
import json
import sys

from sanctuary.cli import CommandError
from sanctuary.commands.scan import add_scanner_options, build_scanner
from sanctuary.privacy import ReadError, merge_summaries, scan_chunk
from sanctuary.privacy.bulk import DEFAULT_CHUNK_ROWS
from sanctuary.privacy.progress import ProgressBar
from sanctuary.privacy.tables import count_table_rows, iter_table_chunks


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "scan-table",
        help="Summarise identifying information per column of a database table.",
        description="Read TABLE from a PostgreSQL (postgres://...) or SQLite (sqlite:///file) "
        "database in chunks and print, per column, how many rows hold each type of "
        "identifying information (Admin Code §23-1201). Only counts are printed, never a "
        "value. The database is opened read-only where the driver allows; give a read-only "
        "account. Exit status 2 when the table cannot be read.",
    )
    parser.add_argument("url", metavar="DATABASE_URL")
    parser.add_argument("table", metavar="TABLE", help="table or schema.table")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--chunk-rows", type=int, default=DEFAULT_CHUNK_ROWS)
    add_scanner_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.chunk_rows < 1:
        raise CommandError("--chunk-rows must be at least 1", 2)
    scanner = build_scanner(args)
    try:
        bar = (
            ProgressBar(f"scanning {args.table}", count_table_rows(args.url, args.table))
            if args.progress
            else None
        )
        done, summaries = 0, []
        for chunk in iter_table_chunks(args.url, args.table, args.chunk_rows):
            result = scan_chunk(chunk, scanner)
            summaries.append(result.summary)
            done += result.rows
            if bar:
                bar.update(done)
        if bar:
            bar.close(done)
    except ReadError as error:
        raise CommandError(str(error), 2) from error
    if not summaries:
        print(f"{args.table}: no rows")
        return 0
    merged = merge_summaries(summaries)
    if args.json:
        json.dump(merged.to_dict(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        for line in merged.describe() or ["no findings"]:
            print(f"{args.table}: {line}")
    return 0
