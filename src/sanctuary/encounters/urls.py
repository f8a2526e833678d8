from django.urls import path

from sanctuary.encounters import views

app_name = "encounters"
urlpatterns = [
    path("", views.start, name="agents"),
    path("<int:pk>/shown/", views.shown, name="shown"),
    path("<int:pk>/", views.answer, name="answer"),
    path("<int:pk>/outcome/", views.outcome, name="outcome"),
    path("requests/new/", views.assistance_request, name="request"),
]
