"""Administrators may inspect the campaign; changes go through the pages, which audit them."""

from django.contrib import admin

from sanctuary.rights.campaign.models import MaterialRequest, PartnerMembership, PartnerOrganization


class ReadOnlyAdmin(admin.ModelAdmin):
    """Changes made here would bypass the audit log, so the admin only reads."""

    def has_add_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


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
