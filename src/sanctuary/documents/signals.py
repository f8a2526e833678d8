"""Find the things a trained clerk looks for in a document's text.

Each signal is a named pattern (issuer header, form number, title, caption, signer's title,
execution clause) matched tolerantly, because OCR confuses o/0, l/1/I, s/5, rn/m and drops or adds
spaces. A signal's evidence is only the matched words, never the surrounding line, so a person's
name is never quoted; captions that carry a name are reported with the name withheld.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from .model import Signal

# Characters OCR commonly swaps for each other; used both ways when building patterns.
_CONFUSIONS: dict[str, str] = {
    "o": "o0Q",
    "0": "0oO",
    "l": "l1I|i!",
    "i": "i1lI|!",
    "1": "1lI|i",
    "s": "s5$",
    "5": "5sS",
    "e": "ec",
    "c": "ce",
    "b": "b8",
    "8": "8B",
    "g": "g9",
    "u": "uvn",
    "v": "vu",
    "t": "tf",
    "f": "ft",
}


def fuzzy(phrase: str) -> str:
    """A regex matching `phrase` despite common OCR confusions and spacing errors.

    Spaces match any run of whitespace (or none: OCR merges words); "m" also matches "rn" and "nn".
    """
    parts: list[str] = []
    for position, char in enumerate(phrase.lower()):
        if position and char.isalnum() and phrase[position - 1].isalnum():
            parts.append("[ ]?")  # OCR splits words ("DIS TRICT")
        if char == " ":
            parts.append(r"\s*")
        elif char == "m":
            parts.append(r"(?:m|rn|nn)")
        elif char in _CONFUSIONS:
            parts.append("[" + re.escape(_CONFUSIONS[char]) + "]")
        elif char == "-":
            parts.append(r"\s*[-\u2010-\u2015~]?\s*")
        elif char == "'":
            parts.append(r"['\u2018\u2019`]?")
        elif char == ".":
            parts.append(r"[.,]?")
        elif char.isalnum():
            parts.append(re.escape(char))
        else:
            parts.append(re.escape(char) + "?")
    return "".join(parts)


def _rx(*phrases: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{fuzzy(p)})" for p in phrases), re.IGNORECASE)


def normalize(text: str) -> str:
    """Unicode-normalise and tidy whitespace per line; keep line and page (\\f) breaks."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for quote in "\u2018\u2019\u02bc":
        text = text.replace(quote, "'")
    for dash in "\u2010\u2011\u2012\u2013\u2014\u2015":
        text = text.replace(dash, "-")
    pages = []
    for page in text.split("\f"):
        lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in page.split("\n")]
        pages.append("\n".join(lines))
    return "\f".join(pages)


# --- the catalogue -------------------------------------------------------------------------------
# Header signals are looked for first in the top lines of each page, where an issuer prints its
# name; elsewhere in the body a court or agency name is often just mentioned.
HEADER_SIGNALS: dict[str, re.Pattern[str]] = {
    "issuer_federal_court": _rx("united states district court"),
    "issuer_ny_court": _rx(
        "criminal court of the city of new york",
        "supreme court of the state of new york",
        "county court of the state of new york",
        "state of new york county court",
        "state of new york supreme court",
        "district court of the county of",
        "local criminal court",
    ),
    "issuer_dhs": _rx(
        "department of homeland security",
        "immigration and customs enforcement",
        "customs and border protection",
        "citizenship and immigration services",
    ),
    "issuer_eoir": _rx(
        "executive office for immigration review",
        "united states immigration court",
        "immigration court",
    ),
}

# A DHS form number starts a word, or follows "Form" directly when OCR drops the space.
_FORM_START = r"(?:(?<![0-9A-Za-z])|(?<=[Ff]orm))"
FORM_SIGNALS: dict[str, re.Pattern[str]] = {
    "form_ao93": re.compile(
        r"\bA\s*[O0Q]\s*9\s*3\s*C?\b(?:\s*\(\s*Rev[.,]?\s*[0-9OoIl]{1,2}\s*/\s*[0-9OoIl]{2}\s*\))?",
        re.IGNORECASE,
    ),
    "form_ao442": re.compile(
        r"\bA\s*[O0Q]\s*4\s*4\s*2\b(?:\s*\(\s*Rev[.,]?\s*[0-9OoIl]{1,2}\s*/\s*[0-9OoIl]{2}\s*\))?",
        re.IGNORECASE,
    ),
    "form_i200": re.compile(_FORM_START + r"[I1l|]\s*[-~]\s*2\s*[0Oo]\s*[0Oo](?![0-9])"),
    "form_i205": re.compile(_FORM_START + r"[I1l|]\s*[-~]\s*2\s*[0Oo]\s*[5S](?![0-9])"),
    "form_i247": re.compile(
        _FORM_START + r"[I1l|]\s*[-~]\s*2\s*4\s*7\s*[ADNX]?(?:\s*\(\s*\d\d\s*/\s*\d\d\s*\))?"
    ),
    "form_i203": re.compile(_FORM_START + r"[I1l|]\s*[-~]\s*2\s*[0Oo]\s*3(?![0-9])"),
    "form_i138": re.compile(_FORM_START + r"[I1l|]\s*[-~]\s*1\s*3\s*8(?![0-9])"),
    "form_i862": re.compile(_FORM_START + r"[I1l|]\s*[-~]\s*8\s*6\s*2(?![0-9])"),
}

TITLE_SIGNALS: dict[str, re.Pattern[str]] = {
    "title_search_warrant": _rx("search and seizure warrant", "search warrant"),
    "title_arrest_warrant": re.compile(
        f"(?:{fuzzy('arrest warrant')})|(?:{fuzzy('warrant of arrest')})", re.IGNORECASE
    ),
    "title_alien_arrest": _rx("warrant for arrest of alien"),
    "title_removal": _rx("warrant of removal", "removal/deportation", "warrant of deportation"),
    "title_detainer": _rx(
        "immigration detainer",
        "notice of action",
        "request for voluntary action",
        "request for voluntary notification",
        "request for voluntary transfer",
    ),
    "title_order_to_detain": _rx("order to detain or release", "order to detain"),
    "title_subpoena": _rx("subpoena"),
    "title_nta": _rx("notice to appear"),
    "title_ij_order": _rx("order of the immigration judge"),
    "title_court_order": _rx("it is hereby ordered", "so ordered", "it is ordered that"),
    "title_letter": _rx("dear ", "sincerely", "respectfully,", "thank you for your"),
    "title_records_request": _rx(
        "request for records",
        "request for information",
        "records request",
        "requests that you provide",
        "request that you provide",
        "please provide",
    ),
    "title_order_line": re.compile(
        r"^\s*(?:decision\s*and\s*)?[O0]\s*R\s*D\s*E\s*R\s*$", re.MULTILINE | re.IGNORECASE
    ),
    "title_warrant_word": re.compile(r"^\s*W\s*A\s*R\s*R\s*A\s*N\s*T\s*$", re.MULTILINE | re.I),
}

CAPTION_SIGNALS: dict[str, re.Pattern[str]] = {
    "caption_matter_of_search": _rx("in the matter of the search of"),
    "caption_us_v": re.compile(
        f"(?:{fuzzy('united states of america')}|{fuzzy('united states')})\\s*v[.,]?(?=\\s)",
        re.IGNORECASE,
    ),
    "caption_people_v": _rx("the people of the state of new york"),
    "caption_alien": _rx("name of alien", "alien's name", "full name of alien"),
    "caption_respondent": _rx("respondent", "in removal proceedings"),
}

BODY_SIGNALS: dict[str, re.Pattern[str]] = {
    "execute_on_or_before": _rx("execute this warrant on or before"),
    "not_to_exceed_14_days": _rx("not to exceed 14 days"),
    "cpl_article_690": re.compile(
        f"(?:{fuzzy('criminal procedure law')}|{fuzzy('cpl')})[^\\n]{{0,25}}690", re.IGNORECASE
    ),
    "cpl_article_120": re.compile(
        f"(?:{fuzzy('criminal procedure law')}|{fuzzy('cpl')})[^\\n]{{0,25}}120", re.IGNORECASE
    ),
    "ina_authority": _rx("immigration and nationality act", "8 u.s.c. 1225", "8 u.s.c. 1357"),
    "i205_judge_checkbox": _rx("united states district or magistrate court judge"),
    "probable_cause_finding": _rx("probable cause"),
    "foreign_language": _rx(
        "hoja de portada",
        "para:",
        "de parte de",
        "fecha:",
        "página",
        "paginas",
        "documento adjunto",
        "aviso",
    ),
}

SIGNATURE_LABELS = re.compile(
    "|".join(
        f"(?:{fuzzy(p)})"
        for p in (
            "judge's signature",
            "issuing officer's signature",
            "authorized immigration officer",
            "printed name and title",
            "signature",
        )
    )
    + r"|^\s*/\s*[s5$]\s*/|_{6,}",  # an electronic "/s/ Name" or a blank signature line
    re.IGNORECASE | re.MULTILINE,
)

# Signer titles, most specific first: an "immigration judge" must be seen before "judge".
SIGNER_TITLES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("immigration_judge", "Immigration Judge", _rx("immigration judge")),
    (
        "immigration_officer",
        "Immigration officer",
        _rx(
            "authorized immigration officer",
            "immigration officer",
            "deportation officer",
            "detention and deportation officer",
            "field office director",
            "special agent in charge",
            "immigration enforcement agent",
            "chief patrol agent",
        ),
    ),
    (
        "magistrate_judge",
        "United States Magistrate Judge",
        _rx("united states magistrate judge", "u.s. magistrate judge", "magistrate judge"),
    ),
    (
        "district_judge",
        "United States District Judge",
        _rx("united states district judge", "u.s. district judge", "district court judge"),
    ),
    (
        "ny_judge",
        "New York judge or justice",
        _rx(
            "judge of the criminal court",
            "justice of the supreme court",
            "criminal court judge",
            "county court judge",
            "supreme court justice",
            "j.s.c.",
            "j.c.c.",
            "a.j.s.c.",
        ),
    ),
    ("clerk", "Clerk of court", _rx("clerk of court", "deputy clerk", "clerk of the court")),
)
JUDGE_ROLES = frozenset({"magistrate_judge", "district_judge", "ny_judge"})

# Boilerplate that names a judge's title without being the signer's own title.
_TITLE_BOILERPLATE = re.compile(
    r"\(\s*(?:united states|u\.s\.)\s+magistrate\s+judge\s*\)"
    r"|before\s+a\s+united\s+states\s+magistrate\s+judge"
    r"|united states district or magistrate court judge"
    r"|district\s+or\s+magistrate\s+court\s+judge",
    re.IGNORECASE,
)

_SIGNED_TEXT = re.compile(
    r"(?:^|\s)/\s*[s5$]\s*/\s*\S|\bsigned:\s*\S|\belectronically signed\b", re.IGNORECASE
)
_CHECKED_BOX = re.compile(r"(?:\[\s*[xX✓✔]\s*\]|☒|☑|\(\s*[xX]\s*\))")

_NAMED_CAPTION = re.compile(
    r"(united\s+states(?:\s+of\s+america)?|the\s+people\s+of\s+the\s+state\s+of\s+new\s+york)"
    r"\s*(v[.,]?|against|-against-)\s*[^\n]*",
    re.IGNORECASE,
)


@dataclass
class Findings:
    """Everything read from the text: signals and the facts extracted alongside them."""

    signals: dict[str, Signal] = field(default_factory=dict)
    court: str | None = None
    signer_role: str | None = None
    signer_title: str | None = None
    signer_roles_seen: tuple[str, ...] = ()
    signed_in_text: bool | None = None
    issued: dt.date | None = None
    execute_by: dt.date | None = None
    i205_judge_box_ticked: bool = False
    text: str = ""

    def found(self, name: str) -> bool:
        signal = self.signals.get(name)
        return bool(signal and signal.found)


def redact(evidence: str) -> str:
    """Withhold a person's name from a caption such as "United States v. NAME"."""
    return _NAMED_CAPTION.sub(lambda m: f"{m.group(1)} {m.group(2)} [name withheld]", evidence)


def _evidence(match: re.Match[str]) -> str:
    return redact(re.sub(r"\s+", " ", match.group(0)).strip())[:120]


def header_zone(text: str, lines_per_page: int = 8) -> str:
    """The top non-empty lines of every page, where issuers print their name."""
    zone: list[str] = []
    for page in text.split("\f"):
        lines = [line for line in page.split("\n") if line.strip()]
        zone.extend(lines[:lines_per_page])
    return "\n".join(zone)


def signature_zone(text: str, before: int = 4, after: int = 3) -> str:
    """Lines around signature labels, where the signer's printed name and title appear."""
    lines = text.replace("\f", "\n").split("\n")
    keep: set[int] = set()
    for index, line in enumerate(lines):
        if SIGNATURE_LABELS.search(line):
            keep.update(range(max(0, index - before), min(len(lines), index + after + 1)))
    return "\n".join(lines[i] for i in sorted(keep))


def _court_name(text: str) -> str | None:
    federal = re.search(
        fuzzy("united states district court")
        + r"[\s,]*(?:for\s+the\s+)?((?:eastern|southern|northern|western)\s+district\s+of\s+[a-z ]+?)\s*(?:\n|$|,)",
        text,
        re.IGNORECASE,
    )
    if federal:
        return "United States District Court for the " + federal.group(1).strip().title().replace(
            " Of ", " of "
        )
    match = HEADER_SIGNALS["issuer_federal_court"].search(text)
    if match:
        return "United States District Court"
    ny = re.search(
        r"((?:criminal|supreme|county|district|local criminal)\s+court\s+of\s+the\s+"
        r"(?:city|state|county)\s+of\s+[a-z ]+?)\s*(?:\n|$|,|\.)",
        text,
        re.IGNORECASE,
    )
    if ny:
        return re.sub(r"\s+", " ", ny.group(1)).strip().title().replace(" Of ", " of ")
    return None


def find_signer(text: str) -> tuple[str | None, str | None, tuple[str, ...]]:
    """The signer's role and title: the title nearest a signature label (the label's own line,
    then the lines below it, then above), with boilerplate removed. Also every role seen near
    any signature label, for the fail-closed checks."""
    lines = [_TITLE_BOILERPLATE.sub(" ", line) for line in text.replace("\f", "\n").split("\n")]
    best: tuple[int, str] | None = None
    roles: set[str] = set()
    for index, line in enumerate(lines):
        if not SIGNATURE_LABELS.search(line):
            continue
        order = [0, 1, 2, 3, -1, -2, -3, -4]
        for distance, offset in enumerate(order):
            position = index + offset
            if not 0 <= position < len(lines):
                continue
            for role, _title, pattern in SIGNER_TITLES:
                if pattern.search(lines[position]):
                    roles.add(role)
                    if best is None or distance < best[0]:
                        best = (distance, role)
    if best is None:
        return None, None, ()
    role = best[1]
    title = next(title for r, title, _p in SIGNER_TITLES if r == role)
    ordered = tuple(r for r, _t, _p in SIGNER_TITLES if r in roles)
    return role, title, ordered


def _scan(
    catalogue: dict[str, re.Pattern[str]], text: str, fallback: str | None = None
) -> Iterable[Signal]:
    for name, pattern in catalogue.items():
        match = pattern.search(text)
        if match is None and fallback is not None:
            match = pattern.search(fallback)
        yield Signal(name, match is not None, _evidence(match) if match else "")


def find_signals(raw_text: str) -> Findings:
    """Run the whole catalogue over a document's text."""
    from .dates import find_execute_by, find_issued

    text = normalize(raw_text)
    findings = Findings(text=text)
    head = header_zone(text)
    signals: list[Signal] = []
    signals.extend(_scan(HEADER_SIGNALS, head))
    # A court or agency named lower down is only mentioned, not the issuer: reported, not weighed.
    for name, pattern in HEADER_SIGNALS.items():
        match = pattern.search(text)
        mention = name.replace("issuer_", "mentions_")
        signals.append(Signal(mention, match is not None, _evidence(match) if match else ""))
    signals.extend(_scan(FORM_SIGNALS, text))
    signals.extend(_scan(TITLE_SIGNALS, text))
    signals.extend(_scan(CAPTION_SIGNALS, text))
    signals.extend(_scan(BODY_SIGNALS, text))
    role, title, roles = find_signer(text)
    findings.signer_role, findings.signer_title, findings.signer_roles_seen = role, title, roles
    signals.append(Signal("signer_title", role is not None, title or ""))
    signed = bool(_SIGNED_TEXT.search(signature_zone(text)))
    findings.signed_in_text = True if signed else None
    signals.append(Signal("signature_in_text", signed, "/s/ or Signed:" if signed else ""))
    box = re.search(
        r"([^\n]{0,12})" + fuzzy("united states district or magistrate court judge"),
        text,
        re.IGNORECASE,
    )
    findings.i205_judge_box_ticked = bool(box and _CHECKED_BOX.search(box.group(1)))
    findings.court = _court_name(head) or _court_name(text)
    findings.issued = find_issued(text)
    findings.execute_by = find_execute_by(text)
    signals.append(Signal("issued_date", findings.issued is not None, str(findings.issued or "")))
    signals.append(
        Signal("execute_by_date", findings.execute_by is not None, str(findings.execute_by or ""))
    )
    findings.signals = {signal.name: signal for signal in signals}
    return findings
