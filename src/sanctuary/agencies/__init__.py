"""The registry of city agencies: who an account, a facility or an obligation belongs to."""
