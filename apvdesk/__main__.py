"""Run apvdesk with ``python -m apvdesk``."""

from apvdesk.cli import main

raise SystemExit(main())
