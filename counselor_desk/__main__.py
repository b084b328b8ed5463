import sys

from counselor_desk.cli import main

sys.exit(main())
