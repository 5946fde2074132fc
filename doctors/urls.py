from django.urls import path

from doctors import staff_views, views, workspace_views

app_name = "doctors"

# Three prefixes so that no doctor's slug can shadow a page: /doctors/ (public),
# /doctor/ (the verified doctor's workspace), /staff/ (staff pages).
urlpatterns = [
    path("doctors/", views.DoctorListView.as_view(), name="doctor_list"),
    path("doctors/<slug:slug>/", views.DoctorProfileView.as_view(), name="profile"),
    path("doctor/apply/", workspace_views.ApplyView.as_view(), name="apply"),
    path("doctor/queue/", workspace_views.QueueView.as_view(), name="queue"),
    path("doctor/questions/<int:pk>/", workspace_views.QuestionWorkView.as_view(), name="question_work"),
    path("doctor/questions/<int:pk>/claim/", workspace_views.ClaimView.as_view(), name="claim"),
    path("doctor/questions/<int:pk>/release/", workspace_views.ReleaseView.as_view(), name="release"),
    path("doctor/questions/<int:pk>/answer/", workspace_views.AnswerView.as_view(), name="answer"),
    path("doctor/questions/<int:pk>/request-information/", workspace_views.RequestInfoView.as_view(),
         name="request_info"),
    path("doctor/questions/<int:pk>/decline/", workspace_views.DeclineView.as_view(), name="decline"),
    path("doctor/my-work/", workspace_views.MyWorkView.as_view(), name="my_work"),
    path("doctor/answers/<int:pk>/edit/", workspace_views.EditAnswerView.as_view(), name="edit_answer"),
    path("staff/doctors/", staff_views.DoctorAdminListView.as_view(), name="staff_doctors"),
    path("staff/doctors/<int:pk>/<slug:action>/", staff_views.DoctorDecisionView.as_view(), name="staff_decide"),
    path("staff/reports/", staff_views.ReportListView.as_view(), name="staff_reports"),
    path("staff/reports/<int:pk>/<slug:action>/", staff_views.ReportDecisionView.as_view(),
         name="staff_report_decide"),
    path("staff/audit/", staff_views.AuditLogView.as_view(), name="staff_audit"),
]
