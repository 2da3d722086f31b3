// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import io.github.ipseclint.model.crypto.Algorithm;
import io.github.ipseclint.model.crypto.Origin;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.crypto.BundledCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * strongSwan's {@code check_proposal()} (proposal.c) on one tokenized proposal, in the daemon's
 * order (IKE: PRF, KE; then ciphers, integrity, ESN): the first violated rule rejects the proposal
 * with the daemon's log line.
 */
final class StrongswanChecks {
  private final Protocol protocol;
  private final List<Transform> transforms;
  private final Span span;

  StrongswanChecks(Protocol protocol, List<Transform> transforms, Span span) {
    this.protocol = protocol;
    this.transforms = new ArrayList<>(transforms);
    this.span = span;
  }

  List<Transform> transforms() {
    return List.copyOf(transforms);
  }

  /** Applies the checks; the daemon's reason when it rejects the proposal. */
  Optional<String> apply() {
    if (protocol == Protocol.IKE) {
      Optional<String> ike = ikeRules();
      if (ike.isPresent()) {
        return ike;
      }
    } else {
      transforms.removeIf(t -> t.type() == TransformType.PRF);
    }
    if (protocol != Protocol.AH) {
      List<Transform> ciphers = of(TransformType.ENCR);
      boolean anyAead = ciphers.stream().anyMatch(t -> t.algorithm().aead());
      boolean allAead = ciphers.stream().allMatch(t -> t.algorithm().aead());
      if (ciphers.isEmpty()) {
        return Optional.of("an encryption algorithm is mandatory in " + protocol + " proposals");
      }
      if (anyAead && !allAead) {
        return Optional.of("classic and combined-mode (AEAD) encryption algorithms can't be contained in the same "
            + protocol + " proposal");
      }
      if (allAead) {
        transforms.removeIf(t -> t.type() == TransformType.INTEG);
      } else if (protocol == Protocol.IKE && !has(TransformType.INTEG)) {
        return Optional.of("an integrity algorithm is mandatory in IKE proposals with classic (non-AEAD) "
            + "encryption algorithms");
      }
    } else {
      transforms.removeIf(t -> t.type() == TransformType.ENCR);
      if (!has(TransformType.INTEG)) {
        return Optional.of("an integrity algorithm is mandatory in AH proposals");
      }
    }
    if (protocol != Protocol.IKE && !has(TransformType.ESN)) {
      BundledCatalog.CATALOG.byIanaName(Implementation.STRONGSWAN, TransformType.ESN, "NO_EXT_SEQ")
          .ifPresent(noEsn -> transforms.add(transform(TransformType.ESN, noEsn, Origin.DEFAULT, span)));
    }
    return Optional.empty();
  }

  /**
   * IKE first: a PRF (derived from the integrity algorithms when none is written) and a KE method
   * are checked before the ciphers are.
   */
  private Optional<String> ikeRules() {
    if (!has(TransformType.PRF)) {
      for (Transform integ : of(TransformType.INTEG)) {
        IntegPrfPairs.prfOf(integ.ianaName())
            .flatMap(prf -> BundledCatalog.CATALOG.byIanaName(Implementation.STRONGSWAN, TransformType.PRF, prf))
            .filter(prf -> of(TransformType.PRF).stream().noneMatch(t -> t.algorithm().ianaName().equals(prf.ianaName())))
            .ifPresent(prf -> transforms.add(transform(TransformType.PRF, prf, Origin.DERIVED, integ.span())));
      }
    }
    if (!has(TransformType.PRF)) {
      return Optional.of("a PRF algorithm is mandatory in IKE proposals");
    }
    transforms.removeIf(t -> t.type() == TransformType.KE && t.algorithm().isNone());
    if (!has(TransformType.KE)) {
      return Optional.of("a DH group is mandatory in IKE proposals");
    }
    return Optional.empty();
  }

  private static Transform transform(TransformType type, Algorithm algorithm, Origin origin, Span span) {
    return new Transform(type, algorithm, List.of(), origin, span);
  }

  private boolean has(TransformType type) {
    return transforms.stream().anyMatch(t -> t.type() == type);
  }

  private List<Transform> of(TransformType type) {
    return transforms.stream().filter(t -> t.type() == type).toList();
  }
}
