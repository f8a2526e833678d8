from django.urls import path

from sanctuary.inventory import views

app_name = "inventory"
urlpatterns = [
    path("", views.collection_list, name="list"),
    path("new/", views.collection_edit, name="new"),
    path("<int:pk>/", views.collection_edit, name="edit"),
    path("report/", views.report, name="report"),
    path("scans/", views.scans, name="scans"),
    path("scans/<int:pk>/", views.scan_detail, name="scan"),
]
