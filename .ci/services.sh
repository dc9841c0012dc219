#!/usr/bin/env bash
# System packages the integration tests need, run by .ci/run (as root) before `make test`.
# PostgreSQL: Debian's server programs only. The test suite starts its own throwaway cluster
# with initdb + pg_ctl (tests/store_fixtures.py), as the postgres user when run as root; on
# CI (CI=true) a missing server fails those tests instead of skipping them.
set -euo pipefail

have_postgresql() {
  compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null && id postgres >/dev/null 2>&1
}

if ! have_postgresql; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends postgresql
fi
have_postgresql || { echo "services.sh: PostgreSQL did not install" >&2; exit 1; }
ls -d /usr/lib/postgresql/*/bin | tail -1
