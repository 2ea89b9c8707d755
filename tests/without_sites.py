"""Make a workplace file one without sites, as a firm that never added one has it.

The demo's linen room, its problem and its actions belong to the customer site
»Plejecenter Lærkehøj«, so the site cannot simply be deleted (SiteInUse): everything is
moved to the whole workplace first, as the owner would have to.
"""

from __future__ import annotations

from apvdesk.store.service import WorkplaceService


def remove_sites(store: WorkplaceService) -> None:
    """Move every group, problem and action to the whole workplace, then delete every site."""
    for group in store.groups():
        if group.site_id is not None and group.id is not None:
            store.set_group_site(group.id, None)
    for apv_round in store.rounds(include_follow_ups=True):
        assert apv_round.id is not None
        for problem in store.problems(apv_round.id):
            assert problem.id is not None
            if problem.site_id is not None:
                store.set_problem_site(problem.id, None)
            for action in store.actions(problem.id):
                if action.site_id is not None and action.id is not None:
                    store.set_action_site(action.id, None)
    for site in store.sites():
        assert site.id is not None
        store.delete_site(site.id)
    assert store.sites() == []
