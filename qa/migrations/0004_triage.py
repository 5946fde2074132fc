"""Triage (qa.triage) replaces the red flags: what it found, with its tier, and a priority for the
doctors' queue instead of a yes/no "urgent"."""

from django.db import migrations, models


def forward(apps, schema_editor):
    """The red flags of older questions were all of the emergency kind."""
    Question = apps.get_model("qa", "Question")
    for question in Question.objects.exclude(triage_findings=[]).only("pk", "triage_findings").iterator():
        question.triage_findings = [
            {"code": code, "tier": "emergency", "matched": []} for code in question.triage_findings
            if isinstance(code, str)
        ]
        question.triage_priority = 3 if question.triage_findings else 0
        question.save(update_fields=["triage_findings", "triage_priority"])


def backward(apps, schema_editor):
    Question = apps.get_model("qa", "Question")
    for question in Question.objects.exclude(triage_findings=[]).only("pk", "triage_findings").iterator():
        question.triage_findings = [item["code"] for item in question.triage_findings if isinstance(item, dict)]
        question.is_urgent = bool(question.triage_findings)
        question.save(update_fields=["triage_findings", "is_urgent"])


class Migration(migrations.Migration):
    dependencies = [("qa", "0003_search_terms")]

    operations = [
        migrations.RenameField("question", "red_flags", "triage_findings"),
        migrations.AlterField(
            model_name="question",
            name="triage_findings",
            field=models.JSONField(
                blank=True, default=list,
                help_text="What triage found when it was asked (qa.triage): a list of {code, tier, matched}.",
            ),
        ),
        migrations.AddField(
            model_name="question",
            name="triage_priority",
            field=models.PositiveSmallIntegerField(
                choices=[(0, "—"), (1, "urgent: see a doctor today"), (2, "crisis: thoughts of self-harm"),
                         (3, "emergency")],
                default=0,
                help_text="Emergencies come first in the doctors' queue, then crises, then urgent questions.",
            ),
        ),
        migrations.RunPython(forward, backward),
        migrations.RemoveIndex(model_name="question", name="qa_q_queue"),
        migrations.RemoveField(model_name="question", name="is_urgent"),
        migrations.AddIndex(
            model_name="question",
            index=models.Index(fields=["department", "status", "-triage_priority", "asked_at"], name="qa_q_queue"),
        ),
    ]
