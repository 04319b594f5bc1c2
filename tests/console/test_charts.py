"""The console's charts (ADR 0045): SVG drawn on the server, text kept as text, no script, the same data
drawing the same file."""

from __future__ import annotations

from datetime import date, timedelta

from cpni_api.console.charts import disclosure_chart, verification_chart
from cpni_api.console.reads import DailySignals


def test_the_verification_chart_counts_failures_and_locks_per_day() -> None:
    days = [date(2026, 8, 27) + timedelta(days=offset) for offset in range(90)]
    signals = DailySignals(
        days, [offset % 4 for offset in range(90)], [int(offset % 30 == 0) for offset in range(90)]
    )
    svg = verification_chart(signals)
    assert svg.startswith(b"<?xml")
    assert b"<script" not in svg
    assert f"({sum(signals.failures)} failures, 3 locks)".encode() in svg
    assert b"Aug 27" in svg
    assert verification_chart(signals) == svg  # deterministic: ids and metadata are stable


def test_the_disclosure_chart_names_each_reason_with_its_decision() -> None:
    svg = disclosure_chart([("allow", "PASSWORD_VERIFIED", 40), ("deny", "NOT_AUTHENTICATED", 12)])
    assert b"PASSWORD_VERIFIED (allow)" in svg
    assert b"NOT_AUTHENTICATED (deny)" in svg
    assert b"(52 checks)" in svg
    assert b"No disclosure checks" in disclosure_chart([])
