"""Runtime configuration: the only place that reads the environment."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent
DEFAULT_DATABASE_URL = f"sqlite://{ROOT / 'var' / 'oms.sqlite3'}"


class Settings(BaseSettings):
    """Everything configurable, from `OMS_*` environment variables."""

    model_config = SettingsConfigDict(env_prefix="OMS_", frozen=True, extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    broadcast_url: str = "memory://"
    secret_key: str = "dev-insecure-secret-change-me"
    env: Literal["development", "production"] = "development"
    log_level: str = "INFO"
    # Prefix of everything this deployment keeps in Redis (the bus channel, rate-limit
    # buckets), so that several deployments (staging and production, say) can share one.
    namespace: str = Field(default="oms", pattern=r"^[A-Za-z0-9_.-]{1,64}$")
    # Outbox relay: how long it sleeps between polls when nothing woke it. Wake-ups
    # after local commits are immediate; the poll catches other processes' commits.
    relay_poll_seconds: float = Field(default=0.05, gt=0)
    # How long a relay waits for the sequencing lock another process holds (it holds it for
    # milliseconds; longer means that process is stuck): the cycle fails and is retried.
    relay_lock_timeout_seconds: float = Field(default=5.0, gt=0)
    # /readyz fails its `relay` check when this process's relay has not sequenced for this
    # long while events wait to go out (see README, Operations).
    relay_stall_seconds: float = Field(default=30.0, gt=0)
    # At start-up, how long to wait for the bus's Redis subscription before serving without
    # it (degraded: live traffic waits, orders do not; it connects when Redis is back).
    bus_connect_timeout_seconds: float = Field(default=5.0, gt=0)
    # Reactions recorded after a commit (fill backorders, re-source a short pick) run at
    # once in the process that committed; one whose process died is run by any server's
    # reaction worker: at its start, and on these polls once the job's lease has run out.
    reaction_poll_seconds: float = Field(default=5.0, gt=0)
    # Live subscribers get a bounded queue; overflow makes them catch up from the
    # event table instead of growing memory.
    subscriber_queue_size: int = Field(default=1000, gt=0)
    max_page_size: int = 100
    # Abuse limits (see SECURITY.md).
    max_query_depth: int = Field(default=12, gt=0)
    max_aliases: int = Field(default=30, gt=0)
    max_tokens: int = Field(default=3000, gt=0)
    max_body_bytes: int = Field(default=1_048_576, gt=0)
    request_timeout_seconds: float = Field(default=30, gt=0)
    ws_init_timeout_seconds: float = Field(default=10, gt=0)
    max_subscriptions_per_connection: int = Field(default=20, gt=0)
    # WebSocket keep-alive: protocol-level pings (browsers answer them without any code);
    # a peer that does not answer within the timeout is dropped, and its subscriptions end.
    ws_ping_interval_seconds: float = Field(default=20, gt=0)
    ws_ping_timeout_seconds: float = Field(default=20, gt=0)
    # Addresses of reverse proxies whose X-Forwarded-For is believed (uvicorn's
    # forwarded_allow_ips): the client address keys the per-address limits below.
    forwarded_allow_ips: str = "127.0.0.1"
    # Query cost budget per token (or per client address without one), Shopify-style.
    max_query_cost: int = Field(default=1000, gt=0)
    cost_bucket_size: float = Field(default=5000, gt=0)
    cost_restore_rate: float = Field(default=500, gt=0)
    # How long a process trusts a token it has looked up (0: look it up on every request).
    # Revocations reach every process at once over the bus; this bounds what a process
    # misses while the bus is away.
    token_cache_seconds: float = Field(default=5.0, ge=0)
    # The public orderTrack: lookups per client address, and lookups that match no order
    # per order number (an email cannot be guessed by spreading attempts over addresses).
    track_lookups_per_minute: float = Field(default=30, gt=0)
    track_misses_per_hour: float = Field(default=10, gt=0)

    @property
    def production(self) -> bool:
        return self.env == "production"

    @property
    def database_dialect(self) -> str:
        return "postgres" if self.database_url.startswith(("postgres://", "postgresql://")) else "sqlite"


def load_settings(**overrides: object) -> Settings:
    return Settings(**overrides)  # type: ignore[arg-type]
