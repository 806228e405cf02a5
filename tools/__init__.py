"""Developer tools: docs generators and screenshots (not part of the installed package)."""
