"""Project scripts; `python -m scripts.record_examples` records the OpenAPI examples (ADR 0034)."""
