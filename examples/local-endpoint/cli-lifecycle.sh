#!/usr/bin/env bash
# Drives the operator's whole workflow with the AWS CLI (a client that is not
# ours) against the local endpoint, and checks each step: an image, a fleet
# and a stack with tags, their association, the fleet started, a streaming
# URL opened with curl, the session it starts and its expiry, the fleet
# stopped, and everything deleted. Needs `aws`, curl and Go.
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
refused() { # refused CODE WHAT -- COMMAND...: the command must fail with CODE
  local code=$1 what=$2 out; shift 3
  if out=$("$@" 2>&1); then echo "FAIL: $what succeeded" >&2; exit 1; fi
  case $out in *"$code"*) echo "ok: $what: $code" ;; *) echo "FAIL: $what: $out" >&2; exit 1 ;; esac
}

expect 5 "$(as describe-images --type PUBLIC --query 'length(Images)')" "describe-images"
image=$(as describe-images --type PUBLIC \
  --query "Images[?Platform=='WINDOWS_SERVER_2022' && State=='AVAILABLE'] | sort_by(@, &CreatedTime)[-1].Name")
expect AppStream-WinServer2022-06-17-2024 "$image" "the newest Windows Server 2022 image"
refused ResourceNotFoundException "create-fleet of an image that does not exist" -- as create-fleet --name cli-fleet \
  --image-name AppStream-WinServer2019-Base --instance-type stream.standard.medium --compute-capacity DesiredInstances=2
expect STOPPED "$(as create-fleet --name cli-fleet --image-name "$image" --tags team=cli \
  --instance-type stream.standard.medium --compute-capacity DesiredInstances=2 --query Fleet.State)" "create-fleet"
expect "arn:aws:appstream:us-east-1:123456789012:fleet/cli-fleet" "$(as describe-fleets --names cli-fleet --query 'Fleets[0].Arn')" "describe-fleets"
expect WINDOWS_SERVER_2022 "$(as describe-fleets --names cli-fleet --query 'Fleets[0].Platform')" "the fleet's platform, from its image"
stack_arn=$(as create-stack --name cli-stack --tags team=cli --user-settings Action=FILE_DOWNLOAD,Permission=DISABLED --query Stack.Arn)
expect "arn:aws:appstream:us-east-1:123456789012:stack/cli-stack" "$stack_arn" "create-stack"
as tag-resource --resource-arn "$stack_arn" --tags env=ci
expect "cli	ci" "$(as list-tags-for-resource --resource-arn "$stack_arn" --query '[Tags.team, Tags.env]')" "tag-resource, list-tags-for-resource"
as associate-fleet --fleet-name cli-fleet --stack-name cli-stack
expect cli-stack "$(as list-associated-stacks --fleet-name cli-fleet --query 'Names[0]')" "associate-fleet, list-associated-stacks"
expect cli-fleet "$(as list-associated-fleets --stack-name cli-stack --query 'Names[0]')" "list-associated-fleets"
refused ResourceNotAvailableException "create-streaming-url while STOPPED" -- \
  as create-streaming-url --stack-name cli-stack --fleet-name cli-fleet --user-id alice
as start-fleet --name cli-fleet
expect STARTING "$(state)" "start-fleet"
sleep $transition # the CLI's waiter then succeeds at its first poll instead of 30 s later
aws appstream wait fleet-started --endpoint-url "$url" --names cli-fleet
expect RUNNING "$(state)" "wait fleet-started"
expect 3 "$(as update-fleet --name cli-fleet --compute-capacity DesiredInstances=3 --query Fleet.ComputeCapacityStatus.Desired)" "update-fleet"
expect 2 "$(as describe-sessions --stack-name local-stack --fleet-name cli-fleet --query 'length(Sessions)')" "describe-sessions"
refused ResourceInUseException "delete-fleet while RUNNING" -- as delete-fleet --name cli-fleet

# A user opens a streaming URL: the session appears, then is expired.
link=$(as create-streaming-url --stack-name cli-stack --fleet-name cli-fleet --user-id alice --validity 300 --query StreamingURL)
case $link in "$url/authenticate?parameters="*) echo "ok: create-streaming-url: a URL on the endpoint" ;; *) echo "FAIL: streaming URL $link" >&2; exit 1 ;; esac
page=$(curl -s -w '\n%{http_code}' "$link")
expect 200 "${page##*$'\n'}" "curl of the streaming URL"
case $page in *"alice is streaming from the fleet cli-fleet through the stack cli-stack."*) echo "ok: the page says alice is connected" ;;
  *) echo "FAIL: the page: $page" >&2; exit 1 ;; esac
expect 404 "$(curl -s -o /dev/null -w '%{http_code}' "${link}x")" "curl of a changed streaming URL"
session() { as describe-sessions --stack-name cli-stack --fleet-name cli-fleet --query "Sessions[0].[$1]"; }
expect "alice	ACTIVE	CONNECTED	API" "$(session 'UserId, State, ConnectionState, AuthenticationType')" "describe-sessions: alice's session"
expect 3 "$(as describe-fleets --names cli-fleet --query 'Fleets[0].ComputeCapacityStatus.InUse')" "alice's session takes the third instance"
as expire-session --session-id "$(session Id)"
expect "EXPIRED	NOT_CONNECTED" "$(session 'State, ConnectionState')" "expire-session"
expect 2 "$(as describe-fleets --names cli-fleet --query 'Fleets[0].ComputeCapacityStatus.InUse')" "the third instance is free again"
refused ResourceInUseException "delete-stack while associated" -- as delete-stack --name cli-stack

as stop-fleet --name cli-fleet
expect STOPPING "$(state)" "stop-fleet"
sleep $transition
aws appstream wait fleet-stopped --endpoint-url "$url" --names cli-fleet
expect STOPPED "$(state)" "wait fleet-stopped"
as disassociate-fleet --fleet-name cli-fleet --stack-name cli-stack
expect 0 "$(as list-associated-stacks --fleet-name cli-fleet --query 'length(Names)')" "disassociate-fleet"
as delete-stack --name cli-stack
as delete-fleet --name cli-fleet
expect 0 "$(as describe-stacks --query 'length(Stacks)')" "delete-stack"
expect 0 "$(as describe-fleets --query 'length(Fleets)')" "delete-fleet"
echo "the AWS CLI drove the whole workflow against the local endpoint"
