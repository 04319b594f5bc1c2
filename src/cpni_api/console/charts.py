"""The console's charts, drawn on the server as SVG by matplotlib (ADR 0045): no script, nothing from a CDN,
and the numbers are in the page as text. Only matplotlib's object API is used (no pyplot, no global state), so
requests on several threads draw safely."""

from __future__ import annotations

import io
from typing import Any

import matplotlib
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from cpni_api.console.reads import DailySignals

_STYLE: Any = {
    "svg.fonttype": "none",  # text stays text: searchable, and readable by a screen reader
    "svg.hashsalt": "cpni-api",  # stable element ids, so the same data draws the same file
    "font.family": "DejaVu Sans",
    "font.size": 9,
}
_ALLOW, _DENY, _FAIL, _LOCK = "#2e7d32", "#c62828", "#ef6c00", "#6a1b9a"


def _svg(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()


def verification_chart(signals: DailySignals) -> bytes:
    """Failed verifications and locks per day, the last 90 days (R-2010-a-1: the pretexting signal)."""
    with matplotlib.rc_context(_STYLE):
        figure = Figure(figsize=(9, 3.2), layout="constrained")
        axes = figure.subplots()
        positions = range(len(signals.days))
        axes.bar(positions, signals.failures, color=_FAIL, label="failed verifications")
        axes.bar(positions, signals.locks, bottom=signals.failures, color=_LOCK, label="locks")
        ticks = list(positions)[:: max(1, len(signals.days) // 9)]
        axes.set_xticks(ticks, [signals.days[i].strftime("%b %d") for i in ticks])
        axes.set_ylabel("per day")
        # Whole counts from zero, even on a quiet quarter with nothing to show.
        highest = max((f + lock for f, lock in zip(signals.failures, signals.locks, strict=True)), default=0)
        axes.set_ylim(0, max(1, highest) * 1.1)
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        axes.set_title(
            f"Verification failures and locks, last {len(signals.days)} days "
            f"({sum(signals.failures)} failures, {sum(signals.locks)} locks)"
        )
        axes.legend(loc="upper left", frameon=False)
        axes.spines[["top", "right"]].set_visible(False)
        return _svg(figure)


def disclosure_chart(reasons: list[tuple[str, str, int]]) -> bytes:
    """Disclosure decisions of the last 90 days by reason code, allowed in green and denied in red."""
    with matplotlib.rc_context(_STYLE):
        shown = reasons[:20]
        figure = Figure(figsize=(9, max(2.2, 0.32 * len(shown) + 1.2)), layout="constrained")
        axes = figure.subplots()
        if not shown:
            axes.text(0.5, 0.5, "No disclosure checks in the last 90 days", ha="center", va="center")
            axes.set_axis_off()
            return _svg(figure)
        labels = [f"{reason} ({decision})" for decision, reason, _ in shown]
        counts = [count for _, _, count in shown]
        colors = [_ALLOW if decision == "allow" else _DENY for decision, _, _ in shown]
        axes.barh(range(len(shown)), counts, color=colors)
        axes.set_yticks(range(len(shown)), labels)
        axes.invert_yaxis()
        for index, count in enumerate(counts):
            axes.text(count, index, f" {count}", va="center")
        axes.set_title(f"Disclosure decisions by reason code, last 90 days ({sum(counts)} checks)")
        axes.spines[["top", "right"]].set_visible(False)
        return _svg(figure)
