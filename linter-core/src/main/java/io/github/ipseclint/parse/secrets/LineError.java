// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.secrets;

import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.source.Span;

/** A problem found while building one statement, reported by the reader in load order. */
record LineError(CoreRule rule, Severity severity, Span span, String message, boolean dropsEntry) {

  static LineError dropping(Span span, String message) {
    return new LineError(CoreRule.PARSE_ERROR, Severity.ERROR, span, message, true);
  }

  /** A record type pluto once read and now ignores with a warning (RSA, PIN since 4.5). */
  static LineError obsolete(Span span, String message) {
    return new LineError(CoreRule.DEPRECATED_KEYWORD, Severity.WARNING, span, message, false);
  }

  static LineError warning(Span span, String message) {
    return new LineError(CoreRule.PARSE_ERROR, Severity.WARNING, span, message, false);
  }
}
