from django.urls import path

from doctors import views

app_name = "doctors"

urlpatterns = [
    path("doctor/apply/", views.ApplyView.as_view(), name="apply"),
    path("staff/doctors/", views.DoctorAdminListView.as_view(), name="staff_doctors"),
    path("staff/doctors/<int:pk>/<slug:action>/", views.DoctorDecisionView.as_view(), name="staff_decide"),
]
