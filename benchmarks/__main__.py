"""`python -m benchmarks [--quick | --smoke]`: see benchmarks/RESULTS.md for what it writes."""

from __future__ import annotations

import sys

from benchmarks.harness import main
from benchmarks.servers import REPO

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # tests.support.postgres

sys.exit(main())
