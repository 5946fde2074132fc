from django.db import migrations, models
from django.db.models import Max, OuterRef, Subquery


def fill(apps, schema_editor):
    """Each topic's lists last changed when its newest published thread was published."""
    Question = apps.get_model("qa", "Question")
    Tag = apps.get_model("qa", "Tag")
    threads = Question.objects.filter(status="answered", tags=OuterRef("pk")).order_by().values("tags")
    Tag.objects.filter(num_published__gt=0).update(
        threads_changed_at=Subquery(threads.annotate(latest=Max("published_at")).values("latest"))
    )


class Migration(migrations.Migration):

    dependencies = [
        ("qa", "0007_answer_reading"),
    ]

    operations = [
        migrations.AddField(
            model_name="tag",
            name="threads_changed_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True,
                help_text="When a published thread last joined or left this topic (the topic page's lastmod in "
                          "the sitemap); kept by qa.publication, rebuilt by rebuild_counts.",
            ),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
