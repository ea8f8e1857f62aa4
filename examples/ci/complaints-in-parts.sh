#!/bin/sh
# 投诉记录分片统计再合并（CMP-05、CMP-07、CMP-14、CMP-20）：一个进程放不下的 NDJSON 文件，用 split 按行切成分片，
# xargs -P 并行汇总，最后合并成与一次 `guifan check-complaints` 相同的计数、结案与指标。
# A complaint NDJSON file too large for one process: cut into parts by line (split), summarized in parallel
# (xargs -P), merged into the count, closure and metrics one `guifan check-complaints` run gives.
#
#   sh examples/ci/complaints-in-parts.sh records.ndjson 2026-07-01T00:00+08:00 [lines per part] [parallel jobs]
#
# Any engine that runs one command per part does the same: a Kubernetes Job array (the part from
# JOB_COMPLETION_INDEX), a CI matrix, a Spark pipe() step. What matters: every part is judged at the one --at, and each
# part says where it starts in the whole file (--first-line), so that line numbers, record positions and the id check
# (CMP-20) speak of the whole file. FORMAT=sarif (or json, junit, github) chooses the report; text by default.
set -eu
file=$1
at=$2
size=${3:-100000}
jobs=${4:-4}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# part-0000, part-0001, …: part n starts at line n × size + 1.
split -l "$size" -d -a 4 "$file" "$work/part-"

# A part with unreadable lines exits 2 but is still written (its lines are carried to the merge, which reports them);
# a part that is missing or damaged is refused by the merge, so nothing is counted short.
ls "$work"/part-???? | xargs -P "$jobs" -I{} sh -c '
  n=$(expr "$(basename "$1")" : "part-0*\([0-9][0-9]*\)$" || true)
  guifan complaints summarize "$1" --at "$2" --first-line $((n * $3 + 1)) > "$1.json"
' _ {} "$at" "$size" || :

guifan complaints merge "$work"/part-????.json --format "${FORMAT:-text}"
