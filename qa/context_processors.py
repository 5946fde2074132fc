from django.utils.functional import SimpleLazyObject

from qa.selectors import unread_notification_count


def notifications(request):
    """``unread_notifications`` for the header: one query, only when a signed-in page shows it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_notifications": SimpleLazyObject(lambda: unread_notification_count(user))}
