"""Run Counselor Desk from a source checkout: `python main.py [--demo] [COMMAND …]`."""

import sys

from counselor_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
