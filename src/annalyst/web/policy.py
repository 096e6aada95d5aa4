"""The security headers of every response, and the one relaxation the timeline and network pages need.

Scripts come only from this app (``script-src 'self'``: no inline script, no ``eval``); a page's data
travels in a ``<script type="application/json">`` block, which is not run. The bundled libraries insert
``<style>`` elements when they start (vis-timeline its own stylesheet, in pieces; cytoscape.js one rule
for its container): on /timeline and /network those exact blocks are allowed by their SHA-256 hashes,
and no other inline style. A new version of either library may insert other blocks: the browser test of
those pages (tests/browser/test_serve.py) then fails on the console error, which names the hash to add.
"""

from __future__ import annotations

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
LIBRARY_STYLES = (  # sha256 of each <style> block vis-timeline-graph2d.min.js and cytoscape.min.js insert
    "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
    "4cgFR0//m8/eHo2G/esYsuZetUHlzCUWYM59sfgE9zY=",
    "ATJNJCL6Wpn/tPBpNaKy3Ig13EdPxHee6ABd7iI5mws=",
    "JpD3E+Z6xKRloIXUfvynO2x74VKoQhS46cmzKyphJl4=",
    "Pp9TeUBeLNGvSpG/WQNr6F3PYBi3hh26KmQ3FkCtS/s=",
    "QuPewnJYr+SnQiTnCNHFBw99ExTsz9f8w5320PimEPw=",
    "U3cY7+F4GcTGxjocx4JSltmifCzwxxzq20dqKX4Tpyc=",
    "XBP/Oxjt3ECoRQDQ/Oy5mLhrX1dQxCIiptFACGjUcTs=",
    "baaZQ3ax85WnC7GoHJg/b0c0Mc2RCKGK73AZ1RkuJn8=",
    "c5RgAgDBfjnEymw+IboUyFPkkpdh8YEBSEryb+t1dMk=",
    "gGUn/VMBXCeWm86qX/pOf+4ZDSbe0JcaXXb4rJjw1mA=",
    "q+AlK1feXh8YLw+gxDqtezQZl8UqsWOM3W5c0pt//tg=",
    "v0QGAkPIWT/V4bfkkxL6vDfyRDULSXZUBrHxAFR30lY=",
    "w0Te9S8PSkCwFxTBObrIR3XmcxltdxckbplgXIG85qk=",
    "w6U1+htdQc1k4FTNbX5Rk8gOIBBM7jVgmCKvXCQklGE=",
    "pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8=",  # cytoscape: .__________cytoscape_container { position: relative; }
)
VIEWS_CSP = CSP.replace("style-src 'self'", "style-src 'self' " + " ".join(f"'sha256-{h}'" for h in LIBRARY_STYLES))
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
