"""The translation catalogues as data: review status per language and each string's state.

Read by the public translation-status page and by the tests that fail on a missing string.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import yaml
from django.conf import settings
from django.utils.translation import to_locale
from django.utils.translation.template import templatize

HERE = Path(__file__).resolve().parent
LOCALE_DIR = HERE / "locale"
TEMPLATE_DIR = HERE / "templates" / "rights"
REVIEW_FILE = HERE / "data" / "review_status.yaml"
SOURCE_LANGUAGE = "en"


@dataclass(frozen=True)
class Review:
    code: str
    status: str  # "source" | "draft" | "reviewed"
    reviewer: str | None = None
    reviewed_on: date | None = None

    @property
    def reviewed(self) -> bool:
        return self.status in {"source", "reviewed"}


@dataclass(frozen=True)
class Entry:
    msgid: str
    msgstr: str
    fuzzy: bool

    @property
    def state(self) -> str:
        if not self.msgstr:
            return "missing"
        return "fuzzy" if self.fuzzy else "translated"


def languages() -> list[tuple[str, str]]:
    return list(settings.LANGUAGES)


@cache
def review_statuses() -> dict[str, Review]:
    raw = yaml.safe_load(REVIEW_FILE.read_text(encoding="utf-8")) or {}
    out = {}
    for code, _name in languages():
        item = raw.get(code) or {"status": "draft"}
        status = item.get("status", "draft")
        if status not in {"source", "draft", "reviewed"}:
            raise ValueError(f"{REVIEW_FILE.name}: {code}: unknown status {status!r}")
        if status == "reviewed" and not (item.get("reviewer") and item.get("reviewed_on")):
            raise ValueError(f"{REVIEW_FILE.name}: {code}: reviewed needs reviewer and reviewed_on")
        out[code] = Review(code, status, item.get("reviewer"), item.get("reviewed_on"))
    return out


def po_path(code: str) -> Path:
    return LOCALE_DIR / to_locale(code) / "LC_MESSAGES" / "django.po"


def _unquote(chunk: str) -> str:
    return ast.literal_eval(chunk)


def parse_po(path: Path) -> list[Entry]:
    """A small reader for the .po files we write (no plurals, no contexts)."""
    entries: list[Entry] = []
    msgid: list[str] | None = None
    msgstr: list[str] | None = None
    fuzzy = False
    current: list[str] | None = None

    def flush() -> None:
        nonlocal msgid, msgstr, fuzzy
        if msgid is not None and msgstr is not None and "".join(msgid):
            entries.append(Entry("".join(msgid), "".join(msgstr), fuzzy))
        msgid, msgstr, fuzzy = None, None, False

    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            flush()
            current = None
        elif line.startswith("#,"):
            flush()
            fuzzy = "fuzzy" in line
        elif line.startswith("#~"):
            continue  # obsolete
        elif line.startswith("#"):
            continue
        elif line.startswith("msgid "):
            if msgstr is not None:
                flush()
            msgid = [_unquote(line[6:])]
            current = msgid
        elif line.startswith("msgstr "):
            msgstr = [_unquote(line[7:])]
            current = msgstr
        elif line.startswith('"') and current is not None:
            current.append(_unquote(line))
    flush()
    return entries


_GETTEXT_CALL = re.compile(r"""\bgettext\((u?(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'))\)""")


@cache
def source_strings() -> tuple[str, ...]:
    """Every msgid our templates and Python modules ask for, in first-seen order."""
    seen: dict[str, None] = {}
    for template in sorted(TEMPLATE_DIR.rglob("*.html")):
        code = templatize(template.read_text(encoding="utf-8"), origin=str(template))
        for match in _GETTEXT_CALL.finditer(code):
            seen.setdefault(ast.literal_eval(match.group(1)), None)
    for module in sorted(HERE.glob("*.py")):
        for match in re.finditer(r"""\b_\((["'])(.+?)\1\)""", module.read_text(encoding="utf-8")):
            seen.setdefault(match.group(2), None)
    return tuple(seen)


def string_states() -> dict[str, dict[str, str]]:
    """msgid -> {language code -> "translated" | "fuzzy" | "missing"} for every source string."""
    per_language: dict[str, dict[str, Entry]] = {}
    for code, _name in languages():
        if code == SOURCE_LANGUAGE:
            continue
        path = po_path(code)
        per_language[code] = {e.msgid: e for e in parse_po(path)} if path.exists() else {}
    states: dict[str, dict[str, str]] = {}
    for msgid in source_strings():
        row = {}
        for code, entries in per_language.items():
            entry = entries.get(msgid)
            row[code] = entry.state if entry else "missing"
        states[msgid] = row
    return states
