#!/usr/bin/env bash
# Mailroom's classifier, as the product runs it (`mailroom eval classify`), against bogofilter on
# the SpamAssassin split: learn easy_ham + spam, classify easy_ham_2 + hard_ham + spam_2.
# Mailroom runs three ways: cold (built-in knowledge only, nothing learnt), trained (learns the
# training set first) and trained + online (also learns each test message's label after
# classifying it). Prints one table and a verdict per Mailroom mode against the goal of issue 4:
# higher accuracy and a lower ham false-positive rate than bogofilter in the same run.
#
# Usage: bench/classify-vs-bogofilter.sh [CORPUS_DIR]     (default ../shared/data/spamassassin)
#        KEEP=1 ... keeps the work dir (TSVs, predictions, JSON) and prints its path.
set -euo pipefail

cd "$(dirname "$0")/.."
CORPUS=$(cd "${1:-../shared/data/spamassassin}" && pwd)
[[ -f $CORPUS/labels.tsv ]] || { echo "no labels.tsv in $CORPUS" >&2; exit 1; }
if ! command -v bogofilter >/dev/null; then
    echo "bogofilter not installed; installing the Debian package" >&2
    apt-get install -y -qq bogofilter >/dev/null
fi

WORK=$(mktemp -d)
if [[ -n ${KEEP:-} ]]; then echo "work dir: $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi

# The split, as labels files with paths relative to the corpus (eval classify --base).
awk -F'\t' -v OFS='\t' 'NR == 1 { print > train; print > test; next }
    $3 == "easy_ham" || $3 == "spam" { print > train; next }
    { print > test }' train="$WORK/train.tsv" test="$WORK/test.tsv" "$CORPUS/labels.tsv"
echo "corpus: $CORPUS"
echo "train: $(($(wc -l < "$WORK/train.tsv") - 1)) messages (easy_ham + spam); test: $(($(wc -l < "$WORK/test.tsv") - 1))" \
    "(easy_ham_2 + hard_ham + spam_2)"

# --- Mailroom: the launcher builds the jar when it is missing or older than the sources.
export MAILROOM_DAEMON=0
run_mailroom() { # mode, extra args...
    local mode=$1
    shift
    ./mailroom eval classify --base "$CORPUS" --test "$WORK/test.tsv" "$@" --json \
        --predictions "$WORK/$mode.predictions" > "$WORK/$mode.json"
    # predictions: absolute path, true label, predicted label, confidence, tier -> label, subset, verdict
    awk -F'\t' -v OFS='\t' -v base="$CORPUS/" 'FNR == NR { if (FNR > 1) subset[base $1] = $3; next }
        { print $2, subset[$1], $3 }' "$WORK/test.tsv" "$WORK/$mode.predictions" > "$WORK/$mode.results"
}
echo "== Mailroom ($(git rev-parse --short HEAD 2>/dev/null || echo unknown))"
run_mailroom cold
run_mailroom trained --train "$WORK/train.tsv"
run_mailroom online --train "$WORK/train.tsv" --online

# --- bogofilter: learns the same messages, then classifies one process per message (as a
# delivery agent runs it), timed with the process starts; then once more in one process (-b).
echo "== $(bogofilter -V 2>&1 | head -1)"
DB=$WORK/bogofilter
mkdir -p "$DB"
awk -F'\t' -v dir="$CORPUS/" 'NR > 1 && $2 == "ham" { print dir $1 }' "$WORK/train.tsv" | bogofilter -d "$DB" -n -b
awk -F'\t' -v dir="$CORPUS/" 'NR > 1 && $2 == "spam" { print dir $1 }' "$WORK/train.tsv" | bogofilter -d "$DB" -s -b
start=$(date +%s.%N)
while IFS=$'\t' read -r path label subset; do
    # the exit status is the verdict (0 spam, 1 ham, 2 unsure), not a failure
    verdict=$( (bogofilter -d "$DB" -T < "$CORPUS/$path" || true) | awk '{print $1}')
    printf '%s\t%s\t%s\n' "$label" "$subset" "$verdict"
done < <(tail -n +2 "$WORK/test.tsv") > "$WORK/bogofilter.raw"
end=$(date +%s.%N)
bulk_start=$(date +%s.%N)
awk -F'\t' -v dir="$CORPUS/" 'NR > 1 { print dir $1 }' "$WORK/test.tsv" | (bogofilter -d "$DB" -T -b || true) > "$WORK/bogofilter.bulk"
bulk_end=$(date +%s.%N)
tested=$(($(wc -l < "$WORK/test.tsv") - 1))
bogo_rate=$(echo "$tested / ($end - $start)" | bc -l)
bogo_bulk_rate=$(echo "$tested / ($bulk_end - $bulk_start)" | bc -l)
# U (unsure) counts as ham, as a filter that only files S away does; with U as spam apart
awk -F'\t' -v OFS='\t' '{ print $1, $2, ($3 == "S" ? "spam" : "ham") }' "$WORK/bogofilter.raw" > "$WORK/bogofilter.results"
awk -F'\t' -v OFS='\t' '{ print $1, $2, ($3 == "H" ? "ham" : "spam") }' "$WORK/bogofilter.raw" > "$WORK/bogofilter-u.results"

# label, subset, verdict -> the figures, as percentages
figures() {
    awk -F'\t' '{ n++; spam = ($1 == "spam"); says = ($3 == "spam")
          ok += (spam == says); tp += spam && says; fp += !spam && says; fn += spam && !says
          ham += !spam; if ($2 == "hard_ham") { hard++; hardfp += says } }
        END { printf "%d %.2f %.2f %.2f %.2f %.2f %d\n", n, 100 * ok / n, tp + fp ? 100 * tp / (tp + fp) : 0,
              100 * tp / (tp + fn), 100 * fp / ham, 100 * hardfp / hard, fp }' "$1"
}
rate() { jq -r '.messages_per_second' "$WORK/$1.json"; }
classify_rate() { jq -r '.classify_messages_per_second' "$WORK/$1.json"; }

declare -A F
for r in cold trained online bogofilter bogofilter-u; do F[$r]=$(figures "$WORK/$r.results"); done
col() { awk -v i="$2" '{ print $i }' <<< "${F[$1]}"; }

echo
echo "== Spam decision on the test split ($tested messages; percentages)"
printf '%-28s %10s %10s %10s %12s %12s\n' "" "mailroom" "mailroom" "mailroom" "bogofilter" "bogofilter"
printf '%-28s %10s %10s %10s %12s %12s\n' "" "cold" "trained" "+online" "U as ham" "U as spam"
row() { # title, column index
    printf '%-28s %10s %10s %10s %12s %12s\n' "$1" "$(col cold "$2")" "$(col trained "$2")" "$(col online "$2")" \
        "$(col bogofilter "$2")" "$(col bogofilter-u "$2")"
}
row "accuracy" 2
row "spam precision" 3
row "spam recall" 4
row "ham false-positive rate" 5
row "hard_ham false-positive rate" 6
row "ham false positives (count)" 7
printf '%-28s %10.0f %10.0f %10.0f %12.0f %12s\n' "messages/s" "$(rate cold)" "$(rate trained)" "$(rate online)" "$bogo_rate" "-"
printf '%-28s %10.0f %10.0f %10.0f %12.0f %12s\n' "messages/s, classify only" "$(classify_rate cold)" "$(classify_rate trained)" "$(classify_rate online)" "$bogo_bulk_rate" ""
echo "(Mailroom's messages/s: reading, parsing and classifying each file in one process, after the"
echo " JVM start and the training; +online includes learning each message after classifying it."
echo " 'classify only': the classification call alone, on a parsed message, as the import's stage"
echo " runs it. bogofilter's first row: one process per message, process start included; its"
echo " second: all messages through one process (-b), reading and parsing included.)"

echo
echo "== Goal: higher accuracy and a lower ham false-positive rate than bogofilter (U as ham)"
b_acc=$(col bogofilter 2)
b_fp=$(col bogofilter 5)
for m in cold trained online; do
    acc=$(col "$m" 2)
    fp=$(col "$m" 5)
    if awk -v a="$acc" -v b="$b_acc" -v f="$fp" -v g="$b_fp" 'BEGIN { exit !(a > b && f < g) }'; then mark="✓"; else mark="✗"; fi
    printf '%s mailroom %-8s accuracy %s%% vs %s%%, ham false-positive rate %s%% vs %s%%\n' "$mark" "$m" "$acc" "$b_acc" "$fp" "$b_fp"
done
