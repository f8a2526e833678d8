from django.urls import path

from sanctuary.encounters import views

app_name = "encounters"
urlpatterns = [path("", views.agents_are_here, name="agents")]
