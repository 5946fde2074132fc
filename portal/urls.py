from django.urls import path

from portal import views

app_name = "portal"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("questions/<int:pk>/", views.ThreadView.as_view(), name="thread_short"),
    path("questions/<int:pk>/<slug:slug>/", views.ThreadView.as_view(), name="thread"),
    path("tags/<slug:slug>/", views.TagView.as_view(), name="tag"),
    path("search/", views.SearchView.as_view(), name="search"),
]
