"""The running smsim's address and its control API (/_smsim), for the Python client tests.

Standard library only: the AWS CLI tests run under any python3, with or without boto3.
"""
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

URL = os.environ.get("SMSIM_URL", "")
if not URL:
    sys.exit("FAIL: SMSIM_URL is not set; run this test through tests/clients/run_with_smsim.py")

THIRTY_DAYS_IN_SECONDS = 30 * 24 * 3600
# Never through a proxy: smsim is on the loopback.
_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def call(method, path, body=None):
    """(status, parsed JSON body) of a control-API call."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(URL + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    try:
        with _opener.open(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def reset():
    status, _ = call("POST", "/_smsim/reset")
    assert status == 200, status


def advance_clock(seconds):
    status, body = call("POST", "/_smsim/clock", {"advanceSeconds": seconds})
    assert status == 200, body
    return body


def journal(operation=None):
    """The AWS calls smsim received, oldest first."""
    return journal_of("aws", operation)


def journal_of(api, operation=None):
    """The calls of `api` ("aws", "sns", "convoso") smsim received, oldest first."""
    query = {"api": api}
    if operation:
        query["operation"] = operation
    status, body = call("GET", "/_smsim/requests?" + urllib.parse.urlencode(query))
    assert status == 200, body
    return body["requests"]


def outbox(**filters):
    """The messages smsim sent, oldest first (filters: destination, origination, since)."""
    query = urllib.parse.urlencode(filters)
    status, body = call("GET", "/_smsim/messages" + (f"?{query}" if query else ""))
    assert status == 200, body
    return body["messages"]


def load_scenario(scenario):
    """Loads a scenario (a dict) as POST /_smsim/scenarios does; its seed applies at once."""
    status, body = call("POST", "/_smsim/scenarios", scenario)
    assert status == 201, body
    return body


def enter_sandbox(account, region="us-east-1"):
    """Puts one account and region in the SMS sandbox through a scenario seed, kept over resets."""
    return load_scenario({"name": f"sandbox-{account}-{region}",
                          "seed": {"aws": {"account": account, "region": region,
                                           "accountTier": "sandbox"}}})
