"""``apvdesk self-test kiosk FILE --pin PIN [--new-pin]``: a check for the built program, left out of --help.

tools/bundle_check.py runs it from the bundle's executable, so that the PIN is hashed and
checked, and the kiosk started and left, by the bundled Python and Qt
(:mod:`apvdesk.ui.self_test`). It changes the file as the clicks it stands for would
(the collection reopened, the kiosk PIN set): run it on a copy.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from apvdesk.cli.common import EXIT_OK, EXIT_UNSOUND


def cmd_self_test(args: argparse.Namespace) -> int:
    """Start and leave the kiosk on ``args.file``; print what failed, exit 1 if anything did."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from apvdesk.ui.self_test import run_kiosk_self_test

    failures = run_kiosk_self_test(args.file, args.pin, new_pin=args.new_pin)
    for failure in failures:
        print(f"self-test kiosk: {failure}", file=sys.stderr)
    return EXIT_UNSOUND if failures else EXIT_OK


def add_self_test_command(commands: Any) -> None:
    """Add the hidden ``self-test kiosk FILE --pin PIN [--new-pin]`` to the subcommands ``commands``."""
    self_test = commands.add_parser(  # no help=: not listed among the commands
        "self-test",
        description="Start the kiosk on FILE's latest round offscreen and leave it with the PIN "
        "(a check of a built apvdesk; it changes FILE as those clicks would).",
    )
    self_test.add_argument("what", choices=("kiosk",), help="what to check")
    self_test.add_argument("file", type=Path, metavar="FILE", help="the workplace file (a copy)")
    self_test.add_argument("--pin", required=True, help="the kiosk PIN to leave it with")
    self_test.add_argument(
        "--new-pin",
        action="store_true",
        help="remove the round's PIN first (the kiosk asks for one)",
    )
    self_test.set_defaults(run=cmd_self_test)
