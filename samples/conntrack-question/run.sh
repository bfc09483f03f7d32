#!/bin/sh
# Replays the sample in a fresh emulated namespace and shows what conntrack did, packet by packet.
set -e
here=$(cd "$(dirname "$0")" && pwd)
export PYIPTABLES_STATE="${PYIPTABLES_STATE:-$(mktemp -d)/state}"
"$here/host.sh"
pyiptables-restore < "$here/rules.v4"
pyiptables-replay --log - "$here/capture.pcap"
echo
echo "## pyiptables-save -c"
pyiptables-save -c | grep -v '^#'
echo "## pyconntrack -L"
pyconntrack -L
