"""New York City rule data: rules.yaml and the violent-or-serious-crime list."""
