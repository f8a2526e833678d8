"""Know Your Rights: the public multilingual pages, printable cards and the campaign's distribution."""
