from django.urls import path

from sanctuary.rights import views

app_name = "rights"
urlpatterns = [
    path("", views.page, {"slug": ""}, name="index"),
    path("cards/<slug:kind>.pdf", views.card, name="card"),
    path("<slug:slug>/", views.page, name="page"),
]
