from django.urls import path

from qa import views

app_name = "qa"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("questions/", views.QuestionListView.as_view(), name="question_list"),
    path("questions/<int:pk>/", views.QuestionDetailView.as_view(), name="question_detail_short"),
    path("questions/<int:pk>/<slug:slug>/", views.QuestionDetailView.as_view(), name="question_detail"),
    path("departments/<slug:slug>/", views.DepartmentQuestionListView.as_view(), name="department_detail"),
    path("tags/", views.TagIndexView.as_view(), name="tag_list"),
    path("tags/<slug:slug>/", views.TagQuestionListView.as_view(), name="tag_detail"),
    path("ask/", views.AskGuideView.as_view(), name="ask"),
]
