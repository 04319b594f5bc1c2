"""Keys for the two secrets that cannot be argon2 hashes: TOTP seeds (the service must read them back to
check a code) and one-time code digests (checked on the request path, so HMAC rather than argon2).

Both keys derive from `CPNI_CREDENTIAL_SECRETS_KEY`, or from `CPNI_API_KEY_HMAC_KEY` when it is unset, by
HMAC-SHA256 over a label, so each purpose has its own key. A TOTP seed is sealed with HMAC-SHA256 in
counter mode under a fresh 16-byte nonce (a PRF stream cipher) and authenticated with a separate
HMAC-SHA256 tag (encrypt-then-MAC): the standard library has no AEAD, and a seed is only 20 bytes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from fastapi import Request

from cpni_api.core.settings import Settings

_NONCE_BYTES = 16
_TAG_BYTES = 16


class SealedSecretError(ValueError):
    """A sealed value was altered, or sealed under another key."""


def _derive(base: bytes, label: str) -> bytes:
    return hmac.new(base, f"cpni-api/{label}".encode(), hashlib.sha256).digest()


class CredentialKeys:
    def __init__(self, base_key: str) -> None:
        base = base_key.encode()
        self._seal_key = _derive(base, "totp-seed/encrypt")
        self._tag_key = _derive(base, "totp-seed/authenticate")
        self._code_key = _derive(base, "one-time-code")

    @classmethod
    def from_settings(cls, settings: Settings) -> CredentialKeys:
        configured = settings.credential_secrets_key
        base = configured if configured is not None else settings.api_key_hmac_key
        return cls(base.get_secret_value())

    def code_digest(self, code_id: str, code: str) -> str:
        """Binds the code to its row, so a digest copied to another row does not verify there."""
        return hmac.new(self._code_key, f"{code_id}:{code}".encode(), hashlib.sha256).hexdigest()

    def seal(self, plaintext: bytes) -> str:
        nonce = secrets.token_bytes(_NONCE_BYTES)
        body = bytes(a ^ b for a, b in zip(plaintext, self._keystream(nonce, len(plaintext)), strict=True))
        tag = hmac.new(self._tag_key, nonce + body, hashlib.sha256).digest()[:_TAG_BYTES]
        return base64.urlsafe_b64encode(nonce + body + tag).decode()

    def open(self, sealed: str) -> bytes:
        raw = base64.urlsafe_b64decode(sealed.encode())
        nonce, body, tag = raw[:_NONCE_BYTES], raw[_NONCE_BYTES:-_TAG_BYTES], raw[-_TAG_BYTES:]
        expected = hmac.new(self._tag_key, nonce + body, hashlib.sha256).digest()[:_TAG_BYTES]
        if len(raw) < _NONCE_BYTES + _TAG_BYTES or not hmac.compare_digest(tag, expected):
            raise SealedSecretError("the sealed secret does not verify")
        return bytes(a ^ b for a, b in zip(body, self._keystream(nonce, len(body)), strict=True))

    def _keystream(self, nonce: bytes, length: int) -> bytes:
        blocks = []
        for counter in range((length + 31) // 32):
            blocks.append(
                hmac.new(self._seal_key, nonce + counter.to_bytes(4, "big"), hashlib.sha256).digest()
            )
        return b"".join(blocks)[:length]


def get_credential_keys(request: Request) -> CredentialKeys:
    keys: CredentialKeys = request.app.state.credential_keys
    return keys
