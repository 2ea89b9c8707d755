"""The command line: ``apvdesk <command>``; one module per group of subcommands.

:mod:`apvdesk.cli.parser` builds the parser and dispatches; :mod:`apvdesk.cli.common`
holds what every subcommand shares (user errors, outputs, choosing a round).
"""

from apvdesk.cli.parser import main

__all__ = ["main"]
