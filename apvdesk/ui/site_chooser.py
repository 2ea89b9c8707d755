"""A choice of the whole workplace or one of its sites, for the pages that show figures per site.

Shown only when the workplace has sites. The response overview, the results and the
charts then show the chosen site's groups and the site's own figures in place of the
whole workplace's (core.site_view), withheld as the release decided.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from apvdesk.core.sites import Site
from apvdesk.ui.site_choice import SiteCombo


class SiteChooser(QWidget):
    """A label and a list: the whole workplace or a site; ``changed`` when the owner picks another."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("Site:"))
        layout.addWidget(self.label)
        self.combo = SiteCombo([])
        self.combo.setMinimumContentsLength(24)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.label.setBuddy(self.combo)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self._sites: list[Site] = []
        self.combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.setVisible(False)

    def show_sites(self, sites: list[Site]) -> None:
        """List ``sites`` after the whole workplace, keeping the choice if the site is still there."""
        chosen = self.site_id()
        self._sites = [site for site in sites if site.id is not None]
        self.combo.blockSignals(True)
        self.combo.set_sites(self._sites, chosen)
        self.combo.blockSignals(False)
        self.setVisible(bool(self._sites))

    def site_id(self) -> int | None:
        """Return the chosen site's id, or None for the whole workplace."""
        return self.combo.site_id()

    def site(self) -> Site | None:
        """Return the chosen site, or None for the whole workplace."""
        chosen = self.site_id()
        return next((site for site in self._sites if site.id == chosen), None)

    def choose(self, site_id: int | None) -> None:
        """Choose ``site_id`` (None: the whole workplace), as the owner would."""
        self.combo.set_site_id(site_id)

    def no_figures_text(self) -> str:
        """Say why the chosen site shows no results."""
        return self.tr(
            "No results were released for %1: none of the round's groups were at it when the "
            "results were released. Put the groups at their sites on the Preparation page; the "
            "site's figures are then worked out from the answers already released, unless answers "
            "are waiting for the next release or the individual answers were deleted."
        ).replace("%1", self.combo.currentText())
