#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The Action's check step: runs the CLI once (SARIF to a file, annotations to the log, the job
# summary through GITHUB_STEP_SUMMARY), writes the step outputs and exits with the CLI's status:
# 0 nothing at or above fail-on, 1 findings at or above it, 2 bad inputs or configuration.
# Inputs come as INPUT_* variables; IPSECLINT is the command to run (default: this repository's
# launcher, which builds the jar with Maven on first use).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
read -r -a command <<< "${IPSECLINT:-$here/../ipseclint}"
cd "${GITHUB_WORKSPACE:?}"

sarif="${INPUT_SARIF_FILE:-ipseclint.sarif}"
mkdir -p "$(dirname "$sarif")"
args=(check --fail-on "${INPUT_FAIL_ON:-error}" --format sarif --output "$sarif")
if [[ "${INPUT_ANNOTATIONS:-true}" == "true" ]]; then
  args+=(--format github)
else
  # The github format also writes the job summary; send its annotations nowhere.
  args+=(--format github --output "${RUNNER_TEMP:?}/ipseclint-annotations.txt")
fi
[[ -z "${INPUT_CONFIG:-}" ]] || args+=(--config "$INPUT_CONFIG")
[[ -z "${INPUT_PROFILE:-}" ]] || args+=(--profile "$INPUT_PROFILE")
read -r -a targets <<< "$(tr ',\n' '  ' <<< "${INPUT_TARGET:-}")"
for target in "${targets[@]}"; do
  args+=(--target "$target")
done
# In a pull request, a finding about the two ends of a tunnel goes to the end the pull request
# changes: code scanning shows only alerts on lines of the diff.
pull_request_changes() {
  [[ "${GITHUB_EVENT_NAME:-}" == pull_request* && -f "${GITHUB_EVENT_PATH:-}" ]] || return 0
  command -v jq >/dev/null || return 0
  local base
  base="$(jq -r '.pull_request.base.sha // empty' "$GITHUB_EVENT_PATH")"
  [[ -n "$base" ]] || return 0
  # actions/checkout fetches one commit by default; the base is fetched when it is missing.
  git cat-file -e "$base^{commit}" 2>/dev/null || git fetch -q --depth=1 origin "$base" 2>/dev/null || return 0
  git diff --name-only "$base" HEAD
}
while IFS= read -r changed; do
  [[ -z "$changed" ]] || args+=(--changed "$changed")
done < <(pull_request_changes)
read -r -a paths <<< "$(tr '\n' ' ' <<< "${INPUT_PATHS:-.}")"
args+=("${paths[@]}")

log="${RUNNER_TEMP:?}/ipseclint-stderr.txt"
status=0
"${command[@]}" "${args[@]}" 2> "$log" || status=$?
cat "$log" >&2

# The CLI's summary line: "ipseclint: 1 error, 2 warnings, 0 notes in 1 file".
if [[ "$(grep -E '^ipseclint: [0-9]+ errors?, ' "$log" | tail -n 1)" =~ ([0-9]+)\ errors?,\ ([0-9]+)\ warnings?,\ ([0-9]+)\ notes? ]]; then
  errors=${BASH_REMATCH[1]}
  findings=$((BASH_REMATCH[1] + BASH_REMATCH[2] + BASH_REMATCH[3]))
  {
    echo "findings=$findings"
    echo "errors=$errors"
    echo "sarif-file=$sarif"
  } >> "${GITHUB_OUTPUT:?}"
fi
exit "$status"
