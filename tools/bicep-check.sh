#!/usr/bin/env bash
# Builds and lints infra/main.bicep with a pinned Bicep CLI, and fails on any error or lint warning.
# The CLI comes from NuGet (the only place besides npm and Debian this project's machines reach), restored by a
# throwaway project outside the repository so the repository's central package versions are not involved.
# Usage: tools/bicep-check.sh [file.bicep ...]   (default: infra/main.bicep)
set -euo pipefail
cd "$(dirname "$0")/.."

bicep_version="0.49.2"
package="azure.bicep.commandline.linux-x64"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) ;;
  *) echo "bicep-check: the pinned Bicep CLI package is for linux-x64; this is $(uname -s)-$(uname -m)" >&2; exit 1 ;;
esac

packages="$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: *//p')"
packages="${packages%/}"
bicep="$packages/$package/$bicep_version/tools/bicep"

if [ ! -f "$bicep" ]; then
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' EXIT
  # PackageDownload fetches the package as it is, without adding it to a build; the empty Directory.* files stop
  # MSBuild from walking up into a folder that might have its own.
  cat >"$scratch/BicepCli.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="Azure.Bicep.CommandLine.linux-x64" Version="[$bicep_version]" />
  </ItemGroup>
</Project>
EOF
  echo '<Project />' >"$scratch/Directory.Build.props"
  echo '<Project />' >"$scratch/Directory.Build.targets"
  echo '<Project />' >"$scratch/Directory.Packages.props"
  dotnet restore "$scratch/BicepCli.csproj" --nologo -v quiet
  if [ ! -f "$bicep" ]; then
    echo "bicep-check: restored $package $bicep_version, but $bicep is not there" >&2
    exit 1
  fi
fi
# NuGet does not keep file modes.
chmod +x "$bicep"
echo "bicep-check: $("$bicep" --version)"

files=("$@")
[ ${#files[@]} -gt 0 ] || files=(infra/main.bicep)

# Warnings fail too, so the template stays at zero; BICEP_ALLOW_WARNINGS=1 shows them without failing.
allow_warnings="${BICEP_ALLOW_WARNINGS:-0}"

failed=0
for file in "${files[@]}"; do
  ok=1
  log="$(mktemp)"
  # Diagnostics read "file(line,col) : Warning|Error rule: message".
  if ! "$bicep" lint "$file" 2>"$log"; then
    ok=0
  fi
  cat "$log" >&2
  errors=$(grep -cE ' : Error ' "$log" || true)
  warnings=$(grep -cE ' : Warning ' "$log" || true)
  # build repeats lint's diagnostics, so its own output is shown only for a failure lint did not report.
  if ! "$bicep" build "$file" --stdout >/dev/null 2>"$log"; then
    [ "$errors" -gt 0 ] || cat "$log" >&2
    ok=0
  fi
  rm -f "$log"
  if [ "$errors" -gt 0 ] || { [ "$warnings" -gt 0 ] && [ "$allow_warnings" != "1" ]; }; then
    ok=0
  fi
  echo "bicep-check: $file: $errors error(s), $warnings warning(s)"
  [ "$ok" -eq 1 ] || failed=1
done

if [ "$failed" -ne 0 ]; then
  echo "bicep-check: failed" >&2
  exit 1
fi
echo "bicep-check: ok"
