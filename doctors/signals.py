"""Signals doctors sends so that higher layers can act on a doctor's change without doctors
importing them (docs/ARCHITECTURE.md, "Layers").

Both are sent inside the transaction of the change, after the row is saved and audited.
"""

from django.dispatch import Signal

# A doctor's verification status changed. Keyword arguments: profile, previous (the old status),
# by (the staff user). Receivers: qa returns a suspended doctor's claims to the queue and makes
# the cached public pages stale.
doctor_status_changed = Signal()

# Something public pages show of a doctor (name, department, hospital, bio) or of a department
# changed. Keyword arguments: instance (the DoctorProfile or Department). Receivers: qa makes the
# cached public pages stale.
directory_changed = Signal()
