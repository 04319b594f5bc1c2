"""The scripted flow whose requests and responses become the OpenAPI examples (ADR 0034)."""
