from django.urls import path

from sanctuary.accounts import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.sign_in, name="login"),
    path("logout/", views.sign_out, name="logout"),
    path("totp/setup/", views.totp_setup, name="totp_setup"),
]
