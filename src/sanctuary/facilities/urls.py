from django.urls import path

from sanctuary.facilities import views

app_name = "facilities"
urlpatterns = [
    path("", views.facility_list, name="list"),
    path("import/", views.facility_import, name="import"),
    path("<int:pk>/edit/", views.facility_edit, name="edit"),
]
