"""The bundle's `till-admin` program (PyInstaller runs this as its main script); it takes the
print worker's hidden switch too, should a command of its own print."""

import sys

if sys.argv[1:2] == ["--print-worker"]:
    from till.adapters.print_worker import main as worker_main

    sys.exit(worker_main(sys.argv[2:]))

from till.cli import main

sys.exit(main())
