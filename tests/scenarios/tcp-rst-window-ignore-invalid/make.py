#!/usr/bin/env python3
"""The capture of ../tcp-rst-window with nf_conntrack_tcp_ignore_invalid_rst=1: that make.py writes both folders."""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
runpy.run_path(os.path.join(os.path.dirname(HERE), "tcp-rst-window", "make.py"), run_name="__main__")
