# entrydesk: build, test and install.
# `make run` and `make test` are all a new user types: both install the
# missing Debian packages first (target `deps`).

PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR   = $(PREFIX)/bin
SHAREDIR = $(PREFIX)/share/entrydesk
MANDIR   = $(PREFIX)/share/man/man1

PKGS = ncursesw formw menuw json-c cairo pangocairo opencc
# Recursive (=) so that pkg-config runs after `deps` has installed it.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)

CC      ?= cc
CFLAGS  ?= -O2 -g
WARN     = -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes -Wformat=2
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -DSHAREDIR='"$(SHAREDIR)"' -Isrc
# libcups2-dev ships cups-config, not a pkg-config file
CUPS_LIBS = $(shell cups-config --libs 2>/dev/null || echo -lcups)
LDLIBS   = -liniparser $(PKG_LIBS) $(CUPS_LIBS) -lm

SAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

# Debian packages: to build and run, and to run the tests.
DEPS_BUILD = gcc make pkg-config libncurses-dev libiniparser-dev libjson-c-dev iso-codes \
             libcairo2-dev libpango1.0-dev libopencc-dev libcups2-dev
DEPS_TEST  = libcriterion-dev tmux poppler-utils
# lp for F9, and a CJK font so CUPS prints Chinese names on the slip;
# Noto CJK for the PDF slip (embedded), OpenCC's data for Traditional Chinese
DEPS_RUN   = cups-client fonts-arphic-uming fonts-noto-cjk libopencc-data

SRC      = $(wildcard src/*/*.c)
MAIN     = src/main.c
OBJ      = $(SRC:src/%.c=build/obj/%.o)
SAN_OBJ  = $(SRC:src/%.c=build/san/%.o)
UNIT_SRC = $(wildcard tests/unit/*.c)

.PHONY: all run test unit e2e pdf bench install uninstall clean deps check-deps

all: entrydesk

entrydesk: $(OBJ) build/obj/main.o
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

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

build/entrydesk-san: $(SAN_OBJ) build/san/main.o
	$(CC) $(SAN_FLAGS) -o $@ $^ $(LDLIBS)

# paths.c has SHAREDIR compiled in: rebuild it when PREFIX changes.
build/sharedir: FORCE
	@mkdir -p build
	@echo '$(SHAREDIR)' | cmp -s - $@ || echo '$(SHAREDIR)' > $@
build/obj/load/paths.o build/san/load/paths.o: build/sharedir

.PHONY: FORCE
FORCE:

run: deps
	@$(MAKE) --no-print-directory all
	./entrydesk

# Unit suites, then the same suites under ASan+UBSan, then the end-to-end
# tests that drive the real binary (also its sanitizer build).
test: deps
	@$(MAKE) --no-print-directory unit e2e pdf

unit: build/unit-tests build/unit-tests-san
	./build/unit-tests --jobs 2
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  LSAN_OPTIONS=suppressions=tests/unit/lsan.supp:print_suppressions=0 ./build/unit-tests-san --jobs 2

e2e: entrydesk build/entrydesk-san
	./tests/e2e/run-all.sh

# The PDF slip read back with poppler: text, header, margins, fonts, pages;
# also from the sanitizer build (font caches kept for the process: lsan.supp).
pdf: entrydesk build/entrydesk-san
	./tests/pdf/run.sh
	LSAN_OPTIONS=suppressions=tests/unit/lsan.supp:print_suppressions=0 \
	  ENTRYDESK_BIN=build/entrydesk-san ./tests/pdf/run.sh

bench: deps
	@$(MAKE) --no-print-directory entrydesk build/bench
	./tests/bench/run.sh

build/bench: $(OBJ) tests/bench/bench.c
	$(CC) $(CPPFLAGS) $(WARN) $(PKG_CFLAGS) $(CFLAGS) -o $@ tests/bench/bench.c $(OBJ) $(LDLIBS)

install: entrydesk
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(SHAREDIR)/screens $(DESTDIR)$(MANDIR)
	install -m 0755 entrydesk $(DESTDIR)$(BINDIR)/entrydesk
	install -m 0644 rules.ini $(DESTDIR)$(SHAREDIR)/rules.ini
	install -m 0644 screens/*.ini $(DESTDIR)$(SHAREDIR)/screens/
	install -m 0644 doc/entrydesk.1 $(DESTDIR)$(MANDIR)/entrydesk.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/entrydesk $(DESTDIR)$(MANDIR)/entrydesk.1
	rm -rf $(DESTDIR)$(SHAREDIR)

clean:
	rm -rf build entrydesk tests/out

# Installs what is missing with apt-get; prints the command when not root.
deps:
	@missing=""; for p in $(DEPS_BUILD) $(DEPS_TEST) $(DEPS_RUN); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "deps: installing$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	else \
	  echo "deps: missing Debian packages. Run:"; \
	  echo "  sudo apt-get install$$missing"; exit 1; \
	fi

-include $(OBJ:.o=.d) $(SAN_OBJ:.o=.d) build/obj/main.d build/san/main.d
