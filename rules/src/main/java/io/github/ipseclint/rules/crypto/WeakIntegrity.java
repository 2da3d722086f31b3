// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.crypto;

import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.crypto.Origin;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.finding.Severity;

/**
 * Integrity algorithms the selected profile rates INFO or worse. A Libreswan integrity derived
 * from a PRF token is left to weak-prf, which reports that token.
 */
@LintRule(id = "weak-integrity", name = "WeakIntegrity", severity = Severity.ERROR,
    tags = {Tag.SECURITY, Tag.CRYPTO}, securitySeverity = 7.5,
    description = "A proposal offers an integrity algorithm the selected profile rates as weak")
public final class WeakIntegrity extends WeakTransformRule {
  @Override
  boolean covers(TransformType type) {
    return type == TransformType.INTEG;
  }

  @Override
  String role() {
    return "integrity";
  }

  @Override
  boolean reportedElsewhere(Transform transform, Proposal proposal) {
    return transform.origin() == Origin.DERIVED && sharesToken(transform, proposal, TransformType.PRF);
  }
}
