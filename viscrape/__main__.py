"""``python -m viscrape`` runs the command line."""

import sys

from viscrape.cli import main

sys.exit(main())
