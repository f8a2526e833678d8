from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from sanctuary.api import api

admin.site.site_header = "Sanctuary administration"

urlpatterns = [
    path("accounts/", include("sanctuary.accounts.urls")),
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("compliance/", include("sanctuary.compliance.urls")),
    path("public/", include("sanctuary.compliance.public_urls")),
    path("agents/", include("sanctuary.encounters.urls")),
    path("board/", include("sanctuary.encounters.board_urls")),
    path("reports/", include("sanctuary.encounters.report_urls")),
    path("facilities/", include("sanctuary.facilities.urls")),
    path("audit/", include("sanctuary.audit.urls")),
    path("campaign/", include("sanctuary.rights.campaign.urls")),
    path("inventory/", include("sanctuary.inventory.urls")),
    path("disclosures/", include("sanctuary.disclosures.urls")),
    path("", include("sanctuary.web.urls")),
]
# Know Your Rights: the language comes from the URL (/es/...), never from a cookie.
urlpatterns += i18n_patterns(
    path("", include("sanctuary.rights.urls")), prefix_default_language=True
)

handler400 = "sanctuary.web.views.bad_request"
handler403 = "sanctuary.web.views.permission_denied"
handler404 = "sanctuary.web.views.not_found"
handler500 = "sanctuary.web.views.server_error"
