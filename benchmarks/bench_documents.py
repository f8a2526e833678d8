"""Benchmark the document checker on one core and write the `## Document checker` section of
docs/benchmarks.md: seconds per document (median, p95) for a 200-dpi scanned letter page and for a
text PDF, plus the per-kind confusion matrix over the evaluation half of the synthetic corpus.

Run: .venv/bin/python -m benchmarks.bench_documents [--quick]
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

os.environ["OMP_THREAD_LIMIT"] = "1"

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SECTION = "## Document checker"
TARGETS = {"scanned_page": 2.0, "text_pdf": 0.05}


def _one_core() -> tuple[str, set[int] | None]:
    """Pin this process to one CPU; returns a note and the previous affinity to restore."""
    try:
        previous = set(os.sched_getaffinity(0))
        cpu = min(previous)
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}", previous
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return "not pinned", None


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def _time(documents: list[tuple[bytes, str]], on: dt.date) -> list[float]:
    from sanctuary.documents import check_document

    seconds = []
    for data, filename in documents:
        started = time.perf_counter()
        check_document(data, filename=filename, on=on)
        seconds.append(time.perf_counter() - started)
    return seconds


def _machine() -> dict[str, str]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import pytesseract

        tesseract = str(pytesseract.get_tesseract_version())
    except Exception:  # noqa: BLE001 - report, do not fail, when tesseract is missing
        tesseract = "not found"
    return {
        "nproc": str(os.cpu_count()),
        "cpu": model,
        "python": platform.python_version(),
        "tesseract": tesseract,
    }


def run(quick: bool = False) -> dict[str, Any]:
    """Measure, write our section of docs/benchmarks.md (unless quick), return the figures."""
    pinned, previous = _one_core()
    try:
        figures = _measure(quick, pinned)
    finally:
        if previous is not None:
            os.sched_setaffinity(0, previous)  # `make bench` runs other benchmarks after us
    if not quick:
        write_section(markdown(figures))
    return figures


def _measure(quick: bool, pinned: str) -> dict[str, Any]:
    from tests.documents.corpus.build import generate, scanned_letter_page, text_pdf

    from sanctuary.documents import DocumentError, check_document

    on = dt.date(2026, 2, 10)
    scans = [(scanned_letter_page(seed), "scan.pdf") for seed in range(5 if quick else 15)]
    pdfs = [(text_pdf(seed), "warrant.pdf") for seed in range(20 if quick else 100)]
    _time(pdfs[:2], on)  # warm imports
    scan_seconds = _time(scans, on)
    pdf_seconds = _time(pdfs, on)

    counts: dict[str, Any] = (
        {"text": 4, "text_ocr": 4, "pdf_text": 2, "images": 1, "scans": 0}
        if quick
        else {"text": 12, "text_ocr": 12, "pdf_text": 6, "images": 4, "scans": 2}
    )
    confusion: Counter[tuple[str, str]] = Counter()
    false_judicial = 0
    valid_wrong = 0
    judicial_total = 0
    samples = generate("eval", seed=13, **counts)
    for sample in samples:
        try:
            result = check_document(
                sample.data, filename=sample.filename, on=sample.on, address=sample.address
            )
        except DocumentError:
            confusion[(sample.kind, "error")] += 1
            continue
        confusion[(sample.kind, result.kind.value)] += 1
        false_judicial += int(result.judicial_warrant and not sample.judicial)
        if sample.judicial:
            judicial_total += 1
            valid_wrong += int(result.valid_at_door is not sample.valid_at_door)
    correct = sum(n for (truth, got), n in confusion.items() if truth == got)
    return {
        "date": dt.date.today().isoformat(),
        "machine": _machine() | {"cores_used": f"1 ({pinned}, OMP_THREAD_LIMIT=1)"},
        "scanned_page": {
            "n": len(scan_seconds),
            "median": statistics.median(scan_seconds),
            "p95": _percentile(scan_seconds, 0.95),
        },
        "text_pdf": {
            "n": len(pdf_seconds),
            "median": statistics.median(pdf_seconds),
            "p95": _percentile(pdf_seconds, 0.95),
        },
        "eval": {
            "documents": len(samples),
            "kind_accuracy": correct / max(1, len(samples)),
            "false_judicial": false_judicial,
            "judicial_warrants": judicial_total,
            "valid_at_door_wrong": valid_wrong,
            "formats": dict(Counter(s.fmt for s in samples)),
        },
        "confusion": {f"{truth}|{got}": n for (truth, got), n in sorted(confusion.items())},
    }


def markdown(figures: dict[str, Any]) -> str:
    machine = figures["machine"]
    scan, pdf, ev = figures["scanned_page"], figures["text_pdf"], figures["eval"]

    def verdict(name: str, value: float) -> str:
        return "meets" if value < TARGETS[name] else "MISSES"

    lines = [
        SECTION,
        "",
        f"Measured {figures['date']} by `.venv/bin/python -m benchmarks.bench_documents` on "
        f"{machine['nproc']} CPUs ({machine['cpu']}), {machine['cores_used']}; "
        f"Python {machine['python']}, Tesseract {machine['tesseract']}. The machine is shared, "
        "so figures can be noisy.",
        "",
        "| Document | n | median s | p95 s | target (median) |",
        "|---|---:|---:|---:|---|",
        f"| 200-dpi scanned letter page (JPEG in a PDF, OCR) | {scan['n']} | {scan['median']:.3f} | "
        f"{scan['p95']:.3f} | < 2 s: {verdict('scanned_page', scan['median'])} |",
        f"| Text PDF (text layer + vector signature check) | {pdf['n']} | {pdf['median']:.4f} | "
        f"{pdf['p95']:.4f} | < 50 ms: {verdict('text_pdf', pdf['median'])} |",
        "",
        f"Evaluation half of the synthetic corpus (split by template, seed 13; see ADR 0003 for "
        "how far it stayed unseen): "
        f"{ev['documents']} documents ({', '.join(f'{k} {v}' for k, v in sorted(ev['formats'].items()))}); "
        f"kind accuracy {ev['kind_accuracy']:.2%}; administrative or other documents reported as "
        f"judicial warrants: {ev['false_judicial']}; `valid_at_door` wrong on "
        f"{ev['valid_at_door_wrong']} of {ev['judicial_warrants']} judicial warrants.",
        "",
        "Confusion matrix (rows: true kind; columns: reported kind; only non-empty columns):",
        "",
    ]
    confusion: dict[str, int] = figures["confusion"]
    truths = sorted({key.split("|")[0] for key in confusion})
    gots = sorted({key.split("|")[1] for key in confusion})
    short = {g: re.sub(r"_(warrant|order|request|letter)", "", g)[:18] for g in gots}
    lines.append("| true \\ reported | " + " | ".join(short[g] for g in gots) + " |")
    lines.append("|---|" + "---:|" * len(gots))
    for truth in truths:
        cells = [str(confusion.get(f"{truth}|{g}", "")) for g in gots]
        lines.append(f"| {truth} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def write_section(text: str, path: Path = ROOT / "docs" / "benchmarks.md") -> None:
    """Replace only our section of docs/benchmarks.md (others own the rest); create if missing."""
    current = path.read_text() if path.exists() else "# Benchmarks\n\n"
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    if pattern.search(current):
        updated = pattern.sub(lambda _m: text + "\n", current, count=1)
    else:
        updated = current.rstrip("\n") + "\n\n" + text
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(updated.rstrip("\n") + "\n")


def main(argv: list[str] | None = None) -> int:
    quick = "--quick" in (argv if argv is not None else sys.argv[1:])
    print(markdown(run(quick=quick)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
