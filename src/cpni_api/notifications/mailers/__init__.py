"""Mailers deliver events to the carrier's notification system. Choose one with `CPNI_MAILER`."""
