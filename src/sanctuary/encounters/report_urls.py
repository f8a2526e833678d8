from django.urls import path

from sanctuary.encounters import board_views

app_name = "reports"
urlpatterns = [path("10-178/", board_views.report, name="10-178")]
