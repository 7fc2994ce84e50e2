# Sourced by bench/analyzer-build.sh and bench/analyzer-report.sh: packs src/ProxyConnect as it is now into
# WORK/feed and points NuGet at a cache of WORK's own, so that the package always comes from this feed and never
# from an older copy of the same version. Sets $version.
#
#   pack_library WORK LABEL
pack_library() {
  local work="$1" label="$2"
  version=$(sed -n 's|.*<Version>\(.*\)</Version>.*|\1|p' Directory.Build.props | head -1)
  echo "$label: dotnet pack -c Release src/ProxyConnect (version $version) into $work/feed" >&2
  dotnet pack -c Release src/ProxyConnect -o "$work/feed" -nologo -v quiet >&2
  export NUGET_PACKAGES="$work/packages"
}
