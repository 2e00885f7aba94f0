"""Thin glue between the schema and the services: permission, input -> call, error -> payload."""
