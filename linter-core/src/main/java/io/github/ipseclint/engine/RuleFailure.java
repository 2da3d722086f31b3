// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import io.github.ipseclint.model.finding.RuleId;
import java.util.List;

/**
 * A rule that threw: reported as an {@code internal-error} finding, and kept here with the stack
 * (for SARIF {@code toolExecutionNotifications}). The exception message is not kept: it might
 * quote configuration text.
 */
public record RuleFailure(RuleId rule, String file, String exceptionType, List<StackTraceElement> stack) {
  public RuleFailure {
    stack = List.copyOf(stack);
  }
}
