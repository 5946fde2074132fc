"""Signals qa sends for apps that depend on it (qa imports none of them, DESIGN.md)."""

from django.dispatch import Signal

# A thread became public (delta=+1) or stopped being public (delta=-1), inside the transaction
# that changed it. Arguments: question, delta. doctors keeps its answer counts with it.
thread_publication_changed = Signal()
