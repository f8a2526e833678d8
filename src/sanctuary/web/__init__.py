"""The staff site's shell: layout, home page, health check, error pages."""
