from django.urls import path

from qa import patient_views, views

app_name = "qa"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("questions/", views.QuestionListView.as_view(), name="question_list"),
    path("questions/<int:pk>/", views.QuestionDetailView.as_view(), name="question_detail_short"),
    path("questions/<int:pk>/<slug:slug>/", views.QuestionDetailView.as_view(), name="question_detail"),
    path("questions/<int:pk>/<slug:slug>/report/", views.ReportThreadView.as_view(), name="report"),
    path("departments/<slug:slug>/", views.DepartmentQuestionListView.as_view(), name="department_detail"),
    path("tags/", views.TagIndexView.as_view(), name="tag_list"),
    path("tags/<slug:slug>/", views.TagQuestionListView.as_view(), name="tag_detail"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("ask/", patient_views.AskView.as_view(), name="ask"),
    path("ask/similar/", patient_views.SimilarTitleView.as_view(), name="ask_similar"),
    path("my/questions/", patient_views.MyQuestionsView.as_view(), name="my_questions"),
    # The asker's actions live under /my/ so that no question slug can ever shadow them.
    path("my/questions/<int:pk>/edit/", patient_views.QuestionEditView.as_view(), name="question_edit"),
    path("my/questions/<int:pk>/withdraw/", patient_views.QuestionWithdrawView.as_view(), name="question_withdraw"),
    path("my/questions/<int:pk>/add-information/", patient_views.AddInformationView.as_view(),
         name="question_add_information"),
    path("my/notifications/", patient_views.NotificationListView.as_view(), name="notifications"),
    path("my/notifications/read-all/", patient_views.NotificationReadAllView.as_view(), name="notifications_read_all"),
    path("my/notifications/<int:pk>/open/", patient_views.NotificationOpenView.as_view(), name="notification_open"),
]
