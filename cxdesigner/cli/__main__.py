"""``python -m cxdesigner.cli``."""

import sys

from cxdesigner.cli import main

sys.exit(main())
