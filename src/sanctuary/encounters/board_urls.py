from django.urls import path

from sanctuary.encounters import board_views

app_name = "board"
urlpatterns = [
    path("", board_views.board, name="board"),
    path("surges/<int:pk>/acknowledge/", board_views.acknowledge, name="acknowledge"),
]
