"""IMMIGRATION_STATUS: words that reveal citizenship or immigration status (§23-1201).

The term list lives in data/status_terms.txt. "Strong" terms (undocumented, asylum seeker,
DACA, visa overstay ...) reveal status on their own. "Weak" terms (parole, asylum, migrant)
also have everyday or criminal-justice meanings ("released on parole"), so they count only
with an immigration word nearby. Acronyms written in capitals (TPS, DACA, LPR, SIJS) match
only in capitals and as whole tokens, never inside other words.
"""

from __future__ import annotations

import re

from sanctuary.privacy.context import WORD_OR_HYPHEN, compile_words, trie_regex
from sanctuary.privacy.data import status_terms
from sanctuary.privacy.model import Finding
from sanctuary.privacy.recognizers.base import Pattern, Recognizer


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
        self._weak_context = compile_words(self.context_words)

    def find(self, text: str, lowered: str) -> list[Finding]:
        out = []
        found = []
        has_context: bool | None = None
        for pattern in self.patterns:
            if pattern.name.startswith("weak"):
                # Weak terms count only with a context word; without one anywhere, skip them.
                if has_context is None:
                    has_context = self._has_context(lowered)
                if not has_context:
                    continue
            source = text if "capitals" in pattern.name else lowered
            for match in pattern.regex.finditer(source):
                start, end = match.span()
                context = self.context_for(lowered, start, end)
                score = min(1.0, pattern.score + (self.context_boost if context else 0.0))
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
                    )  # fmt: skip
                )
        for finding in found:
            if finding.pattern.startswith("weak"):
                if not finding.context:
                    continue
                finding = finding.located(score=0.75)
            out.append(finding)
        return out
