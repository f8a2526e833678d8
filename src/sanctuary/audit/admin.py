from django.contrib import admin

from sanctuary.audit.models import AuditEntry
from sanctuary.site.admin import ReadOnlyAdmin


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    list_display = ("seq", "at", "actor", "action", "object_type", "object_id", "agency")
    list_filter = ("action", "agency")
    search_fields = ("actor", "action", "object_id")
