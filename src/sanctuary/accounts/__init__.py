"""Staff accounts: roles, agency scoping, and sign-in with password plus TOTP."""
