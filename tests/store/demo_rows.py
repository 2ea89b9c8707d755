"""The rows of a demo file with the random values of its merged collection set aside.

The demo's linen room answered through a collection file (apvdesk.store.demo_site): the
workplace's collection key, the collection's id and the collected sheets' ids are random,
as for any collection (and its language counts are sealed with a random nonce), so two
demo files of one seed differ in exactly those. Here the key, the id's hash and the sealed
counts are checked and replaced by a word, and each collected sheet's id by a number given
by its answers, so that the rest can be compared row for row.
"""

from __future__ import annotations

from collections import defaultdict


def collection_set_aside(rows: dict[str, list[tuple]], collected_group: int) -> dict[str, list[tuple]]:
    """Return ``rows`` (table -> sorted rows) with the collection's random values replaced."""
    [(key,)] = rows["workplace_key"]
    [(merged_key, round_id, languages)] = rows["merged_collection"]
    assert len(key) == 32  # 16 random bytes in hex
    assert len(merged_key) == 64  # the SHA-256 of the collection's random id, in hex
    assert len(languages) % 2 == 0 and bytes.fromhex(languages)  # sealed with a random nonce
    collected = {row[0] for row in rows["respondent"] if row[2] == collected_group}
    answers: dict[int, list[tuple]] = defaultdict(list)
    for respondent_id, item, option in rows["answer"]:
        if respondent_id in collected:
            answers[respondent_id].append((item, option))
    order = sorted(collected, key=lambda sheet: repr(sorted(answers[sheet], key=repr)))
    number = {sheet: f"collected {index}" for index, sheet in enumerate(order)}
    out = dict(rows)
    out["workplace_key"] = [("KEY",)]
    out["merged_collection"] = [("COLLECTION", round_id, "LANGUAGES")]
    out["respondent"] = sorted(((number.get(r[0], r[0]), *r[1:]) for r in rows["respondent"]), key=repr)
    out["answer"] = sorted(((number.get(a[0], a[0]), *a[1:]) for a in rows["answer"]), key=repr)
    return out
