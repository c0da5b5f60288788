"""A module that is slow to import, standing in for the parsers' first import on a busy
machine (see tests/security/test_reader_start.py)."""

import time

time.sleep(4.0)
