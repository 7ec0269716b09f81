"""Key-first misses on basil-dev development sets from an evaldev run, by half (rank27's story split), filtered by the
question's wh-word. usage: python bench/keyfirst30/basil_misses.py RUN_DIR [regex]"""
import json, re, sys
from pathlib import Path
import yaml

CAL = {"clinton-tax-returns", "colorado-marijuana-suit", "duncan-hunter-indicted", "elephant-trophies",
       "ginsburg-trump", "house-reads-constitution"}
SKIP = {"heldout2", "heldout3", "dev-fresh"}
run, pat = Path(sys.argv[1]), re.compile(sys.argv[2] if len(sys.argv) > 2 else ".", re.I)
story = {}
files = [f for f in sorted(Path("evals/basil-dev").glob("*.yaml")) if f.stem not in SKIP]
for f in files:
    for c in yaml.safe_load(f.read_text()).get("cases", []):
        ps = c.get("expected_passages") or []
        story[c["id"]] = ps[0]["doc"].split("_")[0] if ps else None
seen = set()
for d in sorted(run.iterdir()):
    if d.name in SKIP or not (d / "latest.json").is_file() or d.name not in {f.stem for f in files}:
        continue
    rep = json.loads((d / "latest.json").read_text())["systems"][0]["cases"]
    ans = json.loads((d / "answers.json").read_text())
    for c in rep:
        if c.get("key_first") is False and pat.match(c["question"]) and c["id"] not in seen:
            seen.add(c["id"])
            half = "CAL" if story.get(c["id"]) in CAL else "chk"
            a = ans.get(c["question"], {})
            first = a.get("quotes", [["", ""]])[0][1][:160] if a.get("quotes") else ""
            print(f"{half} {d.name}:{c['id']} passed={c['passed']} contested={c.get('contested')}\n   Q {c['question']}\n   1 {first!r}")
