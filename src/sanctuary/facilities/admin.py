from django.contrib import admin

from sanctuary.facilities.models import Facility


@admin.register(Facility)
class FacilityAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "agency", "borough")
    list_filter = ("kind", "borough", "agency")
    search_fields = ("name", "address")
