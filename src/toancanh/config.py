"""Settings: each declared once with its default and help text.

Values come, highest priority first, from arguments, ``TOANCANH_*`` environment variables,
a TOML file (``./toancanh.toml`` or the path in ``TOANCANH_CONFIG``) and the defaults below.
``docs/configuration.md`` lists every setting; a test keeps it in step with this class.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pydantic import Field, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

DEFAULT_USER_AGENT = (
    "ToanCanhBot/0.1 (+https://github.com/toancanh/toancanh; policy communication monitoring)"
)


def config_file() -> Path:
    return Path(os.environ.get("TOANCANH_CONFIG", "toancanh.toml"))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TOANCANH_", extra="ignore")

    database_url: str = Field(
        "sqlite:///toancanh.db",
        description="SQLAlchemy URL of the store: sqlite:///path.db (embedded) or "
        "postgresql+psycopg://user@host/db (scale-out).",
    )
    broker_url: str | None = Field(
        None, description="Celery broker for scale-out mode (redis://... or amqp://...)."
    )
    redis_url: str | None = Field(
        None,
        description="Redis for the per-host politeness shared by all workers (default: the "
        "broker when it is redis://; needed besides an amqp:// broker).",
    )
    task_retries: int = Field(
        5,
        description="Retries after a transient failure (the database locked or unreachable, "
        "the broker or a site unavailable): of a task (scale-out), of a write (embedded).",
    )
    task_backoff: float = Field(
        2.0, description="First retry delay after a transient failure in seconds; doubles."
    )
    task_visibility_timeout: int = Field(
        600,
        description="Scale-out, Redis broker: seconds after which a task taken by a worker "
        "that vanished (killed, machine lost) is given to another worker.",
    )
    schedule_tick: float = Field(
        15.0,
        description="Scale-out: seconds between two passes of the scheduler over the "
        "sources (each source is still polled on its own interval).",
    )
    user_agent: str = Field(DEFAULT_USER_AGENT, description="User-Agent sent with every request.")
    fetch_timeout: float = Field(20.0, description="Seconds before a request times out.")
    fetch_retries: int = Field(2, description="Retries of a transient fetch failure.")
    fetch_backoff: float = Field(1.0, description="First retry delay in seconds; doubles.")
    fetch_max_bytes: int = Field(5_000_000, description="Largest response body accepted.")
    fetch_max_redirects: int = Field(5, description="Redirects followed before giving up.")
    host_delay: float = Field(
        1.0,
        description="Minimum seconds between two requests to one host (robots.txt "
        "Crawl-delay raises it).",
    )
    host_concurrency: int = Field(2, description="Requests in flight to one host at most.")
    fetch_concurrency: int = Field(8, description="Requests in flight overall at most.")
    respect_robots: bool = Field(True, description="Obey robots.txt.")
    poll_interval: int = Field(900, description="Default seconds between polls of a source.")
    max_items_per_poll: int = Field(
        200, description="New items followed from one feed or sitemap per poll."
    )
    retry_failed_after: int = Field(
        168,
        description="Hours before a page that failed permanently (a 404, no article "
        "text) is tried again; transient failures are tried at the next poll.",
    )
    requeue_after: int = Field(
        3600,
        ge=60,
        description="Seconds after which an item a source listed and that was queued but "
        "never stored (its task lost with the broker, say) is queued again at the next "
        "poll, whatever the feed's cache headers say; `toancanh status` counts such items.",
    )
    store_batch_size: int = Field(
        50,
        description="Articles stored per transaction (fewer commits: faster ingest "
        "and import); an interrupted run loses nothing, it stops after a whole batch.",
    )
    analyze: bool = Field(
        True,
        description="Analyse each new article as it is stored (topics, sentiment, "
        "agencies, places, legal references, policy stage); `toancanh reanalyze` does it later.",
    )
    topic_model: Path | None = Field(
        None,
        description="A topic model trained with `toancanh train topics` (default: the "
        "shipped one).",
    )
    sentiment_backend: str = Field(
        "auto", description="auto, lexicon, model or transformer (needs sentiment_model)."
    )
    sentiment_model: Path | None = Field(
        None,
        description="A sentiment model from `toancanh train sentiment`, or a local "
        "fine-tuned transformer directory for the transformer backend.",
    )
    near_duplicate_threshold: float = Field(
        0.5,
        description="Estimated Jaccard similarity of syllable shingles from which two "
        "articles belong to one story.",
    )
    min_text_chars: int = Field(
        200, description="Extracted text shorter than this is recorded as a failure."
    )
    watch_live: bool = Field(
        True,
        description="Match new articles against the watchlists and run the alert rules as "
        "they are stored (ingest and import).",
    )
    alerts_interval: int = Field(
        600,
        description="Seconds between the periodic alert passes of the polling loop "
        "(forecast breaches, delivery retries).",
    )
    public_url: str | None = Field(
        None,
        description="The dashboard's address, for links in alerts "
        "(https://toancanh.example.gov.vn).",
    )
    page_cache_seconds: float = Field(
        60.0,
        description="How long the dashboard reuses a computed trend report: new articles "
        "show within this time; a user's own change shows at once.",
    )
    cookie_secure: bool = Field(
        False,
        description="Mark session cookies Secure even when the app sees plain HTTP (behind a "
        "TLS-terminating reverse proxy); over HTTPS they are Secure anyway.",
    )
    login_hashing: int = Field(
        2,
        description="Sign-ins whose password is checked at the same time, per server "
        "process (each check holds about 19 MiB and a core for tens of milliseconds).",
    )
    login_queue: int = Field(
        8,
        description="Sign-ins that wait for a password check, up to 5 seconds; any more "
        "are answered at once with 503 and Retry-After.",
    )
    smtp_host: str = Field("127.0.0.1", description="SMTP server for e-mail alerts.")
    smtp_port: int = Field(25, description="SMTP port (587 with smtp_starttls, 465 with smtp_ssl).")
    smtp_user: str | None = Field(None, description="SMTP login, if the server needs one.")
    smtp_password: str | None = Field(None, description="SMTP password.")
    smtp_starttls: bool = Field(False, description="Upgrade the SMTP connection with STARTTLS.")
    smtp_ssl: bool = Field(False, description="Connect to SMTP over TLS (port 465).")
    smtp_from: str = Field("toancanh@localhost", description="Sender address of e-mail alerts.")
    telegram_api_base: str = Field(
        "https://api.telegram.org", description="Base address of the Telegram Bot API."
    )
    telegram_token: str | None = Field(
        None, description="Telegram bot token (a channel may carry its own)."
    )
    notify_timeout: float = Field(10.0, description="Seconds before an alert delivery times out.")

    def shared_redis_url(self) -> str | None:
        """The Redis that workers share per-host turns in."""
        if self.redis_url:
            return self.redis_url
        if self.broker_url and self.broker_url.startswith(("redis://", "rediss://")):
            return self.broker_url
        return None

    @field_validator("near_duplicate_threshold")
    @classmethod
    def _threshold_in_range(cls, value: float) -> float:
        if not 0.1 <= value <= 0.95:
            raise ValueError("near_duplicate_threshold must be between 0.1 and 0.95")
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=config_file())
        return (init_settings, env_settings, toml)


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment and the TOML file, with explicit overrides on top.

    The overrides are Any: pydantic validates and converts each against its field.
    """
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
