# Stored cards become one per thread and page language. They are derived data, rendered again when
# next needed: the table is recreated empty rather than migrated.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("qa", "0013_languages_and_tag_aliases"),
    ]

    operations = [
        migrations.DeleteModel(name="StoredThreadCard"),
        migrations.CreateModel(
            name="StoredThreadCard",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("language", models.CharField(choices=[("en", "English"), ("zh-hant", "繁體中文")], max_length=7)),
                ("version", models.PositiveIntegerField()),
                ("generation", models.PositiveBigIntegerField()),
                ("layout", models.CharField(max_length=16)),
                ("rendered_at", models.DateTimeField()),
                ("html", models.TextField()),
                ("question", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+",
                                               to="qa.question")),
            ],
            options={
                "abstract": False,
                "constraints": [models.UniqueConstraint(fields=("question", "language"),
                                                        name="qa_storedthreadcard_one_per_language")],
            },
        ),
    ]
