"""The roles EO 13 and the Identifying Information Law give people, and what each may do.

Capabilities are checked here and nowhere else, so a reviewer can read who may do what on one page.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    FRONT_DESK = "front_desk", _("Front-desk staff")
    AGENCY_COUNSEL = "agency_counsel", _("Agency counsel")
    PRIVACY_OFFICER = "privacy_officer", _("Agency privacy officer")
    AGENCY_HEAD = "agency_head", _("Agency head")
    CHIEF_PRIVACY_OFFICER = "chief_privacy_officer", _("Chief Privacy Officer")
    COMMITTEE_MEMBER = "committee_member", _("Coordinating-committee member")
    AUDITOR = "auditor", _("Auditor (read-only)")
    ADMINISTRATOR = "administrator", _("Administrator")
    CAMPAIGN_COORDINATOR = "campaign_coordinator", _("Know Your Rights campaign coordinator")
    PARTNER = "partner", _("Community partner (outside the City)")


CITYWIDE_ROLES = frozenset(
    {
        Role.CHIEF_PRIVACY_OFFICER,
        Role.COMMITTEE_MEMBER,
        Role.AUDITOR,
        Role.ADMINISTRATOR,
        Role.CAMPAIGN_COORDINATOR,
    }
)
# Partners are community organizations outside the City: no agency, and no citywide view.
OUTSIDE_ROLES = frozenset({Role.PARTNER})
AGENCY_ROLES = frozenset(set(Role) - CITYWIDE_ROLES - OUTSIDE_ROLES)
# The people who work on EO 13 compliance, decisions and audits (not the KYR campaign's roles).
CITY_STAFF = frozenset(
    AGENCY_ROLES
    | {Role.CHIEF_PRIVACY_OFFICER, Role.COMMITTEE_MEMBER, Role.AUDITOR, Role.ADMINISTRATOR}
)

# capability -> roles that hold it. Agency roles hold it within their own agency only;
# the scoping layer (sanctuary.accounts.scoping) restricts which records they reach.
CAPABILITIES: dict[str, frozenset[Role]] = {
    "compliance.view": frozenset(CITY_STAFF - {Role.FRONT_DESK}),
    "compliance.record": frozenset(
        {Role.PRIVACY_OFFICER, Role.AGENCY_HEAD, Role.CHIEF_PRIVACY_OFFICER, Role.ADMINISTRATOR}
    ),
    "compliance.policy_audit": frozenset(
        {Role.AGENCY_COUNSEL, Role.PRIVACY_OFFICER, Role.AGENCY_HEAD, Role.CHIEF_PRIVACY_OFFICER}
    ),
    "compliance.publish": frozenset({Role.AGENCY_HEAD, Role.CHIEF_PRIVACY_OFFICER}),
    "compliance.export": frozenset(
        {
            Role.CHIEF_PRIVACY_OFFICER,
            Role.COMMITTEE_MEMBER,
            Role.AUDITOR,
            Role.AGENCY_HEAD,
            Role.PRIVACY_OFFICER,
        }
    ),
    "decisions.ask": frozenset(CITY_STAFF - {Role.AUDITOR}),
    "audit.view": frozenset({Role.AUDITOR, Role.CHIEF_PRIVACY_OFFICER, Role.ADMINISTRATOR}),
    "facilities.view": CITY_STAFF,
    "facilities.edit": frozenset({Role.AGENCY_HEAD, Role.PRIVACY_OFFICER, Role.ADMINISTRATOR}),
    "admin.site": frozenset({Role.ADMINISTRATOR}),
    # Front-desk encounters (issue 5): the committee's board, surge acknowledgement, §10-178.
    "board.view": frozenset(
        {
            Role.COMMITTEE_MEMBER,
            Role.CHIEF_PRIVACY_OFFICER,
            Role.AUDITOR,
            Role.ADMINISTRATOR,
            Role.AGENCY_HEAD,
            Role.AGENCY_COUNSEL,
            Role.PRIVACY_OFFICER,
        }
    ),
    "board.acknowledge": frozenset(
        {Role.COMMITTEE_MEMBER, Role.CHIEF_PRIVACY_OFFICER, Role.ADMINISTRATOR}
    ),
    "reports.view": frozenset(CITY_STAFF - {Role.FRONT_DESK}),
    "campaign.coordinate": frozenset({Role.CAMPAIGN_COORDINATOR, Role.ADMINISTRATOR}),
    "campaign.request": frozenset({Role.PARTNER, Role.CAMPAIGN_COORDINATOR}),
    # Data inventory and disclosure requests (issue 6): Admin Code §§23-1202, 23-1205.
    "inventory.view": frozenset(
        {
            Role.PRIVACY_OFFICER,
            Role.AGENCY_COUNSEL,
            Role.AGENCY_HEAD,
            Role.CHIEF_PRIVACY_OFFICER,
            Role.COMMITTEE_MEMBER,
            Role.AUDITOR,
            Role.ADMINISTRATOR,
        }
    ),
    "inventory.edit": frozenset({Role.PRIVACY_OFFICER, Role.AGENCY_HEAD}),
    "inventory.scan": frozenset({Role.PRIVACY_OFFICER, Role.AGENCY_HEAD}),
    "disclosures.view": frozenset(
        {
            Role.PRIVACY_OFFICER,
            Role.AGENCY_COUNSEL,
            Role.AGENCY_HEAD,
            Role.CHIEF_PRIVACY_OFFICER,
            Role.AUDITOR,
        }
    ),
    "disclosures.intake": frozenset({Role.PRIVACY_OFFICER, Role.AGENCY_COUNSEL, Role.AGENCY_HEAD}),
    "disclosures.review": frozenset({Role.PRIVACY_OFFICER, Role.AGENCY_COUNSEL}),
    "disclosures.approve": frozenset({Role.PRIVACY_OFFICER}),
    "disclosures.counsel": frozenset({Role.AGENCY_COUNSEL}),
    "disclosures.report_improper": frozenset(
        {Role.PRIVACY_OFFICER, Role.AGENCY_COUNSEL, Role.AGENCY_HEAD}
    ),
    "reports.cpo": frozenset(
        {Role.CHIEF_PRIVACY_OFFICER, Role.COMMITTEE_MEMBER, Role.AUDITOR, Role.ADMINISTRATOR}
    ),
}
READ_ONLY_ROLES = frozenset({Role.AUDITOR})


def role_has(role: str, capability: str) -> bool:
    return role in CAPABILITIES.get(capability, frozenset())
