#!/usr/bin/env bash
# make lab: JupyterLab on notebooks/, opening explore.ipynb, on LAB_PORT (default 8888) of
# LAB_IP (default 127.0.0.1). As root (a container) it adds --allow-root, which JupyterLab
# otherwise demands. Usage: scripts/lab.sh [path/to/jupyter]
set -euo pipefail

jupyter=${1:-jupyter}
port=${LAB_PORT:-8888}
ip=${LAB_IP:-127.0.0.1}
notebooks="$(cd "$(dirname "$0")/../notebooks" && pwd)"
extra=()
[ "$(id -u)" -eq 0 ] && extra+=(--allow-root)

echo "lab: JupyterLab at http://${ip}:${port}/lab/tree/explore.ipynb" \
     "(open the URL with the token that jupyter prints below; Ctrl-C stops it)"
exec "$jupyter" lab --notebook-dir="$notebooks" --ip="$ip" --port="$port" --port-retries=0 \
    --no-browser --LabApp.default_url=/lab/tree/explore.ipynb "${extra[@]}"
