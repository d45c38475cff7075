#!/usr/bin/env bash
# Builds the libFuzzer targets (swiftc -sanitize=fuzzer,address) and runs each for a share of
# SECONDS, seeded from ../shared/corpus. Crashes are saved to .fuzz/crashes/<target>/ and make
# the script exit non-zero; turn each into a regression test under Tests/CorpusTests/Regressions.
#
#   Fuzz/run.sh 60                 # CI: all targets, 60 s in total
#   Fuzz/run.sh 3600 HTML Mail     # longer local run of some targets (an hour, split between them)
#   Fuzz/run.sh 0                  # build only
#
# Targets: Parser Text JSONLines HTML Mail Gzip Detect (readers), Bridge Partial (the Lua bridge:
# generated and mutated chunks against the host API in the sandbox, and partial files for merge).
set -euo pipefail

total=${1:?usage: Fuzz/run.sh SECONDS [TARGET...]}
shift
root=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "$root/../shared/corpus" && pwd)
work="$root/.fuzz"
build="$work/build"
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(Parser Text JSONLines HTML Mail Gzip Detect Bridge Partial)
mkdir -p "$build"
# ld.gold warns about every ASan helper symbol; those lines are noise.
swiftc() { command swiftc "$@" 2> >(grep -v 'Cannot export local symbol' >&2); }

flags=(-parse-as-library -swift-version 5 -O -g -sanitize=fuzzer,address -module-cache-path "$build/module-cache")
cinc=(-I "$root/Sources/CZlib" -I "$root/Sources/CLibXML2" -Xcc -I/usr/include/libxml2)

# The library modules once (instrumented for coverage), then one small executable per target.
newer() { [ ! -e "$1" ] || [ -n "$(find "$root/Sources/$2" "$root/Fuzz" -name '*.swift' -newer "$1" -print -quit)" ]; }
if newer "$build/PressRelease.o" PressRelease; then
    echo "fuzz: building PressRelease" >&2
    swiftc "${flags[@]}" -wmo -module-name PressRelease -emit-module -emit-module-path "$build/PressRelease.swiftmodule" \
        -c -o "$build/PressRelease.o" $(find "$root/Sources/PressRelease" -name '*.swift' | sort)
fi
if newer "$build/Corpus.o" Corpus || [ "$build/PressRelease.o" -nt "$build/Corpus.o" ]; then
    echo "fuzz: building Corpus" >&2
    swiftc "${flags[@]}" -wmo -enable-testing -module-name Corpus -I "$build" "${cinc[@]}" -emit-module \
        -emit-module-path "$build/Corpus.swiftmodule" -c -o "$build/Corpus.o" $(find "$root/Sources/Corpus" -name '*.swift' | sort)
fi
bridge() { [ "$1" = Bridge ] || [ "$1" = Partial ]; }
needs_bridge=0
for t in "${targets[@]}"; do bridge "$t" && needs_bridge=1; done
if [ "$needs_bridge" -eq 1 ]; then
    # The bridge: the C shim (clang, instrumented), then Report, LuaKit and ScriptHost.
    lua=(-I "$root/Sources/CLua" -Xcc -I/usr/include/lua5.4)
    mkdir -p "$build/shim"
    printf 'module CLuaShim {\n    header "%s/Sources/CLuaShim/include/CLuaShim.h"\n    export *\n}\n' "$root" > "$build/shim/module.modulemap"
    if [ ! -e "$build/shim.a" ] || [ -n "$(find "$root/Sources/CLuaShim" -newer "$build/shim.a" -print -quit)" ]; then
        echo "fuzz: building CLuaShim" >&2
        rm -f "$build"/shim/*.o
        for c in "$root"/Sources/CLuaShim/*.c; do
            clang -c -O1 -g -fsanitize=fuzzer-no-link,address,undefined -I "$root/Sources/CLuaShim/include" -I/usr/include/lua5.4 \
                "$c" -o "$build/shim/$(basename "$c" .c).o"
        done
        rm -f "$build/shim.a" && ar rcs "$build/shim.a" "$build"/shim/*.o
    fi
    for m in Report LuaKit ScriptHost; do
        deps_newer=0
        [ "$m" = ScriptHost ] && for d in Report LuaKit Corpus; do [ "$build/$d.o" -nt "$build/$m.o" ] && deps_newer=1; done
        [ "$m" = LuaKit ] && [ "$build/shim.a" -nt "$build/$m.o" ] && deps_newer=1
        if newer "$build/$m.o" "$m" || [ "$deps_newer" -eq 1 ]; then
            echo "fuzz: building $m" >&2
            swiftc "${flags[@]}" -wmo -module-name "$m" -I "$build" -I "$build/shim" "${lua[@]}" "${cinc[@]}" -emit-module \
                -emit-module-path "$build/$m.swiftmodule" -c -o "$build/$m.o" $(find "$root/Sources/$m" -name '*.swift' | sort)
        fi
    done
fi
for t in "${targets[@]}"; do
    if bridge "$t"; then
        if newer "$build/fuzz-$t" ScriptHost || [ "$build/ScriptHost.o" -nt "$build/fuzz-$t" ]; then
            echo "fuzz: linking $t" >&2
            swiftc "${flags[@]}" -module-name "Fuzz$t" -I "$build" -I "$build/shim" "${lua[@]}" "${cinc[@]}" \
                "$root/Fuzz/Targets/$t.swift" "$root/Fuzz/Targets/BridgeSupport.swift" \
                "$build/ScriptHost.o" "$build/LuaKit.o" "$build/Report.o" "$build/shim.a" \
                "$build/Corpus.o" "$build/PressRelease.o" -llua5.4 -lxml2 -lz -o "$build/fuzz-$t"
        fi
    elif newer "$build/fuzz-$t" Corpus || [ "$build/Corpus.o" -nt "$build/fuzz-$t" ]; then
        echo "fuzz: linking $t" >&2
        swiftc "${flags[@]}" -module-name "Fuzz$t" -I "$build" "${cinc[@]}" \
            "$root/Fuzz/Targets/$t.swift" "$root/Fuzz/Targets/FuzzSupport.swift" \
            "$build/Corpus.o" "$build/PressRelease.o" -lxml2 -lz -o "$build/fuzz-$t"
    fi
done
[ "$total" -eq 0 ] && exit 0

# Seeds: the real releases as they are, and wrapped in each container (generated, never committed).
seeds="$work/seeds"
if [ ! -d "$seeds" ]; then
    mkdir -p "$seeds"/{text,jsonl,html,mail,gzip,lua,partial}
    files=$(find "$shared" -name '*.txt' | sort | awk 'NR % 12 == 1')
    for f in $files; do
        b=$(basename "$f" .txt)
        cp "$f" "$seeds/text/$b.txt"
        { printf '<!DOCTYPE html><html><head><title>%s</title><meta name="date" content="2017-11-08"></head><body><nav>Menu</nav><main><h1>' "$b"
          head -1 "$f" | sed 's/&/\&amp;/g; s/</\&lt;/g'; printf '</h1>'
          tail -n +2 "$f" | sed 's/&/\&amp;/g; s/</\&lt;/g; s/^/<p>/; s/$/<\/p>/'
          printf '</main><footer>Footer</footer></body></html>\n'; } > "$seeds/html/$b.html"
        { printf 'From press@example.org Mon Jan  1 00:00:00 2024\nFrom: Press <press@example.org>\nDate: 8 Nov 2017 10:00:00 +0000\nSubject: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n' "$(head -1 "$f")"
          tail -n +2 "$f" | sed 's/=/=3D/g; s/^From />From /'; printf '\n'; } > "$seeds/mail/$b.mbox"
        gzip -c "$f" | tail -c +3 > "$seeds/gzip/$b.gz-body"
    done
    # The bridge: bundled and example scripts, and partial files they emit over the example corpus.
    find "$root/Scripts" "$root/Examples" -name '*.lua' -exec cp {} "$seeds/lua/" \;
    for s in quotes-per-speaker cue-verbs releases-per-month; do
        "$root/.build/debug/pranalyze" "$s" "$root/Examples/corpus" --emit-partial "$seeds/partial/$s.partial" 2>/dev/null || true
    done
    find "$shared" -name 'index.jsonl' -exec sh -c 'head -50 "$1" > "$2/jsonl/$(basename "$(dirname "$1")").jsonl"' _ {} "$seeds" \;
    python3 - "$shared" "$seeds/jsonl" <<'PY' || true
import json, pathlib, sys
shared, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for i, f in enumerate(sorted(shared.rglob("*.txt"))[::40]):
    t, d, body = (f.read_text(errors="replace").split("\n", 2) + ["", ""])[:3]
    (out / f"{i}.jsonl").write_text(json.dumps({"title": t, "date": d, "text": body}) + "\n")
PY
fi
seed_for() {
    case "$1" in
        Parser|Text) echo "$seeds/text" ;; JSONLines) echo "$seeds/jsonl" ;; HTML) echo "$seeds/html" ;;
        Mail) echo "$seeds/mail" ;; Gzip) echo "$seeds/gzip" ;; Detect) echo "$seeds/text $seeds/jsonl $seeds/html $seeds/mail" ;;
        Bridge) echo "$seeds/lua" ;; Partial) echo "$seeds/partial" ;;
    esac
}

# Swift's own crash handler would race the sanitizer's report.
export SWIFT_BACKTRACE=enable=no
share=$(( total / ${#targets[@]} ))
[ "$share" -lt 1 ] && share=1
status=0
for t in "${targets[@]}"; do
    mkdir -p "$work/corpus/$t" "$work/crashes/$t"
    echo "fuzz: $t for ${share}s" >&2
    # -rss_limit_mb and -max_len keep a run inside CI's memory; -timeout flags hangs (linear code must not hang).
    if ! "$build/fuzz-$t" "$work/corpus/$t" $(seed_for "$t") -max_total_time="$share" -max_len=65536 \
            -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/crashes/$t/" \
            > "$work/$t.log" 2>&1; then
        echo "fuzz: $t FAILED; see $work/$t.log and $work/crashes/$t/" >&2
        tail -40 "$work/$t.log" >&2
        status=1
    else
        grep -aE '^stat::number_of_executed_units|^stat::new_units_added' "$work/$t.log" | sed "s/^/fuzz: $t /" >&2 || true
    fi
done
exit $status
