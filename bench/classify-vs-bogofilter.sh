#!/usr/bin/env bash
# Compares Mailroom's learned classifier with bogofilter on the SpamAssassin split:
# train on easy_ham + spam, test on easy_ham_2 + hard_ham + spam_2.
# Needs a built tree: ./mvnw -q -B package -DskipTests && ./mvnw -q -B test-compile
# Usage: [SPAM_CUTOFF=0.99] bench/classify-vs-bogofilter.sh [CORPUS_DIR]
#        (default ../shared/data/spamassassin)
set -euo pipefail

cd "$(dirname "$0")/.."
CORPUS=${1:-../shared/data/spamassassin}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
[[ -f $CORPUS/labels.tsv ]] || { echo "no labels.tsv in $CORPUS" >&2; exit 1; }
[[ -d target/test-classes && -d target/lib ]] || { echo "build first (see the header of $0)" >&2; exit 1; }
command -v bogofilter >/dev/null || { echo "bogofilter not installed" >&2; exit 1; }

echo "== Mailroom (OnlineClassifier)"
MAILROOM=$("$JAVA" ${SPAM_CUTOFF:+-Dspam.cutoff=$SPAM_CUTOFF} -cp "target/classes:target/test-classes:target/lib/*" \
    dev.mailroom.classify.internal.model.SpamSplitBench "$CORPUS")
echo "$MAILROOM"

echo "== $(bogofilter -V 2>&1 | head -1 || true)"
DB=$(mktemp -d)
trap 'rm -rf "$DB"' EXIT
start=$(date +%s.%N)
while IFS=$'\t' read -r path label subset; do
    case $subset in
        easy_ham) bogofilter -d "$DB" -n < "$CORPUS/$path" ;;
        spam) bogofilter -d "$DB" -s < "$CORPUS/$path" ;;
    esac
done < <(tail -n +2 "$CORPUS/labels.tsv")
learn_end=$(date +%s.%N)

# One bogofilter process per message, as a delivery agent would run it; the timing includes the
# process start, so it is reported apart from Mailroom's in-process figure.
RESULTS=$DB/results.tsv
while IFS=$'\t' read -r path label subset; do
    case $subset in
        easy_ham|spam) continue ;;
    esac
    # bogofilter's exit status is its verdict (0 spam, 1 ham, 2 unsure), not a failure
    verdict=$( (bogofilter -d "$DB" -T < "$CORPUS/$path" || true) | awk '{print $1}')
    printf '%s\t%s\t%s\n' "$label" "$subset" "$verdict"
done < <(tail -n +2 "$CORPUS/labels.tsv") > "$RESULTS"
end=$(date +%s.%N)

BOGO=$(awk -F'\t' -v learn="$(echo "$learn_end - $start" | bc)" -v test="$(echo "$end - $learn_end" | bc)" '
    { n++; spam = ($1 == "spam"); says = ($3 == "S"); unsure += ($3 == "U")
      ok += (spam == says); tp += spam && says; fp += !spam && says; fn += spam && !says
      unsureSpam += spam && $3 == "U"; unsureHam += !spam && $3 == "U"
      ham += !spam; if ($2 == "hard_ham") { hard++; hardfp += says } }
    END {
      printf "test_messages %d\n", n
      printf "accuracy %.2f\n", 100 * ok / n
      printf "spam_precision %.2f\n", 100 * tp / (tp + fp)
      printf "spam_recall %.2f\n", 100 * tp / (tp + fn)
      printf "ham_fp_rate %.2f\n", 100 * fp / ham
      printf "hard_ham_fp_rate %.2f\n", 100 * hardfp / hard
      printf "ham_false_positives %d\n", fp
      printf "spam_missed %d\n", fn
      printf "unsure_counted_as_ham %d\n", unsure
      printf "accuracy_unsure_as_spam %.2f\n", 100 * (ok + unsureSpam - unsureHam) / n
      printf "ham_fp_rate_unsure_as_spam %.2f\n", 100 * (fp + unsureHam) / ham
      printf "learn_msgs_per_s %.2f\n", 3000 / learn
      printf "classify_msgs_per_s %.2f\n", n / test
    }' "$RESULTS")
echo "$BOGO"

echo "== Comparison (percentages; bogofilter's U = unsure counted as ham)"
printf '%-22s %14s %14s %12s\n' metric "mailroom@cut" mailroom-argmax bogofilter
for key in accuracy spam_precision spam_recall ham_fp_rate hard_ham_fp_rate ham_false_positives \
        spam_missed classify_msgs_per_s; do
    m=$(awk -v k="$key" '$1 == k {print $2}' <<< "$MAILROOM")
    a=$(awk -v k="${key}_argmax" '$1 == k {print $2}' <<< "$MAILROOM")
    b=$(awk -v k="$key" '$1 == k {print $2}' <<< "$BOGO")
    printf '%-22s %14s %14s %12s\n' "$key" "$m" "${a:--}" "$b"
done
echo "(mailroom@cut: spam when P(spam) >= $(awk '$1 == "spam_cutoff" {print $2}' <<< "$MAILROOM"); argmax: most likely label;"
echo " classify_msgs_per_s: Mailroom in-process predict only, bogofilter one process per message)"
