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
  # The analyzer names each missing symbol (RS0016) and each listed one that is gone (RS0017) exactly as its
  # line in the file; a build reports them (dotnet format's code fix for RS0016 was seen to skip a second run).
  log=$(mktemp)
  dotnet build "$csproj" -c Release -nologo -clp:NoSummary -p:TreatWarningsAsErrors=false > "$log" 2>&1 || true
  added=$(grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" "$log" | sort -u || true)
  gone=$(grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API)" "$log" | sort -u || true)
  rm -f "$log"
  file="$dir/PublicAPI.Unshipped.txt"
  { head -n 1 "$file"
    { tail -n +2 "$file" | grep -vxF -f <(printf '%s\n' "$gone") || true; [ -z "$added" ] || printf '%s\n' "$added"; } | LC_ALL=C sort -u
  } > "$file.new"
  mv "$file.new" "$file"
done
git --no-pager diff --stat -- 'src/*/PublicAPI.*.txt' || true
