"""Does a conviction count as a "violent or serious crime"? (§9-131(a)(7) = §14-154(a)(6))

The lists themselves are dated data (violent_or_serious_crimes.yaml). This module only reads
the `law` text of a conviction and matches it. Accepted forms (case does not matter):

    PL 120.10 | P.L. 120.10 | Penal Law § 120.10 | NYPL 120.10 | 120.10
    PL 265.02(3) | PL 120.04-a(4) | PL 135.65(2)(b)              subdivisions
    PL 110/120.10 | PL 110.00/120.10 | PL 110-120.10 | attempted PL 120.10     attempt
    PL 105.10/120.10 | conspiracy to commit PL 120.10               conspiracy (art. 105)
    PL 100.10/120.10 | solicitation of PL 120.10                    solicitation (art. 100)
    PL 115.05/120.10 | facilitation of PL 120.10                    facilitation (art. 115)
    PL 485.05/120.05 | PL 120.05 as a hate crime | PL 485.05         hate crime
    VTL 600 | VTL § 600(2)(a) | Vehicle and Traffic Law § 600      VTL §600

Anything else (a federal or other state's law, free text) is "counsel must check": such a
conviction can count only as an equivalent of a listed felony, which is a lawyer's judgement.
Uncertainty never makes a conviction count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

COUNTS: Final = "counts"
MAYBE: Final = "maybe"
NO: Final = "no"

RULE_MISDEMEANOR: Final = "crimes.misdemeanor"
RULE_NOT_LISTED: Final = "crimes.not_listed"
RULE_OUT_OF_STATE: Final = "crimes.out_of_state"
RULE_NEEDS_COUNSEL: Final = "crimes.needs_counsel"
RULE_WINDOW: Final = "crimes.five_year_window"
_PARSE_CACHE_SIZE: Final = 4096

_RANGE_RE: Final = re.compile(r"^(\d{1,3})\.(\d{2})\.\.(\d{1,3})\.(\d{2})$")
_SUBRANGE_RE: Final = re.compile(r"^(\d{1,3}\.\d{2}(?:-[a-z])?)\((\w+)\)\.\.\((\w+)\)$")
_SECTION_RE: Final = re.compile(r"^(\d{1,3}\.\d{2}(?:-[a-z])?)((?:\(\w+\))*)$")
_SUBS_RE: Final = re.compile(r"\((\w+)\)")

_TOKEN_RE: Final = re.compile(
    r"(?P<num>\d{1,3}(?:\.\d+)?(?:-?[a-z](?![a-z]))?(?:\([0-9a-z]{1,4}\))*)"
    r"|(?P<word>[a-z]+)"
    r"|(?P<sep>[/,;&§:.\-]+)"
    r"|(?P<space>\s+)"
    r"|(?P<other>.)"
)
_HEAD_RE: Final = re.compile(r"^(\d{1,3})(?:\.(\d+))?(?:-?([a-z]))?$")
_VTL_SPLIT_RE: Final = re.compile(r"[.(\-]")
_PL_WORDS: Final = frozenset({"pl", "penal", "law", "nypl", "ny", "nys", "section", "sec"})
_VTL_WORDS: Final = frozenset({"vtl", "vehicle", "and", "traffic"})
_FILLER: Final = frozenset({"to", "commit", "of", "criminal", "as", "a", "an", "the"})
_HATE_WORDS: Final = frozenset({"hate", "crime"})
_INCHOATE_WORDS: Final = {
    "attempted": "attempt",
    "attempt": "attempt",
    "att": "attempt",
    "conspiracy": "conspiracy",
    "conspiring": "conspiracy",
    "solicitation": "solicitation",
    "soliciting": "solicitation",
    "facilitation": "facilitation",
    "facilitating": "facilitation",
}


@dataclass(frozen=True, slots=True)
class SectionRef:
    """A section ("120.04-a") and the subdivisions given, outermost first (("4",))."""

    key: str
    subs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ParsedLaw:
    code: str  # "PL", "VTL" or "OTHER"
    target: SectionRef | None
    inchoate: str | None
    hate: bool
    problem: str | None


@dataclass(frozen=True, slots=True)
class Finding:
    """The verdict on one conviction: counts / maybe (counsel checks) / no, and why."""

    status: str
    rule: str
    detail: str
    unverified: bool = False


@dataclass(frozen=True, slots=True)
class CrimeList:
    id: str
    rule: str
    citation: str
    effective_from: date | None
    effective_from_approximate: bool
    effective_to: date | None
    unverified: bool
    note: str
    # section key -> None (every subdivision) or the allowed subdivision paths
    sections: Mapping[str, frozenset[tuple[str, ...]] | None]

    def in_force(self, day: date) -> bool:
        if self.effective_from is not None and day < self.effective_from:
            return False
        return self.effective_to is None or day <= self.effective_to

    def match(self, ref: SectionRef) -> str:
        """COUNTS when listed, MAYBE when only some subdivisions are and none was given, else NO."""
        if ref.key not in self.sections:
            return NO
        allowed = self.sections[ref.key]
        if allowed is None:
            return COUNTS
        n = len(ref.subs)
        if any(ref.subs[: len(path)] == path for path in allowed if n >= len(path)):
            return COUNTS
        if any(path[:n] == ref.subs for path in allowed if n < len(path)):
            return MAYBE
        return NO

    def entries(self) -> Iterator[str]:
        for key in sorted(self.sections, key=_section_sort_key):
            allowed = self.sections[key]
            if allowed is None:
                yield key
            else:
                for path in sorted(allowed):
                    yield key + "".join(f"({p})" for p in path)


def _section_sort_key(key: str) -> tuple[int, int, str]:
    base, _, suffix = key.partition("-")
    whole, _, dec = base.partition(".")
    return (int(whole), int(dec or 0), suffix)


def expand_spec(spec: str) -> list[tuple[str, tuple[str, ...] | None]]:
    """Expand one data-file entry into (section key, subdivision path or None) pairs."""
    s = spec.strip().lower()
    m = _RANGE_RE.match(s)
    if m:
        if m.group(1) != m.group(3) or int(m.group(2)) > int(m.group(4)):
            raise ValueError(f"bad section range {spec!r}")
        return [
            (f"{m.group(1)}.{n:02d}", None) for n in range(int(m.group(2)), int(m.group(4)) + 1)
        ]
    m = _SUBRANGE_RE.match(s)
    if m:
        lo, hi = m.group(2), m.group(3)
        if not (lo.isdigit() and hi.isdigit()) or int(lo) > int(hi):
            raise ValueError(f"bad subdivision range {spec!r}")
        return [(m.group(1), (str(n),)) for n in range(int(lo), int(hi) + 1)]
    m = _SECTION_RE.match(s)
    if m:
        subs = tuple(_SUBS_RE.findall(m.group(2)))
        return [(m.group(1), subs or None)]
    raise ValueError(f"unreadable section {spec!r}")


def _build_list(entry: Mapping[str, Any]) -> CrimeList:
    sections: dict[str, set[tuple[str, ...]] | None] = {}
    for spec in entry["sections"]:
        for key, path in expand_spec(str(spec)):
            if path is None:
                sections[key] = None
            elif key not in sections or sections[key] is not None:
                existing = sections.get(key)
                assert existing is None or isinstance(existing, set)
                sections[key] = (existing or set()) | {path}
    return CrimeList(
        id=str(entry["id"]),
        rule=str(entry["rule"]),
        citation=str(entry["citation"]),
        effective_from=entry.get("effective_from"),
        effective_from_approximate=bool(entry.get("effective_from_approximate", False)),
        effective_to=entry.get("effective_to"),
        unverified=bool(entry.get("unverified", False)),
        note=" ".join(str(entry.get("note") or "").split()),
        sections={k: (None if v is None else frozenset(v)) for k, v in sections.items()},
    )


DEFAULT_ARTICLES: Final[Mapping[str, str]] = {
    "100": "solicitation",
    "105": "conspiracy",
    "110": "attempt",
    "115": "facilitation",
}
DEFAULT_HATE_SECTION: Final = "485.05"


def parse_law(
    law: str,
    articles: Mapping[str, str] = DEFAULT_ARTICLES,
    hate_section: str = DEFAULT_HATE_SECTION,
) -> ParsedLaw:
    """Read a conviction's `law` text (see the module docstring for the accepted forms).

    `articles` maps Penal Law article numbers to inchoate kinds; `hate_section` is the
    hate-crime section. Both come from the data file via CrimeCatalogue.
    """
    s = law.lower().replace("p.l.", "pl").replace("n.y.", "ny").replace("u.s.c.", "usc")
    nums: list[str] = []
    words: list[str] = []
    for m in _TOKEN_RE.finditer(s):
        kind = m.lastgroup
        if kind == "num":
            nums.append(m.group())
        elif kind == "word":
            words.append(m.group())
        elif kind == "other":
            return ParsedLaw("OTHER", None, None, False, f"unexpected character {m.group()!r}")

    inchoate: str | None = None
    hate = False
    vtl = False
    for word in words:
        if word in _VTL_WORDS:
            vtl = True
        elif word in _INCHOATE_WORDS:
            inchoate = _INCHOATE_WORDS[word]
        elif word in _HATE_WORDS:
            hate = True
        elif word not in _PL_WORDS and word not in _FILLER:
            return ParsedLaw(
                "OTHER",
                None,
                None,
                False,
                f"not read as a New York Penal Law or VTL section ({word!r})",
            )
    if not nums:
        return ParsedLaw("OTHER", None, None, False, "no section number")

    if vtl:
        first = nums[0]
        return ParsedLaw("VTL", SectionRef(_VTL_SPLIT_RE.split(first)[0]), None, False, None)

    target: SectionRef | None = None
    for token in nums:
        head, _, rest = token.partition("(")
        subs = tuple(_SUBS_RE.findall("(" + rest)) if rest else ()
        parts = _HEAD_RE.match(head)
        if parts is None:
            return ParsedLaw("PL", None, inchoate, hate, f"unreadable section {token!r}")
        whole, dec, suffix = parts.group(1), parts.group(2), parts.group(3)
        if whole in articles:
            inchoate = articles[whole]
            continue
        if dec is None or len(dec) != 2:
            return ParsedLaw(
                "PL", None, inchoate, hate, f"section {token!r} is not written as NNN.NN"
            )
        key = f"{whole}.{dec}" + (f"-{suffix}" if suffix else "")
        if key == hate_section:
            hate = True
            continue
        if target is not None:
            return ParsedLaw("PL", None, inchoate, hate, "more than one crime named")
        target = SectionRef(key, subs)
    return ParsedLaw("PL", target, inchoate, hate, None)


def five_years_before(day: date) -> date:
    """The same calendar day five years earlier (29 Feb falls back to 28 Feb)."""
    if day.year <= 5:
        return date.min
    try:
        return day.replace(year=day.year - 5)
    except ValueError:
        return day.replace(year=day.year - 5, day=28)


class CrimeCatalogue:
    """The dated lists plus the categories of the definition; classify() judges one conviction."""

    def __init__(
        self,
        lists: tuple[CrimeList, ...],
        hate_rule: str,
        hate_section: str,
        vtl_rule: str,
        vtl_section: str,
        inchoate_rule: str,
        inchoate_target: str,
        inchoate_articles: Mapping[str, str],
    ) -> None:
        self.lists = lists
        self.hate_rule = hate_rule
        self.hate_section = hate_section
        self.vtl_rule = vtl_rule
        self.vtl_section = vtl_section
        self.inchoate_rule = inchoate_rule
        self.inchoate_target = next(lst for lst in lists if lst.id == inchoate_target)
        self.inchoate_articles = dict(inchoate_articles)
        self._parsed: dict[str, ParsedLaw] = {}

    def parse(self, law: str) -> ParsedLaw:
        """parse_law() with this catalogue's article numbers, memoised (laws repeat a lot)."""
        parsed = self._parsed.get(law)
        if parsed is None:
            if len(self._parsed) >= _PARSE_CACHE_SIZE:
                self._parsed.clear()
            parsed = parse_law(law, self.inchoate_articles, self.hate_section)
            self._parsed[law] = parsed
        return parsed

    def rule_ids(self) -> set[str]:
        ids = {lst.rule for lst in self.lists}
        ids |= {self.hate_rule, self.vtl_rule, self.inchoate_rule}
        ids |= {
            RULE_MISDEMEANOR,
            RULE_NOT_LISTED,
            RULE_OUT_OF_STATE,
            RULE_NEEDS_COUNSEL,
            RULE_WINDOW,
        }
        return ids

    def category(self, law: str, as_of: date) -> Finding:
        """Is the crime itself of a counting kind (ignoring level and dates)?"""
        parsed = self.parse(law)
        if parsed.code == "OTHER":
            return Finding(
                MAYBE,
                RULE_OUT_OF_STATE,
                f"{law}: {parsed.problem}; counsel checks for an equivalent New York felony.",
            )
        if parsed.problem is not None:
            return Finding(MAYBE, RULE_NEEDS_COUNSEL, f"{law}: {parsed.problem}.")
        assert parsed.target is not None or parsed.code == "PL"
        if parsed.code == "VTL":
            assert parsed.target is not None
            if parsed.target.key == self.vtl_section:
                return Finding(COUNTS, self.vtl_rule, f"{law} is a VTL §600 offense.")
            return Finding(NO, RULE_NOT_LISTED, f"{law} is not VTL §600.")
        if parsed.hate:
            return Finding(COUNTS, self.hate_rule, f"{law} is a hate crime (PL §485.05).")
        target = parsed.target
        if parsed.inchoate is not None:
            if target is None:
                return Finding(
                    MAYBE,
                    RULE_NEEDS_COUNSEL,
                    f"{law}: {parsed.inchoate} of which crime is not given.",
                )
            if not self.inchoate_target.in_force(as_of):
                return Finding(NO, RULE_NOT_LISTED, f"{law}: the list was not in force on {as_of}.")
            verdict = self.inchoate_target.match(target)
            if verdict == COUNTS:
                return Finding(
                    COUNTS,
                    self.inchoate_rule,
                    f"{law} is {_article(parsed.inchoate)} {parsed.inchoate} of a listed crime (PL {target.key}).",
                )
            if verdict == MAYBE:
                return Finding(
                    MAYBE,
                    RULE_NEEDS_COUNSEL,
                    f"{law}: only some subdivisions of PL {target.key} are listed and none was given.",
                )
            return Finding(NO, RULE_NOT_LISTED, f"{law}: PL {target.key} is not on the list.")
        if target is None:
            return Finding(MAYBE, RULE_NEEDS_COUNSEL, f"{law}: no crime section given.")
        best: Finding | None = None
        for lst in self.lists:
            if not lst.in_force(as_of):
                continue
            verdict = lst.match(target)
            if verdict == COUNTS:
                return Finding(COUNTS, lst.rule, f"{law} is on the list.", lst.unverified)
            if verdict == MAYBE and best is None:
                best = Finding(
                    MAYBE,
                    RULE_NEEDS_COUNSEL,
                    f"{law}: only some subdivisions of PL {target.key} are listed and none was given.",
                )
        return best or Finding(NO, RULE_NOT_LISTED, f"{law} is not on the list.")

    def classify(
        self,
        law: str,
        level: str | None,
        convicted_on: date | None,
        arrest_date: date | None,
        as_of: date,
        *,
        any_time: bool = False,
    ) -> Finding:
        """Judge one conviction for the second condition of a hold (or, with any_time, §14-154(b)(2))."""
        if level == "misdemeanor":
            return Finding(NO, RULE_MISDEMEANOR, f"{law} was a misdemeanor.")
        found = self.category(law, as_of)
        if found.status != COUNTS:
            return found
        if level is None:
            return Finding(
                MAYBE,
                RULE_NEEDS_COUNSEL,
                f"{found.detail} Whether it was a felony is not given.",
                found.unverified,
            )
        if any_time:
            return found
        if convicted_on is None or arrest_date is None:
            missing = "conviction date" if convicted_on is None else "date of the current arrest"
            return Finding(
                MAYBE, RULE_WINDOW, f"{found.detail} The {missing} is not given.", found.unverified
            )
        if convicted_on > arrest_date:
            return Finding(
                MAYBE,
                RULE_WINDOW,
                f"{found.detail} It is dated after the current arrest ({arrest_date}).",
                found.unverified,
            )
        if convicted_on < five_years_before(arrest_date):
            return Finding(
                MAYBE,
                RULE_WINDOW,
                f"{found.detail} It is more than five years before the current arrest "
                f"({convicted_on} vs {arrest_date}); it counts only if time incarcerated for it extends the window.",
                found.unverified,
            )
        return Finding(
            COUNTS,
            found.rule,
            f"{found.detail} It is within five years before the current arrest.",
            found.unverified,
        )


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def load_crimes(raw: object) -> CrimeCatalogue:
    """Build the catalogue from the parsed violent_or_serious_crimes.yaml."""
    if not isinstance(raw, dict):
        raise ValueError("violent_or_serious_crimes.yaml: expected a mapping")
    lists = tuple(_build_list(entry) for entry in raw["lists"])
    inchoate = raw["inchoate"]
    articles = {str(k): str(v) for k, v in inchoate["articles"].items()}
    return CrimeCatalogue(
        lists=lists,
        hate_rule=str(raw["hate_crime"]["rule"]),
        hate_section=str(raw["hate_crime"]["section"]),
        vtl_rule=str(raw["vtl_600"]["rule"]),
        vtl_section=str(raw["vtl_600"]["section"]),
        inchoate_rule=str(inchoate["rule"]),
        inchoate_target=str(inchoate["target_list"]),
        inchoate_articles=articles,
    )
