"""The `smsim` fixture and client against a real smsim: each helper does what it says, and smsim
is back to its start state at the start of every test."""
import pytest

from smsim import SmsimError

HANDSET = "+14155550100"
SIMULATOR_DESTINATION = "+14254147755"  # AWS's simulator destination that is delivered


def simulator_number(smsim):
    return smsim.aws("RequestPhoneNumber", {
        "IsoCountryCode": "US", "MessageType": "TRANSACTIONAL", "NumberCapabilities": ["SMS"],
        "NumberType": "SIMULATOR"})["PhoneNumber"]


def test_a_message_sent_with_boto3_is_in_the_outbox(smsim):
    client = smsim.boto3_client()
    sent = client.send_text_message(DestinationPhoneNumber=SIMULATOR_DESTINATION,
                                    OriginationIdentity=simulator_number(smsim),
                                    MessageBody="hello")
    messages = smsim.messages(destination=SIMULATOR_DESTINATION)
    assert [message["messageId"] for message in messages] == [sent["MessageId"]]


def test_each_test_starts_from_an_empty_outbox(smsim):
    assert smsim.messages() == []
    assert smsim.requests(api="aws") == []


def test_an_inbound_stop_opts_the_handset_out(smsim):
    number = smsim.aws("RequestPhoneNumber", {
        "IsoCountryCode": "US", "MessageType": "TRANSACTIONAL", "NumberCapabilities": ["SMS"],
        "NumberType": "LONG_CODE"})["PhoneNumber"]
    outcome = smsim.inbound(HANDSET, number, "STOP")
    assert outcome["action"] == "OPT_OUT" and outcome["listChanged"]
    listed = smsim.aws("DescribeOptedOutNumbers", {"OptOutListName": "Default"})
    assert [entry["OptedOutNumber"] for entry in listed["OptedOutNumbers"]] == [HANDSET]
    assert [message["destinationNumber"] for message in smsim.messages(destination=HANDSET)] == [
        HANDSET]


def test_opting_in_again_waits_thirty_days_of_simulated_time(smsim):
    smsim.opt_out(HANDSET)
    smsim.aws("DeleteOptedOutNumber", {"OptOutListName": "Default", "OptedOutNumber": HANDSET})
    smsim.opt_out(HANDSET)
    with pytest.raises(SmsimError) as refused:
        smsim.aws("DeleteOptedOutNumber", {"OptOutListName": "Default", "OptedOutNumber": HANDSET})
    assert refused.value.status == 400
    smsim.advance_clock(31 * 24 * 3600)
    smsim.aws("DeleteOptedOutNumber", {"OptOutListName": "Default", "OptedOutNumber": HANDSET})


def test_a_loaded_scenario_seeds_and_verifies(smsim):
    smsim.load_scenario("""
name: seeded
seed:
  aws:
    optOutLists:
      - name: Default
        numbers: ["+14155550111"]
expect:
  - optedOut: {number: "+14155550111", list: Default}
""")
    assert smsim.verify()["passed"]
    with pytest.raises(AssertionError):
        smsim.verify(expect=[{"optedOut": {"number": HANDSET, "list": "Default"}}])


def test_a_misspelt_filter_fails_instead_of_matching_nothing(smsim):
    with pytest.raises(SmsimError) as refused:
        smsim.requests(statuz=400)
    assert refused.value.status == 400
    assert "statuz" in str(refused.value)


def test_an_admin_token_guards_the_control_api_but_not_health():
    # A server of its own: the session's has no token.
    from smsim import Smsim
    import json
    import urllib.error
    import urllib.request
    with Smsim.start(admin_token="s3cret-token") as guarded:
        assert guarded.messages() == []  # the helper sends the token
        with urllib.request.urlopen(guarded.url + "/_smsim/health") as response:
            assert json.loads(response.read())["status"] == "ok"
        for headers in ({}, {"Authorization": "Bearer wrong"}):
            request = urllib.request.Request(guarded.url + "/_smsim/messages", headers=headers)
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(request)
            assert refused.value.code == 401
            assert refused.value.headers["WWW-Authenticate"].startswith("Bearer")
            assert json.loads(refused.value.read())["error"] == "Unauthorized"
        assert Smsim.connect(guarded.url, admin_token="s3cret-token").state()["seed"] is not None
