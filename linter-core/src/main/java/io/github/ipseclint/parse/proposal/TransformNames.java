// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import io.github.ipseclint.model.crypto.Algorithm;
import io.github.ipseclint.model.crypto.AlgorithmCatalog;
import io.github.ipseclint.model.crypto.AvailabilityVerdict;
import io.github.ipseclint.model.crypto.Origin;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalOrigin;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Version;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns canonical transform names ({@code AES_CBC_128}, {@code PRF_HMAC_SHA2_256},
 * {@code AES_CBC_{256,128}}) back into transforms of one implementation, so that default
 * proposals can be written the way the specs and the daemons' logs print them.
 */
final class TransformNames {
  private record Named(TransformType type, Algorithm algorithm, List<Integer> keyBits) {}

  private final Map<String, Named> byName = new HashMap<>();

  TransformNames(AlgorithmCatalog catalog, Implementation implementation) {
    for (Algorithm algorithm : catalog.algorithms()) {
      if (algorithm.implementation() != implementation || algorithm.leavesKeyLengthOpen()) {
        continue;
      }
      String name = Transform.canonicalName(algorithm.type(), algorithm, algorithm.keyBits());
      byName.putIfAbsent(name, new Named(algorithm.type(), algorithm, algorithm.keyBits()));
    }
  }

  /**
   * A proposal of default transforms from names joined by {@code /}; names the release does not
   * have (X448 before strongSwan 5.8.0, NTRU from 6.0.0) are left out, as the daemon would.
   */
  Proposal proposal(Protocol protocol, String names, Version version, ProposalOrigin origin, Span span) {
    List<Transform> transforms = new ArrayList<>();
    for (String name : names.split("/")) {
      Transform transform = transform(name, Origin.DEFAULT, span)
          .orElseThrow(() -> new IllegalStateException("unknown default transform " + name));
      if (transform.algorithm().availability().in(version) == AvailabilityVerdict.AVAILABLE) {
        transforms.add(transform);
      }
    }
    return new Proposal(protocol, transforms, origin, span, Optional.empty());
  }

  /** One transform by canonical name; {@code X_{a,b}} lists the key lengths in preference order. */
  Optional<Transform> transform(String name, Origin origin, Span span) {
    int brace = name.indexOf("_{");
    if (brace > 0 && name.endsWith("}")) {
      List<Integer> lengths = new ArrayList<>();
      for (String length : name.substring(brace + 2, name.length() - 1).split(",")) {
        lengths.add(Integer.parseInt(length));
      }
      return Optional.ofNullable(byName.get(name.substring(0, brace) + "_" + lengths.get(0)))
          .map(named -> new Transform(named.type(), named.algorithm(), lengths, origin, span));
    }
    return Optional.ofNullable(byName.get(name))
        .map(named -> new Transform(named.type(), named.algorithm(), named.keyBits(), origin, span));
  }
}
