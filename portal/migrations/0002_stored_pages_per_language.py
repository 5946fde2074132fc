# Stored thread pages become one per thread and page language. They are derived data, rendered
# again on the next visit: the table is recreated empty rather than migrated.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("portal", "0001_stored_thread_pages"),
        ("qa", "0014_stored_renderings_per_language"),
    ]

    operations = [
        migrations.DeleteModel(name="StoredThreadPage"),
        migrations.CreateModel(
            name="StoredThreadPage",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("language", models.CharField(choices=[("en", "English"), ("zh-hant", "繁體中文")], max_length=7)),
                ("version", models.PositiveIntegerField()),
                ("generation", models.PositiveBigIntegerField()),
                ("layout", models.CharField(max_length=16)),
                ("rendered_at", models.DateTimeField()),
                ("body_html", models.TextField()),
                ("json_ld", models.TextField()),
                ("related_html", models.TextField()),
                ("question", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+",
                                               to="qa.question")),
            ],
            options={
                "abstract": False,
                "constraints": [models.UniqueConstraint(fields=("question", "language"),
                                                        name="portal_storedthreadpage_one_per_language")],
            },
        ),
    ]
