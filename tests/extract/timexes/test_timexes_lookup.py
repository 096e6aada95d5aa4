"""The offset index of a document's timexes answers exactly as a scan of every timex would."""

import random
from types import SimpleNamespace

from annalyst.extract.timexes import isodates
from annalyst.extract.timexes.lookup import dates_touching, last_dated
from annalyst.extract.timexes.speech import region_at
from annalyst.model import Timex

_VALUES = ["2391", "2391-04", "2391-04-17", "2391-W12", "XXXX-04-17", "2391-04-17T09:00", "P3D", None, "PRESENT_REF"]
_TYPES = ["DATE", "DATE", "DATE", "TIME", "DURATION", "SET"]


def _scan_dates(timexes, ranges):
    return [t.value for t in timexes if t.value and t.type == "DATE"
            and any(t.start < end and start < t.end for start, end in ranges)]


def _scan_last(timexes, regions, offset, region, precision, passing):
    best = None
    for t in sorted(timexes, key=lambda t: t.start):
        if t.start >= offset:
            break
        if t.id in passing and (passing[t.id] is None or not passing[t.id][0] <= offset < passing[t.id][1]):
            continue
        if t.type in ("DATE", "TIME") and isodates.is_finer_or_equal(t.value, precision) \
                and region_at(regions, t.start) == region:
            best = t
    return best


def _document(rng: random.Random):
    timexes = []
    for k in range(rng.randint(0, 40)):
        start = rng.randint(0, 2000)
        timexes.append(Timex(id=f"d:T{k}", doc="d", start=start, end=start + rng.randint(1, 30), text="x",
                             type=rng.choice(_TYPES), value=rng.choice(_VALUES)))
    rng.shuffle(timexes)  # the stage's order is not the offsets' order
    regions = sorted({(s, s + rng.randint(5, 200)) for s in rng.sample(range(0, 2000, 250), 3)})
    passing = {t.id: (None if rng.random() < 0.5 else (t.start, t.start + rng.randint(0, 300)))
               for t in rng.sample(timexes, len(timexes) // 4)}
    return SimpleNamespace(timexes=timexes, scratch={}), regions, passing


def test_the_index_answers_as_the_full_scan_does():
    rng = random.Random(7)
    for _ in range(200):
        ctx, regions, passing = _document(rng)
        for _ in range(30):
            ranges = [(s, s + rng.randint(1, 12)) for s in sorted(rng.sample(range(2100), rng.randint(1, 6)))]
            assert dates_touching(ctx, ranges) == _scan_dates(ctx.timexes, ranges)
            offset = rng.randint(0, 2100)
            region = rng.choice([None, *range(len(regions))])
            precision = rng.choice(["year", "month", "day"])
            assert last_dated(ctx, regions, offset, region, precision, passing) \
                == _scan_last(ctx.timexes, regions, offset, region, precision, passing)


def test_the_index_follows_timexes_added_later():
    ctx = SimpleNamespace(timexes=[Timex("d:T1", "d", 10, 14, "2391", "DATE", "2391")], scratch={})
    assert dates_touching(ctx, [(0, 50)]) == ["2391"]
    ctx.timexes.append(Timex("d:T2", "d", 20, 24, "2392", "DATE", "2392"))
    assert dates_touching(ctx, [(0, 50)]) == ["2391", "2392"]
    assert last_dated(ctx, [], 30, None, "year", {}).id == "d:T2"
