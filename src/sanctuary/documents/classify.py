"""Decide what kind of document this is, with weights a clerk could follow by hand.

Each kind lists the signals that point to it and how much each counts; signals that point away
(a Homeland Security header on a "court" warrant) count against it. The kind with the highest
score wins; confidence reflects both how much evidence there is and how far ahead the winner is.
A form number is the strongest single signal because it is printed by the issuer and is hard to
confuse; "WARRANT" in large type is worth nothing on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Kind
from .signals import Findings

# Negative weights shared by every judicial kind: any trace of DHS/EOIR paperwork.
_NOT_A_COURT: dict[str, float] = {
    "issuer_dhs": -6,
    "issuer_eoir": -6,
    "form_i200": -8,
    "form_i205": -8,
    "form_i247": -8,
    "form_i203": -8,
    "form_i138": -8,
    "form_i862": -8,
    "caption_alien": -4,
    "signer_immigration_officer": -6,
    "signer_immigration_judge": -6,
}
_NOT_DHS: dict[str, float] = {"issuer_federal_court": -3, "issuer_ny_court": -3, "form_ao93": -5}

WEIGHTS: dict[Kind, dict[str, float]] = {
    Kind.JUDICIAL_SEARCH_WARRANT: {
        "issuer_federal_court": 3,
        "form_ao93": 6,
        "title_search_warrant": 3,
        "caption_matter_of_search": 2,
        "execute_on_or_before": 2,
        "not_to_exceed_14_days": 1,
        "signer_magistrate_judge": 1.5,
        "signer_district_judge": 1,
        "issuer_ny_court": -3,
        "title_subpoena": -2,
        **_NOT_A_COURT,
    },
    Kind.JUDICIAL_ARREST_WARRANT: {
        "issuer_federal_court": 3,
        "form_ao442": 6,
        "title_arrest_warrant": 3,
        "caption_us_v": 2,
        "signer_magistrate_judge": 1,
        "signer_district_judge": 1,
        "signer_clerk": 0.5,
        "issuer_ny_court": -3,
        "title_search_warrant": -2,
        "title_subpoena": -2,
        **_NOT_A_COURT,
    },
    Kind.STATE_COURT_SEARCH_WARRANT: {
        "issuer_ny_court": 3,
        "caption_people_v": 1.5,
        "title_search_warrant": 3,
        "cpl_article_690": 3,
        "signer_ny_judge": 1.5,
        "issuer_federal_court": -3,
        "form_ao93": -5,
        "title_subpoena": -2,
        **_NOT_A_COURT,
    },
    Kind.STATE_COURT_ARREST_WARRANT: {
        "issuer_ny_court": 3,
        "caption_people_v": 1.5,
        "title_arrest_warrant": 3,
        "cpl_article_120": 3,
        "signer_ny_judge": 1.5,
        "issuer_federal_court": -3,
        "form_ao442": -5,
        "title_search_warrant": -2,
        "title_subpoena": -2,
        **_NOT_A_COURT,
    },
    Kind.ADMINISTRATIVE_ARREST_WARRANT_I200: {
        "form_i200": 8,
        "title_alien_arrest": 4,
        "issuer_dhs": 2,
        "signer_immigration_officer": 1,
        "caption_alien": 1,
        "title_removal": -3,
        "form_i205": -4,
        "form_i247": -2,
        **_NOT_DHS,
    },
    Kind.REMOVAL_WARRANT_I205: {
        "form_i205": 8,
        "title_removal": 4,
        "i205_judge_checkbox": 2,
        "issuer_dhs": 2,
        "signer_immigration_officer": 1,
        "caption_alien": 1,
        "title_alien_arrest": -3,
        "form_i200": -4,
        **_NOT_DHS,
    },
    Kind.DETAINER_I247A: {
        "form_i247": 8,
        "title_detainer": 4,
        "issuer_dhs": 2,
        "signer_immigration_officer": 1,
        "caption_alien": 1,
        **_NOT_DHS,
    },
    Kind.ORDER_TO_DETAIN_I203: {
        "form_i203": 8,
        "title_order_to_detain": 4,
        "issuer_dhs": 2,
        "signer_immigration_officer": 1,
        "caption_alien": 1,
        **_NOT_DHS,
    },
    Kind.ADMINISTRATIVE_SUBPOENA: {
        "form_i138": 8,
        "title_subpoena": 3,
        "issuer_dhs": 3,
        "ina_authority": 1,
        "signer_immigration_officer": 1.5,
        "title_nta": -3,
        **_NOT_DHS,
    },
    Kind.NOTICE_TO_APPEAR: {
        "form_i862": 8,
        "title_nta": 4,
        "issuer_dhs": 2,
        "caption_respondent": 1.5,
        "ina_authority": 1,
        "signer_immigration_officer": 0.5,
        **_NOT_DHS,
    },
    Kind.IMMIGRATION_JUDGE_ORDER: {
        "issuer_eoir": 5,
        "title_ij_order": 3,
        "signer_immigration_judge": 3,
        "caption_respondent": 1.5,
        "title_court_order": 0.5,
        "form_i862": -2,
        "form_i200": -4,
        "form_i205": -4,
        "form_i247": -4,
        "issuer_federal_court": -2,
        "issuer_ny_court": -2,
    },
    Kind.JUDICIAL_SUBPOENA: {
        "title_subpoena": 4,
        "title_order_line": -2,
        "issuer_federal_court": 2.5,
        "issuer_ny_court": 2.5,
        "signer_clerk": 0.5,
        "signer_ny_judge": 0.5,
        "signer_magistrate_judge": 0.5,
        "signer_district_judge": 0.5,
        "title_search_warrant": -3,
        "title_arrest_warrant": -3,
        **_NOT_A_COURT,
    },
    Kind.COURT_ORDER: {
        "title_court_order": 3,
        "title_order_line": 3,
        "issuer_federal_court": 2.5,
        "issuer_ny_court": 2.5,
        "signer_district_judge": 1,
        "signer_magistrate_judge": 1,
        "signer_ny_judge": 1,
        "title_search_warrant": -3,
        "title_arrest_warrant": -3,
        "title_subpoena": -1,
        **_NOT_A_COURT,
    },
    Kind.RECORDS_REQUEST_LETTER: {
        "title_letter": 2.5,
        "title_records_request": 2.5,
        "issuer_dhs": 0.5,
        "form_i200": -5,
        "form_i205": -5,
        "form_i247": -5,
        "form_i203": -5,
        "form_i138": -5,
        "form_i862": -5,
        "form_ao93": -5,
        "form_ao442": -5,
        "title_subpoena": -2,
    },
}

# The least total evidence a kind needs before we name it instead of `other`.
MIN_SCORE = 4.0


@dataclass(frozen=True)
class Classification:
    kind: Kind
    score: float
    runner_up: Kind
    runner_up_score: float
    confidence: float
    scores: dict[Kind, float]


def active_signals(findings: Findings) -> set[str]:
    """Signal names that were found, plus one `signer_<role>` per signer title seen."""
    names = {name for name, signal in findings.signals.items() if signal.found}
    for role in findings.signer_roles_seen:
        names.add(f"signer_{role}")
    return names


def classify(findings: Findings) -> Classification:
    """Score every kind and pick the best; `other` when nothing reaches MIN_SCORE."""
    seen = active_signals(findings)
    scores = {
        kind: sum(weight for name, weight in weights.items() if name in seen)
        for kind, weights in WEIGHTS.items()
    }
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, best_score), (second, second_score) = ranked[0], ranked[1]
    if best_score < MIN_SCORE:
        return Classification(Kind.OTHER, best_score, best, best_score, 0.5, scores)
    margin = best_score - max(second_score, 0.0)
    # Enough evidence (score ~10 = form + title + header) and a clear lead give confidence ~1.
    strength = min(1.0, best_score / 10.0)
    lead = min(1.0, margin / 6.0)
    confidence = round(0.3 + 0.7 * (0.5 * strength + 0.5 * lead), 3)
    return Classification(best, best_score, second, second_score, confidence, scores)
