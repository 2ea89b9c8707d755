"""Vurdering: the round's results per scale and group, with anonymity kept."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.bank import QuestionBank
from apvdesk.core.dialogue import judgements_by_scale
from apvdesk.core.model import Group, Problem
from apvdesk.core.results import compare
from apvdesk.core.round_people import groups_in_results
from apvdesk.core.site_view import groups_at, site_results
from apvdesk.core.sites import Site
from apvdesk.ui.models.results import MeetingColumn, ResultsModel
from apvdesk.ui.pages.assessment_notes import few_answers
from apvdesk.ui.pages.base import Page
from apvdesk.ui.pages.findings_box import FindingsBox
from apvdesk.ui.problem_from_evidence import ProblemFromEvidence
from apvdesk.ui.site_chooser import SiteChooser
from apvdesk.ui.style import muted
from apvdesk.ui.tasks import run_task
from apvdesk.wording.formatting import format_date, format_number

if TYPE_CHECKING:
    from apvdesk.ui.chart_figures import ChartData
    from apvdesk.ui.charts_panel import ChartsPanel, PreparedChart

CHARTS_HEIGHT = 560  # the charts panel's height; the chart gets this less the row of choices
CHART_MARGINS = 88  # the page's width less the chart's: margins, frames and the scroll bar


class AssessmentPage(Page):
    """A table of scales × groups with n and the mean; withheld cells say why."""

    page_key = "assessment"

    def title(self) -> str:
        return self.tr("Assessment")

    def introduction(self) -> str:
        return self.tr(
            "The results of the round. Each figure is a mean from 0 to 100, with n, the number "
            "of answers behind it. High is good, except for demands, where high means heavy."
        )

    def __init__(self, context) -> None:
        super().__init__(context)
        self.status = muted("")
        self.body.addWidget(self.status)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "background: #fff7e0; color: #000000;"  # a text colour with every background
            " border: 1px solid #e0c070; padding: 8px;"
        )
        self.notice.setVisible(False)
        self.body.addWidget(self.notice)
        end_row = QHBoxLayout()
        self.end_button = QPushButton(self.tr("End the collection and show the results…"))
        self.end_button.clicked.connect(self.end_collection)
        self.end_button.setVisible(False)
        end_row.addWidget(self.end_button)
        end_row.addStretch(1)
        self.body.addLayout(end_row)
        self.site_chooser = SiteChooser()  # the results of one site (shown when there are sites)
        self.site_chooser.changed.connect(self.refresh)
        self.body.addWidget(self.site_chooser)
        self.table = QTableView()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(36)
        self.table.horizontalHeader().setMinimumSectionSize(120)
        self.body.addWidget(self.table)
        row = QHBoxLayout()
        self.problem_button = QPushButton(self.tr("Create problem from the selected result…"))
        self.problem_button.setToolTip(
            self.tr(
                "Select a result in the table (not a withheld one) to add it to the action plan "
                "as a problem, with its figures."
            )
        )
        self.problem_button.clicked.connect(self.create_problem_from_selection)
        row.addWidget(self.problem_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.evidence = ProblemFromEvidence(self.store, self)
        self.findings_box = FindingsBox(self.store, self.evidence)
        for button in (
            self.problem_button,
            self.findings_box.problem_button,
            self.findings_box.dismiss_button,
            self.findings_box.undo_button,
        ):
            button.clicked.connect(self.show_next_step)  # after the box's own handler, connected first
        self.findings_box.setVisible(False)
        self.body.addWidget(self.findings_box)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.body.addWidget(self.legend)
        self.charts_box = QGroupBox(self.tr("Charts"))
        self.charts_layout = QVBoxLayout(self.charts_box)
        self.charts_box.setVisible(False)
        self.body.addWidget(self.charts_box)
        self.body.addStretch(1)
        self.model: ResultsModel | None = None
        self.charts: QWidget | None = None  # built on first use: it loads matplotlib
        self._round_id: int | None = None
        self._bank: QuestionBank | None = None
        self._groups: list[Group] = []
        self._update_problem_button()

    def refresh(self) -> None:
        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            self.show_next_step()
            self._show_empty(self.tr("There is no round yet. Start one on the Preparation page."))
            return
        round_id = apv_round.id
        self.end_button.setVisible(False)
        answered = self.store.respondent_count(round_id)
        if answered == 0 and not self.store.meetings(round_id):
            self.show_next_step()
            self._show_empty(
                self.tr("No answers yet. When the mapping is done, the results for each group appear here.")
            )
            return
        if self.store.results(round_id) is None:
            self.show_next_step()  # cheap without results; with them it is worked out off the GUI thread
            self._show_empty(
                self.tr(
                    "The collection is open: %1 people have answered so far. The results are worked "
                    "out and shown here when you end the collection, so that nobody's answers can be "
                    "read from how the figures change as each person answers."
                ).replace("%1", str(answered))
            )
            self.end_button.setVisible(True)
            self.end_button.setEnabled(self.context.editable)
            return
        site = self._choose_site(round_id)
        self.notice.setText(self._notice_text(round_id, site.id if site is not None else None))
        self.notice.setVisible(bool(self.notice.text()))
        self.status.setText(self.tr("Computing the results…"))
        store, lang = self.store, self.context.language()
        chart_kind, chart_size, ratio = self._chart_request()

        def compute():
            # Imported here, off the GUI thread: matplotlib takes half a second the first time.
            from apvdesk.core.next_step import next_step
            from apvdesk.reports.charts import ChartNotAvailable
            from apvdesk.ui.chart_figures import load_chart_data, site_chart_data
            from apvdesk.ui.charts_panel import first_choice, prepare_chart

            # The charts' data come with the results, so that no second task competes with
            # the GUI thread for Python while the table is laid out; so does the first chart,
            # built and drawn here, since matplotlib's layout and drawing take 100-200 ms.
            chart_data = load_chart_data(store, round_id)
            whole = chart_data.results
            if site is not None and site.id is not None:
                site_data = site_chart_data(chart_data, site.id, site.name)
                if site_data is None:
                    return None  # no figures released for the site
                chart_data = site_data
            results_of_site = chart_data.results if chart_data.results is not whole else None
            members = set(results_of_site.group_ids) if results_of_site is not None else set()
            try:
                choice = first_choice(chart_kind, chart_data)
                chart = prepare_chart(chart_data, choice, lang, chart_size, ratio)
            except ChartNotAvailable:
                chart = None  # the panel says why
            names = {g.id: g.name for g in store.groups()}
            meetings = [
                MeetingColumn(
                    ", ".join(names.get(g, "?") for g in meeting.group_ids),
                    format_date(meeting.held_on),
                    judgements_by_scale(store.points(meeting.id)),
                )
                for meeting in store.meetings(round_id)
                if meeting.id is not None and (results_of_site is None or members & set(meeting.group_ids))
            ]
            results = chart_data.results
            previous = store.previous_round(round_id)
            before = store.results(previous.id) if previous and previous.id else None
            if before is not None and results is not whole and site is not None and site.id is not None:
                before = site_results(before, site.id)  # a site compares with its own figures
            changes = compare(results, before) if before is not None else {}
            # The "what now" line rests on the checklist, whose findings take the results: here too.
            step = next_step("assessment", store.overview(), store.apv_checklist(round_id))
            return chart_data.bank, chart_data.groups, results, meetings, changes, chart_data, chart, step

        def show(result) -> None:
            if result is None:
                self.show_next_step()
                self._show_empty(self.site_chooser.no_figures_text())
                return
            bank, groups, results, meetings, changes, chart_data, chart, step = result
            self.next_step.show_step(step)
            self._round_id, self._bank, self._groups = round_id, bank, groups
            self.model = ResultsModel(bank, groups, results, lang, meetings, changes, chart_data.whole_name)
            self.table.setModel(self.model)
            self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_problem_button())
            self._update_problem_button()
            self.table.setVisible(True)
            self.problem_button.setVisible(True)
            self.findings_box.show_round(round_id, bank, groups, self.context.editable)
            self.findings_box.setVisible(True)
            self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            self._fit_height()
            self.status.setText(
                self.tr("Round: %1. Anonymity threshold: %2 answers.")
                .replace("%1", apv_round.title)
                .replace("%2", str(results.threshold))
            )
            legend = (
                self.tr(
                    "● green: %1 or more · ▲ yellow · ■ red: below %2 (mirrored for demands, where high "
                    "means heavy). The thresholds are this round's."
                )
                .replace("%1", format_number(results.green_from))
                .replace("%2", format_number(results.red_below))
                + "\n"
                + self.tr(
                    "A grey cell is withheld to protect anonymity: either it has fewer answers "
                    "than the threshold, or it would let someone work out a smaller group's "
                    "result. Point at a cell to see why, its standard deviation and the share "
                    "with an unfavourable score."
                )
            )
            if meetings:
                legend += "\n" + self.tr(
                    "Blue columns in italics are dialogue meetings: the group's joint judgement, "
                    "agreed together at the meeting, from “works well” to “a real problem”. "
                    "They are not anonymous scores."
                )
            self.legend.setText(legend)
            self._show_charts(chart_data, chart, lang)
            self.legend.setVisible(True)

        def failed(exc: Exception) -> None:
            self._show_empty(self.tr("The results could not be computed: %1").replace("%1", str(exc)))

        run_task(compute, show, failed, owner=self)

    def _notice_text(self, round_id: int, site_id: int | None = None) -> str:
        """Return what the owner should know about the released results: double answers, waiting answers.

        With ``site_id``, about the groups at that site only.
        """
        store = self.store
        results = store.results(round_id)
        assert results is not None
        lines = []
        groups = groups_in_results(store.round(round_id).group_ids, store.groups(), results.respondents)
        groups = groups_at(groups, site_id)
        over = [g for g in groups if 0 < g.headcount < results.respondents.get(g.id, 0)]
        if over:
            lines.append(
                self.tr(
                    "More answers than employees in: %1. Someone may have answered twice, or the headcount "
                    "is out of date: the figures may hold a double answer. Correct the headcount on the "
                    "Preparation page if it is wrong."
                ).replace("%1", ", ".join(g.name for g in over))
            )
        lines += few_answers(groups, results.respondents, results.threshold)
        waiting = sum(store.waiting_answers(round_id).values())
        if waiting:
            lines.append(
                self.tr(
                    "%1 answers came in after the results were released and are not in them yet: they "
                    "are added when every group they belong to has at least %2 new answers."
                )
                .replace("%1", str(waiting))
                .replace("%2", str(results.threshold))
            )
        return "\n".join(lines)

    def _choose_site(self, round_id: int) -> Site | None:
        """List the sites to choose from; return the chosen one (None: the whole workplace)."""
        sites = self.store.sites()
        if sites and self.context.editable:
            self.store.release_sites(round_id)  # groups put at sites since the release: their figures
        self.site_chooser.show_sites(sites)
        return self.site_chooser.site()

    def end_collection(self) -> None:
        from apvdesk.ui import answer_collection

        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            return
        if answer_collection.end_collection(self, self.store, apv_round.id):
            self.refresh()

    # --- a problem from a result ----------------------------------------------------------

    def can_create_problem(self, index: QModelIndex) -> bool:
        """Return True when ``index`` is a shown questionnaire result (not withheld, not a meeting)."""
        if self.model is None or not index.isValid() or self.model.meeting_at(index.column()) is not None:
            return False
        return self.model.result(index).shown

    def result_menu(self, index: QModelIndex) -> QMenu:
        """Return the context menu of a result cell."""
        menu = QMenu(self.table)
        action = menu.addAction(self.tr("Create problem from this result…"))
        action.setEnabled(self.can_create_problem(index))
        action.triggered.connect(lambda: self.create_problem(index))
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        self.result_menu(index).exec(self.table.viewport().mapToGlobal(pos))

    def _selected_index(self) -> QModelIndex:
        selection = self.table.selectionModel()
        if selection is None or self.model is None:
            return QModelIndex()
        indexes = selection.selectedIndexes()
        return indexes[0] if indexes else QModelIndex()

    def _update_problem_button(self) -> None:
        self.problem_button.setEnabled(self.can_create_problem(self._selected_index()))

    def create_problem_from_selection(self) -> None:
        self.create_problem(self._selected_index())

    def create_problem(self, index: QModelIndex) -> Problem | None:
        """Open the problem dialog prefilled from the result at ``index``; save it if accepted."""
        if not self.can_create_problem(index) or self._bank is None or self._round_id is None:
            return None
        assert self.model is not None
        lang = self.context.language()
        draft = self.evidence.result_problem(
            self._round_id, self._bank, self._groups, self.model.result(index), lang
        )
        if draft is None:
            return None
        saved = self.evidence.create(self, draft, self._bank, lang, self.status)
        self.findings_box.reload()
        return saved

    def _chart_request(self) -> tuple[str, QSize, float]:
        """Return the chosen kind of chart, and the size and pixel ratio to draw the first one at."""
        ratio = self.devicePixelRatioF()
        if self.charts is not None:
            panel = cast("ChartsPanel", self.charts)
            return panel.current_chart(), panel.view_size(), ratio
        # Before the panel exists: about the size it will get (it is drawn anew if not). The
        # page may not be laid out yet, but the stack that shows it is.
        parent = self.parentWidget()
        width = self.width() if self.isVisible() or parent is None else parent.width()
        return "profile", QSize(max(width - CHART_MARGINS, 560), CHARTS_HEIGHT - 30), ratio

    def _show_charts(self, data: ChartData, chart: PreparedChart | None, lang: str) -> None:
        """Show the charts of the round under the table, from data read with the results."""
        from apvdesk.ui.charts_panel import ChartsPanel

        if self.charts is None:
            self.charts = ChartsPanel(self.store, lang)
            self.charts.setMinimumHeight(CHARTS_HEIGHT)
            self.charts_layout.addWidget(self.charts)
        self.charts_box.setVisible(True)
        cast("ChartsPanel", self.charts).set_data(data, chart)

    def _fit_height(self) -> None:
        """Make the table exactly as tall as its rows, so no empty area follows them."""
        header = self.table.horizontalHeader()
        rows = self.table.verticalHeader().length()
        scrollbar = self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(header.sizeHint().height() + rows + 2 * self.table.frameWidth() + scrollbar)

    def _show_empty(self, text: str) -> None:
        self.status.setText(text)
        self.notice.setVisible(False)
        self.table.setVisible(False)
        self.problem_button.setVisible(False)
        self.findings_box.setVisible(False)
        self.legend.setVisible(False)
        self.charts_box.setVisible(False)
