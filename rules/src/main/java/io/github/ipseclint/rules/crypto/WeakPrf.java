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
 * IKE pseudo-random functions the selected profile rates INFO or worse. A strongSwan PRF derived
 * from an integrity token is left to weak-integrity, which reports that token.
 */
@LintRule(id = "weak-prf", name = "WeakPrf", severity = Severity.ERROR,
    tags = {Tag.SECURITY, Tag.CRYPTO}, securitySeverity = 7.5,
    description = "An IKE proposal offers a pseudo-random function the selected profile rates as weak")
public final class WeakPrf extends WeakTransformRule {
  @Override
  boolean covers(TransformType type) {
    return type == TransformType.PRF;
  }

  @Override
  String role() {
    return "PRF";
  }

  @Override
  boolean reportedElsewhere(Transform transform, Proposal proposal) {
    return transform.origin() == Origin.DERIVED && sharesToken(transform, proposal, TransformType.INTEG);
  }
}
