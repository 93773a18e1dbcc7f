#!/usr/bin/env bash
# Rewrites each shipped project's PublicAPI.Unshipped.txt to match its public surface: adds what is new
# (RS0016) and drops what is gone (RS0017), with the analyzer's own code fixes. Run it from anywhere after
# adding or removing public members (or merging branches that did), then review the diff of the .txt files:
# it is the change to the public API. PublicAPI.Shipped.txt is edited by hand only, at a release (move the
# Unshipped lines into it). Usage: tools/update-public-api.sh [src/Project ...]   (default: every src/ project)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

projects=("$@")
if [ ${#projects[@]} -eq 0 ]; then
  mapfile -t projects < <(find src -mindepth 2 -maxdepth 2 -name '*.csproj' -printf '%h\n' | sort)
fi

for dir in "${projects[@]}"; do
  dir=${dir%/}
  csproj=$(find "$dir" -maxdepth 1 -name '*.csproj' | head -n 1)
  [ -n "$csproj" ] || { echo "no project in $dir"; exit 1; }
  for f in PublicAPI.Shipped.txt PublicAPI.Unshipped.txt; do
    [ -f "$dir/$f" ] || printf '#nullable enable\n' > "$dir/$f"
  done
  echo "== $csproj"
  # --severity warn: the rules are warnings (errors only through TreatWarningsAsErrors), so the fixes apply.
  dotnet format analyzers "$csproj" --diagnostics RS0016 RS0017 --severity warn --verbosity quiet
  # Keep the file in a stable order (the header first), so merges of two branches' additions stay simple.
  { head -n 1 "$dir/PublicAPI.Unshipped.txt"; tail -n +2 "$dir/PublicAPI.Unshipped.txt" | LC_ALL=C sort -u; } > "$dir/PublicAPI.Unshipped.txt.new"
  mv "$dir/PublicAPI.Unshipped.txt.new" "$dir/PublicAPI.Unshipped.txt"
done
git --no-pager diff --stat -- 'src/*/PublicAPI.*.txt' || true
