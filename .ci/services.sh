#!/usr/bin/env bash
# System packages the integration tests need, run by .ci/run (as root) before `make test`.
# Chromium: Debian's browser, which the browser tests drive with Playwright (executable_path);
# Playwright never downloads a browser of its own.
# PostgreSQL: Debian's server programs only. The test suite starts its own throwaway cluster
# with initdb + pg_ctl (tests/store_fixtures.py), as the postgres user when run as root; on
# CI (CI=true) a missing server fails those tests instead of skipping them.
set -euo pipefail

have_postgresql() {
  compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null && id postgres >/dev/null 2>&1
}

missing=()
have_postgresql || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
fi
have_postgresql || { echo "services.sh: PostgreSQL did not install" >&2; exit 1; }
command -v chromium >/dev/null || { echo "services.sh: chromium did not install" >&2; exit 1; }
chromium --version
ls -d /usr/lib/postgresql/*/bin | tail -1
