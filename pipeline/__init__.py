"""spaceclaims: cooperation and competition claims from space-policy documents."""

__version__ = "0.2.0"
