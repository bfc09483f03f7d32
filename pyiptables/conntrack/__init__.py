"""Connection tracking: placeholder docstring, replaced below."""
from .conn import *  # noqa: F401,F403
from .core import NF_ACCEPT, NF_DROP, Tracker  # noqa: F401
from .events import Event, EventLog  # noqa: F401
