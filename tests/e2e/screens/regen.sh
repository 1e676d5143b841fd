#!/bin/sh
# Rewrites the expected screens (NAME.txt) by driving the built
# ./entrydesk (or $ENTRYDESK_BIN) through tests/e2e/test-screens.sh. Read
# every changed screen before committing it: is it what the agent should
# see?
set -eu
cd "$(dirname "$0")/../../.."
ED_REGEN=1 ./tests/e2e/test-screens.sh
git --no-pager diff --stat -- tests/e2e/screens/ 2>/dev/null || true
