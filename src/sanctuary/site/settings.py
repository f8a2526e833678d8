"""Django settings. Everything a deployment changes comes from the environment (see README)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import environ

from sanctuary.site import env as site_env

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = site_env.var_dir()
PRODUCTION = site_env.is_production()

env = environ.Env()

SECRET_KEY = site_env.secret_key()
# Previous keys, still accepted for signed values and field encryption while they age out.
SECRET_KEY_FALLBACKS = env.list("SECRET_KEY_FALLBACKS", default=[])
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[] if PRODUCTION else ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
CSRF_FAILURE_VIEW = "sanctuary.web.views.csrf_failure"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "csp",
    "sanctuary.agencies",
    "sanctuary.accounts",
    "sanctuary.audit",
    "sanctuary.facilities",
    "sanctuary.compliance",
    "sanctuary.encounters",
    "sanctuary.rights",
    "sanctuary.inventory",
    "sanctuary.disclosures",
    "sanctuary.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "sanctuary.web.middleware.RequestSizeLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "sanctuary.encounters.middleware.StaffLanguageMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "sanctuary.accounts.middleware.RequireVerifiedStaffMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "sanctuary.site.urls"
WSGI_APPLICATION = "sanctuary.site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
            ],
        },
    },
]

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'sanctuary.sqlite3'}")
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let the web process and a worker share the embedded database.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
    )
    # Tests use a file, not memory, so threads and processes see one database as in production;
    # one per process so parallel test runs never share it.
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.gettempdir()) / f"sanctuary-test-{os.getpid()}.sqlite3")
    }
else:
    # One test database per process on a server too, so parallel runs never collide.
    DATABASES["default"]["TEST"] = {"NAME": f"test_{DATABASES['default']['NAME']}_{os.getpid()}"}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "accounts:login"

# Lock-out after repeated failures (django-axes): per username and address together,
# so one attacker cannot lock every account from one address, nor one account from many.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=1.0)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False
AXES_IPWARE_PROXY_COUNT = env.int("PROXY_COUNT", default=0)

OTP_TOTP_ISSUER = env.str("OTP_TOTP_ISSUER", default="Sanctuary NYC")

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("zh-hans", "中文"),
    ("ru", "Русский"),
    ("bn", "বাংলা"),
    ("ht", "Kreyòl ayisyen"),
    ("ko", "한국어"),
    ("ar", "العربية"),
    ("ur", "اردو"),
    ("fr", "Français"),
    ("pl", "Polski"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# The public Know Your Rights pages live under a language prefix (/es/...): no sign-in there.
SANCTUARY_PUBLIC_PREFIXES = tuple(f"/{code}/" for code, _name in LANGUAGES)
TIME_ZONE = "America/New_York"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STORAGES = {
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(VAR_DIR / "uploads")},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Uploads: bounded, so a large or hostile file is refused rather than exhausting the server.
DATA_UPLOAD_MAX_MEMORY_SIZE = env.int("DATA_UPLOAD_MAX_MEMORY_SIZE", default=2 * 1024 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = env.int("FILE_UPLOAD_MAX_MEMORY_SIZE", default=10 * 1024 * 1024)
SANCTUARY_MAX_UPLOAD_BYTES = env.int("SANCTUARY_MAX_UPLOAD_BYTES", default=10 * 1024 * 1024)
# Any request body: refused unread above this (web/middleware.py). The default leaves room for
# the largest upload any page accepts (a 20 MB document to check, or a larger evidence limit)
# plus the form around it.
SANCTUARY_MAX_REQUEST_BYTES = env.int(
    "SANCTUARY_MAX_REQUEST_BYTES",
    default=max(20 * 1024 * 1024, SANCTUARY_MAX_UPLOAD_BYTES) + 1024 * 1024,
)

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="sanctuary@localhost")

# Background work: Celery on Redis when REDIS_URL is set; otherwise tasks run inline.
REDIS_URL = env.str("REDIS_URL", default="")
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = REDIS_URL or None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# Scheduled work (`celery -A sanctuary.site beat`); without Redis, run `sanctuary purge` from cron.
CELERY_BEAT_SCHEDULE = {
    "purge-encounter-free-text": {
        "task": "sanctuary.encounters.tasks.purge_expired_encounters",
        "schedule": 3600.0,
    },
    "purge-closed-disclosures": {
        "task": "sanctuary.disclosures.tasks.purge_closed_disclosures",
        "schedule": 24 * 3600.0,
    },
    "disclosure-watchdog": {
        "task": "sanctuary.disclosures.tasks.disclosure_watchdog",
        "schedule": 6 * 3600.0,
    },
}

# Security headers. No 'unsafe-inline': scripts and styles come from our own static files.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=8 * 3600)
CSRF_COOKIE_HTTPONLY = True

if PRODUCTION:
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"no_pii": {"()": "sanctuary.site.logging.RedactIdentifyingInformation"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["no_pii"]},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Request bodies and tracebacks may carry what residents told staff: keep them out.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
    },
}

SANCTUARY_CITY = env.str("SANCTUARY_CITY", default="nyc")
