#!/usr/bin/env python3
"""Print the X-Signature header for an intake body, as a channel computes it.

    python3 scripts/intake_signature.py SECRET FILE
    curl -X POST "$OMS/intake/shop?format=shopify" -H "Content-Type: application/json" \\
         -H "X-Signature: $(python3 scripts/intake_signature.py "$SECRET" order.json)" --data-binary @order.json

Only the standard library: HMAC-SHA256(secret, "<unix seconds>.<raw body>") in hex (API.md).
"""

import hashlib
import hmac
import sys
import time


def main() -> None:
    secret, path = sys.argv[1], sys.argv[2]
    with open(path, "rb") as handle:
        body = handle.read()
    timestamp = int(time.time())
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    print(f"t={timestamp},v1={digest}")


if __name__ == "__main__":
    main()
