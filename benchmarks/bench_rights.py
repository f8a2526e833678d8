"""Know Your Rights pages under gunicorn: requests per second (cached), and bytes per page.

`run()` starts gunicorn on a free loopback port (2 workers, as on the 2-core reference machine),
warms each worker's page cache, then sends a bounded number of keep-alive GETs for one KYR page
from a few client threads, and fetches every page in every language once to weigh it (raw and
gzip). It returns the figures and rewrites only the "## Know Your Rights pages" section of
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gzip
import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from benchmarks.common import machine, replace_section

ROOT = Path(__file__).resolve().parents[1]
DOCS_FILE = ROOT / "docs" / "benchmarks.md"
SECTION = "## Know Your Rights pages"
TARGET = "/es/home/"
REQUESTS = 4000
CLIENTS = 4
WORKERS = 2
CODES = ["en", "es", "zh-hans", "ru", "bn", "ht", "ko", "ar", "ur", "fr", "pl"]
SLUGS = ["", "home", "street", "work", "city-places", "warrants", "your-rights", "family",
         "help", "information", "translations"]  # fmt: skip


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(conn: http.client.HTTPConnection, path: str) -> bytes:
    conn.request("GET", path, headers={"Host": "localhost"})
    response = conn.getresponse()
    body = response.read()
    if response.status != 200:
        raise RuntimeError(f"{path} answered {response.status}")
    return body


def _wait(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            _get(conn, "/en/")
            conn.close()
            return
        except (OSError, RuntimeError):
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start")


def _hammer(port: int, count: int, latencies: list[float]) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    for _ in range(count):
        started = time.perf_counter()
        _get(conn, TARGET)
        latencies.append(time.perf_counter() - started)
    conn.close()


def measure(requests: int = REQUESTS, clients: int = CLIENTS) -> dict[str, Any]:
    port = _free_port()
    env = dict(
        os.environ, DJANGO_SETTINGS_MODULE="sanctuary.site.settings", PYTHONPATH=str(ROOT / "src")
    )
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "sanctuary.site.wsgi:application",
         "--bind", f"127.0.0.1:{port}", "--workers", str(WORKERS), "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        _wait(port)
        weights: dict[str, dict[str, Any]] = {}
        topic_gzip: list[int] = []
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        for code in CODES:
            pages = {}
            for slug in SLUGS:
                body = _get(conn, f"/{code}/{slug + '/' if slug else ''}")
                pages[slug or "index"] = (len(body), len(gzip.compress(body)))
                if slug != "translations":
                    topic_gzip.append(pages[slug or "index"][1])
            weights[code] = {
                "pages": len(pages),
                "raw_bytes_mean": round(sum(r for r, _ in pages.values()) / len(pages)),
                "gzip_bytes_mean": round(sum(g for _, g in pages.values()) / len(pages)),
                "gzip_bytes_max": max(g for _, g in pages.values()),
                "heaviest": max(pages, key=lambda k: pages[k][1]),
            }
        css = gzip.compress((ROOT / "src/sanctuary/rights/static/rights/kyr.css").read_bytes())
        for _ in range(50):  # warm both workers' caches
            _get(conn, TARGET)
        conn.close()
        latencies: list[float] = []
        per_client = requests // clients
        threads = [
            threading.Thread(target=_hammer, args=(port, per_client, latencies))
            for _ in range(clients)
        ]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=10)
    latencies.sort()
    return {
        "date": _dt.date.today().isoformat(),
        "machine": machine(),
        "target": TARGET,
        "requests": len(latencies),
        "clients": clients,
        "gunicorn_workers": WORKERS,
        "requests_per_second": round(len(latencies) / elapsed, 1),
        "latency_ms_p50": round(latencies[len(latencies) // 2] * 1000, 2),
        "latency_ms_p99": round(latencies[int(len(latencies) * 0.99)] * 1000, 2),
        "stylesheet_gzip_bytes": len(css),
        "topic_page_gzip_bytes_min_max": [min(topic_gzip), max(topic_gzip)],
        "bytes_per_page_by_language": weights,
    }


def render_section(result: dict[str, Any]) -> str:
    m = result["machine"]
    rows = "\n".join(
        f"| {code} | {w['pages']} | {w['raw_bytes_mean']:,} | {w['gzip_bytes_mean']:,} | "
        f"{w['gzip_bytes_max']:,} ({w['heaviest']}) |"
        for code, w in result["bytes_per_page_by_language"].items()
    )
    return f"""{SECTION}

`make bench BENCH_ARGS=rights` or `.venv/bin/python -m benchmarks.bench_rights`
(`benchmarks/bench_rights.py`). gunicorn with {result["gunicorn_workers"]} sync workers on a
loopback port; each worker's page cache (Django `cache_page`, one hour) is warmed first, then
{result["clients"]} client threads send {result["requests"]:,} keep-alive GETs for
`{result["target"]}`. The clients run on the same machine as the server, so they compete for
the same cores: the figure is a floor.

Date {result["date"]}; {m["cpu"]}, {m["nproc"]} cores, Python {m["python"]}, load average
{m["load_average_1_5_15"]} at the end (the machine was shared with other work).

- Requests per second (cached page): **{result["requests_per_second"]:,}**;
  latency p50 {result["latency_ms_p50"]} ms, p99 {result["latency_ms_p99"]} ms.
- Stylesheet `kyr.css`: {result["stylesheet_gzip_bytes"]:,} bytes gzip (shared by every page).
  Budget: 30 KB gzip per page including the stylesheet, no fonts served (system fonts).

| Language | Pages | Mean raw bytes | Mean gzip bytes | Max gzip bytes (page) |
|---|---|---|---|---|
{rows}

The heaviest page in every language is the translation-status table (every string x every
language); the other pages weigh {result["topic_page_gzip_bytes_min_max"][0]:,} to
{result["topic_page_gzip_bytes_min_max"][1]:,} bytes gzip across all languages.
"""


def write_section(result: dict[str, Any], path: Path = DOCS_FILE) -> None:
    """Replace only the Know Your Rights section, keeping every other benchmark's section."""
    replace_section(SECTION, render_section(result), path)


def run(write: bool = True, requests: int = REQUESTS) -> dict[str, Any]:
    result = measure(requests=requests)
    if write:
        write_section(result)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_rights")
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    parser.add_argument("--requests", type=int, default=REQUESTS)
    args = parser.parse_args(argv)
    print(json.dumps(run(write=not args.no_write, requests=args.requests), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
