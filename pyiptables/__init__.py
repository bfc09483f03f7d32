"""pyiptables: an offline, root-free emulator of Linux netfilter."""

__version__ = "0.1.0"
IPTABLES_VERSION = "1.8.9"
