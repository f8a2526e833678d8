"""Administrators may inspect the tracker; orders and obligations change only through data files."""

from django.contrib import admin

from sanctuary.compliance.models import (
    AgencyObligation,
    Obligation,
    Order,
    PolicyAudit,
    PolicyChange,
)
from sanctuary.site.admin import ReadOnlyAdmin


@admin.register(Order)
class OrderAdmin(ReadOnlyAdmin):
    list_display = ("key", "number", "title", "signed_on", "unverified")


@admin.register(Obligation)
class ObligationAdmin(ReadOnlyAdmin):
    list_display = ("key", "order", "title", "due_on", "due_unverified", "is_active")
    list_filter = ("order", "is_active")


@admin.register(AgencyObligation)
class AgencyObligationAdmin(ReadOnlyAdmin):
    list_display = ("agency", "obligation", "completed_on", "recorded_at", "is_active")
    list_filter = ("obligation", "agency")


@admin.register(PolicyAudit)
class PolicyAuditAdmin(ReadOnlyAdmin):
    list_display = ("agency", "title", "audited_on")


@admin.register(PolicyChange)
class PolicyChangeAdmin(ReadOnlyAdmin):
    list_display = ("title", "audit", "effective_on", "published", "published_at")
