"""Keys for the two secrets that cannot be argon2 hashes: TOTP seeds (the service must read them back to
check a code) and one-time code digests (checked on the request path, so HMAC rather than argon2).

Both keys derive from `CPNI_CREDENTIAL_SECRETS_KEY` by HMAC-SHA256 over a label, so each purpose has its
own key. A TOTP seed is sealed with AES-256-GCM (the `cryptography` package) under a fresh 96-bit nonce.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from fastapi import Request

from cpni_api.core.settings import Settings

_NONCE_BYTES = 12
# Bound into every seal as associated data, so a value sealed for another purpose does not open here.
_SEED_CONTEXT = b"cpni-api/totp-seed/v1"


class SealedSecretError(ValueError):
    """A sealed value was altered, or sealed under another key."""


def _derive(base: bytes, label: str) -> bytes:
    return hmac.new(base, f"cpni-api/{label}".encode(), hashlib.sha256).digest()


class CredentialKeys:
    def __init__(self, base_key: str) -> None:
        base = base_key.encode()
        self._seed_cipher = AESGCM(_derive(base, "totp-seed/aes-256-gcm"))
        self._code_key = _derive(base, "one-time-code")

    @classmethod
    def from_settings(cls, settings: Settings) -> CredentialKeys:
        return cls(settings.credential_secrets_key.get_secret_value())

    def code_digest(self, code_id: str, code: str) -> str:
        """Binds the code to its row, so a digest copied to another row does not verify there."""
        return hmac.new(self._code_key, f"{code_id}:{code}".encode(), hashlib.sha256).hexdigest()

    def seal(self, plaintext: bytes) -> str:
        nonce = secrets.token_bytes(_NONCE_BYTES)
        return base64.urlsafe_b64encode(
            nonce + self._seed_cipher.encrypt(nonce, plaintext, _SEED_CONTEXT)
        ).decode()

    def open(self, sealed: str) -> bytes:
        raw = base64.urlsafe_b64decode(sealed.encode())
        try:
            return self._seed_cipher.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], _SEED_CONTEXT)
        except (InvalidTag, ValueError) as exc:
            raise SealedSecretError("the sealed secret does not verify") from exc


async def get_credential_keys(request: Request) -> CredentialKeys:
    keys: CredentialKeys = request.app.state.credential_keys
    return keys
