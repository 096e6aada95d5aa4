"""Words of incident reports: the acts of political violence, who commits them, what they hit and with what.

General English of news about attacks, bombings, kidnappings, arson and
robbery, the way wire services report them ("guerrillas dynamited a power
pylon", "a car bomb exploded outside the bank", "gunmen kidnapped the
mayor"). The incident classes follow the MUC-4 template types (Sundheim,
*Overview of the Fourth Message Understanding Evaluation*, 1992): attack,
bombing, kidnapping, arson, robbery and forced work stoppage. The lists are
written from general knowledge of such reports and checked against the words
that most often fill the perpetrator, target and instrument slots of the
MUC-4 training keys (common nouns only: no name of a person, place or group
of any corpus is here).
"""

from __future__ import annotations

#: verb lemma -> incident class
VERBS: dict[str, str] = {
    "attack": "attack", "assault": "attack", "ambush": "attack", "machinegun": "attack", "machine-gun": "attack",
    "strafe": "attack", "shoot": "attack", "kill": "attack", "murder": "attack", "assassinate": "attack",
    "massacre": "attack", "slay": "attack", "wound": "attack", "injure": "attack", "torture": "attack",
    "behead": "attack", "stab": "attack", "raid": "attack", "gun": "attack", "execute": "attack",
    "bomb": "bombing", "explode": "bombing", "detonate": "bombing", "dynamite": "bombing", "blow": "bombing",
    "kidnap": "kidnapping", "abduct": "kidnapping", "kidnaped": "kidnapping", "kidnapped": "kidnapping",
    "burn": "arson", "torch": "arson",
    "rob": "robbery", "steal": "robbery", "loot": "robbery", "hijack": "robbery", "ransack": "robbery",
}
#: light verbs whose object names the act ("carried out an attack", "staged a raid"): their subject is its agent
LIGHT_VERBS = frozenset({"carry", "perpetrate", "commit", "launch", "stage", "mount", "conduct", "make"})
#: verbs of damage: an act of their subject when it is a weapon ("the bomb destroyed the bank"); what they
#: damage is the target of the act the report tells ("two vehicles were destroyed")
DAMAGE_VERBS = frozenset({"destroy", "damage", "demolish", "wreck", "shatter", "devastate"})
#: verbs that name an incident only with a weapon as object ("hurled a grenade", "planted a bomb")
WEAPON_VERBS = frozenset({"hurl", "throw", "plant", "place", "set", "leave", "launch", "fire", "toss"})

#: noun lemma -> incident class
NOUNS: dict[str, str] = {
    "attack": "attack", "assault": "attack", "ambush": "attack", "murder": "attack", "assassination": "attack",
    "massacre": "attack", "killing": "attack", "slaying": "attack", "homicide": "attack", "shooting": "attack",
    "raid": "attack", "machinegunning": "attack", "crime": "attack", "atrocity": "attack",
    "bombing": "bombing", "explosion": "bombing", "blast": "bombing", "dynamiting": "bombing",
    "kidnapping": "kidnapping", "kidnaping": "kidnapping", "abduction": "kidnapping", "kidnap": "kidnapping",
    "arson": "arson",
    "robbery": "robbery", "theft": "robbery", "holdup": "robbery", "hold-up": "robbery", "hijacking": "robbery",
    "stoppage": "strike",
    "disappearance": "kidnapping", "hostage-taking": "kidnapping",
}

#: heads of noun phrases that describe perpetrators ("urban guerrillas", "heavily armed men")
PERPETRATORS = frozenset({
    "terrorist", "guerrilla", "guerilla", "rebel", "gunman", "gunmen", "man", "men", "individual", "assassin",
    "attacker", "assailant", "kidnapper", "abductor", "subversive", "commando", "hitman", "hitmen", "killer",
    "murderer", "soldier", "troop", "trafficker", "narcoterrorist", "extremist", "insurgent", "militant",
    "youth", "woman", "women", "paramilitary", "criminal", "bandit", "thief", "robber", "squad", "perpetrator",
    "unknown", "stranger", "mercenary", "sicario", "member", "uniformed", "person",
})
#: perpetrator heads that name anyone ("men", "a woman", "members", "soldiers"): a perpetrator as the act's own
#: subject or agent, elsewhere in its sentence only when armed or unknown ("heavily armed men")
WEAK_PERPETRATORS = frozenset({
    "man", "men", "woman", "women", "individual", "person", "youth", "member", "soldier", "troop", "unknown",
    "stranger", "uniformed",
})
#: modifiers that make anyone a suspect ("armed men", "unidentified individuals", "hooded youths")
SUSPECT_MODIFIERS = frozenset({"armed", "unidentified", "unknown", "masked", "hooded", "uniformed", "heavily",
                               "gunmen", "paid", "hired"})
#: heads of noun phrases that describe an armed body rather than people ("death squads", "the armed forces"):
#: a perpetrator organisation
PERPETRATOR_BODIES = frozenset({
    "army", "force", "forces", "police", "guard", "cartel", "front", "movement", "brigade", "battalion", "squad",
    "squads", "detachment", "militia", "command", "gang", "band", "column", "cell", "unit", "extraditables",
    "military",
})
#: nouns after which "of X" names the body the perpetrators belong to ("members of X", "a cell of X")
MEMBERSHIP = frozenset({"member", "guerrilla", "rebel", "cell", "commando", "unit", "column", "terrorist",
                        "militant", "squad", "front", "faction", "soldier", "troop", "gunman", "gunmen", "men"})
#: nouns of a victim's identification ("the victims were identified as X")
VICTIM_NOUNS = frozenset({"victim", "hostage", "dead", "body", "corpse", "deceased"})
#: title and office words before a person's name, not part of it ("presidential candidate X")
TITLE_WORDS = frozenset({
    "president", "presidential", "candidate", "mayor", "governor", "minister", "general", "attorney", "judge",
    "colonel", "captain", "major", "lieutenant", "sergeant", "father", "priest", "monsignor", "msgr", "bishop",
    "archbishop", "senator", "deputy", "congressman", "councilman", "councilor", "doctor", "dr", "mr", "mrs",
    "engineer", "lawyer", "journalist", "director", "chief", "commander", "leader", "former", "official",
    "businessman", "professor", "student", "citizen", "national", "magistrate", "prosecutor", "ambassador",
    "consul", "secretary", "editor", "reporter", "union", "peasant", "labor", "leftist", "rightist", "jesuit",
    "fr", "gen", "col", "lt", "capt", "sgt", "rev", "reverend", "sister", "brother", "nun", "mother",
})

#: heads of noun phrases that name physical targets: buildings, vehicles, installations
TARGETS = frozenset({
    "building", "house", "home", "residence", "office", "headquarters", "embassy", "consulate", "bank", "branch",
    "store", "shop", "supermarket", "hotel", "restaurant", "bus", "vehicle", "car", "truck", "jeep", "plane",
    "aircraft", "airplane", "helicopter", "train", "station", "substation", "plant", "factory", "pole", "tower",
    "pylon", "line", "powerline", "installation", "facility", "pipeline", "bridge", "church", "school",
    "university", "institute", "center", "centre", "farm", "hacienda", "ranch", "premises", "property",
    "barracks", "post", "base", "garrison", "transformer", "antenna", "tanker", "ship", "boat", "dam",
    "market", "company", "firm", "agency", "club", "theater", "theatre", "airport", "depot",
    "booth", "mayoralty", "city hall", "courthouse", "court", "prison", "jail", "ministry", "newspaper",
    "radio", "studio", "estate", "camp", "outpost", "mission", "seminary", "parish", "temple",
    "hospital", "clinic", "apartment", "dwelling", "hut", "shack", "refinery", "tank", "network",
    "system", "grid", "wagon", "motorcycle", "taxi", "ambulance", "locomotive", "cargo", "shipment",
    "installations", "offices", "facilities", "properties", "equipment", "machinery", "kiosk",
    "lines", "towers", "poles", "cable", "stand", "chapel", "cathedral", "monument", "residences", "plaza",
    "terminal", "structure", "business", "vessel", "flagship", "mansion", "convoy", "substations", "bookstore",
})

#: heads of noun phrases that name weapons and explosives
INSTRUMENTS = frozenset({
    "bomb", "dynamite", "explosive", "device", "grenade", "rocket", "mortar", "rifle", "gun", "machinegun",
    "machine-gun", "submachinegun", "pistol", "revolver", "weapon", "firearm", "landmine", "charge",
    "launcher", "missile", "tnt", "molotov", "cocktail", "machete", "knife", "stone", "incendiary", "bazooka",
    "shotgun", "carbine", "ak-47", "m-16", "uzi", "fal", "galil", "ammunition", "bullet", "petard", "mine",
    "gunfire", "shell", "projectile", "artefact", "artifact", "gel", "cartridge", "ordnance", "bullets",
})
#: weapons that explode: an attack with one is a bombing (the MUC-4 incident types)
EXPLOSIVES = frozenset({"bomb", "dynamite", "explosive", "grenade", "molotov", "charge", "tnt", "petard", "device"})
#: instrument heads that are weapons only with a modifier ("explosive device", "incendiary charge")
WEAK_INSTRUMENTS = frozenset({"device", "charge", "artefact", "artifact", "cocktail", "gel", "stone", "mine",
                              "shell"})

#: verbs whose subject claims or is blamed for an incident ("X claimed responsibility", "attributed to X")
CLAIM_NOUNS = frozenset({"responsibility", "authorship", "credit"})
BLAME_VERBS = frozenset({"attribute", "blame", "accuse", "hold", "charge", "claim"})

#: words that mark an incident as a perpetrator's act even without an agent: "terrorist attack"
TERROR_MODIFIERS = frozenset({"terrorist", "guerrilla", "rebel", "subversive", "criminal", "dynamite", "bomb",
                              "car", "car-bomb", "narcoterrorist"})

#: heads of noun phrases that name armed forces in combat, of a state or of an insurgency ("the troops", "a
#: rebel column"): an act whose every participant on both sides is one is a military clash, not a terrorist
#: incident (MUC-4's task definition: "military versus military" engagements are not relevant). Police and
#: guards are not here: an attack on a police post is an incident.
ARMED_FORCES = frozenset({
    "soldier", "troop", "army", "guerrilla", "guerilla", "rebel", "insurgent", "subversive", "combatant",
    "battalion", "brigade", "patrol", "column", "detachment", "militia", "militiaman", "militiamen", "marine",
    "paratrooper", "serviceman", "servicemen", "forces", "force", "unit", "regiment", "platoon",
    "infantryman", "infantrymen",
})
