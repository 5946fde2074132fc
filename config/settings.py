"""Settings for the dermatology Q&A forum, driven by environment variables.

Every variable is listed in README.md ("Configuration"). The defaults suit development on
the embedded SQLite database; production sets DJANGO_DEBUG=0 and DJANGO_SECRET_KEY at least.
"""

import os
from pathlib import Path

from csp import constants as csp
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from config.env import env_bool, env_int, env_list, parse_database_url

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", True)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off: refusing to start with a known key."
        )
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"  # noqa: S105 - development only

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_bootstrap5",
    "bootstrap",  # Bootstrap 5 CSS/JS as static files (django-bootstrap-static): no CDN.
    # Background jobs (accounts.jobs): the Django tasks API (backport) and its database backend, whose
    # rows `manage.py db_worker` runs. Before accounts: accounts.admin replaces the jobs' admin.
    "django_tasks",
    "django_tasks_db",
    # The project's apps, bottom layer first: each depends only on those above it in this list
    # (docs/ARCHITECTURE.md; tests/test_layers.py checks it).
    "accounts",
    "doctors",
    "qa",
    "faq",
    "portal",
    # django-allauth after the project's apps, so that accounts/templates/ overrides its pages.
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "ninja",  # the JSON API (portal.api): its bundled Swagger UI files, served as the site's static files
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "config.languages.LanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.two_factor.two_factor_required",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.middleware.private_for_signed_in",
    "portal.middleware.AnonymousPageCacheMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "config.languages.page_language",
                "portal.context_processors.site",
                "qa.context_processors.notifications",
            ],
            # {% url %} remembering the fixed addresses of the page's frame (config/template_urls.py).
            "builtins": ["config.template_urls"],
        },
    },
    {
        # Plain-text emails: the same templates directory, nothing HTML-escaped ("won't", not
        # "won&#x27;t"). Render them with ``render_to_string(name, context, using="text")``.
        "NAME": "text",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "OPTIONS": {"autoescape": False},
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": parse_database_url(
        os.environ.get("DATABASE_URL") or "sqlite:///db.sqlite3", base_dir=BASE_DIR
    )
}
# A streaming replica of the primary (docs/SCALING.md): anonymous visitors' public pages read it;
# writes, signed-in pages, anything after a write and the rows that decide who a visitor is read
# the primary (config/replica.py). Unset: one database, no router, no middleware.
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = {
        **parse_database_url(os.environ["DATABASE_REPLICA_URL"], base_dir=BASE_DIR),
        # A hot standby refuses writes, so no test database can be made there: tests read the
        # primary's test database through this alias (Django's test mirror).
        "TEST": {"MIRROR": "default"},
    }
    DATABASE_ROUTERS = ["config.replica.ReplicaRouter"]
    MIDDLEWARE.insert(MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
                      "config.replica.replica_reads")
# After a write, how long the writer's browser, and every anonymous page rendered after a change to
# what public pages show, keep reading the primary: more than the replica's lag.
DATABASE_REPLICA_LAG_SECONDS = env_int("DATABASE_REPLICA_LAG_SECONDS", 5)

AUTH_USER_MODEL = "accounts.User"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The pages' languages: English (the default, at unprefixed addresses) and Traditional Chinese
# (under /zh-hant/). Each is named in itself; the catalogues are in locale/ (README: "Languages").
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("zh-hant", "繁體中文")]
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Patients' photos (qa.images, qa.photo_storage): never under a static or media URL. By default a
# private folder (PHOTOS_DIR); an S3-compatible bucket (private!) when PHOTOS_S3_BUCKET is set, which
# needs `pip install django-storages[s3]` (not in requirements.txt: only deploys that use S3 need it).
PHOTOS_DIR = Path(os.environ.get("PHOTOS_DIR") or BASE_DIR / "private" / "photos")
if os.environ.get("PHOTOS_S3_BUCKET"):
    STORAGES["photos"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["PHOTOS_S3_BUCKET"],
            "endpoint_url": os.environ.get("PHOTOS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("PHOTOS_S3_REGION") or None,
            "location": os.environ.get("PHOTOS_S3_PREFIX", "photos"),
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
else:
    STORAGES["photos"] = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PHOTOS_DIR, "base_url": "/no-public-url/", "file_permissions_mode": 0o600,
                    "directory_permissions_mode": 0o700},
    }
# Without `collectstatic` (tests), fall back to unhashed names instead of raising.
WHITENOISE_MANIFEST_STRICT = False

# The Redis cache when REDIS_URL is set (shared by every worker); local memory otherwise.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "config.cache.RedisCache",  # Django's, reusing its Redis client
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "skinanswers"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Where the apps send people after an action: the project decides, so that no app names the URLs
# of an app above it (docs/ARCHITECTURE.md, "Layers").
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "qa:my_questions"
LOGOUT_REDIRECT_URL = "portal:home"
DOCTORS_WORKSPACE_URL = "qa:queue"  # the "Go to the queue" link of a verified doctor's application page


def _url(name: str, **kwargs: str):
    """``get_absolute_url`` of a model: the named page, with these URL arguments read from fields."""
    return lambda obj: reverse(name, kwargs={arg: getattr(obj, field) for arg, field in kwargs.items()})


# The public page of each model. Models do not know the pages that show them (a thread's page is
# assembled by portal, above qa); the project does, through Django's own setting for this.
ABSOLUTE_URL_OVERRIDES = {
    "qa.question": _url("portal:thread", pk="pk", slug="slug"),
    "qa.tag": _url("portal:tag", slug="slug"),
    "doctors.department": _url("qa:department_detail", slug="slug"),
    "doctors.doctorprofile": _url("qa:doctor_profile", slug="slug"),
}
# Accounts: django-allauth (README, "Accounts"). Email is the login, normalised by
# accounts.adapter.AccountAdapter; an address must be confirmed before one can sign in.
AUTHENTICATION_BACKENDS = ["allauth.account.auth_backends.AuthenticationBackend"]
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD = "website"
ACCOUNT_FORMS = {  # allauth's, adapted: the public name at sign-up; the reset answers with the stored address
    "signup": "accounts.adapter.SignupForm",
    "reset_password": "accounts.adapter.ResetPasswordForm",
}
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"  # random, never shown nor used to sign in
ACCOUNT_USER_DISPLAY = "accounts.adapter.user_display"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_PREVENT_ENUMERATION = True  # sign-up and reset answer alike for known and unknown addresses
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = True  # a reset asked for an unknown address emails it "no account here"
ACCOUNT_EMAIL_CONFIRMATION_HMAC = True  # confirmation keys are signed; no address in any URL
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 3
ACCOUNT_CONFIRM_EMAIL_ON_GET = False  # the link shows a button; mail scanners that follow it change nothing
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CHANGE_EMAIL = True  # one address per account; a new one replaces it once confirmed
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_SIGNUP_REDIRECT_URL = "qa:ask"  # after signing up (and confirming), unless the form names a page
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if not DEBUG else "http"
# Limits (allauth counts them in the cache; config.cache keeps them in process memory while Redis
# is unreachable). Failed sign-ins: per address and per account (email), a few minutes, so that
# nobody can lock an owner out for long, and a password reset lifts the account's limit.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": (f"{env_int('ACCOUNTS_SIGN_IN_FAILURES_PER_IP', 10)}/m/ip,"
                     f"{env_int('ACCOUNTS_SIGN_IN_FAILURES', 5)}/5m/key"),
    "signup": "10/h/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,3/15m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
}
ACCOUNT_EMAIL_VERIFICATION_MAX_RESEND_COUNT = 3
# Two-factor authentication: TOTP with recovery codes, and security keys or passkeys (WebAuthn).
# Required (accounts.two_factor) on the paths below for the users the predicate names: verified
# doctors and staff. Patients may turn it on.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = DEBUG  # http://127.0.0.1:8000 in development; HTTPS otherwise
MFA_TOTP_ISSUER = os.environ.get("SITE_NAME", "SkinAnswers")
ACCOUNTS_TWO_FACTOR_REQUIRED_FOR = "doctors.permissions.requires_two_factor"
ACCOUNTS_TWO_FACTOR_PATHS = ("/doctor/", "/staff/", "/admin/", "/photos/")  # /photos/: patients' photos
ACCOUNTS_TWO_FACTOR_EXEMPT_PATHS = ("/doctor/apply/",)
USERSESSIONS_TRACK_ACTIVITY = False  # sessions are recorded at sign-in; no write on every request
PASSWORD_RESET_TIMEOUT = 24 * 3600

# Background jobs (README, "Background jobs"): emails and the Similar Q&A refresh are rows written in
# the transaction of the change they follow, run by `manage.py db_worker` (several workers may run:
# each takes a job with SELECT ... FOR UPDATE SKIP LOCKED on PostgreSQL). JOBS_BACKEND=
# django_tasks.backends.immediate.ImmediateBackend runs each job at once in the process that queued
# it (inside its transaction; no retries): for a quick look without a worker, never in production.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("JOBS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}
# A failing job is tried again after 1 min, 5 min, 30 min, 2 h, 6 h (accounts.jobs.BACKOFF), up to
# this many attempts in all; the last failure stays in the admin as FAILED for staff to retry.
JOBS_MAX_ATTEMPTS = env_int("JOBS_MAX_ATTEMPTS", 6)

# Email: printed to the console unless EMAIL_HOST is set, then sent by SMTP.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "SkinAnswers <no-reply@localhost>")
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_TIMEOUT = 10
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Asking limits (see qa.services.question_submit).
QA_MAX_QUESTIONS_PER_DAY = env_int("QA_MAX_QUESTIONS_PER_DAY", 3)
QA_QUESTION_COOLDOWN_SECONDS = env_int("QA_QUESTION_COOLDOWN_SECONDS", 120)
QA_MAX_TAGS = 5
QA_CLAIM_MINUTES = env_int("QA_CLAIM_MINUTES", 30)  # how long a doctor's claim on a question lasts
# An upload within the photo limit (10 MB) stays in memory until qa.images has re-encoded it: a raw
# photo, with its GPS position, is never written to a temporary file. A larger one is refused unread.
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
PHOTOS_PER_QUESTION = 4  # photos a question may hold, over the ask form, added information and the follow-up
PHOTOS_PER_DAY = env_int("PHOTOS_PER_DAY", 12)  # photos one account may upload in 24 hours
PHOTOS_DECLINED_KEEP_DAYS = 30  # a declined question's photos are removed after this (remove_orphan_photos)
# Set to an nginx `internal` location (e.g. "/protected-photos/") to let nginx send the file after the
# permission check (X-Accel-Redirect); empty: Django streams it.
PHOTOS_X_ACCEL_REDIRECT = os.environ.get("PHOTOS_X_ACCEL_REDIRECT", "")
QA_REPORTS_PER_HOUR = env_int("QA_REPORTS_PER_HOUR", 10)  # reports one account or address may send
# Reverse proxies in front of the app that append to X-Forwarded-For (nginx: 1). Reports are
# counted per address: with 0 behind a proxy, every visitor would share the proxy's address.
TRUSTED_PROXIES = env_int("DJANGO_TRUSTED_PROXIES", 0)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXIES  # allauth's limits per address read it too

# Security headers. Cookies are HTTPS-only unless DEBUG is on; behind a TLS-terminating proxy
# set DJANGO_SECURE_PROXY_SSL_HEADER=1 so Django trusts X-Forwarded-Proto.
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Content-Security-Policy (django-csp): everything from this site only; no inline script or style
# (the pages have none: scripts and styles are static files). Share links are plain navigations.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [csp.SELF],
        "script-src": [csp.SELF],
        "style-src": [csp.SELF],
        "img-src": [csp.SELF, "data:"],
        "font-src": [csp.SELF],
        "connect-src": [csp.SELF],
        "form-action": [csp.SELF],
        "frame-ancestors": [csp.NONE],
        "base-uri": [csp.NONE],
        "object-src": [csp.NONE],
    }
}
# Permissions-Policy (django-permissions-policy): no page uses these browser features.
PERMISSIONS_POLICY = {feature: [] for feature in (
    "accelerometer", "autoplay", "camera", "display-capture", "geolocation", "gyroscope", "magnetometer",
    "microphone", "midi", "payment", "usb",
)}
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0)
if env_bool("DJANGO_SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

SITE_NAME = os.environ.get("SITE_NAME", "SkinAnswers")
# The site's address as visitors reach it (scheme and host, no trailing slash): emails carry
# absolute links built from it, since no request is at hand when they are sent.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# Page sizes of the public archive.
QA_PAGE_SIZE = 20
# The JSON API (portal.api): requests one visitor's address may make in a clock minute (then 429).
API_REQUESTS_PER_MINUTE = env_int("API_REQUESTS_PER_MINUTE", 60)
QA_SIMILAR_LIMIT = 5
QA_OUTCOME_DAYS = env_int("QA_OUTCOME_DAYS", 14)  # after the answer, the asker is asked how it is now
# What a doctor may attach under an answer as "Read more in our FAQ" (qa.reading): faq's articles.
QA_FURTHER_READING = "faq.selectors.reading_offered"
QA_PAGE_CACHE_SECONDS = env_int("QA_PAGE_CACHE_SECONDS", 300)  # whole public pages, anonymous visitors only
# How long a shared cache in front (nginx, a CDN) may keep a public page for anonymous visitors:
# its Cache-Control s-maxage (portal.middleware). Browsers revalidate every time (ETag, 304).
SHARED_CACHE_SECONDS = env_int("SHARED_CACHE_SECONDS", 60)
# The stamps the cached pages are checked against (qa.cache) live this long after their
# last change: longer than any entry, so an entry never outlives its stamp; an expired stamp only
# makes the entries made under it stale. Every key the site writes to the cache thus has a time to live.
QA_STAMP_SECONDS = env_int("QA_STAMP_SECONDS", 2 * 24 * 3600)
FAQ_RELATED_LIMIT = 6

# Logs go to stderr, each record once: Django's own "django" logger would print it through its
# console handler and again through the root's, so it only propagates. A 4xx is one line, without
# the traceback Django attaches to some (config.log_filters); 5xx responses keep theirs.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"client_errors_on_one_line": {"()": "config.log_filters.ClientErrorsOnOneLine"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["client_errors_on_one_line"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {"django": {"handlers": [], "propagate": True}},
}
