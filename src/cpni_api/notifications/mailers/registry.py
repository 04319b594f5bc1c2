"""Choosing the mailer: a built-in one by name, or a third-party one from the `cpni_api.mailers` entry
point group. A plugin's entry point is a callable taking the Settings and returning a Mailer."""

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


def load_mailer(settings: Settings) -> Mailer:
    factory = BUILT_IN.get(settings.mailer)
    if factory is None:
        found = entry_points(group=ENTRY_POINT_GROUP, name=settings.mailer)
        if not found:
            known = sorted(BUILT_IN) + sorted(ep.name for ep in entry_points(group=ENTRY_POINT_GROUP))
            raise SettingsError(f"CPNI_MAILER={settings.mailer!r} is unknown; available: {', '.join(known)}")
        factory = next(iter(found)).load()
    mailer = factory(settings)
    if mailer.name != settings.mailer:
        raise SettingsError(f"the mailer registered as {settings.mailer!r} calls itself {mailer.name!r}")
    return mailer
