"""python -m till"""

import sys

from till.app import main

sys.exit(main())
