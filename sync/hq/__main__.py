"""``python -m sync.hq``: see :mod:`sync.hq.cli`."""

import sys

from sync.hq.cli import main

if __name__ == "__main__":
    sys.exit(main())
