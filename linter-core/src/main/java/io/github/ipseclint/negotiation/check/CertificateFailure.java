// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.negotiation.auth.AuthDisagreements;
import io.github.ipseclint.negotiation.auth.CertificateCoverage;
import io.github.ipseclint.negotiation.auth.CertificateTransport;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import java.util.Optional;

/**
 * The two ways a signature fails to verify that charon and pluto decide alike (negotiation.md
 * §10.4): the responder's certificate never reaches the initiator (case C25), or the signer's
 * certificate cannot contain the ID it sent. Each daemon words the checker's log line itself.
 */
enum CertificateFailure {
  NOT_RECEIVED,
  ID_NOT_COVERED;

  /** The failure of a direction that authenticates with a signature; none for other methods. */
  static Optional<CertificateFailure> of(AuthDirection direction) {
    if (direction.used() != AuthMethod.PUBKEY) {
      return Optional.empty();
    }
    if (!direction.initiatorSigns() && !CertificateTransport.responderCertificateArrives(direction.exchange())) {
      return Optional.of(NOT_RECEIVED);
    }
    if (!CertificateCoverage.covers(direction.signerConnection(), direction.signerId())) {
      return Optional.of(ID_NOT_COVERED);
    }
    return Optional.empty();
  }

  Disagreement disagreement(AuthDirection direction, AuthDisagreements disagreements) {
    return this == NOT_RECEIVED
        ? disagreements.certificateNotSent()
        : disagreements.certificateDoesNotCover(direction.initiatorSigns(), direction.signerId());
  }
}
