"""The public Know Your Rights pages: one slug, one template, one translated title each."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

# Sources, cited in footnotes. Legal citations stay in English, as the law is written.
MOIA = "NYC Mayor's Office of Immigrant Affairs (MOIA), Know Your Rights booklet (2025)"
CFR_287 = "8 CFR §287.8(f)(2)"
FIFTH = "U.S. Constitution, Fifth Amendment"
FOURTH = "U.S. Constitution, Fourth Amendment"
AC_4210 = "NYC Administrative Code §4-210 (Local Law 246 of 2017)"
AC_JW = "NYC Administrative Code §§9-131(a)(5), 14-154(a)(4) and 4-210"
AC_10178 = "NYC Administrative Code §10-178 (Local Law 228 of 2017)"
AC_23_1202 = "NYC Administrative Code §23-1202 (Local Laws 245 and 247 of 2017)"
AC_HOLDS = "NYC Administrative Code §§9-131, 14-154"
DOE = "NYC Department of Education protocol (2017, restated January 2025)"
HH = "NYC Health + Hospitals memo (January 2025)"
EO13 = format_lazy(
    "{} ({})",
    "NYC Mayoral Executive Order 13 of 6 February 2026",
    _("as reported in the press; official section numbers not yet confirmed"),
)


@dataclass(frozen=True)
class Page:
    slug: str  # "" for the start page
    template: str
    title: object  # a lazy translation
    sources: tuple[object, ...] = ()  # footnotes 1, 2, ... in the order the text cites them


PAGES: tuple[Page, ...] = (
    Page("", "rights/pages/index.html", _("Know your rights"), (EO13,)),
    Page("home", "rights/pages/home.html", _("If agents come to your home"), (CFR_287, MOIA)),
    Page(
        "street",
        "rights/pages/street.html",
        _("If agents stop you on the street or in a car"),
        (FOURTH, FIFTH, MOIA),
    ),
    Page("work", "rights/pages/work.html", _("If agents come to your work"), (CFR_287, MOIA)),
    Page(
        "city-places",
        "rights/pages/city_places.html",
        _("At a City school, hospital or shelter"),
        (EO13, AC_4210, DOE, HH),
    ),
    Page(
        "warrants", "rights/pages/warrants.html", _("Judicial warrant or ICE form?"), (AC_JW, MOIA)
    ),
    Page(
        "your-rights",
        "rights/pages/your_rights.html",
        _("If you are arrested: your rights"),
        (FIFTH, MOIA),
    ),
    Page("family", "rights/pages/family.html", _("Prepare your family"), (MOIA,)),
    Page("help", "rights/pages/help.html", _("Free legal help"), (MOIA,)),
    Page(
        "information",
        "rights/pages/information.html",
        _("Your information and the City"),
        (AC_23_1202, AC_10178, EO13, AC_HOLDS),
    ),
    Page("translations", "rights/pages/translations.html", _("Translation status")),
)
BY_SLUG = {page.slug: page for page in PAGES}
# The topics listed on the start page, in reading order.
TOPICS = tuple(p for p in PAGES if p.slug not in {"", "translations"})
