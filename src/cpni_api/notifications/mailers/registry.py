"""Choosing the mailers: built-in ones by name, or third-party ones from the `cpni_api.mailers` entry
point group. A plugin's entry point is a callable taking the Settings and returning a Mailer. Every
mailer configured (CPNI_MAILERS, or CPNI_MAILER alone) delivers every event (ADR 0025)."""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points

from cpni_api.core.settings import Settings, SettingsError
from cpni_api.notifications.mailers.base import Mailer
from cpni_api.notifications.mailers.log import LogMailer
from cpni_api.notifications.mailers.smtp import SmtpMailer
from cpni_api.notifications.mailers.webhook import WebhookMailer

ENTRY_POINT_GROUP = "cpni_api.mailers"
BUILT_IN: dict[str, Callable[[Settings], Mailer]] = {
    "webhook": WebhookMailer,
    "smtp": SmtpMailer,
    "log": LogMailer,
}


def load_mailers(settings: Settings) -> list[Mailer]:
    """The configured mailers, in the order configured."""
    return [load_mailer(settings, name) for name in settings.mailer_names]


def load_mailer(settings: Settings, name: str | None = None) -> Mailer:
    """The mailer called `name` (default: the first configured)."""
    name = name or settings.mailer_names[0]
    factory = BUILT_IN.get(name)
    if factory is None:
        found = entry_points(group=ENTRY_POINT_GROUP, name=name)
        if not found:
            known = sorted(BUILT_IN) + sorted(ep.name for ep in entry_points(group=ENTRY_POINT_GROUP))
            raise SettingsError(f"the mailer {name!r} is unknown; available: {', '.join(known)}")
        factory = next(iter(found)).load()
    mailer = factory(settings)
    if mailer.name != name:
        raise SettingsError(f"the mailer registered as {name!r} calls itself {mailer.name!r}")
    return mailer
