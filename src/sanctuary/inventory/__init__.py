"""Agency data inventories (Admin Code §§23-1201, 23-1202, 23-1205) and bulk scans of exports."""
