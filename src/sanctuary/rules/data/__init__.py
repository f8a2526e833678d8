"""Rule data files, one folder per jurisdiction (a package so the YAML ships in the wheel)."""
