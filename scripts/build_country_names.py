"""Write src/sanctuary/privacy/data/countries_other_scripts.txt from Debian's iso-codes.

    python3 scripts/build_country_names.py

Country names in the non-Latin scripts of New York City's designated citywide languages
(Chinese, Russian, Bengali, Korean, Arabic, Urdu) and of Ukrainian and Nepali, as the
iso-codes package translates ISO 3166-1: so that "출생국: 중국" or "Страна рождения: Молдова"
is read as a country of birth. Only names without a Latin letter are kept (the Latin-script
names of countries.txt are searched in every text; these only in texts that are not ASCII),
and only names without a comma (an inverted "Korea, Republic of" is no name anyone writes).
Run by hand when iso-codes is updated; the output is committed (iso-codes is LGPL-2.1+,
docs/licenses/iso-codes.txt).
"""

from __future__ import annotations

import gettext
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "sanctuary" / "privacy" / "data" / "countries_other_scripts.txt"
ISO = Path("/usr/share/iso-codes/json/iso_3166-1.json")
LANGUAGES = ("zh_CN", "zh_TW", "ru", "uk", "bn", "ko", "ar", "ur", "ne")
# Arabic vowel marks and the shadda: printed forms and typed ones mostly go without them.
_ARABIC_MARKS = re.compile("[\u064b-\u0652]")
_LATIN = re.compile("[A-Za-z]")
_COMMA = re.compile("[,،]")  # (and the Arabic comma)


def main() -> None:
    countries = json.loads(ISO.read_text(encoding="utf-8"))["3166-1"]
    translations = [
        gettext.translation("iso_3166-1", "/usr/share/locale", languages=[lang])
        for lang in LANGUAGES
    ]
    lines = []
    for country in sorted(countries, key=lambda c: c["alpha_3"]):
        english = [country[k] for k in ("common_name", "name", "official_name") if k in country]
        names: list[str] = []
        for translation in translations:
            for name in english:
                translated = translation.gettext(name)
                for form in (translated, _ARABIC_MARKS.sub("", translated)):
                    if form == name or _COMMA.search(form) or _LATIN.search(form) or form in names:
                        continue
                    names.append(form)
        if names:
            lines.append("|".join([country["alpha_3"], *names]))
    header = (
        "# Country names in other scripts, from Debian's iso-codes translations of ISO 3166-1\n"
        "# (LGPL-2.1+, docs/licenses/iso-codes.txt); written by scripts/build_country_names.py.\n"
        '# Alpha-3 code, then the names, separated by "|".\n'
    )
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
