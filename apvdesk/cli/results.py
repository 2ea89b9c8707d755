"""The command line of the results: a round's figures per scale and group, as JSON or a table."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from apvdesk.cli.common import (
    EXIT_OK,
    CommandError,
    choose_round,
    choose_site,
    inspect_workplace,
    open_read_only,
    saved_language,
    use_language,
)
from apvdesk.core.bank import QuestionBank
from apvdesk.core.model import Group, Round
from apvdesk.core.results import RoundResults, ScaleResult, compare
from apvdesk.core.round_people import groups_in_results
from apvdesk.core.scoring import item_points
from apvdesk.core.sites import Site
from apvdesk.wording.formatting import format_number, format_percent


class ResultsCommandTexts:
    """The results command's sentences, collected by lupdate under this class's name."""

    def tr(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("ResultsCommandTexts", text)

    def fill(self, text: str, *values: object) -> str:
        from apvdesk.wording.i18n import fill

        return fill(text, *values)

    def heading(self, round_id: int, title: str, threshold: int) -> str:
        return self.fill(
            self.tr("Round %1 “%2”: results withheld below %3 answers"), round_id, title, threshold
        )

    def whole_workplace(self) -> str:
        return self.tr("Whole workplace")

    def high_is_heavy(self, name: str) -> str:
        return self.fill(self.tr("%1 (high = heavy)"), name)

    def shown(self, result: ScaleResult, light: str) -> str:
        assert result.mean is not None and result.sd is not None  # a shown result has both
        share = result.share_unfavourable
        return self.fill(
            self.tr("n %1, mean %2, SD %3, %4 unfavourable, %5"),
            result.n,
            format_number(result.mean, 1, trim=False),
            format_number(result.sd, 1, trim=False),
            format_percent(share) if share is not None else "–",
            light,
        )

    def withheld(self) -> str:
        return self.tr("withheld")

    def not_released(self, round_id: int, title: str, answered: int) -> str:
        return self.fill(
            self.tr(
                "Round %1 “%2” is still collecting answers (%3 so far). Its results are shown when "
                "the collection is ended in apvdesk (Mapping › End the collection)."
            ),
            round_id,
            title,
            answered,
        )

    def waiting(self, count: int, threshold: int) -> str:
        return self.fill(
            self.tr(
                "%1 answers came in after the results were released and are not in them: they are "
                "added when every group they belong to has at least %2 new answers."
            ),
            count,
            threshold,
        )

    def no_site_figures(self, site: str, round_id: int, title: str) -> str:
        return self.fill(
            self.tr(
                "Round %2 “%3” has no results for the site “%1”: none of its groups were at the "
                "site when the results were released. Put the groups at their sites on apvdesk's "
                "Preparation page; the site's figures are then worked out from the answers already "
                "released."
            ),
            site,
            round_id,
            title,
        )

    def no_answers(self) -> str:
        return self.tr("no answers")

    def light(self, light: str) -> str:
        names = {"green": self.tr("green"), "yellow": self.tr("yellow"), "red": self.tr("red")}
        return names.get(light, light)


def _name(names: Any, lang: str, fallback: str) -> str:
    return names.get(lang) or next(iter(names.values()), fallback)


def results_document(
    apv_round: Round,
    bank: QuestionBank,
    groups: list[Group],
    results: RoundResults | None,
    previous: RoundResults | None = None,
    answered: dict[int, int] | None = None,
) -> dict[str, Any]:
    """Return the round's results as the JSON object ``apvdesk results --json`` prints.

    ``results`` are the released results (None while the round's collection is open:
    then only the number of answers per group is given, from ``answered``). Each entry of
    ``results`` holds n, mean, sd, share_unfavourable (per cent), light, withheld and
    change (the mean's change since ``previous``); a withheld entry holds None for every
    figure, n included. ``waiting`` counts the answers not yet in the released results.
    See docs/scoring.md.
    """
    answered = answered or {}
    changes = compare(results, previous) if results is not None and previous is not None else {}
    entries = []
    for scale in bank.scales if results is not None else ():
        assert results is not None
        for group_id in (None, *(g.id for g in groups if g.id is not None)):
            r = results.get(scale.id, group_id)
            entries.append(
                {
                    "scale": scale.id,
                    "group": group_id,
                    "n": r.n if r.shown else None,
                    "mean": r.mean if r.shown else None,
                    "sd": r.sd if r.shown else None,
                    "share_unfavourable": r.share_unfavourable if r.shown else None,
                    "light": r.light.value if r.shown and r.light is not None else None,
                    "withheld": not r.shown,
                    "change": changes.get((scale.id, group_id)) if r.shown else None,
                }
            )
    released = results.respondents if results is not None else answered
    waiting = (
        {g: max(answered.get(g, 0) - released.get(g, 0), 0) for g in answered} if results is not None else {}
    )
    return {
        "round": {"id": apv_round.id, "title": apv_round.title},
        "released": results is not None,
        "threshold": results.threshold if results is not None else apv_round.anonymity_threshold,
        "green_from": apv_round.green_from if results is None else results.green_from,
        "red_below": apv_round.red_below if results is None else results.red_below,
        "groups": [
            {
                "id": g.id,
                "name": g.name,
                "headcount": g.headcount,
                "respondents": released.get(g.id, 0),
                "waiting": waiting.get(g.id, 0),
                "over_headcount": 0 < g.headcount < max(released.get(g.id, 0), answered.get(g.id, 0)),
            }
            for g in groups
            if g.id is not None
        ],
        "respondents": results.respondents.get(None, 0) if results is not None else sum(answered.values()),
        "waiting": sum(waiting.values()),
        "scales": [
            {
                "id": scale.id,
                "theme": scale.theme_id,
                "name": _name(scale.name, "da", scale.id),
                "name_en": _name(scale.name, "en", scale.id),
                "high_is_good": scale.high_is_good,
            }
            for scale in bank.scales
        ],
        "items": [
            {
                "id": item.id,
                "scale": item.scale_id,
                "reverse": item.reverse,
                "points": [
                    item_points(bank, item, index) for index in range(len(bank.option_set(item).points))
                ],
            }
            for item in bank.items
        ],
        "results": entries,
    }


def results_table(document: dict[str, Any], lang: str) -> list[str]:
    """Return the lines of a readable table of ``document`` (see :func:`results_document`)."""
    texts = ResultsCommandTexts()
    names = {g["id"]: g["name"] for g in document["groups"]}
    answered_in = {g["id"]: g["respondents"] for g in document["groups"]}
    names[None] = document["site"]["name"] if document.get("site") else texts.whole_workplace()
    width = max(len(name) for name in names.values())
    by_scale: dict[str, list[dict[str, Any]]] = {}
    for entry in document["results"]:
        by_scale.setdefault(entry["scale"], []).append(entry)
    round_info = document["round"]
    if not document["released"]:
        return [texts.not_released(round_info["id"], round_info["title"], document["respondents"])]
    lines = [texts.heading(round_info["id"], round_info["title"], document["threshold"])]
    if document["waiting"]:
        lines.append(texts.waiting(document["waiting"], document["threshold"]))
    for scale in document["scales"]:
        name = scale["name"] if lang == "da" else scale["name_en"]
        lines += ["", name if scale["high_is_good"] else texts.high_is_heavy(name)]
        for entry in by_scale.get(scale["id"], []):
            if not entry["withheld"]:
                result = ScaleResult(
                    scale["id"],
                    entry["group"],
                    entry["n"],
                    entry["mean"],
                    entry["sd"],
                    share_unfavourable=entry["share_unfavourable"],
                )
                cell = texts.shown(result, texts.light(entry["light"]))
            elif entry["group"] is not None and not answered_in.get(entry["group"]):
                cell = texts.no_answers()
            else:
                cell = texts.withheld()
            lines.append(f"  {names[entry['group']]:<{width}}  {cell}")
    return lines


def _site_part(
    site: Site,
    round_id: int,
    title: str,
    results: RoundResults | None,
    previous: RoundResults | None,
    groups: list[Group],
    answered: dict[int, int],
) -> tuple[RoundResults | None, RoundResults | None, list[Group], dict[int, int]]:
    """Return the part of a round one site shows: its groups and, as the whole, its own figures.

    Nothing is worked out here: the site's figures are those its release decided
    (core.site_release), withheld where they were. CommandError when the round's release
    holds no figures for the site (no group was at it when the results were released).
    """
    from apvdesk.core.site_view import groups_at, site_results

    assert site.id is not None
    own = groups_at(groups, site.id)
    counted = {g.id: answered[g.id] for g in own if g.id is not None and g.id in answered}
    if results is None:  # still collecting: only the counts, as for the whole workplace
        return None, None, own, counted
    shown = site_results(results, site.id)
    if shown is None:
        raise CommandError(ResultsCommandTexts().no_site_figures, site.name, round_id, title)
    before = site_results(previous, site.id) if previous is not None else None
    return shown, before, own, counted


def cmd_results(args: argparse.Namespace) -> int:
    """Print a round's results (the latest unless ``--round``): JSON, or a table."""
    source: Path = args.file
    inspect_workplace(source)
    store = open_read_only(source)
    try:
        round_id = choose_round(store, source, args.round)
        apv_round = store.round(round_id)
        before = store.previous_round(round_id)
        previous = store.results(before.id) if before is not None and before.id is not None else None
        results, answered = store.results(round_id), store.respondents_by_group(round_id)
        released = (
            {g: n for g, n in results.respondents.items() if g is not None} if results is not None else {}
        )
        groups = groups_in_results(apv_round.group_ids, store.groups(), {**answered, **released})
        site = choose_site(store, source, args.site)
        if site is not None:
            results, previous, groups, answered = _site_part(
                site, round_id, apv_round.title, results, previous, groups, answered
            )
        document = results_document(
            apv_round, store.round_bank(round_id), groups, results, previous, answered
        )
        document["site"] = {"id": site.id, "name": site.name} if site is not None else None
    finally:
        store.close()
    if args.json:
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return EXIT_OK
    lang = saved_language()
    use_language(lang)
    print("\n".join(results_table(document, lang)))
    return EXIT_OK


def add_results_command(commands: Any) -> None:
    """Add ``results FILE [--round ID] [--json] [--site NAME]`` to the subcommands ``commands``."""
    results = commands.add_parser(
        "results",
        help="print a round's results per scale and group",
        description=(
            "Print the results of a round (the latest unless --round is given): n, mean, "
            "standard deviation, share unfavourable and traffic light per scale, for the "
            "whole workplace and each group, withheld where anonymity requires it. "
            "A readable table, or with --json one JSON object (see docs/scoring.md)."
        ),
    )
    results.add_argument("file", type=Path, metavar="FILE", help="the workplace file")
    results.add_argument("--round", type=int, metavar="ID", help="the round (default: the latest)")
    results.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    results.add_argument(
        "--site",
        metavar="NAME",
        help="one site: its groups, and its own figures in place of the whole workplace's",
    )
    results.set_defaults(run=cmd_results)
