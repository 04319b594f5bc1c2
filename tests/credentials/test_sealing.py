"""TOTP seeds are sealed with AES-256-GCM: they round-trip, and any change or another key is detected."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpni_api.credentials.sealing import CredentialKeys, SealedSecretError

KEY = "credential-secrets-key-for-tests-0123456789abcdef"


@given(st.binary(min_size=1, max_size=64))
def test_a_sealed_seed_opens_to_itself(seed: bytes) -> None:
    keys = CredentialKeys(KEY)
    sealed = keys.seal(seed)
    if len(seed) >= 16:  # a short plaintext can match random ciphertext bytes by chance; 16 bytes cannot
        assert seed not in base64.urlsafe_b64decode(sealed)
    assert keys.open(sealed) == seed


def test_the_same_seed_seals_differently_each_time() -> None:
    keys = CredentialKeys(KEY)
    assert keys.seal(b"0123456789abcdefghij") != keys.seal(b"0123456789abcdefghij")


def test_a_changed_byte_or_another_key_is_refused() -> None:
    sealed = CredentialKeys(KEY).seal(b"0123456789abcdefghij")
    raw = bytearray(base64.urlsafe_b64decode(sealed))
    for position in (0, 12, len(raw) - 1):
        tampered = raw.copy()
        tampered[position] ^= 0x01
        with pytest.raises(SealedSecretError):
            CredentialKeys(KEY).open(base64.urlsafe_b64encode(bytes(tampered)).decode())
    with pytest.raises(SealedSecretError):
        CredentialKeys(KEY + "-other").open(sealed)
    with pytest.raises(SealedSecretError):
        CredentialKeys(KEY).open(base64.urlsafe_b64encode(b"short").decode())


def test_code_digests_are_bound_to_their_row_and_key() -> None:
    keys = CredentialKeys(KEY)
    digest = keys.code_digest("otc_1", "123456")
    assert digest == CredentialKeys(KEY).code_digest("otc_1", "123456")
    assert digest != keys.code_digest("otc_2", "123456")
    assert digest != CredentialKeys(KEY + "-other").code_digest("otc_1", "123456")
    assert "123456" not in digest
