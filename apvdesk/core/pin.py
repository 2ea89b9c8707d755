"""The kiosk PIN: kept only as a salted, slow hash (scrypt), never in clear."""

from __future__ import annotations

import hashlib
import hmac
import secrets

_N, _R, _P = 2**14, 8, 1
MIN_PIN_LENGTH = 4


def hash_pin(pin: str) -> str:
    """Return ``scrypt$n$r$p$salt$hash`` for a PIN of at least MIN_PIN_LENGTH digits."""
    if len(pin) < MIN_PIN_LENGTH or not pin.isdigit():
        raise ValueError(f"a PIN is at least {MIN_PIN_LENGTH} digits")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """Return whether ``pin`` matches the stored hash (constant-time comparison)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = hashlib.scrypt(
            pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=len(digest) // 2
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate.hex(), digest)


def lockout_seconds(failed_attempts: int) -> int:
    """Return how long the kiosk waits before the next PIN attempt: 0, 0, 0, then doubling."""
    if failed_attempts < 3:
        return 0
    return min(2 ** (failed_attempts - 2), 300)
