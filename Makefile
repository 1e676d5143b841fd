# entrydesk: build, test and install.
# `make run` and `make test` are all a new user types: both install the
# missing Debian packages first (target `deps`).

PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR   = $(PREFIX)/bin
SHAREDIR = $(PREFIX)/share/entrydesk
LIBEXECDIR = $(PREFIX)/libexec/entrydesk
MANDIR   = $(PREFIX)/share/man/man1

# Two programs: entrydesk (the wizard and the command line) links only
# what starts fast; entrydesk-slip alone links the print stack (cairo,
# pango, OpenCC, libcups) and is run by entrydesk for PDFs and printers.
PKGS      = ncursesw json-c
SLIP_PKGS = cairo pangocairo pangoft2 fontconfig harfbuzz-subset opencc
# Recursive (=) so that pkg-config runs after `deps` has installed it.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) $(SLIP_PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
SLIP_PKG_LIBS = $(shell pkg-config --libs $(SLIP_PKGS) 2>/dev/null)
# The history of checks (src/history/): SQLite at a counter, linked;
# PostgreSQL for an agency, libpq loaded at run time (dlopen) only when one
# is configured, so that its ~20 libraries (krb5, ldap, ssl...) are not
# loaded by every start: its header only here, never -lpq.
PKG_CFLAGS    += $(shell pkg-config --cflags sqlite3 libpq 2>/dev/null)
PKG_LIBS      += $(shell pkg-config --libs sqlite3 2>/dev/null)

CC      ?= cc
CFLAGS  ?= -O2 -g
WARN     = -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes -Wformat=2
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -DSHAREDIR='"$(SHAREDIR)"' \
            -DLIBEXECDIR='"$(LIBEXECDIR)"' -Isrc
# libcups2-dev ships cups-config, not a pkg-config file
CUPS_LIBS = $(shell cups-config --libs 2>/dev/null || echo -lcups)
# --as-needed: a library named but not used is not loaded at start
ED_LDLIBS   = -Wl,--as-needed -liniparser $(PKG_LIBS) -lm
SLIP_LDLIBS = -Wl,--as-needed $(SLIP_PKG_LIBS) $(CUPS_LIBS) -lm
# the tests and the fuzz targets link every module
LDLIBS      = -liniparser $(PKG_LIBS) $(SLIP_PKG_LIBS) $(CUPS_LIBS) -lm

SAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

# Debian packages: to build and run, and to run the tests.
DEPS_BUILD = gcc make pkg-config libncurses-dev libiniparser-dev libjson-c-dev iso-codes \
             libcairo2-dev libpango1.0-dev libharfbuzz-dev libopencc-dev libcups2-dev \
             libsqlite3-dev libpq-dev
# postgresql: the tests start a throwaway server of their own (initdb, pg_ctl)
DEPS_TEST  = libcriterion-dev tmux poppler-utils postgresql
# lp for F9, and a CJK font so CUPS prints Chinese names on the slip;
# for the PDF slip (embedded) Noto CJK for Chinese and Nimbus Sans (URW) for
# Latin text, OpenCC's data for Traditional Chinese
DEPS_RUN   = cups-client fonts-arphic-uming fonts-noto-cjk fonts-urw-base35 libopencc-data
# libFuzzer (tests/fuzz/): `make fuzz`, and the corpus replay of `make test`;
# the program itself never needs clang
DEPS_FUZZ  = clang libclang-rt-14-dev
# `make bench` compares the first screen with dialog's first menu
DEPS_BENCH = dialog

SRC      = $(wildcard src/*/*.c)
MAIN     = src/main.c
OBJ      = $(SRC:src/%.c=build/obj/%.o)
SAN_OBJ  = $(SRC:src/%.c=build/san/%.o)
UNIT_SRC = $(wildcard tests/unit/*.c)
# src/pdf/ is the print stack: entrydesk-slip's alone, with the few
# modules it shares (the slip document, its stream, text, running lp)
PRINT_SRC = $(wildcard src/pdf/*.c)
SLIP_SRC  = $(PRINT_SRC) src/core/slipdoc.c src/core/slipdoc_io.c src/core/text.c \
            src/load/print.c src/load/printers.c
ED_OBJ    = $(filter-out $(PRINT_SRC:src/%.c=build/obj/%.o),$(OBJ))
ED_SAN_OBJ = $(filter-out $(PRINT_SRC:src/%.c=build/san/%.o),$(SAN_OBJ))
SLIP_OBJ  = $(SLIP_SRC:src/%.c=build/obj/%.o)
SLIP_SAN_OBJ = $(SLIP_SRC:src/%.c=build/san/%.o)

.PHONY: all run test structure unit e2e pdf bench bench-deps install uninstall clean deps check-deps fuzz fuzz-replay

all: entrydesk entrydesk-slip

entrydesk: $(ED_OBJ) build/obj/main.o
	$(CC) $(CFLAGS) -o $@ $^ $(ED_LDLIBS)

entrydesk-slip: $(SLIP_OBJ) build/obj/slip_main.o
	$(CC) $(CFLAGS) -o $@ $^ $(SLIP_LDLIBS)

build/obj/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(PKG_CFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

build/san/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(PKG_CFLAGS) $(SAN_FLAGS) -MMD -MP -c -o $@ $<

build/unit-tests: $(OBJ) $(UNIT_SRC) $(wildcard tests/unit/*.h)
	$(CC) $(CPPFLAGS) $(WARN) $(PKG_CFLAGS) $(CFLAGS) -o $@ $(UNIT_SRC) $(OBJ) $(LDLIBS) -lcriterion

build/unit-tests-san: $(SAN_OBJ) $(UNIT_SRC) $(wildcard tests/unit/*.h)
	$(CC) $(CPPFLAGS) $(WARN) $(PKG_CFLAGS) $(SAN_FLAGS) -o $@ $(UNIT_SRC) $(SAN_OBJ) $(LDLIBS) -lcriterion

build/entrydesk-san: $(ED_SAN_OBJ) build/san/main.o
	$(CC) $(SAN_FLAGS) -o $@ $^ $(ED_LDLIBS)

# beside build/entrydesk-san, which runs it (found next to itself)
build/entrydesk-slip: $(SLIP_SAN_OBJ) build/san/slip_main.o
	$(CC) $(SAN_FLAGS) -o $@ $^ $(SLIP_LDLIBS)

# paths.c and slip_run.c have SHAREDIR and LIBEXECDIR compiled in:
# rebuild them when PREFIX changes.
build/sharedir: FORCE
	@mkdir -p build
	@echo '$(SHAREDIR) $(LIBEXECDIR)' | cmp -s - $@ || echo '$(SHAREDIR) $(LIBEXECDIR)' > $@
build/obj/load/paths.o build/san/load/paths.o build/obj/load/slip_run.o build/san/load/slip_run.o: build/sharedir

.PHONY: FORCE
FORCE:

run: deps
	@$(MAKE) --no-print-directory all
	./entrydesk

# The structure of src/, then the unit suites, then the same suites under
# ASan+UBSan, then the end-to-end tests that drive the real binary (also
# its sanitizer build), then each fuzz target once over its corpus (no
# fuzzing: a few seconds).
test: deps
	@$(MAKE) --no-print-directory structure unit e2e pdf fuzz-replay

# No file of src/ over 600 lines, no include or call circle between
# modules (calls read with nm from these objects); tests/structure/known.txt
# lists what other branches are still ending. Self-tests first.
structure: $(OBJ) build/obj/main.o build/obj/slip_main.o
	./tests/structure/check.sh

# entrydesk-slip: test_result.c reads back the PDF of every golden case
unit: build/unit-tests build/unit-tests-san entrydesk-slip
	./build/unit-tests --jobs 2
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  LSAN_OPTIONS=suppressions=tests/unit/lsan.supp:print_suppressions=0 ./build/unit-tests-san --jobs 2

e2e: entrydesk entrydesk-slip build/entrydesk-san build/entrydesk-slip
	./tests/e2e/run-all.sh

# The PDF slip read back with poppler: text, header, margins, fonts, pages;
# also from the sanitizer build (font caches kept for the process: lsan.supp).
pdf: entrydesk entrydesk-slip build/entrydesk-san build/entrydesk-slip
	./tests/pdf/run.sh
	LSAN_OPTIONS=suppressions=tests/unit/lsan.supp:print_suppressions=0 \
	  ENTRYDESK_BIN=build/entrydesk-san ./tests/pdf/run.sh

bench: deps bench-deps
	@$(MAKE) --no-print-directory entrydesk entrydesk-slip build/bench build/bench-runs \
	  build/bench-bare build/bench-history
	./tests/bench/run.sh

build/bench: $(ED_OBJ) tests/bench/bench.c
	$(CC) $(CPPFLAGS) $(WARN) $(PKG_CFLAGS) $(CFLAGS) -o $@ tests/bench/bench.c $(ED_OBJ) $(ED_LDLIBS)

# times programs (on a pseudo-terminal for a first screen)
build/bench-runs: tests/bench/runs.c
	@mkdir -p build
	$(CC) $(WARN) $(CFLAGS) -o $@ $< -lutil

# the floor of a check: entrydesk's libraries, loaded, and nothing done
build/bench-bare: tests/bench/bare.c
	@mkdir -p build
	$(CC) $(CPPFLAGS) $(WARN) $(PKG_CFLAGS) $(CFLAGS) -o $@ $< $(ED_LDLIBS)

build/bench-history: $(ED_OBJ) tests/bench/bench_history.c
	$(CC) $(CPPFLAGS) $(WARN) $(PKG_CFLAGS) $(CFLAGS) -o $@ tests/bench/bench_history.c $(ED_OBJ) $(ED_LDLIBS)

# libFuzzer targets, one per reader (tests/fuzz/fuzz_*.c), built with clang
# and ASan+UBSan. `make fuzz` runs each for FUZZ_SECONDS, growing a working
# corpus in build/fuzz/ from the seeds of tests/fuzz/corpus/; a finding is
# written to build/fuzz/ (copy it to the target's corpus once fixed).
FUZZ_CC      = clang
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = rules answers screens dates mrz_manifest slipdoc history
FUZZ_FLAGS   = -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_OBJ     = $(SRC:src/%.c=build/fuzz/obj/%.o)
FUZZ_BIN     = $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)

build/fuzz/obj/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CPPFLAGS) $(PKG_CFLAGS) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c -o $@ $<

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.h $(FUZZ_OBJ)
	$(FUZZ_CC) $(CPPFLAGS) $(PKG_CFLAGS) $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJ) $(LDLIBS)

# keep the objects between builds
.SECONDARY: $(FUZZ_OBJ)

fuzz: $(FUZZ_BIN)
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p build/fuzz/corpus-$$t && \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s" && \
	  ./build/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	    -artifact_prefix=build/fuzz/$$t- -print_final_stats=1 \
	    build/fuzz/corpus-$$t tests/fuzz/corpus/$$t || exit 1; \
	done

# each input of each corpus once, as a regression test
fuzz-replay: $(FUZZ_BIN)
	@for t in $(FUZZ_TARGETS); do \
	  ./build/fuzz/fuzz_$$t -runs=0 tests/fuzz/corpus/$$t 2>build/fuzz/replay-$$t.log \
	    || { cat build/fuzz/replay-$$t.log; exit 1; }; \
	  echo "fuzz-replay: $$t: $$(ls tests/fuzz/corpus/$$t | wc -l) inputs, no finding"; \
	done

install: entrydesk entrydesk-slip
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBEXECDIR) $(DESTDIR)$(SHAREDIR)/screens \
	  $(DESTDIR)$(MANDIR)
	install -m 0755 entrydesk $(DESTDIR)$(BINDIR)/entrydesk
	install -m 0755 entrydesk-slip $(DESTDIR)$(LIBEXECDIR)/entrydesk-slip
	install -m 0644 rules.ini $(DESTDIR)$(SHAREDIR)/rules.ini
	install -m 0644 screens/*.ini $(DESTDIR)$(SHAREDIR)/screens/
	install -m 0644 doc/entrydesk.1 $(DESTDIR)$(MANDIR)/entrydesk.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/entrydesk $(DESTDIR)$(MANDIR)/entrydesk.1
	rm -rf $(DESTDIR)$(SHAREDIR) $(DESTDIR)$(LIBEXECDIR)

clean:
	rm -rf build entrydesk entrydesk-slip tests/out

# Installs what is missing with apt-get; prints the command when not root.
define install_missing
	@missing=""; for p in $(1); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "deps: installing$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	else \
	  echo "deps: missing Debian packages. Run:"; \
	  echo "  sudo apt-get install$$missing"; exit 1; \
	fi
endef

deps:
	$(call install_missing,$(DEPS_BUILD) $(DEPS_TEST) $(DEPS_RUN) $(DEPS_FUZZ))

bench-deps:
	$(call install_missing,$(DEPS_BENCH))

-include $(OBJ:.o=.d) $(SAN_OBJ:.o=.d) $(FUZZ_OBJ:.o=.d) build/obj/main.d build/san/main.d \
	 build/obj/slip_main.d build/san/slip_main.d
