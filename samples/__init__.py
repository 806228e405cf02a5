"""The bundled sample sites: pages, their builder, the local server the demo and the tests crawl."""
