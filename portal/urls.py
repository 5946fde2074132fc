from django.urls import path

from portal import discovery, views

app_name = "portal"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("questions/<int:pk>/", views.ThreadView.as_view(), name="thread_short"),
    path("questions/<int:pk>/<slug:slug>/", views.ThreadView.as_view(), name="thread"),
    path("tags/<slug:slug>/", views.TagView.as_view(), name="tag"),
    # A topic by any other name (an alias, its Chinese name; Django's slugs are ASCII): redirected.
    path("tags/<str:name>/", views.TagView.as_view(), name="tag_by_name"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("robots.txt", discovery.robots_txt, name="robots_txt"),
    path("sitemap.xml", discovery.SitemapIndexView.as_view(), name="sitemap_index"),
    path("sitemaps/threads-<int:n>.xml", discovery.ThreadSitemapView.as_view(), name="sitemap_threads"),
    path("sitemaps/<slug:section>.xml", discovery.SitemapSectionView.as_view(), name="sitemap_section"),
]
