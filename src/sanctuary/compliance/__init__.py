"""The EO 13 compliance tracker: obligations as data, evidence, policy audits and their publication."""
