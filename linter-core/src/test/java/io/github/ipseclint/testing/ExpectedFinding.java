// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.testing;

import java.util.Optional;

/** One {@code # expect: rule-id "message part"} marker, resolved to the line it applies to. */
public record ExpectedFinding(int line, String ruleId, Optional<String> messagePart) {

  @Override
  public String toString() {
    return ruleId + messagePart.map(part -> " \"" + part + "\"").orElse("");
  }
}
