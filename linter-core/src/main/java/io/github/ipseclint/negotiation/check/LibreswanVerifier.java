// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.Secret;
import io.github.ipseclint.negotiation.auth.AuthDisagreements;
import io.github.ipseclint.negotiation.auth.LibreswanAuthLog;
import io.github.ipseclint.negotiation.auth.PskLookup;
import io.github.ipseclint.negotiation.auth.WireIdentities;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import java.util.Optional;

/**
 * pluto verifying its peer's AUTH payload (negotiation.md §10.3-§10.5): the method the peer used
 * must be the connection's remote method; a pre-shared key is the connection's single best key,
 * which must equal the peer's; a certificate must contain the peer's ID.
 */
final class LibreswanVerifier {

  /** Empty when the AUTH verifies; otherwise the disagreement, after the checker's log lines. */
  Optional<Disagreement> verify(AuthDirection direction) {
    LibreswanAuthLog log = new LibreswanAuthLog(direction.checker().bucket());
    AuthDisagreements disagreements = new AuthDisagreements(direction.exchange());
    Connection checker = direction.checkerConnection();
    Identity peer = direction.signerId();
    AuthMethod used = direction.used();
    AuthMethod expected = direction.expected();
    if (used != expected) {
      if (used == AuthMethod.PSK) {
        direction.logChecker(log.attemptedPsk(expected));
      } else if (used == AuthMethod.PUBKEY) {
        direction.logChecker(announcesSignatureHashes(checker) ? log.attemptedSignature(expected) : log.legacyRsaRefused());
      }
      return Optional.of(disagreements.methodRefused(direction.initiatorSigns(), used, expected));
    }
    if (used == AuthMethod.PSK && direction.keysKnown()) {
      boolean checkerIsInitiator = !direction.initiatorSigns();
      Optional<Secret> key = PskLookup.libreswan(direction.checker().daemon(), checker,
          direction.ownAddress(checkerIsInitiator), direction.peerAddress(checkerIsInitiator));
      Optional<Secret> signerKey = direction.signerKey();
      Identity local = WireIdentities.own(checker, direction.ownAddress(checkerIsInitiator));
      if (key.isEmpty()) {
        direction.logChecker(log.noPsk(local));
        return Optional.of(disagreements.keyMissing(checkerIsInitiator, local, peer, signerKey));
      }
      if (signerKey.isPresent() && !PskLookup.sameKey(key.get(), signerKey.get())) {
        direction.logChecker(log.hashMismatch(peer));
        return Optional.of(direction.keysDiffer(disagreements, signerKey.get(), key.get(), local));
      }
    }
    Optional<CertificateFailure> certificate = CertificateFailure.of(direction);
    if (certificate.isPresent()) {
      direction.logChecker(certificate.get() == CertificateFailure.NOT_RECEIVED
          ? log.noCertificateMatched(peer) : log.certificateDoesNotCover(peer));
      return Optional.of(certificate.get().disagreement(direction, disagreements));
    }
    return Optional.empty();
  }

  /**
   * pluto announces RFC 7427 hash algorithms only when the connection allows a signature method;
   * otherwise a strongSwan peer falls back to the legacy RSA method (case C24).
   */
  private static boolean announcesSignatureHashes(Connection connection) {
    return connection.local().auth().get(0).method().value() == AuthMethod.PUBKEY
        || connection.remote().auth().get(0).method().value() == AuthMethod.PUBKEY;
  }
}
