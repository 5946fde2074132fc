"""Signals through which other apps take part in account events without accounts importing them.

accounts is the lowest layer: qa, doctors and faq may import it, never the reverse.
"""

from django.dispatch import Signal

# Sent after a user confirms their email address. Keyword arguments: user.
email_confirmed = Signal()

# Sent to build a user's data export. Keyword arguments: user. Each receiver returns a dict
# of JSON-serialisable sections, merged into the export.
collect_personal_data = Signal()

# Sent to build the files of a user's data export (photos). Keyword arguments: user. Each receiver
# returns a list of ``(name, open)`` pairs: the file's path inside the export's zip, and a function
# without arguments that opens the file for reading (binary).
collect_personal_files = Signal()

# Sent inside the deletion transaction, before the user row is deleted. Keyword arguments:
# user. Receivers delete or anonymise their app's data about the user.
account_deleting = Signal()
