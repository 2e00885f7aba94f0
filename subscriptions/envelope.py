"""The shape of an event on the bus and in replays, and its public cursor."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Envelope:
    seq: int
    topic: str
    aggregate_type: str
    aggregate_id: int
    payload: dict[str, Any]
    occurred_at: datetime

    @property
    def cursor(self) -> str:
        return encode_cursor(self.seq)

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, **_body_json(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Envelope:
        return cls(seq=int(data["seq"]), **_body_from_json(data))


@dataclass(frozen=True)
class Signal:
    """An ephemeral message on the bus (someone is typing): never stored, never replayed, no
    sequence number of its own. `after_seq` is set by the stream that delivers it: the last
    stored event before it, so that its cursor resumes exactly where a stored event's would."""

    topic: str
    aggregate_type: str
    aggregate_id: int
    payload: dict[str, Any]
    occurred_at: datetime
    after_seq: int = 0

    @property
    def cursor(self) -> str:
        return encode_cursor(self.after_seq)

    def to_json(self) -> dict[str, Any]:
        return {"signal": True, **_body_json(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Signal:
        return cls(**_body_from_json(data))


def encode_stored(
    *, seq: int, topic: str, aggregate_type: str, aggregate_id: int, payload_json: str, occurred_at: datetime
) -> str:
    """`Envelope.to_json()` as JSON text, for a stored row whose payload is JSON text already:
    spliced in as it is, not parsed and encoded again (the relay publishes every event: that
    round trip was a third of its CPU, bench/relay.py)."""
    return (
        f'{{"seq": {int(seq)}, "topic": {json.dumps(topic)}, "aggregate_type": {json.dumps(aggregate_type)}, '
        f'"aggregate_id": {int(aggregate_id)}, "payload": {payload_json}, "occurred_at": "{occurred_at.isoformat()}"}}'
    )


def _body_json(event: Envelope | Signal) -> dict[str, Any]:
    """What a stored event and a signal both carry, as JSON."""
    return {
        "topic": event.topic,
        "aggregate_type": event.aggregate_type,
        "aggregate_id": event.aggregate_id,
        "payload": event.payload,
        "occurred_at": event.occurred_at.isoformat(),
    }


def _body_from_json(data: dict[str, Any]) -> dict[str, Any]:
    """`_body_json` read back: the constructor arguments both share."""
    return {
        "topic": str(data["topic"]),
        "aggregate_type": str(data["aggregate_type"]),
        "aggregate_id": int(data["aggregate_id"]),
        "payload": dict(data["payload"]),
        "occurred_at": datetime.fromisoformat(data["occurred_at"]),
    }


def encode_cursor(seq: int) -> str:
    # Opaque to clients by contract; a plain number keeps logs readable.
    return str(seq)


def decode_cursor(cursor: str) -> int:
    """The sequence number behind a cursor; ValueError when it is not one of ours."""
    text = cursor.strip()
    if not text.isdigit() or len(text) > 18:
        raise ValueError(f"Invalid cursor: {cursor!r}")
    return int(text)
