from django.urls import path

from faq import views

app_name = "faq"

urlpatterns = [
    path("", views.ArticleIndexView.as_view(), name="article_list"),
    path("<slug:slug>/", views.ArticleDetailView.as_view(), name="article_detail"),
    path("<slug:slug>/reviewed/", views.ArticleReviewedView.as_view(), name="article_reviewed"),
]
