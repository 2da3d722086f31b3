// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.Secret;
import io.github.ipseclint.negotiation.auth.AuthDisagreements;
import io.github.ipseclint.negotiation.auth.PskLookup;
import io.github.ipseclint.negotiation.auth.StrongswanAuthLog;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import java.util.List;
import java.util.Optional;

/**
 * charon verifying its peer's AUTH payload (negotiation.md §10.3, §10.4): with a pre-shared key
 * it tries every candidate key for (own ID, peer ID) and succeeds if one gives the peer's MAC;
 * with a signature it needs a trusted key bound to the peer's ID. The method the peer used is
 * checked against the configuration afterwards, by the caller.
 */
final class StrongswanVerifier {

  /** Empty when the AUTH verifies; otherwise the disagreement, after the checker's log lines. */
  Optional<Disagreement> verify(AuthDirection direction) {
    StrongswanAuthLog log = new StrongswanAuthLog(direction.checker().bucket());
    AuthDisagreements disagreements = new AuthDisagreements(direction.exchange());
    Identity own = direction.checkerId();
    Identity peer = direction.signerId();
    AuthMethod used = direction.used();
    if (used == AuthMethod.PSK && direction.keysKnown()) {
      Optional<Secret> signerKey = direction.signerKey();
      // The common case, a candidate with the peer's key, is answered without listing them all.
      boolean verified = signerKey.isPresent() && PskLookup.strongswanHolds(direction.checker().daemon(),
          direction.checkerConnection(), own, peer, signerKey.get());
      List<Secret> candidates = verified ? List.of()
          : PskLookup.strongswanCandidates(direction.checker().daemon(), direction.checkerConnection(), own, peer);
      if (!verified && candidates.isEmpty()) {
        direction.logChecker(log.noSharedKey(own, peer));
        return Optional.of(disagreements.keyMissing(!direction.initiatorSigns(), own, peer, signerKey));
      }
      if (!verified && signerKey.isPresent()) {
        direction.logChecker(log.macMismatched(candidates.size(), own, peer));
        return Optional.of(direction.keysDiffer(disagreements, signerKey.get(), candidates.get(0), own));
      }
    }
    Optional<CertificateFailure> certificate = CertificateFailure.of(direction);
    if (certificate.isPresent()) {
      direction.logChecker(log.noTrustedKey(peer));
      return Optional.of(certificate.get().disagreement(direction, disagreements));
    }
    direction.logChecker(log.authenticatedPeer(peer, used));
    return Optional.empty();
  }
}
