"""Pause Python's cyclic garbage collector while a command builds or reads a whole ruleset.

A restore or a listing of a big ruleset makes hundreds of thousands of small acyclic objects
(rules, extension state); the collector's passes over them were a fifth of a 50k-line
restore. Paused, not disabled: the previous state comes back when the block ends.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def gc_paused():
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
