"""cpni-api: enforces the FCC CPNI rules (47 C.F.R. 64.2001-64.2011) in front of a carrier's CPNI."""

__version__ = "0.1.0"
