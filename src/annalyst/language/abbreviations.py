"""Abbreviations of diplomatic cables and memoranda that are not the initials of their expansion.

General knowledge of the telegraphic style of foreign ministries ("the SYG" is
the Secretary-General, "HMG" Her Majesty's Government), written for this
project. Keys are the abbreviation's letters in upper case; values are name keys
(lower case, no dots) of what they stand for.
"""

from __future__ import annotations

CABLE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "SYG": ("secretary-general", "secretary general"),
    "SECGEN": ("secretary-general", "secretary general"),
    "UNSYG": ("un secretary-general", "united nations secretary-general", "secretary-general"),
    "HMG": ("her majesty's government", "british government", "government of the united kingdom"),
    "USG": ("united states government", "us government", "government of the united states"),
    "USGOV": ("united states government", "us government", "government of the united states"),
    "DEPT": ("department of state", "state department"),
}
