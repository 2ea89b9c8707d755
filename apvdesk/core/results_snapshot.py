"""A round's released results kept as plain data (JSON), as every output shows them.

A round's results are computed once when its collection ends and stored (see
core.release); they outlive the deletion of the raw answers (docs/privacy.md). What is
kept is exactly what the program shows: the figures after suppression, with withheld
figures stored as withheld (no n, no mean, no distribution), so nothing hidden can be
recovered from the snapshot. The release history beside it (per group counts and
fingerprints, for judging the next release) is deleted with the raw answers.
"""

from __future__ import annotations

import json
from typing import Any

from apvdesk.core.disclosure import Entry
from apvdesk.core.result_types import Distribution, Light, RoundResults, ScaleResult, Withheld

SNAPSHOT_VERSION = 1
_WORKPLACE = "all"  # the key for group id None (JSON keys are strings)


def _group_key(group_id: int | None) -> str:
    return _WORKPLACE if group_id is None else str(group_id)


def _group_id(key: str) -> int | None:
    return None if key == _WORKPLACE else int(key)


def _scale(result: ScaleResult) -> dict[str, Any]:
    if not result.shown:  # a withheld figure keeps only why (and never its n below the threshold)
        return {"withheld": result.withheld.value if result.withheld else None}
    return {
        "n": result.n,
        "mean": result.mean,
        "sd": result.sd,
        "share_unfavourable": result.share_unfavourable,
        "light": result.light.value if result.light else None,
    }


def _distribution(item: Distribution) -> dict[str, Any]:
    if not item.shown:
        return {"withheld": item.withheld.value if item.withheld else None}
    return {"counts": list(item.counts or ()), "dont_know": item.dont_know, "blank": item.blank}


def results_to_json(results: RoundResults) -> str:
    """Return the shown results as JSON (withheld ones reduced to the reason)."""
    data = {
        "version": SNAPSHOT_VERSION,
        "threshold": results.threshold,
        "group_ids": list(results.group_ids),
        "respondents": {_group_key(g): n for g, n in results.respondents.items()},
        "green_from": results.green_from,
        "red_below": results.red_below,
        "results": [
            {"scale": scale_id, "group": _group_key(group_id), **_scale(result)}
            for (scale_id, group_id), result in results.results.items()
        ],
        "distributions": [
            {"item": item_id, "group": _group_key(group_id), **_distribution(item)}
            for (item_id, group_id), item in results.distributions.items()
        ],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def results_from_json(text: str) -> RoundResults:
    """Return the results a snapshot holds; raise ValueError when it is not one."""
    try:
        data = json.loads(text)
        if data.get("version") != SNAPSHOT_VERSION:
            raise ValueError(f"unknown results snapshot version {data.get('version')!r}")
        results: dict[tuple[str, int | None], ScaleResult] = {}
        for entry in data["results"]:
            scale_id, group_id = entry["scale"], _group_id(entry["group"])
            if "withheld" in entry:
                reason = Withheld(entry["withheld"]) if entry["withheld"] else None
                results[(scale_id, group_id)] = ScaleResult(scale_id, group_id, 0, None, None, reason)
            else:
                light = Light(entry["light"]) if entry["light"] else None
                results[(scale_id, group_id)] = ScaleResult(
                    scale_id,
                    group_id,
                    entry["n"],
                    entry["mean"],
                    entry["sd"],
                    None,
                    entry["share_unfavourable"],
                    light,
                )
        distributions: dict[tuple[str, int | None], Distribution] = {}
        for entry in data["distributions"]:
            item_id, group_id = entry["item"], _group_id(entry["group"])
            if "withheld" in entry:
                reason = Withheld(entry["withheld"]) if entry["withheld"] else None
                distributions[(item_id, group_id)] = Distribution(item_id, group_id, None, None, None, reason)
            else:
                distributions[(item_id, group_id)] = Distribution(
                    item_id, group_id, tuple(entry["counts"]), entry["dont_know"], entry["blank"]
                )
        return RoundResults(
            threshold=data["threshold"],
            group_ids=tuple(data["group_ids"]),
            respondents={_group_id(k): v for k, v in data["respondents"].items()},
            results=results,
            distributions=distributions,
            green_from=data["green_from"],
            red_below=data["red_below"],
        )
    except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not a results snapshot: {exc}") from exc


def history_to_json(history: dict[str, tuple[Entry, ...]]) -> str:
    """Return the release history of every scale (see core.disclosure.Entry) as JSON."""
    data = {
        key: [
            {
                "n": {str(g): n for g, n in entry.n.items()},
                "digest": {str(g): d for g, d in entry.digest.items()},
                "shown": sorted(_group_key(g) for g in entry.shown),
            }
            for entry in entries
        ]
        for key, entries in history.items()
    }
    return json.dumps(data, sort_keys=True)


def history_from_json(text: str) -> dict[str, tuple[Entry, ...]]:
    """Return the history :func:`history_to_json` wrote; ValueError when it is not that."""
    try:
        return {
            key: tuple(
                Entry(
                    {int(g): int(n) for g, n in entry["n"].items()},
                    {int(g): str(d) for g, d in entry["digest"].items()},
                    frozenset(_group_id(g) for g in entry["shown"]),
                )
                for entry in entries
            )
            for key, entries in json.loads(text).items()
        }
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise ValueError(f"not a release history: {exc}") from exc
