"""The compliance officer's resources, one router each, included by `compliance/router.py`."""
