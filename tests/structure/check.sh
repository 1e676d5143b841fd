#!/bin/sh
# The structure of src/ (issue 16): no file over 600 lines, and no circle
# between modules (a module is x.c with x.h), neither of includes nor of
# calls. Calls are read with nm from the objects `make` built: module A
# calls B when an object of A leaves a symbol undefined that B's object
# defines. Offenders are named; those of tests/structure/known.txt (each
# with the reason it is there) are allowed until the branch that ends them
# lands. POSIX sh, awk and nm (binutils, with gcc): no python.
#
#   tests/structure/check.sh              self-test, then the tree
#   tests/structure/check.sh --self-test  the self-test alone
#   tests/structure/check.sh --tree ROOT [OBJDIR [KNOWN]]
#                                         one tree alone (what both run)
#
# The self-test builds two small trees in a temporary folder, one with a
# file too long and both kinds of circle, one without, and requires the
# check to fail on the first naming each offender, to pass on the second,
# and to pass on the first once its offenders are in a known list: a
# checker that cannot fail, or fails on a clean tree, is caught.
set -u

MAX_LINES=600
ME=$0

# prints the circles of the graph "FROM TO" lines on stdin: one line per
# strongly connected set of two or more modules, "m1 m2 ...<TAB>a->b ..."
circles() {
	awk '
	function sortwords(s,   a, n, i, j, t, out) {
		n = split(s, a, " ")
		for (i = 2; i <= n; i++)
			for (j = i; j > 1 && a[j - 1] > a[j]; j--) {
				t = a[j]; a[j] = a[j - 1]; a[j - 1] = t
			}
		out = a[1]
		for (i = 2; i <= n; i++)
			out = out " " a[i]
		return out
	}
	NF == 2 && $1 != $2 {
		if (!(($1, $2) in e)) {
			e[$1, $2] = 1
			adj[$1] = adj[$1] " " $2
		}
		node[$1] = 1
		node[$2] = 1
	}
	END {
		for (u in node) { # what u reaches: breadth first
			split("", seen)
			qh = 1; qt = 1; q[1] = u; seen[u] = 1
			while (qh <= qt) {
				v = q[qh++]
				n = split(adj[v], nb, " ")
				for (i = 1; i <= n; i++) {
					reach[u, nb[i]] = 1
					if (!(nb[i] in seen)) {
						seen[nb[i]] = 1
						q[++qt] = nb[i]
					}
				}
			}
		}
		for (u in node) {
			if (u in done)
				continue
			members = u
			for (v in node)
				if (v != u && ((u, v) in reach) && ((v, u) in reach)) {
					members = members " " v
					done[v] = 1
				}
			if (members == u)
				continue
			members = sortwords(members)
			n = split(members, m, " ")
			edges = ""
			for (i = 1; i <= n; i++)
				for (j = 1; j <= n; j++)
					if ((m[i], m[j]) in e)
						edges = edges (edges == "" ? "" : ", ") m[i] "->" m[j]
			print members "\t" edges
		}
	}' | sort
}

# checks the tree at $1 (its src/), objects under $2, allowed offenders
# in $3 (may be absent); prints what is wrong, returns 1 when anything is
check_tree() {
	root=$1 objdir=$2 known=$3
	work=$(mktemp -d) || return 2
	[ -f "$known" ] || known=/dev/null
	# the known list without comments: "KIND WORDS..."
	sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$known" >"$work/known"

	(cd "$root" && find src -type f \( -name '*.c' -o -name '*.h' \) | LC_ALL=C sort) \
		>"$work/files"
	if [ ! -s "$work/files" ]; then
		echo "structure: $root/src: no .c or .h file found; accepted: a tree with src/"
		rm -rf "$work"
		return 1
	fi

	# 1. lines per file
	(cd "$root" && xargs awk '{ n[FILENAME] = FNR } END { for (f in n) print f, n[f] }' \
		<"$work/files") | LC_ALL=C sort >"$work/lines"
	awk -v max="$MAX_LINES" -v known="$work/known" '
	BEGIN { while ((getline l < known) > 0) { split(l, w, " "); if (w[1] == "lines") ok[w[2]] = 1 } }
	$2 > max {
		if ($1 in ok)
			print "allowed\t" $1 ": " $2 " lines"
		else
			print "FAIL\t" $1 ": " $2 " lines; accepted: at most " max " lines per file (split it by job)"
	}' "$work/lines" >"$work/report"
	awk -v max="$MAX_LINES" '
	FNR == NR { n[$1] = $2; next }
	{ split($0, w, " ") }
	w[1] == "lines" && !(n[w[2]] > max) { print "stale\tlines " w[2] }' \
		"$work/lines" "$work/known" >>"$work/report"

	# 2. include edges: "X" resolved beside the file, else under src/
	(cd "$root" && xargs awk -v list="$work/files" '
	function mod(p) { sub(/^src\//, "", p); sub(/\.[ch]$/, "", p); return p }
	function norm(p,   n, a, i, k, s, out) {
		n = split(p, a, "/"); k = 0
		for (i = 1; i <= n; i++) {
			if (a[i] == "." || a[i] == "") continue
			if (a[i] == "..") { if (k > 0) k--; continue }
			s[++k] = a[i]
		}
		out = s[1]
		for (i = 2; i <= k; i++) out = out "/" s[i]
		return out
	}
	BEGIN { while ((getline f < list) > 0) have[f] = 1 }
	FNR == 1 { dir = FILENAME; sub(/\/[^\/]*$/, "", dir) }
	/^[ \t]*#[ \t]*include[ \t]*"/ {
		x = $0; sub(/^[^"]*"/, "", x); sub(/".*$/, "", x)
		t = norm(dir "/" x)
		if (!(t in have)) t = norm("src/" x)
		if (t in have) print mod(FILENAME), mod(t)
	}' <"$work/files") >"$work/includes"

	# 3. call edges from the objects of the .c files
	: >"$work/symbols"
	missing=0
	for f in $(grep '\.c$' "$work/files"); do
		m=${f#src/}
		m=${m%.c}
		o=$objdir/$m.o
		if [ ! -f "$o" ]; then
			echo "FAIL	$o: missing; accepted: the objects of \`make\` for every src/ file (run make first)" >>"$work/report"
			missing=1
			continue
		fi
		nm -P -g "$o" | awk -v m="$m" '
			$2 == "U" { print "U", m, $1; next }
			NF >= 2 && $2 != "w" && $2 != "v" { print "D", m, $1 }' >>"$work/symbols" ||
			echo "FAIL	$o: nm could not read it" >>"$work/report"
	done
	if [ "$missing" = 0 ] && ! grep -q '^D ' "$work/symbols"; then
		echo "FAIL	$objdir: nm found no symbol defined; accepted: the objects of \`make\`" >>"$work/report"
	fi
	awk 'FNR == NR { if ($1 == "D") def[$3] = $2; next }
	     $1 == "U" && ($3 in def) && def[$3] != $2 { print $2, def[$3] }' \
		"$work/symbols" "$work/symbols" | LC_ALL=C sort -u >"$work/calls"

	for kind in include call; do
		if [ "$kind" = include ]; then circles <"$work/includes"; else circles <"$work/calls"; fi |
		awk -F '\t' -v kind="$kind" -v known="$work/known" '
		BEGIN {
			while ((getline l < known) > 0) {
				n = split(l, w, " ")
				if (w[1] != kind) continue
				nk++
				entry[nk] = l
				for (i = 2; i <= n; i++) in_entry[nk, w[i]] = 1
			}
		}
		{
			n = split($1, m, " ")
			allowed = 0
			for (k = 1; k <= nk && !allowed; k++) {
				sub_ok = 1
				for (i = 1; i <= n; i++) if (!((k, m[i]) in in_entry)) sub_ok = 0
				if (sub_ok) { allowed = 1; used[k] = 1 }
			}
			if (allowed)
				print "allowed\t" kind " circle: " $1
			else
				print "FAIL\t" kind " circle: " $1 " (" $2 "); accepted: modules that depend one way"
		}
		END { for (k = 1; k <= nk; k++) if (!(k in used)) print "stale\t" entry[k] }'
	done >>"$work/report"

	status=0
	while IFS='	' read -r what text; do
		case $what in
		FAIL) echo "structure: $text"; status=1 ;;
		allowed) echo "structure: allowed by known.txt: $text" ;;
		stale) echo "structure: note: known.txt no longer needs: $text" ;;
		esac
	done <"$work/report"
	if [ "$status" = 0 ]; then
		echo "structure: ok: $(wc -l <"$work/files") files of src/, $(awk '{ print $1; print $2 }' \
			"$work/includes" "$work/calls" | sort -u | wc -l) modules: no file over" \
			"$MAX_LINES lines and no include or call circle but those known.txt allows"
	fi
	rm -rf "$work"
	return "$status"
}

# a file of n lines
lines_file() {
	awk -v n="$2" 'BEGIN { for (i = 1; i <= n; i++) print "/* " i " */" }' >"$1"
}

self_test() {
	t=$(mktemp -d) || return 2
	cc=${CC:-cc}
	fails=0
	mkdir -p "$t/bad/src/a" "$t/bad/src/b" "$t/bad/obj/a" "$t/bad/obj/b"
	# an include circle a/x -> b/y -> a/x (one include beside the file,
	# one from src/), a call circle a/x -> b/y -> a/x, a file of 601 lines
	printf '#ifndef X_H\n#define X_H\n#include "../b/y.h"\nint x_f(int n);\n#endif\n' \
		>"$t/bad/src/a/x.h"
	printf '#ifndef Y_H\n#define Y_H\n#include "a/x.h"\nint y_f(int n);\n#endif\n' \
		>"$t/bad/src/b/y.h"
	printf '#include "a/x.h"\nint x_f(int n) { return n > 0 ? y_f(n - 1) : 0; }\n' \
		>"$t/bad/src/a/x.c"
	printf '#include "b/y.h"\nint y_f(int n) { return n > 0 ? x_f(n - 1) : 1; }\n' \
		>"$t/bad/src/b/y.c"
	lines_file "$t/bad/src/a/long.h" 601
	lines_file "$t/bad/src/a/fits.h" 600
	for m in a/x b/y; do
		"$cc" -c -I"$t/bad/src" -o "$t/bad/obj/$m.o" "$t/bad/src/$m.c" || fails=1
	done
	out=$(check_tree "$t/bad" "$t/bad/obj" /dev/null)
	rc=$?
	expect() { # what the output must (or, with !, must not) hold
		if [ "$1" = '!' ]; then
			case $out in *"$2"*) echo "structure self-test: said \"$2\" on $3"; fails=1 ;; esac
		else
			case $out in *"$1"*) ;; *) echo "structure self-test: did not say \"$1\" on $2"; fails=1 ;; esac
		fi
	}
	[ "$rc" = 1 ] || { echo "structure self-test: a tree with circles passed (status $rc)"; fails=1; }
	expect "src/a/long.h: 601 lines" "a file of 601 lines"
	expect ! "src/a/fits.h" "a file of 600 lines"
	expect "include circle: a/x b/y" "an include circle"
	expect "call circle: a/x b/y (a/x->b/y, b/y->a/x)" "a call circle"

	# the same offenders, known: allowed
	printf '# why each is here\nlines src/a/long.h\ninclude a/x b/y\ncall a/x b/y z/gone\n' \
		>"$t/known"
	out=$(check_tree "$t/bad" "$t/bad/obj" "$t/known")
	rc=$?
	[ "$rc" = 0 ] || { echo "structure self-test: known offenders refused: $out"; fails=1; }
	expect "allowed by known.txt: call circle: a/x b/y" "a known call circle"

	# one way only: y no longer calls nor includes x; the long file gone
	printf 'int y_f(int n);\n' >"$t/bad/src/b/y.h"
	printf '#include "b/y.h"\nint y_f(int n) { return n; }\n' >"$t/bad/src/b/y.c"
	rm "$t/bad/src/a/long.h"
	"$cc" -c -I"$t/bad/src" -o "$t/bad/obj/b/y.o" "$t/bad/src/b/y.c" || fails=1
	out=$(check_tree "$t/bad" "$t/bad/obj" "$t/known")
	rc=$?
	[ "$rc" = 0 ] || { echo "structure self-test: a clean tree failed: $out"; fails=1; }
	expect "known.txt no longer needs: lines src/a/long.h" "a known file now short"
	expect "known.txt no longer needs: call a/x b/y z/gone" "a known circle now gone"

	# an object missing: refused, not a silent pass
	rm "$t/bad/obj/b/y.o"
	out=$(check_tree "$t/bad" "$t/bad/obj" /dev/null)
	rc=$?
	[ "$rc" = 1 ] || { echo "structure self-test: a missing object passed"; fails=1; }
	expect "y.o: missing" "a missing object"

	rm -rf "$t"
	if [ "$fails" = 0 ]; then
		echo "structure self-test: ok (a long file and both circles found, known ones allowed, a clean tree passed)"
	fi
	return "$fails"
}

top=$(cd "$(dirname "$ME")/../.." && pwd)
case ${1:-} in
--self-test)
	self_test ;;
--tree)
	shift
	check_tree "$1" "${2:-$1/build/obj}" "${3:-$1/tests/structure/known.txt}" ;;
"")
	self_test || { echo "structure: the checker itself is broken (self-test above)"; exit 1; }
	check_tree "$top" "$top/build/obj" "$top/tests/structure/known.txt" ;;
*)
	echo "usage: $ME [--self-test | --tree ROOT [OBJDIR [KNOWN]]]" >&2
	exit 2 ;;
esac
