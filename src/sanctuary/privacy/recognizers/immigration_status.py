"""IMMIGRATION_STATUS: words that reveal citizenship or immigration status (§23-1201).

The term list lives in data/status_terms.txt. "Strong" terms (undocumented, asylum seeker,
DACA, visa overstay ...) reveal status on their own. "Weak" terms (parole, asylum, migrant)
also have everyday or criminal-justice meanings ("released on parole"), so they count only
with an immigration word nearby. Acronyms written in capitals (TPS, DACA, LPR, SIJS) match
only in capitals and as whole tokens, never inside other words.
"""

from __future__ import annotations

import re

from sanctuary.privacy.context import WORD_OR_HYPHEN, trie_regex
from sanctuary.privacy.data import status_terms
from sanctuary.privacy.model import Finding
from sanctuary.privacy.recognizers.base import Pattern, Recognizer

# A weak term with an immigration word next to it ("paroled at the border").
_WEAK_IN_CONTEXT = 0.75


def _case_sensitive(term: str) -> bool:
    return " " not in term and any(ch.isupper() for ch in term)


def _build(strength: str, sensitive: bool) -> re.Pattern[str] | None:
    terms = [t for s, t in status_terms() if s == strength and _case_sensitive(t) == sensitive]
    if not terms:
        return None
    if not sensitive:  # matched against the lower-cased text, cheaper than IGNORECASE
        terms = [t.lower() for t in terms]
    return re.compile(trie_regex(terms, not_after=WORD_OR_HYPHEN) + r"(?:e?s)?(?![\w-])")


def _patterns() -> tuple[Pattern, ...]:
    out = []
    for strength, score in (("strong", 0.85), ("weak", 0.6)):
        for sensitive in (True, False):
            regex = _build(strength, sensitive)
            if regex is not None:
                name = f"{strength} term{' (capitals)' if sensitive else ''}"
                out.append(Pattern(name, regex, score))
    return tuple(out)


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
    )
    context_after = True
    context_boost = 0.1

    def __init__(self) -> None:
        super().__init__()
        # Per pattern: whether it reads the text as written (capitals) and whether it is weak.
        self._plan = [(p, "capitals" in p.name, p.name.startswith("weak")) for p in self.patterns]

    def find(self, text: str, lowered: str) -> list[Finding]:
        found = []
        has_context: bool | None = None
        for pattern, as_written, weak in self._plan:
            if weak:
                # Weak terms count only with a context word; without one anywhere, skip them.
                if has_context is None:
                    has_context = self._has_context(lowered)
                if not has_context:
                    continue
            for match in pattern.regex.finditer(text if as_written else lowered):
                start, end = match.span()
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
