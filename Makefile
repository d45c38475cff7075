# Thin wrappers over the dev/ scripts; see README.md ("Install").
PREFIX ?= $(HOME)/.local

.PHONY: build test install docs
build:
	swift build -c release --product pranalyze
test:
	swift test
install:
	PREFIX="$(PREFIX)" dev/install
docs:
	dev/regen-docs
