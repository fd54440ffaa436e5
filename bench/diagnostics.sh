#!/usr/bin/env bash
# Diagnostics benchmark: a whole diagnosis against its slowest check, on synthetic checks of random length and on
# the real checks over every practice scenario with a slow licensing service. Budget: 1.2x the slowest check
# (checks run side by side; a serial runner would be many times over). Needs no display.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test 2>/dev/null \
  || ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.activationdesk.bench.DiagnosticsBench \
  | tee target/diagnostics-bench.txt
ratio=$(sed -n 's/^diagnostics-worst-ratio \([0-9.]*\).*/\1/p' target/diagnostics-bench.txt)
awk -v r="$ratio" 'BEGIN { exit !(r != "" && r <= 1.2) }' && echo "within budget" || { echo "OVER BUDGET"; exit 1; }
