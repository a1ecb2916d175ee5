#!/usr/bin/env bash
# The client benchmark (issue 4): decoding a 10,000-member ListMembers page with the generated
# models and client against a hand-written Codable baseline, release build, medians.
set -euo pipefail
cd "$(dirname "$0")/.."
swift run -c release --package-path Benchmarks/ClientDecoding \
  --scratch-path Benchmarks/ClientDecoding/.build-client ClientDecodingBenchmark "${1:-21}"
