"""The console's routes, one module per concern, included by `console/router.py`."""
