#!/usr/bin/env bash
# The typeset slip as a traveller holds it: each golden check of
# tests/golden/ rendered to PDF in its default Chinese, in the other
# Chinese form, and (two of them) in English only; then read back with
# poppler: the text against tests/pdf/golden/ (on a difference the actual
# text lands in tests/out/pdf/), the header with "page N of M" and the
# footer on every page, no word within 15 mm of an edge, every font
# embedded (Latin text in Nimbus Sans), the page limits (240-hour slip at
# most two pages, a refusal or an e-pass slip one), the TRAVELLER table on
# one page, the document number masked, the file 0600 and under 300 KB;
# the words as pdftotext -raw copies them.
# ED_PDF_REGEN=1 rewrites the goldens: read each changed one (and look at
# the pages: pdftoppm -r 60 -png) before committing it.
set -u
cd "$(dirname "$0")/../.."
bin=${ENTRYDESK_BIN:-./entrydesk}
out=tests/out/pdf
golden=tests/pdf/golden
export ENTRYDESK_TODAY=2026-11-21
MARGIN=42.5197 # 15 mm in points
passed=0 failed=0

for tool in pdftotext pdfinfo pdffonts; do
	command -v $tool >/dev/null || { echo "FAIL $tool is not installed (make deps: poppler-utils)"; exit 1; }
done
mkdir -p "$out" && chmod 700 "$out"

pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1: $2"; failed=$((failed + 1)); }

# answers FILE with [check] slip_chinese = FORM, into OUT
with_chinese() { sed "/^\[check\]/a slip_chinese = $2" "$1" >"$3"; }

# the words of a PDF outside the margins, one per line ("page word box")
outside_margins() {
	pdftotext -bbox "$1" - | awk -v m="$MARGIN" '
		/<page / { match($0, /width="[0-9.]+"/); w = substr($0, RSTART + 7, RLENGTH - 8)
			   match($0, /height="[0-9.]+"/); h = substr($0, RSTART + 8, RLENGTH - 9); p++ }
		/<word / { split($0, a, "\""); x0 = a[2]; y0 = a[4]; x1 = a[6]; y1 = a[8]
			   if (x0 < m || y0 < m || x1 > w - m || y1 > h - m) print p, $0 }'
}

# checks one PDF: CASE PDF MAX_PAGES ANSWERS
check_pdf() {
	local case=$1 pdf=$2 max=$3 ini=$4 pages p text name number bad fonts
	pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
	if [ -z "$pages" ] || [ "$pages" -lt 1 ]; then
		fail "$case" "no readable PDF"; return
	fi
	[ "$pages" -le "$max" ] && pass "$case: $pages page(s), at most $max" ||
		fail "$case" "$pages pages; at most $max"
	name=$(sed -n 's/^name *= *//p' "$ini" | head -1)
	bad=""
	for p in $(seq 1 "$pages"); do
		text=$(pdftotext -f "$p" -l "$p" "$pdf" -)
		grep -qF "page $p of $pages" <<<"$text" || bad="$bad page $p: no 'page $p of $pages';"
		grep -qF "entrydesk" <<<"$text" || bad="$bad page $p: no 'entrydesk';"
		[ -z "$name" ] || grep -qF "$name" <<<"$text" || bad="$bad page $p: no name;"
		grep -qF "advice from a travel desk, not a permit" <<<"$text" || bad="$bad page $p: no footer;"
	done
	[ -z "$bad" ] && pass "$case: header and footer on every page" || fail "$case" "$bad"
	bad=$(outside_margins "$pdf" | head -3)
	[ -z "$bad" ] && pass "$case: no word within 15 mm of an edge" || fail "$case" "near an edge: $bad"
	fonts=$(pdffonts "$pdf" | awk 'NR > 2 { n++; if ($(NF - 4) != "yes") print $1 } END { if (!n) print "none at all" }')
	[ -z "$fonts" ] && pass "$case: every font embedded" || fail "$case" "not embedded: $fonts"
	number=$(sed -n 's/^\(passport\|permit\)_number *= *//p' "$ini" | head -1)
	if [ -n "$number" ] && pdftotext "$pdf" - | grep -qF "$number"; then
		fail "$case" "the document number is printed unmasked"
	else
		pass "$case: document number masked"
	fi
	[ "$(stat -c %a "$pdf")" = 600 ] && pass "$case: file mode 0600" ||
		fail "$case" "mode $(stat -c %a "$pdf")"
	[ "$(stat -c %s "$pdf")" -lt 300000 ] && pass "$case: under 300 KB" ||
		fail "$case" "$(stat -c %s "$pdf") bytes; at most 300 KB"
	# Latin text in a Latin font, Chinese in Noto CJK, both embedded
	fonts=$(pdffonts "$pdf")
	grep -q "NimbusSans-Regular" <<<"$fonts" && pass "$case: Latin in Nimbus Sans" ||
		fail "$case" "no Latin font: $(awk 'NR > 2 { print $1 }' <<<"$fonts" | tr '\n' ' ')"
	# a table is not split across pages: the traveller's last row is on
	# the page of its heading
	# (the table ends where the next heading starts, or with the slip: a
	# refusal's table holds only what was answered)
	after=$(pdftotext "$pdf" - | awk '/^TRAVELLER/ { f = 1; next }
		f && /^[A-Z][A-Z ]+[^a-z]*$/ { print; exit }')
	for p in $(seq 1 "$pages"); do
		text=$(pdftotext -f "$p" -l "$p" "$pdf" -)
		grep -q "^TRAVELLER" <<<"$text" || continue
		{ if [ -n "$after" ]; then grep -qxF -- "$after" <<<"$text"; else [ "$p" = "$pages" ]; fi; } &&
			pass "$case: the TRAVELLER table whole on page $p" ||
			fail "$case" "the TRAVELLER table starts on page $p and ends on another"
	done
}

# compares the PDF's text with its golden: CASE PDF GOLDEN_NAME
check_text() {
	local case=$1 pdf=$2 g=$golden/$3.txt actual=$out/$3.txt
	pdftotext -enc UTF-8 "$pdf" "$actual"
	if [ "${ED_PDF_REGEN:-}" = 1 ]; then
		mkdir -p "$golden" && cp "$actual" "$g"
	fi
	if cmp -s "$actual" "$g"; then
		pass "$case: text as $g"
	else
		fail "$case" "text differs from $g: diff $g $actual"
	fi
}

# CASE PDF PATTERN: the PDF's text holds (or with ! does not hold) it
has_text() {
	local case=$1 pdf=$2 neg="" pat=$3
	[ "${pat:0:1}" = "!" ] && neg=1 pat=${pat:1}
	if pdftotext "$pdf" - | grep -qE "$pat"; then
		[ -z "$neg" ] && pass "$case: says '$pat'" || fail "$case" "says '$pat'"
	else
		[ -n "$neg" ] && pass "$case: does not say '$pat'" || fail "$case" "does not say '$pat'"
	fi
}

# the page limits of the issue: a 240-hour slip (its 24 provinces and their
# ports) two pages, the rest one
max_pages() { case $1 in transit_240h_* | regime_vnm_240h) echo 2 ;; *) echo 1 ;; esac; }

for ini in tests/golden/*.ini; do
	name=$(basename "$ini" .ini)
	pdf=$out/$name.pdf
	rm -f "$pdf"
	if ! "$bin" --rules rules.ini check --format pdf --output "$pdf" "$ini" 2>"$out/$name.err"; then
		fail "$name" "entrydesk check failed: $(cat "$out/$name.err")"
		continue
	fi
	check_pdf "$name" "$pdf" "$(max_pages "$name")" "$ini"
	check_text "$name" "$pdf" "$name"
	case $name in
	epass_*) other=simplified; has_text "$name" "$pdf" "臨時通行證" ;;
	*) other=traditional; has_text "$name" "$pdf" "可免签入境|可免签过境|须办理签证|经边检机关确认|请先换发护照|可能无须签证" ;;
	esac
	with_chinese "$ini" "$other" "$out/$name.$other.ini"
	"$bin" --rules rules.ini check --format pdf --output "$out/$name.$other.pdf" \
		"$out/$name.$other.ini" 2>"$out/$name.err" || fail "$name.$other" "$(cat "$out/$name.err")"
	check_pdf "$name.$other" "$out/$name.$other.pdf" "$(max_pages "$name")" "$ini"
	check_text "$name.$other" "$out/$name.$other.pdf" "$name.$other"
done

# the words as a reader copies them from the PDF (pdftotext -raw: no
# guessing from the gaps): the spaces between them, none inside them
for name in transit_240h_eligible transit_240h_eligible.traditional regime_deu_round_trip; do
	raw=$(pdftotext -raw "$out/$name.pdf" - | tr '\n' ' ')
	for words in "Policy applied" "Permitted area" "Next destination" "30-day visa-free"; do
		case $name:$words in transit_*:30-day*) continue ;; esac
		grep -qF "$words" <<<"$raw" && pass "$name: copies as '$words'" ||
			fail "$name" "'$words' copies as '$(grep -oE "${words%% *}[^ ]* ?[^ ]*" <<<"$raw" | head -1)'"
	done
done
# no gap inside a word where Latin met CJK metrics ("Heilong jiang", "30-d ay")
text=$(pdftotext "$out/transit_240h_eligible.pdf" - | tr '\n' ' ')
for word in Heilongjiang Zhangjiajie; do
	grep -qF "$word" <<<"$text" && pass "transit_240h_eligible: '$word' in one piece" ||
		fail "transit_240h_eligible" "'$word' is split"
done

# the Chinese lines name the countries in Chinese (iso-codes' translations,
# rules.ini iso_codes_zh), in the form of the slip
has_text "countries in Chinese" "$out/regime_deu_round_trip.pdf" "^德国$"
has_text "countries in Chinese" "$out/regime_deu_round_trip.traditional.pdf" "^德國$"
has_text "countries in Chinese" "$out/transit_24h_times_decide.pdf" "国籍印度在"
has_text "countries in Chinese" "$out/transit_24h_times_decide.pdf" "!国籍India"
has_text "countries in Chinese" "$out/transit_240h_eligible.pdf" "^(United States \\(USA\\) +)?美国$"

# the e-pass slip's reminder follows what became of the permit, in both
# languages (rules.ini [reminders.epass] permit_*); none when it is at hand
for status in lost:"Report the lost permit":掛失並補辦遺失 damaged:"Replace the damaged permit":換發損毀 \
	not_carried:"Carry the permit left at home on the next trip":攜帶留在家中 \
	expired:"Renew the expired permit":換發過期 with_traveller:"":""; do
	IFS=: read -r code en zh <<<"$status"
	sed "s/^permit_status *=.*/permit_status = $code/" tests/golden/epass_eligible.ini >"$out/permit_$code.ini"
	"$bin" --rules rules.ini check --format pdf --output "$out/permit_$code.pdf" "$out/permit_$code.ini" \
		2>"$out/permit_$code.err" || { fail "permit $code" "$(cat "$out/permit_$code.err")"; continue; }
	[ -z "$en" ] || has_text "permit $code" "$out/permit_$code.pdf" "$en"
	[ -z "$zh" ] || has_text "permit $code" "$out/permit_$code.pdf" "$zh"
	has_text "permit $code" "$out/permit_$code.pdf" "!lost, damaged or expired"
done

# the two forms of the same words, and none; the way in first, with its
# deadline in Chinese words
has_text "transit simplified" "$out/transit_240h_eligible.pdf" "可免签入境：240小时过境免签；须于2026年3月11日（星期三）24:00前离境"
has_text "transit simplified" "$out/transit_240h_eligible.pdf" "!過境免簽"
has_text "transit traditional" "$out/transit_240h_eligible.traditional.pdf" "可免簽入境：240小時過境免簽；須於2026年3月11日（星期三）24:00前離境"
has_text "transit traditional" "$out/transit_240h_eligible.traditional.pdf" "!过境免签"
has_text "transit traditional, Hong Kong usage" "$out/transit_240h_eligible.traditional.pdf" "櫃枱"
has_text "e-pass traditional" "$out/epass_eligible.pdf" "符合申領電子臨時通行證的條件"
has_text "e-pass simplified" "$out/epass_eligible.simplified.pdf" "符合申领电子临时通行证的条件"
# the regimes' own names in Chinese, beside the English ones
has_text "unilateral, Chinese name" "$out/regime_deu_round_trip.pdf" "可免签入境：30天免签入境（单方面免签政策）"
has_text "Hainan, Chinese name" "$out/regime_hainan.pdf" "海南30天免签入境（61国）"
has_text "a visa, in Chinese" "$out/regime_usa_round_trip_visa.pdf" "须办理签证"
for name in transit_not_eligible epass_eligible; do
	with_chinese "tests/golden/$name.ini" none "$out/$name.none.ini"
	"$bin" --rules rules.ini check --format pdf --output "$out/$name.none.pdf" "$out/$name.none.ini"
	check_pdf "$name.none" "$out/$name.none.pdf" 1 "$out/$name.none.ini"
	has_text "$name.none" "$out/$name.none.pdf" "!免签|免簽|通行证|通行證|建议|建議"
done

# US Letter: narrower and shorter, same margins and limits
"$bin" --rules rules.ini check --format pdf --paper letter --output "$out/letter.pdf" \
	tests/golden/transit_240h_eligible.ini
pdfinfo "$out/letter.pdf" | grep -q "612 x 792 pts (letter)" && pass "letter: 612 x 792 pt" ||
	fail "letter" "not US Letter"
check_pdf letter "$out/letter.pdf" 2 tests/golden/transit_240h_eligible.ini

# several checks: one PDF, each from a new page, each numbered on its own
"$bin" --rules rules.ini check --format pdf --output "$out/batch.pdf" \
	tests/golden/transit_240h_eligible.ini tests/golden/epass_eligible.ini
text=$(pdftotext -f 3 -l 3 "$out/batch.pdf" -)
[ "$(pdfinfo "$out/batch.pdf" | awk '/^Pages:/ { print $2 }')" = 3 ] &&
	grep -qF "page 1 of 1" <<<"$text" && grep -q "electronic temporary pass" <<<"$text" &&
	pass "batch: the e-pass slip starts page 3 as 'page 1 of 1'" ||
	fail "batch" "pages or numbering wrong"

echo "pdf: $passed passed, $failed failed"
[ "$failed" = 0 ]
