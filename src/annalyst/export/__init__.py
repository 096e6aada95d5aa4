"""Exports of a dossier: the ``dossier.json`` contract first; FollowTheMoney, GEXF, TimelineJS and CSV later."""

from .dossier import dossier_to_dict, write_dossier

__all__ = ["dossier_to_dict", "write_dossier"]
