// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.finding;

/**
 * The findings the parse layer itself produces. They are declared like every other rule
 * (metadata, help, fixtures) by the rules module; the parse layer only needs their ids and
 * default severities.
 */
public enum CoreRule {
  /** The daemon's parser rejects the text (or, at warning level, only complains about it). */
  PARSE_ERROR("parse-error", Severity.ERROR),
  /** A keyword the daemon does not know for the target version. */
  UNKNOWN_KEYWORD("unknown-keyword", Severity.ERROR),
  /** A keyword the daemon accepts but ignores (strongSwan "deprecated", Libreswan "obsolete"). */
  DEPRECATED_KEYWORD("deprecated-keyword", Severity.WARNING),
  /** A key set twice where only one value counts (which one differs per implementation). */
  DUPLICATE_KEY("duplicate-key", Severity.WARNING),
  /** A section written twice where the daemon ignores, merges or replaces one of them. */
  DUPLICATE_SECTION("duplicate-section", Severity.WARNING),
  /** An {@code also=} or section reference naming a section that does not exist. */
  UNDEFINED_REFERENCE("undefined-reference", Severity.ERROR),
  /** Sections that reference each other in a loop. */
  REFERENCE_CYCLE("reference-cycle", Severity.ERROR),
  /** An include whose pattern matches nothing, or points outside the scan root. */
  UNRESOLVED_INCLUDE("unresolved-include", Severity.WARNING),
  /** A value the daemon refuses or ignores, or that ipseclint cannot read; the value is dropped. */
  INVALID_VALUE("invalid-value", Severity.ERROR),
  /** Includes that loop or nest deeper than the daemon allows. */
  INCLUDE_DEPTH("include-depth", Severity.WARNING),
  /** A file that could not be read. */
  UNREADABLE_FILE("unreadable-file", Severity.ERROR),
  /** Text the daemon silently swallows: a stray quote, a {@code version} prefix, a mid-line include. */
  SWALLOWED_TEXT("swallowed-text", Severity.WARNING),
  /** File kind or dialect could not be decided, or the evidence conflicts. */
  AMBIGUOUS_DIALECT("ambiguous-dialect", Severity.NOTE),
  /** A proposal token the daemon does not know (or not in the target release): it refuses the connection. */
  UNKNOWN_ALGORITHM("unknown-algorithm", Severity.ERROR),
  /** A proposal that breaks the daemon's rules (missing PRF, AEAD mixed with classic ciphers, ...). */
  INVALID_PROPOSAL("invalid-proposal", Severity.ERROR),
  /** A bug in ipseclint, reported instead of crashing the run. */
  INTERNAL_ERROR("internal-error", Severity.ERROR);

  private final RuleId id;
  private final Severity defaultSeverity;

  CoreRule(String id, Severity defaultSeverity) {
    this.id = new RuleId(id);
    this.defaultSeverity = defaultSeverity;
  }

  public RuleId id() {
    return id;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }
}
