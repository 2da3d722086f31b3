// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.crypto;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.policy.Policy;
import io.github.ipseclint.model.policy.Rating;
import io.github.ipseclint.model.policy.Verdict;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The daemon's default transforms of a connection's option, rated together: one finding per
 * option at the worst rating, naming the transforms rated WARNING or worse (or, when none is,
 * the INFO ones).
 */
final class DefaultTransforms {
  private final Policy policy;
  private Rating worst = Rating.OK;
  private final Set<String> weak = new LinkedHashSet<>();
  private final Set<String> discouraged = new LinkedHashSet<>();

  DefaultTransforms(Policy policy) {
    this.policy = policy;
  }

  void add(Transform transform, Proposal proposal) {
    Verdict verdict = policy.rate(transform, proposal);
    worst = worst.worst(verdict.rating());
    if (verdict.rating().compareTo(Rating.WARNING) >= 0) {
      weak.add(transform.canonicalName());
    } else if (verdict.rating() == Rating.INFO) {
      discouraged.add(transform.canonicalName());
    }
  }

  Rating worst() {
    return worst;
  }

  /** "3DES, HMAC_SHA1_96" with the rating's word. */
  String names() {
    return String.join(", ", weak.isEmpty() ? discouraged : weak);
  }
}
