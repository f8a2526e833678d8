"""EMAIL: e-mail addresses. The shape is distinctive enough to need no context."""

from __future__ import annotations

import re
from collections.abc import Iterator

from sanctuary.privacy.context import token_start
from sanctuary.privacy.data import field_labels
from sanctuary.privacy.recognizers.base import Pattern, Recognizer

_LOCAL_MAX = 64  # characters before the "@", as the pattern allows


class EmailRecognizer(Recognizer):
    name = "EmailRecognizer"
    entity = "EMAIL"
    trigger = re.compile("@")
    patterns = (
        Pattern(
            "local@domain.tld",
            re.compile(
                # The local part in any script (RFC 6531: "jarosław1990@..."), the domain ASCII.
                token_start(r"[^\W_]", r"[\w.+-]") + r"[\w.%+-]{0,63}@"
                r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}(?![\w-])"
            ),
            0.9,
        ),
    )
    context_words = ("email", "e-mail", "correo", "correo electrónico", *field_labels("EMAIL"))
    context_boost = 0.05

    def matches(self, pattern: Pattern, text: str) -> Iterator[re.Match[str]]:
        # Every address holds an "@" with at most 64 characters before it, so the search can
        # start there instead of trying every letter of the text as a possible first one.
        # The matches are the same: none can start between `pos` and `at - _LOCAL_MAX`.
        pos = 0
        while (at := text.find("@", pos)) != -1:
            match = pattern.regex.search(text, max(pos, at - _LOCAL_MAX))
            if match is None:
                return
            yield match
            pos = match.end()
