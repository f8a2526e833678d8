from django.contrib import admin

from sanctuary.agencies.models import Agency


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ("acronym", "name", "kind", "is_active")
    search_fields = ("acronym", "name")
