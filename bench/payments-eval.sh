#!/usr/bin/env bash
# Measures payment extraction on both labelled sets and prints the figures against the goals of
# issue 5: detection F1 >= 0.95, amount and currency right for >= 95% of detected payments, due date
# right for >= 90% of the bills that state one. Usage, from the repository root:
#   bench/payments-eval.sh [--split dev|heldout] [CORPUS_DIR]     (CORPUS_DIR default ../shared/data)
set -euo pipefail
cd "$(dirname "$0")/.."

split=()
if [ "${1:-}" = "--split" ]; then split=(--split "$2"); shift 2; fi
corpus=${1:-../shared/data}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

report() {
  local name=$1 json=$2
  python3 - "$name" "$json" <<'PY'
import json, sys
name, j = sys.argv[1], json.loads(open(sys.argv[2]).read())
f = j["fields"]
def show(label, value, goal, note=""):
    if value is None:
        print(f"  {label:<18}    -    (goal {goal:.2f}) nothing to measure{note}")
        return
    mark = "ok  " if value >= goal else "MISS"
    print(f"  {label:<18} {value:.4f} (goal {goal:.2f}) {mark}{note}")
print(f"{name}: {j['messages']} messages, {j['expected']} expected payments, {j['extracted']} extracted, "
      f"{j['negative_messages_with_payments']} of {j['negative_messages']} payment-free messages with a payment found, "
      f"{j['messages_per_second']} messages/s")
show("detection F1", j["detection_f1"] if j["expected"] else None, 0.95,
     f"  (precision {j['detection_precision']:.4f}, recall {j['detection_recall']:.4f})")
show("amount", f["amount"], 0.95)
show("currency", f["currency"], 0.95)
show("due date", f["due_date"], 0.90, f"  ({j['due_date_stated']} pairs state one)")
print(f"  {'payee':<18} {f['payee'] if f['payee'] is not None else '-'}")
PY
}

if [ -d "$corpus/spamassassin" ]; then
  ./mailroom eval payments src/test/resources/extract/payments-real.tsv --base "$corpus" "${split[@]}" --json \
    --predictions "$out/real-predictions.tsv" > "$out/real.json"
  report "real mail (all payment-free)" "$out/real.json"
else
  echo "real mail: corpus not found at $corpus; skipped"
fi
./mailroom eval payments src/test/resources/extract/demo/payments-demo.tsv "${split[@]}" --json \
  --predictions "$out/demo-predictions.tsv" > "$out/demo.json"
report "demo mailbox" "$out/demo.json"
