"""Start Pishkhan: ``python main.py`` (``--help`` lists the options)."""

import sys

from desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
