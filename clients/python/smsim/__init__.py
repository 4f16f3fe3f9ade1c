"""Test helpers for smsim: start or reach a simulator, reset it, and read what it saw.

    from smsim import Smsim
    with Smsim.start() as sim:          # `smsim serve --port 0` (SMSIM_BINARY or smsim on PATH)
        sim.opt_out("+14155550100")
        ...
        assert sim.messages(destination="+14155550100") == []

With pytest, the `smsim` fixture (smsim.pytest_plugin) does the starting and resets before each
test.
"""
from .client import Smsim, SmsimError

__all__ = ["Smsim", "SmsimError"]
