"""What the workplace file keeps about a merged collection, readable only with the collection file.

To give the sheets of a later merge their languages, the workplace must remember how many
sheets of a collection were merged in each language (a collection file counts languages,
never one sheet's). Kept in the clear, those counts would tell the languages spoken at a
site, a finer split than the round's counts. So the workplace file keeps them sealed with
the collection's random id, which it never stores: it keeps a hash of the id instead
(:func:`merged_key`). Only the collection file (which shows the same counts itself) opens
them; once the collection is wiped (it gets a new id) nothing opens them any more.

Sealing is a one-time pad from SHAKE-256 of the id and a fresh random nonce; the text is
padded to a fixed length, so neither the number of languages nor the counts' digits show.
"""

from __future__ import annotations

import hashlib
import json
import secrets

_BLOCK = 256
_NONCE = 16


def merged_key(collection_id: str) -> str:
    """Return what the workplace file keeps in place of a collection's id (its SHA-256, hex)."""
    return hashlib.sha256(b"apvdesk merged collection\x00" + collection_id.encode()).hexdigest()


def _pad(collection_id: str, nonce: bytes, length: int) -> bytes:
    return hashlib.shake_256(b"apvdesk languages\x00" + collection_id.encode() + nonce).digest(length)


def seal_counts(collection_id: str, counts: dict[str, int]) -> str:
    """Return the language counts sealed with the collection's id (hex)."""
    text = json.dumps({k: v for k, v in sorted(counts.items()) if v}, separators=(",", ":")).encode()
    text = text.ljust(-(-len(text) // _BLOCK) * _BLOCK)  # a whole number of blocks
    nonce = secrets.token_bytes(_NONCE)
    sealed = bytes(a ^ b for a, b in zip(text, _pad(collection_id, nonce, len(text)), strict=True))
    return (nonce + sealed).hex()


def open_counts(collection_id: str, sealed: str) -> dict[str, int] | None:
    """Return the language counts sealed with this id; {} for none kept, None when they cannot be read."""
    if not sealed:
        return {}
    try:
        raw = bytes.fromhex(sealed)
        nonce, body = raw[:_NONCE], raw[_NONCE:]
        text = bytes(a ^ b for a, b in zip(body, _pad(collection_id, nonce, len(body)), strict=True))
        counts = json.loads(text.decode().rstrip(" "))
    except ValueError:  # not hex, not UTF-8 or not JSON: sealed with another id, or damaged
        return None
    if not isinstance(counts, dict) or not all(
        isinstance(k, str) and isinstance(v, int) and v >= 0 for k, v in counts.items()
    ):
        return None
    return counts
