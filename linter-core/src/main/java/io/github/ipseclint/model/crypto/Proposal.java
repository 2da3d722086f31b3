// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

import io.github.ipseclint.model.source.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One proposal after canonicalization: its transforms ordered by type (ENCR, INTEG, PRF, KE,
 * KE1..KE7, ESN) and, within a type, by preference. A proposal the daemon refuses keeps the
 * transforms read up to the refusal and the daemon's reason.
 */
public record Proposal(
    Protocol protocol,
    List<Transform> transforms,
    ProposalOrigin origin,
    Span span,
    Optional<String> rejection) {

  public Proposal {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(span, "span");
    transforms = transforms.stream()
        .sorted(Comparator.comparing(Transform::type))
        .toList();
  }

  public List<Transform> of(TransformType type) {
    return transforms.stream().filter(t -> t.type() == type).toList();
  }

  public boolean isValid() {
    return rejection.isEmpty();
  }

  /** {@code IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256*} and so on (algorithms.md §1.3). */
  public String canonicalText() {
    return protocol + ":" + transforms.stream()
        .map(Transform::canonicalText)
        .collect(Collectors.joining("/"));
  }

  @Override
  public String toString() {
    return canonicalText() + rejection.map(reason -> " INVALID (" + reason + ")").orElse("");
  }
}
