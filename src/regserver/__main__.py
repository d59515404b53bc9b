import sys

from regserver.cli import main

sys.exit(main())
