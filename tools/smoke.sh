#!/usr/bin/env bash
# Smoke test of a deployed OrderPipeline: health, the sample catalog loaded, a sync product order created, and an
# async one followed from 202 to its created customer order.
#
# Usage: tools/smoke.sh BASE_URL KEY
#   BASE_URL  the app's address, e.g. https://func-orderpipeline-abc.azurewebsites.net
#   KEY       a function key (opens the API) or the master key (also opens /manage/…), sent as x-functions-key;
#             may be given in ORDERPIPELINE_KEY instead, which keeps it out of the process list
# Environment: SMOKE_TIMEOUT  seconds to wait for the async order to be created (default 120)
# Needs bash and curl only. Exits 0 when every step passed, 1 on the first failure, 2 on wrong usage.
set -euo pipefail

usage() {
  sed -n '5,10p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

base_url="${1:-}"
key="${2:-${ORDERPIPELINE_KEY:-}}"
if [ -z "$base_url" ] || [ -z "$key" ]; then usage; fi
base_url="${base_url%/}"
timeout="${SMOKE_TIMEOUT:-120}"
case "$timeout" in '' | *[!0-9]*) echo "SMOKE_TIMEOUT must be a number of seconds" >&2; exit 2 ;; esac
command -v curl >/dev/null || { echo "smoke: curl is required" >&2; exit 2; }

repo="$(cd "$(dirname "$0")/.." && pwd)"
orders_path="/tmf-api/productOrderingManagement/v4/productOrder"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The key goes to curl from a file, not its command line.
umask 077
printf 'x-functions-key: %s\n' "$key" >"$work/key-header"

# A unique externalId per run tells this run's orders apart; idempotency keys make a repeated request harmless.
run_id="smoke-$(date -u +%Y%m%dT%H%M%SZ)-$$"
sed -E "s/\"externalId\"[[:space:]]*:[[:space:]]*\"[^\"]*\"/\"externalId\": \"$run_id\"/" \
  "$repo/samples/product-order.json" >"$work/order.json"

status=""

# request METHOD PATH [BODY_FILE] [HEADER...]: sets $status; the body is in $work/body, the headers in $work/headers.
request() {
  local method="$1" path="$2" body_file="${3:-}"
  shift $(($# < 3 ? $# : 3))
  local args=(-sS -X "$method" -o "$work/body" -D "$work/headers" -w '%{http_code}' --max-time 100 -H @"$work/key-header")
  if [ -n "$body_file" ]; then
    args+=(-H 'Content-Type: application/json' --data-binary @"$body_file")
  fi
  for header in "$@"; do
    args+=(-H "$header")
  done
  # A first request may wait for a cold instance; a connection failure reads as status 000.
  status="$(curl "${args[@]}" "$base_url$path" 2>"$work/curl-error")" || true
  [ -n "$status" ] || status="000"
}

# What came back, shortened, so each step shows what it saw.
seen() {
  local text=""
  if [ "$status" = "000" ]; then
    text="$(cat "$work/curl-error")"
  elif [ -f "$work/body" ]; then
    text="$(tr -d '\r\n' <"$work/body" | cut -c1-400)"
  fi
  echo "    $status $text"
}

step() { printf '\n== %s\n' "$*"; }
pass() { echo "   ok: $*"; }
fail() {
  echo "   FAILED: $*" >&2
  exit 1
}

# The first "name": "value" string in the body; enough for the flat fields read here.
field() {
  { grep -o "\"$1\"[[:space:]]*:[[:space:]]*\"[^\"]*\"" "$work/body" || true; } | head -n 1 | sed -E 's/.*"([^"]*)"$/\1/'
}

step "GET /health"
request GET /health
seen
[ "$status" = "200" ] || fail "health answered $status; expected 200 (503 means storage does not answer: check the identity's roles)"
pass "the app is up and reaches storage"

step "POST /manage/referenceData (samples/reference-data.json)"
admin_key=0
request POST /manage/referenceData "$repo/samples/reference-data.json"
seen
case "$status" in
  200)
    admin_key=1
    pass "sample catalog loaded"
    ;;
  401 | 403)
    echo "   note: the key is not an admin (master) key, so the catalog was not loaded. If it has never been loaded," \
      "business validation refuses the sample orders (400 invalidOrder); load it with the master key, or switch validation off."
    ;;
  *) fail "loading the catalog answered $status; expected 200" ;;
esac

step "POST $orders_path (sync)"
request POST "$orders_path" "$work/order.json" "Idempotency-Key: $run_id-sync"
seen
if [ "$status" != "201" ]; then
  case "$status" in
    400) [ "$admin_key" = "1" ] || echo "   hint: a 400 here is likely the unloaded catalog (see above)" >&2 ;;
    401) echo "   hint: the app does not take this key; use a function key or the master key (infra/README.md, Keys)" >&2 ;;
  esac
  fail "sync order answered $status; expected 201"
fi
sync_id="$({ grep -i '^location:' "$work/headers" || true; } | tr -d '\r' | sed -E 's#.*/##')"
[ -n "$sync_id" ] || sync_id="$(field id)"
pass "created order $sync_id (externalId $run_id, state $(field state))"

step "POST $orders_path?mode=async"
request POST "$orders_path?mode=async" "$work/order.json" "Idempotency-Key: $run_id-async"
seen
[ "$status" = "202" ] || fail "async order answered $status; expected 202"
async_id="$(field id)"
[ -n "$async_id" ] || fail "the 202 answer carries no id"
pass "accepted as $async_id"

step "waiting up to ${timeout}s for order $async_id to be created"
# GET /productOrder/{id} answers "acknowledged" both while the order waits in the inbound queue and once it is
# created, so creation is read from the list, which holds created orders only; the single read shows a rejection.
started=$SECONDS
deadline=$((started + timeout))
last=""
while :; do
  request GET "$orders_path?id=$async_id&fields=id,state"
  if [ "$status" = "200" ] && grep -q "\"id\"[[:space:]]*:[[:space:]]*\"$async_id\"" "$work/body"; then
    seen
    pass "order $async_id created after $((SECONDS - started))s"
    break
  fi
  if [ "$status" != "200" ]; then
    seen
    echo "   listing answered $status; trying again"
  fi

  request GET "$orders_path/$async_id"
  case "$status" in
    200)
      state="$(field state)"
      if [ "$state" = "rejected" ]; then
        seen
        fail "order $async_id was rejected by processing (errorMessage above)"
      fi
      now="queued ($state)"
      ;;
    404)
      seen
      fail "order $async_id is unknown"
      ;;
    *) now="answer $status" ;;
  esac
  if [ "$now" != "$last" ]; then
    echo "   $((SECONDS - started))s: $now"
    last="$now"
  fi

  if [ "$SECONDS" -ge "$deadline" ]; then
    if [ "$admin_key" = "1" ]; then
      request GET "/manage/inboundQueue/$async_id"
      echo "   the inbound entry:"
      seen
    fi
    fail "order $async_id was not created within ${timeout}s (is the queue trigger running? see the app's logs)"
  fi
  sleep 3
done

printf '\nsmoke: all steps passed against %s (sync %s, async %s)\n' "$base_url" "$sync_id" "$async_id"
