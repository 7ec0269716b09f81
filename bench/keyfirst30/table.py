"""Per-set table (pass / contested P / R / key first / on-point / near-topic / chars) of evaldev runs, and the
invented corpora's calibration and check stories counted apart.
usage: python bench/keyfirst30/table.py RUN_A RUN_B [--all]"""
import json, sys
from pathlib import Path

KEYS = ["pass_rate", "contested_precision", "contested_recall", "key_passage_first", "on_point_rate",
        "near_topic_abstention", "quoted_chars_per_answer"]
CHECK = ("n28-ma-", "n28-st-", "n29-ro-", "n29-mu-")


def fmt(v):
    return "–" if v is None else (f"{v:.0f}" if v > 2 else f"{v:.3f}")


def halves(run, name):
    """(passed, key first, scored) for calibration and check stories of an invented corpus."""
    cases = json.loads((run / name / "latest.json").read_text())["systems"][0]["cases"]
    out = {}
    for half, test in (("cal", lambda i: not i.startswith(CHECK)), ("chk", lambda i: i.startswith(CHECK))):
        cs = [c for c in cases if test(c["id"])]
        out[half] = (sum(c["passed"] for c in cs), sum(bool(c.get("key_first")) for c in cs),
                     sum(c.get("key_first") is not None for c in cs), len(cs))
    return out


a, b = Path(sys.argv[1]), Path(sys.argv[2])
print("| set | " + " | ".join(KEYS) + " |")
for d in sorted(p for p in a.iterdir() if (p / "latest.json").is_file() and (b / p.name / "latest.json").is_file()):
    ma = json.loads((d / "latest.json").read_text())["systems"][0]["metrics"]
    mb = json.loads((b / d.name / "latest.json").read_text())["systems"][0]["metrics"]
    if ma == mb and "--all" not in sys.argv:
        continue
    cells = [fmt(ma.get(k)) if ma.get(k) == mb.get(k) else f"{fmt(ma.get(k))} → **{fmt(mb.get(k))}**" for k in KEYS]
    print(f"| {d.name} | " + " | ".join(cells) + " |")
for name in ("novel28", "novel29"):
    ha, hb = halves(a, name), halves(b, name)
    for half in ("cal", "chk"):
        print(f"{name} {half}: pass {ha[half][0]}/{ha[half][3]} → {hb[half][0]}/{hb[half][3]}, key first "
              f"{ha[half][1]}/{ha[half][2]} → {hb[half][1]}/{hb[half][2]}")
