"""The rights app's models: the KYR campaign's distribution lives in `campaign/models.py`."""

from sanctuary.rights.campaign.models import (  # noqa: F401
    MaterialRequest,
    PartnerMembership,
    PartnerOrganization,
)
