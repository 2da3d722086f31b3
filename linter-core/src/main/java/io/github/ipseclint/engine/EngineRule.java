// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import io.github.ipseclint.model.finding.RuleId;
import io.github.ipseclint.model.finding.Severity;

/**
 * The findings the engine itself produces about inline suppressions; declared like every rule
 * (metadata, help, fixtures) by the rules module.
 */
public enum EngineRule {
  /** A suppression comment without {@code reason="..."}. */
  SUPPRESSION_WITHOUT_REASON("suppression-without-reason", Severity.WARNING),
  /** A suppression whose {@code until=} date has passed; it no longer suppresses. */
  EXPIRED_SUPPRESSION("expired-suppression", Severity.WARNING),
  /** A suppression that suppresses nothing, names no rule, or cannot be read. */
  UNUSED_SUPPRESSION("unused-suppression", Severity.WARNING);

  private final RuleId id;
  private final Severity defaultSeverity;

  EngineRule(String id, Severity defaultSeverity) {
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
