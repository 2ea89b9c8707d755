"""The main window's pages, in the order of the APV's steps: the one list of them.

Plain Python (no Qt), so the command line can offer ``--page`` without loading the GUI.
"""

PAGE_KEYS = (
    "overview",
    "preparation",
    "mapping",
    "assessment",
    "absence",
    "action-plan",
    "follow-up",
    "reports",
)
