#!/usr/bin/env python3
"""The capture of ../tcp-pickup-loose1 with nf_conntrack_tcp_loose=0: that make.py writes both folders."""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
runpy.run_path(os.path.join(os.path.dirname(HERE), "tcp-pickup-loose1", "make.py"), run_name="__main__")
