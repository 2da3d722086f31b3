// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.crypto;

import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.finding.Severity;

/** Encryption algorithms the selected profile rates INFO or worse (algorithms.md §4). */
@LintRule(id = "weak-encryption", name = "WeakEncryption", severity = Severity.ERROR,
    tags = {Tag.SECURITY, Tag.CRYPTO}, securitySeverity = 7.5,
    description = "A proposal offers an encryption algorithm the selected profile rates as weak")
public final class WeakEncryption extends WeakTransformRule {
  @Override
  boolean covers(TransformType type) {
    return type == TransformType.ENCR;
  }

  @Override
  String role() {
    return "encryption";
  }
}
