"""Where webhooks may be sent: http(s) only, no credentials, and private addresses only where
the setting allows them (default: development only)."""

from __future__ import annotations

import pytest

from models.webhooks import WebhookSubscription
from services.access import SYSTEM
from services.errors import DomainError, ErrorCode
from services.webhooks import check_url, create_subscription
from settings import load_settings

PRIVATE = [
    "http://127.0.0.1:8080/hook",
    "http://localhost/hook",
    "http://api.localhost/hook",
    "http://10.1.2.3/hook",
    "http://192.168.0.10/hook",
    "http://169.254.169.254/latest/meta-data",  # a cloud's metadata service
    "http://[::1]/hook",
    "http://[fd00::1]/hook",
    "http://0.0.0.0/hook",
]


@pytest.mark.parametrize("url", PRIVATE)
async def test_private_addresses_are_refused_unless_allowed(url: str) -> None:
    with pytest.raises(DomainError) as refused:
        await check_url(url, allow_private=False)

    assert [(p.code, p.field) for p in refused.value.problems] == [(ErrorCode.INVALID, ("url",))]
    assert await check_url(url, allow_private=True) == url


@pytest.mark.parametrize("url", ["http://93.184.215.14/hook", "https://[2606:4700::1111]/x"])
async def test_public_addresses_are_taken(url: str) -> None:
    assert await check_url(url, allow_private=False) == url


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/",
        "https://a:b@example.com/",
        "https://a@example.com/",
        "//example.com/",
        "https://",
        "x" * 10,
    ],
)
async def test_what_is_not_a_plain_http_url_is_refused(url: str) -> None:
    with pytest.raises(DomainError):
        await check_url(url, allow_private=True)


def test_private_addresses_are_allowed_by_default_in_development_only() -> None:
    assert load_settings(env="development").webhooks_may_reach_private_addresses is True
    assert load_settings(env="production").webhooks_may_reach_private_addresses is False
    assert load_settings(env="production", webhook_allow_private_addresses=True).webhooks_may_reach_private_addresses


@pytest.mark.usefixtures("database")
async def test_a_refused_subscription_writes_nothing() -> None:
    with pytest.raises(DomainError):
        await create_subscription(SYSTEM, url="http://127.0.0.1/x", topics=["stock.low"], allow_private=False)

    assert await WebhookSubscription.all().count() == 0
