"""IMMIGRATION_STATUS: words that reveal citizenship or immigration status (§23-1201).

The term list lives in data/status_terms.txt. "Strong" terms (undocumented, asylum seeker,
DACA, visa overstay ...) reveal status on their own. "Weak" terms (parole, asylum, migrant)
also have everyday or criminal-justice meanings ("released on parole"), so they count only
with an immigration word nearby. Acronyms written in capitals (TPS, DACA, LPR, SIJS) match
only in capitals and as whole tokens, never inside other words.
"""

from __future__ import annotations

import re

from sanctuary.privacy.context import (
    WORD_OR_HYPHEN,
    alone_in_field,
    latin_first,
    trie_regex,
    window_before,
)
from sanctuary.privacy.data import field_labels, status_terms
from sanctuary.privacy.model import Finding
from sanctuary.privacy.recognizers.base import Pattern, Recognizer

# A weak term with an immigration word next to it ("paroled at the border").
_WEAK_IN_CONTEXT = 0.75


_QUALIFIERS = "(?:approved|eligible|pending|granted|holder|recipient|based|status)"

# Codes that state a status: an employment authorization category ("A05", "(c)(8)", 8 CFR
# 274a.12) or a green card's class of admission ("IR1", "RE6"). Such short codes are many
# other things too, so one counts only right after "EAD" or "class of admission", or as the
# whole field of a status column ("imm status cd: C08"). Matched in the lower-cased text, from
# the cue or the field's colon, so that `re` skips ahead to those.
_CODE = Pattern(
    "status code (EAD category or class of admission)",
    re.compile(
        r"(?P<cue>e(?<![\w-]e)ad(?:[ \t]+(?:category|renewal|application|card))?"
        r"|c(?<![\w-]c)lass[ \t]+of[ \t]+admission|c(?<![\w-]c)oa|c(?<![\w-]c)ategory|:)"
        r"(?:[ \t:#-]*|,[ \t]*)"
        r"(?P<code>[a-z]{1,3}\d{1,2}|\([ac]\)[ \t]?\(\d{1,2}\)(?:\([a-z]{1,3}\))?)(?![\w-])"
    ),
    0.75,
)
_CODE_FIELDS = ("status", "estatus", "statut", "ead", "categor", "admission")
# Substrings one of which every code cue and status-field label holds.
_CODE_GATE = re.compile("stat|ead|categor|admission|coa|migra|imm|visa|citizen|ctzn")
# The status labels of data/field_labels.txt, looked for apart and only in texts that are not
# ASCII: in one regex with the rest, their scripts would slow every text's search.
_OTHER_LABELS = re.compile(
    "|".join(re.escape(w) for w in field_labels("IMMIGRATION_STATUS") if not w.isascii())
)


def _may_hold_status_field(lowered: str) -> bool:
    if _CODE_GATE.search(lowered) is not None:
        return True
    return not lowered.isascii() and _OTHER_LABELS.search(lowered) is not None


def _status_code(text: str, lowered: str, match: re.Match[str]) -> bool:
    """Right after an EAD/class-of-admission cue, or alone in a status field."""
    if match.group("cue") != ":":
        return True
    start, end = match.span("code")
    if not alone_in_field(text, start, end):
        return False
    label = window_before(lowered, start)
    return any(word in label for word in _CODE_FIELDS)


# A field whose label asks for immigration status ("Imm Status:", "EAD cat.:", "Estatus
# migratorio:"): its short value is a status however it is written ("ASY PEND", "C/O").
_STATUS_FIELD = re.compile(r"(?m)^[ \t]*([^:\n]{1,60}):[ \t]*([^\n]{1,40}?)[ \t]*$")
_STATUS_LABEL = re.compile(
    r"\b(?:imm(?:ig(?:ration)?)?\.?[ \t]*stat|immigration|ead\b|migrat|class of admission"
    r"|legal status|visa status|visa[ \t]*(?:type|class|categ)|(?:citizenship|ctzn)[ \t]*stat|estatus|statut)"
    # ... or says so in another of the city's languages ("Иммиграционный статус", "체류 신분").
    + "|"
    + "|".join(re.escape(label) for label in field_labels("IMMIGRATION_STATUS"))
)
_NUMBER_LABEL = re.compile(r"\b(?:number|num|nbr|no\b|#)")
_COUNTRY_LABEL = re.compile(r"countr|cntry|ctry|pa[ií]s\b|pays\b|nation")
_GENERIC_FIELD_LABELS = frozenset({"value", "fieldvalue", "field value"})
_NON_ANSWERS = frozenset(
    "unknown none n/a na - -- declined refused not asked see notes pending no yes ? "
    "desconocido ninguno inconnu".split(" ")
)


def _case_sensitive(term: str) -> bool:
    return " " not in term and any(ch.isupper() for ch in term)


def _terms(strength: str, sensitive: bool) -> list[str]:
    terms = [t for s, t in status_terms() if s == strength and _case_sensitive(t) == sensitive]
    if sensitive:
        return terms
    # Matched against the lower-cased text (cheaper than IGNORECASE), also hyphenated
    # ("U-Visa pending", "asylum-seeker").
    lowered = {t.lower() for t in terms}
    # Also as enum values write them ("pending_asylum", "ASYLUM_SEEKER").
    joined = {t.replace(" ", sep) for t in lowered if " " in t for sep in ("-", "_")}
    return sorted(lowered | joined)


# Letters and digits of the Latin scripts: what continues an acronym written in capitals.
_LATIN_WORD = "0-9A-Za-z_\u00c0-\u024f"


def _compile(terms: list[str], sensitive: bool) -> re.Pattern[str]:
    if not sensitive:
        return re.compile(trie_regex(terms, not_after=WORD_OR_HYPHEN) + r"(?:e?s)?(?![\w-])")
    # Acronyms may carry a hyphenated qualifier ("TPS-Haiti", "SIJS-approved"), never run
    # into a word ("LPR-style" is not a status); Chinese and Japanese write them right against
    # their own words ("全家是TPS。"), so only a Latin letter or digit continues one.
    end = rf"(?![{_LATIN_WORD}])(?!-(?!{_QUALIFIERS}\b)[a-z])"
    return re.compile(trie_regex(terms, not_after=f"[{_LATIN_WORD}-]") + r"(?:e?s)?" + end)


_OTHER_SCRIPTS = " (other scripts)"


def _patterns() -> tuple[Pattern, ...]:
    out = []
    for strength, score in (("strong", 0.85), ("weak", 0.6)):
        for sensitive in (True, False):
            latin, other = latin_first(_terms(strength, sensitive))
            name = f"{strength} term{' (capitals)' if sensitive else ''}"
            if latin:
                out.append(Pattern(name, _compile(latin, sensitive), score))
            if other:
                # Chinese and Japanese write no spaces: in other scripts a term only must not
                # continue a Latin word.
                regex = re.compile(trie_regex(other, not_after="[A-Za-z0-9]"))
                out.append(Pattern(name + _OTHER_SCRIPTS, regex, score))
    return (*out, _CODE)


_UNCHECKED = ("[ ]", "[  ]", "☐", "( )")
_CHECKED = ("[x]", "[X]", "☒", "☑", "(x)", "(X)", "[✓]", "[✔]")


def _in_field_label(text: str, start: int, end: int) -> bool:
    """Part of a form's question, not its answer: "I-94 # (if paroled in): 59407926359"."""
    close = text.find(")", end, end + 30)
    if close == -1 or not text[close + 1 : close + 4].lstrip(" ").startswith(":"):
        return False
    opening = text.rfind("(", max(0, start - 30), start)
    return opening != -1 and ")" not in text[opening:start]


def _unchecked_option(text: str, start: int) -> bool:
    """An option not ticked on a form ("[ ] DACA") says nothing about the person; a note after
    an unticked field's label ("[ ] Insurance: uninsured. Pt ... has DACA") still does."""
    line_before = text[text.rfind("\n", 0, start) + 1 : start]
    boxes = [line_before.rfind(box) for box in _UNCHECKED]
    last = max(boxes)
    if last == -1:
        return False
    option = line_before[last:]
    return not any(mark in option for mark in (":", ". ", "; ", *_CHECKED))


class ImmigrationStatusRecognizer(Recognizer):
    name = "ImmigrationStatusRecognizer"
    entity = "IMMIGRATION_STATUS"
    patterns = _patterns()
    # Words that make a weak term about immigration; they also raise strong terms a little.
    context_words = (
        "immigration",
        "immigrant",
        "status",
        "uscis",
        "dhs",
        "cbp",
        "ice",
        "eoir",
        "humanitarian",
        "border",
        "visa",
        "i-94",
        "granted",
        "admitted",
        "applied for",
        "applying for",
        "application",
        "pending",
        "approved",
        "claim",
        "interview",
        "hearing",
        "fled",
        "persecution",
        "resettled",
        "entered",
        "arrived",
        "estatus",
        "migratorio",
        "inmigración",
        "inmigracion",
        "pendiente",
        "frontera",
        "corte",
        "caso",
        # Labels in the city's other languages (data/field_labels.txt).
        *field_labels("IMMIGRATION_STATUS"),
    )
    context_after = True
    context_boost = 0.1

    def __init__(self) -> None:
        super().__init__()
        # Per pattern: whether it reads the text as written (capitals) and whether it is weak.
        self._plan = [
            (p, "capitals" in p.name, p.name.startswith("weak"), p.name.endswith(_OTHER_SCRIPTS))
            for p in self.patterns
        ]
        # In a text without a capital letter (an all-lower-case record), capitals say nothing:
        # acronyms such as TPS are looked for in lower case too.
        self._lower_acronyms = {
            p.name: _compile([t.lower() for t in _terms(p.name.split()[0], True)], False)
            for p in self.patterns
            if "capitals" in p.name
        }

    def find(self, text: str, lowered: str) -> list[Finding]:
        found = []
        has_context: bool | None = None
        ascii_only = text.isascii()
        for pattern, as_written, weak, other_scripts in self._plan:
            if other_scripts and ascii_only:
                continue
            if weak:
                # Weak terms count only with a context word; without one anywhere, skip them.
                if has_context is None:
                    has_context = self._has_context(lowered)
                if not has_context:
                    continue
            regex = pattern.regex
            if pattern is _CODE:
                # Codes and status fields follow a few words; most texts hold none of them.
                if _may_hold_status_field(lowered):
                    found.extend(self._codes(text, lowered))
                    if ":" in text:
                        found.extend(self._status_fields(text, lowered))
                continue
            if as_written and text == lowered:
                regex = self._lower_acronyms[pattern.name]
            for match in regex.finditer(text if as_written else lowered):
                start, end = match.span()
                if _unchecked_option(text, start) or _in_field_label(text, start, end):
                    continue
                if text.startswith("?", end) or text.startswith(" ?", end):
                    continue  # the form's question ("Are you a U.S. citizen?"), not its answer
                context = self.context_for(lowered, start, end)
                if weak and not context:
                    continue
                score = (
                    _WEAK_IN_CONTEXT
                    if weak
                    else min(1.0, pattern.score + (self.context_boost if context else 0.0))
                )
                found.append(
                    Finding(
                        self.entity,
                        start,
                        end,
                        score,
                        text[start:end],
                        self.name,
                        pattern.name,
                        context,
                    )
                )
        return found

    def _status_fields(self, text: str, lowered: str) -> list[Finding]:
        out: list[Finding] = []
        for match in _STATUS_FIELD.finditer(lowered):
            label, value = match.group(1), match.group(2)
            if label.strip() in _GENERIC_FIELD_LABELS:
                # A PDF field dump names the field on the line before ("FieldNameAlt: ...").
                previous = lowered.rfind("\n", 0, max(0, match.start() - 1))
                label = lowered[previous + 1 : match.start()]
            if value.strip(" .") in _NON_ANSWERS or not _STATUS_LABEL.search(label):
                continue
            if _COUNTRY_LABEL.search(label) or _NUMBER_LABEL.search(label):
                continue  # "Citizenship country: YEM", "Immigration A Number: a2380...": not a status
            if sum(ch.isdigit() for ch in value) >= 5:
                continue  # an identifier's value, not a status ("C08" is one)
            if "[" in label or "[" in value or "☐" in value or not any(c.isalpha() for c in value):
                continue  # a tick box, or a date or number in the field
            # A fixed-width form puts the next field after a gap ("...PAPERS      I-94 NO:").
            value = value.split("  ", 1)[0].split("\t", 1)[0].rstrip()
            if ":" in value:
                continue
            start = match.start(2)
            end = start + len(value)
            out.append(Finding(self.entity, start, end, 0.9, text[start:end], self.name,
                               "value of an immigration-status field", (label.strip(),)))  # fmt: skip
        return out

    def _codes(self, text: str, lowered: str) -> list[Finding]:
        out: list[Finding] = []
        for match in _CODE.regex.finditer(lowered):
            start, end = match.span("code")
            if _status_code(text, lowered, match) and not _unchecked_option(text, start):
                context = self.context_for(lowered, start, end)
                out.append(Finding(self.entity, start, end, _CODE.score, text[start:end],
                                   self.name, _CODE.name, context))  # fmt: skip
        return out
