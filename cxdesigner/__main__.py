"""``python -m cxdesigner``."""

import sys

from cxdesigner.cli import main

sys.exit(main())
