"""The pytest plugin: an `smsim` fixture, reset before each test.

The server is started once per session (`smsim serve --port 0`; SMSIM_BINARY or `smsim` on
PATH), or, when SMSIM_URL is set, the smsim running there is used. Installed with pip, the plugin
loads itself; otherwise add `-p smsim.pytest_plugin` or `pytest_plugins = ["smsim.pytest_plugin"]`.
"""
import os

import pytest

from .client import Smsim


@pytest.fixture(scope="session")
def smsim_server():
    """The session's smsim (started here unless SMSIM_URL names one)."""
    if os.environ.get("SMSIM_URL"):
        yield Smsim.connect()
        return
    with Smsim.start() as server:
        yield server


@pytest.fixture
def smsim(smsim_server):
    """smsim, back to its start state for this test."""
    smsim_server.reset()
    return smsim_server
