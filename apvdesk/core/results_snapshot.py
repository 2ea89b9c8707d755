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

from apvdesk.core.disclosure import Entry, Key
from apvdesk.core.result_types import Distribution, Light, RoundResults, ScaleResult, SiteFigures, Withheld

SNAPSHOT_VERSION = 1
_WORKPLACE = "all"  # the key for group id None (JSON keys are strings)
_UNION = "groups:"  # a figure summing several groups (a site's): "groups:1,4"


def _group_key(group_id: int | None) -> str:
    return _WORKPLACE if group_id is None else str(group_id)


def _group_id(key: str) -> int | None:
    return None if key == _WORKPLACE else int(key)


def _shown_key(key: Key) -> str:
    if isinstance(key, frozenset):
        return _UNION + ",".join(str(g) for g in sorted(key))
    return _group_key(key)


def _shown_id(text: str) -> Key:
    if text.startswith(_UNION):
        return frozenset(int(g) for g in text[len(_UNION) :].split(",") if g)
    return _group_id(text)


def _scale_from(scale_id: str, group_id: int | None, entry: dict[str, Any]) -> ScaleResult:
    if "withheld" in entry:
        reason = Withheld(entry["withheld"]) if entry["withheld"] else None
        return ScaleResult(scale_id, group_id, 0, None, None, reason)
    light = Light(entry["light"]) if entry["light"] else None
    return ScaleResult(
        scale_id, group_id, entry["n"], entry["mean"], entry["sd"], None, entry["share_unfavourable"], light
    )


def _distribution_from(item_id: str, group_id: int | None, entry: dict[str, Any]) -> Distribution:
    if "withheld" in entry:
        reason = Withheld(entry["withheld"]) if entry["withheld"] else None
        return Distribution(item_id, group_id, None, None, None, reason)
    return Distribution(item_id, group_id, tuple(entry["counts"]), entry["dont_know"], entry["blank"])


def _sites_to_data(sites: dict[int, SiteFigures]) -> dict[str, Any]:
    return {
        str(site): {
            "members": list(figures.members),
            "respondents": figures.respondents,
            "results": {scale_id: _scale(result) for scale_id, result in figures.results.items()},
            "distributions": {
                item_id: _distribution(item) for item_id, item in figures.distributions.items()
            },
        }
        for site, figures in sites.items()
    }


def _sites_from_data(data: dict[str, Any]) -> dict[int, SiteFigures]:
    return {
        int(site): SiteFigures(
            tuple(int(g) for g in entry["members"]),
            int(entry["respondents"]),
            {scale_id: _scale_from(scale_id, None, value) for scale_id, value in entry["results"].items()},
            {
                item_id: _distribution_from(item_id, None, value)
                for item_id, value in entry["distributions"].items()
            },
        )
        for site, entry in data.items()
    }


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
    if results.sites:  # written only when there are sites: a file without them reads as before
        data["sites"] = _sites_to_data(results.sites)
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
            results[(scale_id, group_id)] = _scale_from(scale_id, group_id, entry)
        distributions: dict[tuple[str, int | None], Distribution] = {}
        for entry in data["distributions"]:
            item_id, group_id = entry["item"], _group_id(entry["group"])
            distributions[(item_id, group_id)] = _distribution_from(item_id, group_id, entry)
        return RoundResults(
            threshold=data["threshold"],
            group_ids=tuple(data["group_ids"]),
            respondents={_group_id(k): v for k, v in data["respondents"].items()},
            results=results,
            distributions=distributions,
            green_from=data["green_from"],
            red_below=data["red_below"],
            sites=_sites_from_data(data.get("sites", {})),
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
                "shown": sorted(_shown_key(g) for g in entry.shown),
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
                    frozenset(_shown_id(g) for g in entry["shown"]),
                )
                for entry in entries
            )
            for key, entries in json.loads(text).items()
        }
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise ValueError(f"not a release history: {exc}") from exc
