# Machine-readable zones for the tests, with every check digit computed
# (ICAO Doc 9303 Part 3: weights 7 3 1; < = 0, A = 10 .. Z = 35). Sourced.

# cd_of TEXT: its check digit
cd_of() {
	local s=$1 i c v sum=0 w=(7 3 1)
	for ((i = 0; i < ${#s}; i++)); do
		c=${s:i:1}
		case $c in
		[0-9]) v=$c ;;
		[A-Z]) v=$(($(printf '%d' "'$c") - 55)) ;;
		*) v=0 ;;
		esac
		sum=$((sum + v * w[i % 3]))
	done
	echo $((sum % 10))
}

# fill TEXT N: TEXT padded with < to N characters
fill() { local s=$1; while [ ${#s} -lt "$2" ]; do s="$s<"; done; echo "$s"; }

# td3_lines ISSUER NAME NUMBER NATIONALITY BIRTH SEX EXPIRY: a passport's
# two lines of 44
td3_lines() {
	local l1 num dob exp pn l2a comp
	l1=$(fill "P<$(fill "$1" 3)$2" 44)
	num=$(fill "$3" 9)
	dob=$5 exp=$7 pn=$(fill "" 14)
	l2a="$num$(cd_of "$num")$(fill "$4" 3)$dob$(cd_of "$dob")$6$exp$(cd_of "$exp")$pn$(cd_of "$pn")"
	comp="${l2a:0:10}${l2a:13:7}${l2a:21:22}"
	printf '%s\n%s%s\n' "$l1" "$l2a" "$(cd_of "$comp")"
}
