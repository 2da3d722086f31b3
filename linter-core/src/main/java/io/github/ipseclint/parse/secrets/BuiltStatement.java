// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.secrets;

import io.github.ipseclint.model.secrets.SecretsStatement;
import java.util.List;

/** A statement of the syntax tree and the problems the daemon has with it. */
record BuiltStatement(SecretsStatement statement, List<LineError> errors) {
  BuiltStatement {
    errors = List.copyOf(errors);
  }

  boolean dropped() {
    return errors.stream().anyMatch(LineError::dropsEntry);
  }
}
