"""Word lists shipped with the scanner (no downloads at run time): names, countries, status terms."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of the data file `name`, stripped."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def field_labels(entity: str) -> tuple[str, ...]:
    """Labels in the city's designated languages (and Ukrainian, Tagalog, Nepali) that say a
    field holds `entity`; field_labels.txt says where they come from."""
    rows = (line.split("\t") for line in lines("field_labels.txt"))
    return tuple(label for type_, _language, label in rows if type_ == entity)


@cache
def given_names() -> frozenset[str]:
    return frozenset(lines("given_names.txt"))


@cache
def surnames() -> frozenset[str]:
    return frozenset(lines("surnames.txt"))


@cache
def english_words() -> frozenset[str]:
    """Common English words, lower case (Debian's wamerican, SCOWL; docs/licenses/SCOWL.txt)."""
    return frozenset(lines("english_words.txt"))


@cache
def countries() -> tuple[str, ...]:
    """Every country name, alternative name and demonym, as written."""
    names: list[str] = []
    for line in lines("countries.txt"):
        names.extend(part.strip() for part in line.split("|") if part.strip())
    # And their names in the scripts of the city's other languages (after an ISO code).
    for line in lines("countries_other_scripts.txt"):
        names.extend(part.strip() for part in line.split("|")[1:] if part.strip())
    return tuple(dict.fromkeys(names))


@cache
def country_codes() -> tuple[str, ...]:
    """ISO 3166-1 alpha-3 and alpha-2 codes ("ECU", "EC"), as agency exports write countries."""
    return tuple(line.partition("|")[0].strip() for line in lines("country_codes.txt"))


@cache
def status_terms() -> tuple[tuple[str, str], ...]:
    """(strength, term) pairs; strength is "strong" or "weak"."""
    out: list[tuple[str, str]] = []
    for line in lines("status_terms.txt"):
        strength, _, term = line.partition("\t")
        out.append((strength.strip(), term.strip()))
    return tuple(out)
