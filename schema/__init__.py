"""GraphQL types, inputs, payloads and the root operations, one module per domain."""
