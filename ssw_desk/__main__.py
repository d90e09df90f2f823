"""Allows ``python -m ssw_desk``."""

from ssw_desk.cli import main

raise SystemExit(main())
