#!/usr/bin/env python3
"""Writes an archive of generated stories as JSON Lines, one factrec model per line.

Each story is a small budget story: a total, its items and a share, with figures from several
outlets, some repeating each other and some disagreeing, so that the archive holds consistent
stories, stories with conflicts on one fact, and stories whose items exceed their total. The
archive is a function of --stories and --seed alone, so two runs write the same bytes.

    generate_archive.py --stories 400 --seed 1 > archive.jsonl
"""
import argparse
import json
import random
import sys


def story(number, rng):
    items = rng.randint(2, 5)
    facts = [{"id": "total", "unit": "USD"}]
    facts += [{"id": f"item{i}", "unit": "USD"} for i in range(items)]
    facts.append({"id": "staff", "unit": "count(people)", "integer": True})
    claims = []
    outlets = rng.randint(2, 6)
    base = rng.randint(20, 200) * 1_000_000
    parts = [rng.randint(1, 9) for _ in range(items)]
    for k in range(outlets):
        source = f"Outlet {rng.randint(1, 40)}"
        weight = str(rng.randint(1, 3))
        total = base
        if rng.random() < 0.3:  # a misprint or an older figure
            total = base + rng.choice([-1, 1]) * rng.randint(1, 5) * 1_000_000
        claims.append({"id": f"s{number}o{k}:total", "fact": "total", "lo": str(total), "hi": str(total),
                       "weight": weight, "source": source})
        for i in range(items):
            if rng.random() < 0.5:
                share = base * parts[i] // (sum(parts) + rng.randint(0, 3))
                claims.append({"id": f"s{number}o{k}:item{i}", "fact": f"item{i}", "lo": str(share),
                               "hi": str(share + 500_000), "weight": weight, "source": source})
        if rng.random() < 0.4:
            staff = rng.randint(10, 14)
            claims.append({"id": f"s{number}o{k}:staff", "fact": "staff", "lo": str(staff), "hi": str(staff),
                           "weight": weight, "source": source})
    relations = [{"id": "items_within_total",
                  "expr": " + ".join(f"item{i}" for i in range(items)) + " <= total"}]
    return {"facts": facts, "claims": claims, "relations": relations}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    for number in range(args.stories):
        sys.stdout.write(json.dumps(story(number, rng), separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
