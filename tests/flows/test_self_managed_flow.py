"""The seed blog's self-managed opt-out flow, for real: smsim publishes inbound STOP and JOIN to
an SNS-style webhook application, which writes the opt-out list through boto3.

Needs SMSIM_BINARY (the built smsim executable) and boto3.
"""
import json
import os
import subprocess
import sys
import time
import unittest
import urllib.request

import boto3

HERE = os.path.dirname(os.path.abspath(__file__))
HANDSET = '+14155550142'
CHANNEL = 'arn:aws:sns:us-east-1:123456789012:inbound-sms'


def start(command):
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    first_line = process.stdout.readline().strip()
    if ' listening on ' not in first_line:
        process.kill()
        raise RuntimeError(f'{command[0]} did not start: {first_line!r}')
    return process, first_line.split(' listening on ')[1]


class SelfManagedOptOutFlow(unittest.TestCase):
    def setUp(self):
        self.smsim, self.url = start([os.environ['SMSIM_BINARY'], 'serve', '--port', '0',
                                      '--log-level', 'warn'])
        self.addCleanup(self.smsim.stdout.close)
        self.addCleanup(self.smsim.wait)
        self.addCleanup(self.smsim.terminate)
        self.sms = boto3.client('pinpoint-sms-voice-v2', endpoint_url=self.url,
                                region_name='us-east-1', aws_access_key_id='123456789012',
                                aws_secret_access_key='not-checked')
        self.sms.create_opt_out_list(OptOutListName='self-managed')
        number = self.sms.request_phone_number(
            IsoCountryCode='US', MessageType='TRANSACTIONAL', NumberCapabilities=['SMS'],
            NumberType='TOLL_FREE', OptOutListName='self-managed')
        self.number = number['PhoneNumber']
        self.sms.update_phone_number(PhoneNumberId=number['PhoneNumberId'], TwoWayEnabled=True,
                                     TwoWayChannelArn=CHANNEL, SelfManagedOptOutsEnabled=True)
        self.app, webhook = start([sys.executable, os.path.join(HERE, 'webhook_app.py'), self.url,
                                   'self-managed'])
        self.addCleanup(self.app.stdout.close)
        self.addCleanup(self.app.wait)
        self.addCleanup(self.app.terminate)
        self.webhook = webhook

    def subscribe_through_control_api(self):
        self.control('POST', '/_smsim/subscriptions',
                     {'channelArn': CHANNEL, 'endpoint': self.webhook, 'format': 'sns-http'})

    def subscribe_through_sns(self):
        """Production's way: the two-way channel is an SNS topic; the app subscribes its HTTP
        endpoint and confirms the subscription when SNS asks it to."""
        sns = boto3.client('sns', endpoint_url=self.url, region_name='us-east-1',
                           aws_access_key_id='123456789012', aws_secret_access_key='not-checked')
        self.assertEqual(sns.create_topic(Name='inbound-sms')['TopicArn'], CHANNEL)
        pending = sns.subscribe(TopicArn=CHANNEL, Protocol='http', Endpoint=self.webhook)
        self.assertEqual(pending['SubscriptionArn'], 'pending confirmation')

        def confirmed():
            listed = sns.list_subscriptions_by_topic(TopicArn=CHANNEL)['Subscriptions']
            return [s['SubscriptionArn'] for s in listed] != ['PendingConfirmation']
        self.wait_for(confirmed, 'the app to confirm its subscription')

    def control(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method,
                                         headers={'Content-Type': 'application/json'})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def inject(self, text):
        return self.control('POST', '/_smsim/inbound', {
            'originationNumber': HANDSET, 'destinationNumber': self.number, 'messageBody': text})

    def opted_out(self):
        entries = self.sms.describe_opted_out_numbers(OptOutListName='self-managed')
        return [entry['OptedOutNumber'] for entry in entries['OptedOutNumbers']]

    def wait_for(self, condition, what):
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if condition():
                return
            time.sleep(0.05)
        self.fail(f'timed out waiting for {what}')

    def test_stop_then_join(self):
        self.subscribe_through_control_api()
        self.stop_then_join()

    def test_stop_then_join_through_an_sns_subscription(self):
        self.subscribe_through_sns()
        self.stop_then_join()

    def stop_then_join(self):
        outcome = self.inject('Stop')
        self.assertTrue(outcome['selfManagedOptOuts'])
        self.assertFalse(outcome['listChanged'])  # smsim leaves it to the application
        self.assertIsNone(outcome['replyMessageId'])
        self.assertEqual(len(outcome['deliveries']), 1)
        self.wait_for(lambda: self.opted_out() == [HANDSET], 'the app to opt the handset out')
        entry = self.sms.describe_opted_out_numbers(OptOutListName='self-managed')['OptedOutNumbers'][0]
        self.assertFalse(entry['EndUserOptedOut'])  # added through the API, not by AWS

        # The application can't text the handset now, even its own confirmation.
        with self.assertRaises(self.sms.exceptions.ConflictException) as caught:
            self.sms.send_text_message(DestinationPhoneNumber=HANDSET,
                                       OriginationIdentity=self.number, MessageBody='promo')
        self.assertEqual(caught.exception.response['Reason'], 'DESTINATION_PHONE_NUMBER_OPTED_OUT')

        self.inject('JOIN')
        self.wait_for(lambda: self.opted_out() == [], 'the app to opt the handset back in')
        self.wait_for(lambda: len(self.control('GET', '/_smsim/messages')['messages']) == 1,
                      'the opt-in confirmation')
        messages = self.control('GET', '/_smsim/messages')['messages']
        self.assertEqual(messages[0]['destinationNumber'], HANDSET)
        self.assertEqual(messages[0]['origin'], 'SendTextMessage')  # no AWS automatic reply
        self.assertIn('SUBSCRIBED', messages[0]['messageBody'])

        # The app sends its confirmation while it handles the JOIN, before it answers the
        # delivery, so the delivery may still be in flight here: wait for it to be answered.
        def inbound_statuses():
            deliveries = self.control('GET', '/_smsim/deliveries')['deliveries']
            return [d['status'] for d in deliveries if d['inboundMessageId']]  # not confirmations
        self.wait_for(lambda: inbound_statuses() == ['DELIVERED', 'DELIVERED'],
                      'both inbound deliveries to be answered')
        self.assertEqual(inbound_statuses(), ['DELIVERED', 'DELIVERED'])
        journal = self.control('GET', '/_smsim/requests?operation=PutOptedOutNumber')['requests']
        self.assertEqual(journal[0]['request']['OptedOutNumber'], HANDSET)


if __name__ == '__main__':
    unittest.main()
