# Prints rules.ini with COPIES extra renamed copies of every [port.*],
# [area.*], [scheme.*] and [countries.*] section (ids get _cN, airport
# aliases and their airport.CODE names get a digit), so the file is about ten times larger but loads
# with the same versions. Usage: awk -v COPIES=9 -f bigrules.awk rules.ini
function flush(   k, i, line, key, val, n, parts, j, out) {
	if (sec == "")
		return
	for (k = 1; k <= COPIES; k++) {
		printf "[%s_c%d]\n", sec, k
		for (i = 1; i <= nbody; i++) {
			line = body[i]
			if (line ~ /^[ \t]*[;#]/ || line !~ /=/) {
				print line
				continue
			}
			key = line; sub(/[ \t]*=.*/, "", key)
			val = line; sub(/^[^=]*=[ \t]*/, "", val)
			if (kind == "port" && key == "aliases") {
				n = split(val, parts, /[ \t]+/)
				out = ""
				for (j = 1; j <= n; j++)
					out = out (j > 1 ? " " : "") parts[j] k
				print key " = " out
			} else if (kind == "port" && key ~ /^airport\./) {
				print key k " = " val
			} else if (kind == "scheme" && key ~ /^area\./) {
				n = split(val, parts, /[ \t]+/)
				out = ""
				for (j = 1; j <= n; j++)
					out = out (j > 1 ? " " : "") parts[j] "_c" k
				print key "_c" k " = " out
			} else if (kind == "scheme" && key == "exit_unconfirmed") {
				n = split(val, parts, /[ \t]+/)
				out = ""
				for (j = 1; j <= n; j++)
					out = out (j > 1 ? " " : "") parts[j] "_c" k
				print key " = " out
			} else {
				print line
			}
		}
		print ""
	}
	sec = ""
}
/^\[/ {
	flush()
	name = $0; gsub(/^\[|\][ \t]*$/, "", name)
	kind = name; sub(/\..*/, "", kind)
	if (kind == "port" || kind == "area" || kind == "scheme" || kind == "countries") {
		sec = name
		nbody = 0
	}
	print
	next
}
{
	if (sec != "")
		body[++nbody] = $0
	print
}
END { flush() }
