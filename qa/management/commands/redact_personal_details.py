"""Make the public copies of every question, clarification and answer again from what was typed.

For text stored before personal details were hidden, and after the detector (qa.privacy) improves:
each question is read in batches (keyset on the primary key, one transaction per batch), its texts
are redacted with what doctors marked on it, and a published thread whose public text changed gets
its search document and cached pages refreshed (qa.publication.thread_text_changed), so that its
excerpts on home, lists, topic pages and other threads' Similar Q&A follow. Safe to run again:
text that is already right is left alone.
"""

from __future__ import annotations

from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from qa import publication
from qa.models import Question
from qa.selectors import kind_label


class Command(BaseCommand):
    help = "Hide personal details in stored questions and answers (public copies), refreshing search and caches."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=500, help="Questions per transaction (default 500).")
        parser.add_argument("--dry-run", action="store_true", help="Count what would change; write nothing.")

    def handle(self, *args, batch: int, dry_run: bool, **options):
        if not 1 <= batch <= 10_000:
            raise CommandError("--batch must be between 1 and 10000.")
        total = Question.objects.count()
        scanned = changed = published = 0
        kinds: Counter[str] = Counter()
        last_pk = 0
        while True:
            with transaction.atomic():
                questions = list(
                    Question.objects.select_for_update(of=("self",)).filter(pk__gt=last_pk).order_by("pk")
                    .prefetch_related("clarifications", "answers")[:batch]
                )
                if not questions:
                    break
                for question in questions:
                    if self.redact(question, kinds, dry_run=dry_run):
                        changed += 1
                        published += question.is_published
                scanned += len(questions)
                last_pk = questions[-1].pk
                if dry_run:
                    transaction.set_rollback(True)
            self.stdout.write(f"{scanned:,}/{total:,} questions scanned, {changed:,} changed")
        found = ", ".join(f"{kind_label(kind)} {n:,}" for kind, n in kinds.most_common()) or "none"
        verb = "would change" if dry_run else "changed"
        self.stdout.write(self.style.SUCCESS(
            f"Scanned {scanned:,} questions: {verb} {changed:,} ({published:,} published). Details hidden: {found}."
        ))

    def redact(self, question: Question, kinds: Counter, *, dry_run: bool) -> bool:
        """Redact one question with its clarifications and answers; True if a public text changed."""
        # What doctors marked applies to the patient's side of the thread, not to answers.
        question_marks = {"keep": question.privacy_keep, "hide": question.privacy_hide}
        items = [(question, question_marks), *((c, question_marks) for c in question.clarifications.all()),
                 *((answer, {}) for answer in question.answers.all())]
        changed = False
        for item, marks in items:
            fields = item.redact_again(**marks)
            if not fields:
                continue
            changed = True
            for name in item.PUBLIC_TEXT:
                hidden, _kept = item.hidden_details(name, **marks)
                kinds.update(detail.kind for detail in hidden)
            if not dry_run:
                item.save(update_fields=fields)
        if changed and not dry_run:
            publication.thread_text_changed(question)
        return changed
