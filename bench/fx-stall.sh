#!/usr/bin/env bash
# FX-thread stall benchmark: drives the real window through every practice scenario, both languages and each
# next step, and reports the longest time the JavaFX thread could not answer (budget: 50 ms).
# Needs a display: uses $DISPLAY, or starts Xvfb (apt-get install xvfb xauth libgtk-3-0 libxtst6).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test 2>/dev/null \
  || ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :96 -screen 0 1280x900x24 >/dev/null 2>&1 &
  XVFB=$!
  trap 'kill $XVFB' EXIT
  export DISPLAY=:96
  sleep 1
fi
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.activationdesk.bench.FxStallTour\$Main 2>/dev/null \
  | tee target/fx-stall.txt
worst=$(sed -n 's/^fx-worst-stall-ms \([0-9]*\).*/\1/p' target/fx-stall.txt)
[ -n "$worst" ] && [ "$worst" -le 50 ] && echo "within budget" || { echo "OVER BUDGET"; exit 1; }
