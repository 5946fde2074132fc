from django.urls import path

from qa import feeds, patient_views, photo_views, staff_views, tag_views, views, workspace_views

app_name = "qa"

# The thread page, a topic's page, home and search are portal's (they also show FAQ articles).
urlpatterns = [
    path("questions/", views.QuestionListView.as_view(), name="question_list"),
    path("questions/<int:pk>/<slug:slug>/report/", views.ReportThreadView.as_view(), name="report"),
    path("departments/<slug:slug>/", views.DepartmentQuestionListView.as_view(), name="department_detail"),
    path("tags/", views.TagIndexView.as_view(), name="tag_list"),
    # A topic's other names: staff and verified doctors (the topic's page itself is portal's).
    path("tags/<slug:slug>/aliases/", tag_views.TagAliasesView.as_view(), name="tag_aliases"),
    path("tags/<slug:slug>/aliases/<int:pk>/remove/", tag_views.TagAliasRemoveView.as_view(),
         name="tag_alias_remove"),
    # Feeds of the latest answered threads: RSS at the address, Atom under atom/.
    path("feeds/", feeds.FeedView.as_view(), name="feed"),
    path("feeds/atom/", feeds.FeedView.as_view(feed_class=feeds.LatestThreadsAtomFeed), name="feed_atom"),
    path("feeds/departments/<slug:slug>/", feeds.FeedView.as_view(scope="department"), name="department_feed"),
    path("feeds/departments/<slug:slug>/atom/", feeds.FeedView.as_view(
        scope="department", feed_class=feeds.LatestThreadsAtomFeed), name="department_feed_atom"),
    path("feeds/tags/<slug:slug>/", feeds.FeedView.as_view(scope="tag"), name="tag_feed"),
    path("feeds/tags/<slug:slug>/atom/", feeds.FeedView.as_view(scope="tag", feed_class=feeds.LatestThreadsAtomFeed),
         name="tag_feed_atom"),
    # /doctors/ (public), /doctor/ (the verified doctor's workspace), /staff/ (staff pages): three
    # prefixes, so that no doctor's slug can shadow a page.
    path("doctors/", views.DoctorListView.as_view(), name="doctor_list"),
    path("doctors/<slug:slug>/", views.DoctorProfileView.as_view(), name="doctor_profile"),
    path("ask/", patient_views.AskView.as_view(), name="ask"),
    path("ask/similar/", patient_views.SimilarTitleView.as_view(), name="ask_similar"),
    path("ask/triage/", patient_views.TriageView.as_view(), name="ask_triage"),
    path("my/questions/", patient_views.MyQuestionsView.as_view(), name="my_questions"),
    # The asker's actions live under /my/ so that no question slug can ever shadow them.
    path("my/questions/<int:pk>/edit/", patient_views.QuestionEditView.as_view(), name="question_edit"),
    path("my/questions/<int:pk>/withdraw/", patient_views.QuestionWithdrawView.as_view(), name="question_withdraw"),
    path("my/questions/<int:pk>/add-information/", patient_views.AddInformationView.as_view(),
         name="question_add_information"),
    path("my/questions/<int:pk>/outcome/", patient_views.OutcomeView.as_view(), name="question_outcome"),
    # Private photos: a permission check on every request (qa.photo_views), no public address.
    path("photos/<str:key>/", photo_views.PhotoView.as_view(), name="photo"),
    path("photos/<str:key>/thumb/", photo_views.PhotoView.as_view(size="thumb"), name="photo_thumb"),
    path("my/photos/<str:key>/remove/", patient_views.PhotoRemoveView.as_view(), name="photo_remove"),
    path("my/notifications/", patient_views.NotificationListView.as_view(), name="notifications"),
    path("my/notifications/read-all/", patient_views.NotificationReadAllView.as_view(), name="notifications_read_all"),
    path("my/notifications/<int:pk>/open/", patient_views.NotificationOpenView.as_view(), name="notification_open"),
    path("doctor/queue/", workspace_views.QueueView.as_view(), name="queue"),
    path("doctor/questions/<int:pk>/", workspace_views.QuestionWorkView.as_view(), name="question_work"),
    path("doctor/questions/<int:pk>/claim/", workspace_views.ClaimView.as_view(), name="claim"),
    path("doctor/questions/<int:pk>/release/", workspace_views.ReleaseView.as_view(), name="release"),
    path("doctor/questions/<int:pk>/answer/", workspace_views.AnswerView.as_view(), name="answer"),
    path("doctor/questions/<int:pk>/request-information/", workspace_views.RequestInfoView.as_view(),
         name="request_info"),
    path("doctor/questions/<int:pk>/decline/", workspace_views.DeclineView.as_view(), name="decline"),
    path("doctor/questions/<int:pk>/personal-details/", workspace_views.PrivacyReviewView.as_view(),
         name="review_privacy"),
    path("doctor/my-work/", workspace_views.MyWorkView.as_view(), name="my_work"),
    path("doctor/updates/", workspace_views.OutcomeListView.as_view(), name="outcomes"),
    path("doctor/updates/<int:pk>/<slug:decision>/", workspace_views.OutcomeReviewView.as_view(),
         name="outcome_review"),
    path("doctor/answers/<int:pk>/edit/", workspace_views.EditAnswerView.as_view(), name="edit_answer"),
    path("staff/reports/", staff_views.ReportListView.as_view(), name="staff_reports"),
    path("staff/reports/<int:pk>/<slug:action>/", staff_views.ReportDecisionView.as_view(),
         name="staff_report_decide"),
    path("staff/audit/", staff_views.AuditLogView.as_view(), name="staff_audit"),
]
