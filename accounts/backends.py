from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class EmailOrUsernameBackend(ModelBackend):
    """Sign in with an email address (patients, doctors) or a username (staff, admin)."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None
        User = get_user_model()
        lookup = {"email__iexact": username.strip()} if "@" in username else {"username": username}
        user = User.objects.filter(**lookup).first()
        if user is None:
            # Spend the same time as a real check, so timing does not reveal which emails exist.
            User().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
