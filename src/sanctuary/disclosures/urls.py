from django.urls import path

from sanctuary.disclosures import views

app_name = "disclosures"
urlpatterns = [
    path("", views.request_list, name="list"),
    path("new/", views.request_new, name="new"),
    path("improper/", views.improper, name="improper"),
    path("cpo-quarterly/", views.cpo_quarterly, name="cpo"),
    path("<int:pk>/", views.request_detail, name="detail"),
    path("<int:pk>/act/", views.request_act, name="act"),
    path("<int:pk>/counsel/", views.request_counsel, name="counsel"),
    path("<int:pk>/redacted/", views.request_redacted, name="redacted"),
]
