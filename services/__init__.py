"""The domain: plain async functions that own transactions. Never imports strawberry."""
