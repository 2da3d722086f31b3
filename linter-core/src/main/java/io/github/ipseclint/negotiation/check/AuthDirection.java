// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.AnyIdentity;
import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.model.ipsec.Secret;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.auth.AuthDisagreements;
import io.github.ipseclint.negotiation.auth.OuterAddresses;
import io.github.ipseclint.negotiation.auth.PskLookup;
import io.github.ipseclint.negotiation.auth.ResponderIdentity;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import java.util.Optional;

/**
 * One direction of authentication in IKE_AUTH: the signer proves its identity with its AUTH
 * payload, the checker verifies it. The initiator signs first (checked in C6), the responder
 * second (C7).
 */
record AuthDirection(Exchange exchange, boolean initiatorSigns, OuterAddresses addresses) {

  static AuthDirection initiatorSigns(Exchange exchange) {
    return new AuthDirection(exchange, true, OuterAddresses.of(exchange));
  }

  static AuthDirection responderSigns(Exchange exchange) {
    return new AuthDirection(exchange, false, OuterAddresses.of(exchange));
  }

  Peer signer() {
    return initiatorSigns ? exchange.initiator() : exchange.responder();
  }

  Peer checker() {
    return initiatorSigns ? exchange.responder() : exchange.initiator();
  }

  Connection signerConnection() {
    return initiatorSigns ? exchange.initiator().connection() : exchange.responderConnection();
  }

  Connection checkerConnection() {
    return initiatorSigns ? exchange.responderConnection() : exchange.initiator().connection();
  }

  AuthMethod used() {
    return signerConnection().local().auth().get(0).method().value();
  }

  AuthMethod expected() {
    return checkerConnection().remote().auth().get(0).method().value();
  }

  Identity signerId() {
    return initiatorSigns ? exchange.initiatorId().orElseThrow() : responderId();
  }

  Identity checkerId() {
    return initiatorSigns ? responderId() : exchange.initiatorId().orElseThrow();
  }

  private Identity responderId() {
    return exchange.responderId().orElseGet(() -> ResponderIdentity.of(exchange, exchange.responderConnection()));
  }

  /** The end's own outer address. */
  Optional<IpAddress> ownAddress(boolean initiator) {
    return initiator ? addresses.initiator() : addresses.responder();
  }

  /** The outer address the end talks to: the responder sees the initiator after NAT. */
  Optional<IpAddress> peerAddress(boolean initiator) {
    return initiator ? addresses.responder() : addresses.initiatorAsSeen();
  }

  /** Both ends' secrets are known, so their keys can be compared. */
  boolean keysKnown() {
    return PskLookup.knows(signer().daemon(), signerConnection())
        && PskLookup.knows(checker().daemon(), checkerConnection());
  }

  /**
   * The key the signer used for its AUTH: the initiator's for (IDi, requested IDr or any), the
   * responder's for (IDr, IDi).
   */
  Optional<Secret> signerKey() {
    Identity peer = initiatorSigns
        ? exchange.requestedResponderId().orElseGet(() -> new AnyIdentity(signerConnection().remote().id().value().written()))
        : exchange.initiatorId().orElseThrow();
    return PskLookup.own(signer().daemon(), signerConnection(), signerId(), peer,
        ownAddress(initiatorSigns), peerAddress(initiatorSigns));
  }

  /**
   * Both ends found a key and the keys differ; the disagreement names the initiator's key and ID
   * first, whichever end checks.
   */
  Disagreement keysDiffer(AuthDisagreements disagreements, Secret signerKey, Secret checkerKey, Identity checkerId) {
    return initiatorSigns
        ? disagreements.keysDiffer(signerKey, checkerKey, signerId(), checkerId)
        : disagreements.keysDiffer(checkerKey, signerKey, checkerId, signerId());
  }

  void logChecker(String line) {
    if (initiatorSigns) {
      exchange.logResponder(line);
    } else {
      exchange.logInitiator(line);
    }
  }
}
