"""Entry point of the bundled application: the same as the ``cxdesigner`` command."""

import multiprocessing
import sys

from cxdesigner.cli import main

if __name__ == "__main__":
    # A bundled child process re-runs this script; freeze_support() turns it into the worker.
    multiprocessing.freeze_support()
    sys.exit(main())
