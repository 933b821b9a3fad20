#!/usr/bin/env bash
# Drives a fleet through its whole life with the AWS CLI (a client that is not
# ours) against the local endpoint, and checks each step. Needs `aws` and Go.
#
#   examples/local-endpoint/cli-lifecycle.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

port=${PORT:-4599}
url="http://127.0.0.1:$port"
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_DEFAULT_REGION=us-east-1
unset AWS_PROFILE AWS_SESSION_TOKEN

go build -o "${TMPDIR:-/tmp}/local-endpoint" ./examples/local-endpoint
# Each aws command takes about a second to start, more on a busy machine: the
# transition must outlast the one that checks STARTING or STOPPING.
transition=5
"${TMPDIR:-/tmp}/local-endpoint" -addr "127.0.0.1:$port" -transition ${transition}s -sessions 2 >/dev/null &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -s -o /dev/null "$url" && break
  sleep 0.1
done

as() { aws appstream --endpoint-url "$url" --output text "$@"; }
expect() { # expect WANT GOT WHAT
  if [ "$1" != "$2" ]; then echo "FAIL: $3: got '$2', want '$1'" >&2; exit 1; fi
  echo "ok: $3: $2"
}
state() { as describe-fleets --names cli-fleet --query 'Fleets[0].State'; }

expect STOPPED "$(as create-fleet --name cli-fleet --image-name AppStream-WinServer2019-Base \
  --instance-type stream.standard.medium --compute-capacity DesiredInstances=2 --query Fleet.State)" "create-fleet"
expect "arn:aws:appstream:us-east-1:123456789012:fleet/cli-fleet" "$(as describe-fleets --names cli-fleet --query 'Fleets[0].Arn')" "describe-fleets"
as start-fleet --name cli-fleet
expect STARTING "$(state)" "start-fleet"
sleep $transition # the CLI's waiter then succeeds at its first poll instead of 30 s later
aws appstream wait fleet-started --endpoint-url "$url" --names cli-fleet
expect RUNNING "$(state)" "wait fleet-started"
expect 3 "$(as update-fleet --name cli-fleet --compute-capacity DesiredInstances=3 --query Fleet.ComputeCapacityStatus.Desired)" "update-fleet"
expect 2 "$(as describe-sessions --stack-name local-stack --fleet-name cli-fleet --query 'length(Sessions)')" "describe-sessions"
if out=$(as delete-fleet --name cli-fleet 2>&1); then echo "FAIL: delete-fleet of a running fleet succeeded" >&2; exit 1; fi
case $out in *ResourceInUseException*) echo "ok: delete-fleet while RUNNING: ResourceInUseException" ;; *) echo "FAIL: $out" >&2; exit 1 ;; esac
as stop-fleet --name cli-fleet
expect STOPPING "$(state)" "stop-fleet"
sleep $transition
aws appstream wait fleet-stopped --endpoint-url "$url" --names cli-fleet
expect STOPPED "$(state)" "wait fleet-stopped"
as delete-fleet --name cli-fleet
expect 0 "$(as describe-fleets --query 'length(Fleets)')" "delete-fleet"
echo "the AWS CLI drove the whole lifecycle against the local endpoint"
