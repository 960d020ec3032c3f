#!/usr/bin/env bash
# Starts the local PostgreSQL 15 cluster for the tests and makes sure the test role and database exist.
# Idempotent and quiet: exits 0 when all is already in place. Run as root.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
if ! pg_lsclusters --no-header 2>/dev/null | awk '$1 == "15" && $2 == "main" { print $4 }' | grep -q online; then
  pg_ctlcluster 15 main start
fi
for _ in $(seq 1 50); do
  su postgres -c "pg_isready -q -h 127.0.0.1 -p 5432" && break
  sleep 0.2
done
if ! su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'crosscheck'\"" | grep -q 1; then
  su postgres -c "psql -q -c \"CREATE ROLE crosscheck LOGIN PASSWORD 'crosscheck' CREATEDB\""
fi
if ! su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'crosscheck_test'\"" | grep -q 1; then
  su postgres -c "createdb -O crosscheck crosscheck_test"
fi
