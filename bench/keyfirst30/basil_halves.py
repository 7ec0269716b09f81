"""basil-dev development sets summed by half (rank27's story split; a case belongs to the story of its first expected
passage; none: no expected passage): passed and key first, for each run given. Blind sets never read.
usage: python bench/keyfirst30/basil_halves.py RUN [RUN ...]"""
import json, sys
from pathlib import Path
import yaml

CAL = {"clinton-tax-returns", "colorado-marijuana-suit", "duncan-hunter-indicted", "elephant-trophies",
       "ginsburg-trump", "house-reads-constitution"}
SKIP = {"heldout2", "heldout3", "dev-fresh"}
files = [f for f in sorted(Path("evals/basil-dev").glob("*.yaml")) if f.stem not in SKIP]
story = {}
for f in files:
    for c in yaml.safe_load(f.read_text()).get("cases", []):
        ps = c.get("expected_passages") or []
        story[(f.stem, c["id"])] = ps[0]["doc"].split("_")[0] if ps else None
for run in map(Path, sys.argv[1:]):
    tot = {h: [0, 0, 0] for h in ("cal", "chk", "none")}
    for f in files:
        rep = run / f.stem / "latest.json"
        if not rep.is_file():
            continue
        for c in json.loads(rep.read_text())["systems"][0]["cases"]:
            s = story.get((f.stem, c["id"]))
            h = "none" if s is None else "cal" if s in CAL else "chk"
            tot[h][0] += c["passed"]; tot[h][1] += bool(c.get("key_first")); tot[h][2] += 1
    print(run.name, " ".join(f"{h}: pass {v[0]}/{v[2]} kf {v[1]}" for h, v in tot.items()))
