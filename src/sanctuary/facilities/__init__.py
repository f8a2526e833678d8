"""City-controlled properties: where agents arrive and whose non-public areas §4-210 protects."""
