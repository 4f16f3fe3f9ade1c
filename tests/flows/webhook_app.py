"""The seed blog's self-managed opt-out handler, as a small web application.

It receives SNS notifications for inbound SMS (the two-way channel), confirms an SNS subscription
by visiting the SubscribeURL of its SubscriptionConfirmation, decides on STOP or JOIN the
way the blog's Lambda function does, records the opt-out or opt-in on the AWS opt-out list with
PutOptedOutNumber / DeleteOptedOutNumber, and texts a confirmation with SendTextMessage.

Run: python3 webhook_app.py SMSIM_URL OPT_OUT_LIST  (prints "webhook listening on URL" first)
"""
import json
import sys
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import boto3

OPT_OUT_KEYWORDS = ['ARRET', 'CANCEL', 'END', 'OPT-OUT', 'OPTOUT', 'QUIT', 'REMOVE', 'STOP', 'TD',
                    'UNSUBSCRIBE']
OPT_IN_KEYWORDS = ['JOIN']

smsim_url, opt_out_list = sys.argv[1], sys.argv[2]
sms = boto3.client('pinpoint-sms-voice-v2', endpoint_url=smsim_url, region_name='us-east-1',
                   aws_access_key_id='123456789012', aws_secret_access_key='not-checked')


def handle_inbound(data):
    word = data['messageBody'].strip().split()[0].upper() if data['messageBody'].strip() else ''
    if word in OPT_OUT_KEYWORDS:
        sms.put_opted_out_number(OptOutListName=opt_out_list,
                                 OptedOutNumber=data['originationNumber'])
        confirmation = 'YOU HAVE BEEN UNSUBSCRIBED. TEXT "JOIN" TO BE RESUBSCRIBED'
    elif word in OPT_IN_KEYWORDS:
        sms.delete_opted_out_number(OptOutListName=opt_out_list,
                                    OptedOutNumber=data['originationNumber'])
        confirmation = 'YOU HAVE BEEN SUBSCRIBED. TEXT "STOP" TO BE UNSUBSCRIBED'
    else:
        return
    # The blog's confirmation text. AWS refuses to text an opted-out number, so the opt-out
    # confirmation fails exactly as it would in production; the handler logs and goes on.
    try:
        sms.send_text_message(DestinationPhoneNumber=data['originationNumber'],
                              OriginationIdentity=data['destinationNumber'],
                              MessageBody=confirmation, MessageType='TRANSACTIONAL')
    except sms.exceptions.ConflictException as error:
        print('confirmation not sent:', error.response.get('Reason'), flush=True)


def confirm_subscription(envelope):
    """What an SNS HTTP endpoint does with a SubscriptionConfirmation: visit its SubscribeURL."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(envelope['SubscribeURL'], timeout=10) as response:
        response.read()


class SnsHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get('Content-Length', 0)))
        message_type = self.headers.get('x-amz-sns-message-type')
        if message_type not in ('Notification', 'SubscriptionConfirmation'):
            self.send_response(400)
            self.end_headers()
            return
        envelope = json.loads(body)
        if message_type == 'SubscriptionConfirmation':
            confirm_subscription(envelope)
        else:
            handle_inbound(json.loads(envelope['Message']))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(('127.0.0.1', 0), SnsHandler)
print(f'webhook listening on http://127.0.0.1:{server.server_address[1]}/sns', flush=True)
server.serve_forever()
