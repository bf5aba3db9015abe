#!/usr/bin/env bash
# The bare Camunda engine's benchmark and the product's, back to back on this machine and database,
# and their ratio (docs/benchmarks.md). Usage: bench/compare.sh [postgres|h2] [payments]
# PostgreSQL: 127.0.0.1:5432, user postgres, trust auth; databases bench_camunda and geft_bench are recreated.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-postgres}
payments=${2:-1000}
out=target/benchmark
mkdir -p "$out"
if curl -s -o /dev/null localhost:9080; then
  echo "port 9080 is in use: stop the dev server first" >&2
  exit 1
fi
recreate() {
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $1" -c "create database $1"
}

echo "== bare engine ($db)"
./mvnw -q -f bench/bare-engine/pom.xml package
case "$db" in
  postgres) recreate bench_camunda; mode=pg; extra="" ;;
  h2) rm -rf "$out/bare-h2"; mode=h2file; extra="-Dh2file=$PWD/$out/bare-h2/bench" ;;
  *) echo "database: postgres or h2" >&2; exit 2 ;;
esac
java -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn $extra \
  -cp "bench/bare-engine/target/classes:bench/bare-engine/target/lib/*" bench.Bench "$mode" 2000 200 > "$out/bare-$db.txt"
grep RESULT "$out/bare-$db.txt"
bare=$(grep 'RESULT measure' "$out/bare-$db.txt" | sed -E 's/.*\(([0-9.]+) lifecycles\/s\).*/\1/')

echo "== GEFT Flow ($db)"
rm -rf target/liberty/wlp/usr/servers/defaultServer/data/h2
if [ "$db" = postgres ]; then
  recreate geft_bench
  export GEFT_DB=postgres GEFT_DB_URL=jdbc:postgresql://127.0.0.1:5432/geft_bench
fi
./mvnw -q liberty:run > "$out/server-$db.txt" 2>&1 &
server=$!
trap './mvnw -q liberty:stop > /dev/null 2>&1 || true; wait $server 2> /dev/null || true' EXIT
for _ in $(seq 1 300); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' localhost:9080/health/ready)" = 200 ] && break
  kill -0 $server 2> /dev/null || { tail -20 "$out/server-$db.txt"; exit 1; }
  sleep 1
done
./mvnw -q -Pbenchmark test-compile exec:java -Dbenchmark.payments="$payments" | tee "$out/product-$db.txt"
product=$(grep '^throughput' "$out/product-$db.txt" | sed -E 's/throughput: ([0-9.]+).*/\1/')
awk -v p="$product" -v b="$bare" -v d="$db" \
  'BEGIN { printf "RATIO %s: GEFT Flow %.1f payments/s / bare engine %.1f lifecycles/s = %.2f\n", d, p, b, p / b }' \
  | tee -a "$out/product-$db.txt"
