from django.urls import path

from sanctuary.rights.campaign import views

app_name = "campaign"
urlpatterns = [
    path("", views.requests_list, name="requests"),
    path("order/", views.order, name="order"),
    path("requests/<int:pk>/", views.request_detail, name="request"),
    path("requests/<int:pk>/<slug:action>/", views.request_transition, name="transition"),
    path("organizations/", views.organizations, name="organizations"),
    path("organizations/<int:pk>/link/", views.link_partner, name="link"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard.csv", views.dashboard_csv, name="dashboard_csv"),
]
