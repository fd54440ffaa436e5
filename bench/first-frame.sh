#!/usr/bin/env bash
# Start-up benchmark: time from JVM start to the first frame on screen, Activation Desk against a bare JavaFX
# "hello" window of the same size, same JVM, same class-path style. Both print the time themselves (the JVM's
# own start time is the clock), so how long the process takes to exit afterwards does not count.
# Budget: at most 1.3x the hello.
# Needs a display: uses $DISPLAY, or starts Xvfb (apt-get install xvfb xauth libgtk-3-0 libxtst6).
# Usage: bench/first-frame.sh [runs]   (default 5 runs after one warm-up)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
[ -f target/activation-desk.jar ] || ./mvnw -q package -DskipTests
mkdir -p target/bench
CP="target/lib/*"
javac -d target/bench -cp "$CP" bench/Hello.java bench/HelloLauncher.java

if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1280x900x24 >/dev/null 2>&1 &
  XVFB=$!
  trap 'kill $XVFB' EXIT
  export DISPLAY=:97
  sleep 1
fi

measure() { # prints the first-frame milliseconds one start of "$@" reports
  "$@" 2>/dev/null | sed -n 's/^first-frame-ms //p'
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

HELLO=(java -cp "target/bench:$CP" HelloLauncher)
DESK=(java -Dactivationdesk.exitAfterFirstFrame=true -Dactivationdesk.home=target/bench/home -jar target/activation-desk.jar)

measure "${HELLO[@]}" >/dev/null; measure "${DESK[@]}" >/dev/null   # warm the file cache
hello=$(for _ in $(seq "$RUNS"); do measure "${HELLO[@]}"; done | median)
desk=$(for _ in $(seq "$RUNS"); do measure "${DESK[@]}"; done | median)
ratio=$(awk -v d="$desk" -v h="$hello" 'BEGIN { printf "%.2f", d / h }')
echo "hello first frame (median of $RUNS): ${hello} ms"
echo "desk  first frame (median of $RUNS): ${desk} ms"
echo "ratio: ${ratio} (budget 1.30)"
ready=$(for _ in $(seq "$RUNS"); do "${DESK[@]/-Dactivationdesk.exitAfterFirstFrame=true/-Dactivationdesk.exitWhenReady=true}" 2>/dev/null | sed -n 's/^ready-ms //p'; done | median)
echo "desk  screens built and machine read (median, for information): ${ready} ms"
awk -v r="$ratio" 'BEGIN { exit (r <= 1.30) ? 0 : 1 }' && echo "within budget" || { echo "OVER BUDGET"; exit 1; }
