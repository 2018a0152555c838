# podrun's two commands: `make demo` and `make test`. Each installs what it needs from Debian
# packages (scripts/setup-deps.sh), builds, and runs.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
ifeq ($(CI),true)
  CMAKE_FLAGS += -DPODRUN_WERROR=ON
endif

.PHONY: all deps build image workload-images demo lessons test test-asan asan-build install install-files bench docs golden clean format

all: build

deps:
	@scripts/setup-deps.sh

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

# The built-in busybox image (an OCI layout built from Debian's busybox-static), imported into
# the default store as busybox:latest and busybox:<version>. Built and imported only when
# missing or changed, so demos and tests run offline.
BUSYBOX_OCI = $(BUILD)/images/busybox
$(BUSYBOX_OCI)/index.json: images/build-busybox.py images/ipcs.c | deps
	python3 images/build-busybox.py $(BUSYBOX_OCI)

# Imported again when the layout changed (a new applet in the built-in image): the store's
# busybox:latest must be the one this checkout builds.
image: build $(BUSYBOX_OCI)/index.json
	@want=$$(python3 -c "import json; print(json.load(open('$(BUSYBOX_OCI)/index.json'))['manifests'][0]['digest'])"); \
	$(BUILD)/podrun image inspect busybox:latest 2>/dev/null | grep -q "\"Digest\": \"$$want\"" || { \
	  $(BUILD)/podrun image import $(BUSYBOX_OCI) && \
	  $(BUILD)/podrun image import $(BUSYBOX_OCI) --name busybox:$$(cat $(BUSYBOX_OCI)/VERSION); }

demo: build image
	@scripts/demo.sh $(BUILD)/podrun

# docs/lessons/: the isolation masterclass, one page per lesson with the real output of its
# commands, run as root against real pods (ctest root.lessons fails when a page drifts).
lessons: image
	python3 scripts/gen-lessons.py --podrun $(BUILD)/podrun --out docs/lessons

# Real workload images (nginx, redis, postgres from Debian packages: images/build-workload.py)
# for the tests labelled `workload`: built once per version of the script (about a minute
# each, from the apt sources, as root), kept outside the checkout in PODRUN_IMAGE_CACHE.
PODRUN_IMAGE_CACHE ?= /var/cache/podrun-test-images
export PODRUN_IMAGE_CACHE
WORKLOAD_DIR = $(PODRUN_IMAGE_CACHE)/$(shell sha256sum images/build-workload.py | cut -c1-12)
workload-images: deps
	@if [ "$$(id -u)" != 0 ]; then echo "workload-images: not root, not built (the workload tests skip)"; exit 0; fi; \
	for n in nginx redis postgres; do \
	  [ -f $(WORKLOAD_DIR)/$$n/index.json ] && continue; \
	  echo "building the $$n image (once; cached in $(WORKLOAD_DIR))"; \
	  rm -rf $(WORKLOAD_DIR)/$$n.tmp && python3 images/build-workload.py $$n $(WORKLOAD_DIR)/$$n.tmp </dev/null && \
	  mv $(WORKLOAD_DIR)/$$n.tmp $(WORKLOAD_DIR)/$$n || exit 1; \
	done

# CI also runs the unit tests under the sanitizers (test-asan). Their build (a quarter hour of
# both CPUs here) runs while the first tests do, in the idle scheduling class: the root suites
# wait on pods most of the time and leave the CPUs about 90% idle, and a task of the idle class
# takes none of the CPU a test wants. It is waited for even when a test failed, so nothing it
# started outlives make; test-asan then finds it built.
test: build image workload-images
ifneq ($(CI),true)
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)
else
	@chrt --idle 0 $(MAKE) --no-print-directory asan-build >$(BUILD)/asan-build.log 2>&1 & asan=$$!; \
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS); rc=$$?; \
	wait $$asan || { echo "make asan-build failed ($(BUILD)/asan-build.log):"; tail -40 $(BUILD)/asan-build.log; exit 1; }; \
	exit $$rc
	@$(MAKE) --no-print-directory test-asan
endif

# The unit tests again under AddressSanitizer and UndefinedBehaviorSanitizer.
test-asan: asan-build
	ctest --test-dir $(BUILD)-asan --output-on-failure -L unit -j $(JOBS)

# Only what the unit tests run (tests/CMakeLists.txt, unit_test_binaries).
asan-build: deps
	cmake -S . -B $(BUILD)-asan -DCMAKE_BUILD_TYPE=Debug -DPODRUN_SANITIZE=ON $(CMAKE_FLAGS)
	cmake --build $(BUILD)-asan -j $(JOBS) --target unit_test_binaries

# Every C++ file to .clang-format (ctest "format" checks it).
format: deps
	scripts/check-format.sh --fix

# PREFIX/bin: podrun and its helpers (found next to it); /etc/podrun/manifests, serve's
# directory; the systemd unit podrun.service (`systemctl enable --now podrun`); the bash, zsh
# and fish completions and the man pages, written by the built podrun from its command table
# (with the built-in defaults, not this shell's PODRUN_* settings). DESTDIR stages.
PREFIX ?= /usr/local
SHARE = $(DESTDIR)$(PREFIX)/share
GEN = env -u PODRUN_ROOT -u PODRUN_STORAGE -u PODRUN_CONFIG $(BUILD)/podrun
install: build install-files
install-files:
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)/etc/systemd/system $(DESTDIR)/etc/podrun/manifests
	install -m 0755 $(BUILD)/podrun $(BUILD)/podrun-dynamic $(BUILD)/podrun-pause $(BUILD)/podrun-supervisor $(DESTDIR)$(PREFIX)/bin/
	sed 's#@BINDIR@#$(PREFIX)/bin#g' packaging/podrun.service >$(DESTDIR)/etc/systemd/system/podrun.service
	chmod 0644 $(DESTDIR)/etc/systemd/system/podrun.service
	install -d $(SHARE)/bash-completion/completions $(SHARE)/zsh/vendor-completions $(SHARE)/fish/vendor_completions.d $(SHARE)/man/man1
	$(GEN) completion bash >$(SHARE)/bash-completion/completions/podrun
	$(GEN) completion zsh >$(SHARE)/zsh/vendor-completions/_podrun
	$(GEN) completion fish >$(SHARE)/fish/vendor_completions.d/podrun.fish
	$(GEN) __gen man $(SHARE)/man/man1
	chmod 0644 $(SHARE)/bash-completion/completions/podrun $(SHARE)/zsh/vendor-completions/_podrun \
	  $(SHARE)/fish/vendor_completions.d/podrun.fish $(SHARE)/man/man1/podrun*.1

bench: build image
	bench/validate/run.sh
	bench/images/run.sh

# Generated documentation: docs/compatibility.md from the field table (src/loader/fields.cc),
# and the namespace graph of each lesson in manifests/ as SVG (Graphviz).
docs: build
	$(BUILD)/podrun fields -o markdown > docs/compatibility.md
	@command -v dot >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends graphviz >/dev/null
	mkdir -p docs/graphs
	for m in manifests/*.yaml; do \
	  grep -q '^kind: Pod' $$m || continue; \
	  $(BUILD)/podrun plan -f $$m -o dot --host-facts tests/data/host-facts.json | dot -Tsvg > docs/graphs/$$(basename $$m .yaml).svg; \
	done

# The golden plans of manifests/ (tests/data/plans); review the diff after running it.
golden: build
	scripts/update-golden.sh $(BUILD)/podrun

clean:
	rm -rf $(BUILD) $(BUILD)-asan
