"""Administrators may inspect the campaign; changes go through the pages, which audit them."""

from django.contrib import admin

from sanctuary.rights.campaign.models import MaterialRequest, PartnerMembership, PartnerOrganization
from sanctuary.site.admin import ReadOnlyAdmin


@admin.register(PartnerOrganization)
class PartnerOrganizationAdmin(ReadOnlyAdmin):
    list_display = ("name", "kind", "borough")
    list_filter = ("kind", "borough")


@admin.register(PartnerMembership)
class PartnerMembershipAdmin(ReadOnlyAdmin):
    list_display = ("user", "organization", "created_at")


@admin.register(MaterialRequest)
class MaterialRequestAdmin(ReadOnlyAdmin):
    list_display = ("pk", "organization", "kind", "language", "quantity", "status", "requested_at")
    list_filter = ("status", "kind", "language", "delivery_borough")
