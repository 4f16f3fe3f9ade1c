"""The access keys the signature tests' smsim is started with (tests/clients/CMakeLists.txt passes
the same as SMSIM_ACCESS_KEYS): a 12-digit id, which also names the account, and its secret."""
ACCOUNT = "345600000002"
SECRET = "s3cr3t/Example+Key"
WRONG_SECRET = "not-the-secret"
UNKNOWN_ACCOUNT = "345600000003"
