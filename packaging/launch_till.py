"""The bundle's `till` program (PyInstaller runs this as its main script).

`till --print-worker ...` is the print worker: a frozen build has no `python -m`, so the spooler
starts this same executable with the hidden switch (till/adapters/print_spooler.py).
"""

import sys

if sys.argv[1:2] == ["--print-worker"]:
    from till.adapters.print_worker import main as worker_main

    sys.exit(worker_main(sys.argv[2:]))

from till.app import main

sys.exit(main())
