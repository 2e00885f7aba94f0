"""The event backbone: outbox -> relay -> bus -> live streams with replay.

The only package that touches broadcaster or Redis.
"""
