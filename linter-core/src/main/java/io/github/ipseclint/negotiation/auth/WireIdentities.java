// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.auth;

import io.github.ipseclint.model.ipsec.AddressIdentity;
import io.github.ipseclint.model.ipsec.AnyIdentity;
import io.github.ipseclint.model.ipsec.CertificateIdentity;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.DnIdentity;
import io.github.ipseclint.model.ipsec.FrontEnd;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.IdentityType;
import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.model.ipsec.NameIdentity;
import io.github.ipseclint.model.ipsec.RangeIdentity;
import io.github.ipseclint.model.ipsec.SubnetIdentity;
import io.github.ipseclint.model.ipsec.UnresolvedHostIdentity;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.target.Implementation;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The identities as they travel in IKE_AUTH (negotiation.md §10.1): a connection's configured ID
 * with what the daemon fills in at run time.
 *
 * <p>Libreswan resolves a bare host name in {@code leftid}/{@code rightid} through DNS and sends
 * an address ID. ipseclint never resolves names; it assumes that a name used as an end's ID names
 * that end, i.e. resolves to its outer address (the usual reason to write it).
 */
public final class WireIdentities {

  private WireIdentities() {}

  /**
   * The ID an end sends for itself: the configured local ID; without one (or {@code %any}) the
   * own address; a Libreswan host name resolved to the own address. An own address nobody knows
   * stays a placeholder that matches only "any".
   */
  public static Identity own(Connection connection, Optional<IpAddress> ownAddress) {
    Identity configured = connection.local().id().value();
    if (configured instanceof AnyIdentity any && !isNull(any)) {
      return ownAddress.<Identity>map(address -> new AddressIdentity(address, configured.written()))
          .orElseGet(() -> new UnresolvedHostIdentity(new ByteText(addressText(connection)), configured.written()));
    }
    if (configured instanceof UnresolvedHostIdentity && ownAddress.isPresent()) {
      return new AddressIdentity(ownAddress.get(), configured.written());
    }
    return configured;
  }

  /**
   * An ID taken from a certificate's subject, which ipseclint cannot read: assumed to be the DN
   * the peer expects when the peer names one (otherwise it stays unknown).
   */
  public static Identity assumingSubject(Identity sent, Identity expectedByPeer) {
    if (sent instanceof CertificateIdentity && expectedByPeer instanceof DnIdentity dn && !dn.dn().hasWildcards()) {
      return new DnIdentity(dn.dn(), sent.written());
    }
    return sent;
  }

  /** The ID a connection expects from its peer, a Libreswan host name resolved to the peer's address. */
  public static Identity expectedPeer(Connection connection, Optional<IpAddress> peerAddress) {
    Identity configured = connection.remote().id().value();
    if (configured instanceof UnresolvedHostIdentity && peerAddress.isPresent()) {
      return new AddressIdentity(peerAddress.get(), configured.written());
    }
    return configured;
  }

  /**
   * strongSwan fills in the own address at run time and says so in its log ({@code no IDi
   * configured}): a swanctl end without {@code id} and without a certificate. ipsec.conf's
   * starter writes the address into {@code leftid} itself, so charon sees a configured ID there.
   */
  public static boolean defaultedAtRunTime(Connection connection) {
    Configured<Identity> id = connection.local().id();
    return connection.frontEnd() == FrontEnd.SWANCTL && id.isDefault() && !(id.value() instanceof CertificateIdentity);
  }

  /** strongSwan: the local ID charon's peer config holds; empty when it has none ("any"). */
  public static Optional<Identity> strongswanConfiguredLocal(Connection connection) {
    Identity id = connection.local().id().value();
    if (defaultedAtRunTime(connection) || id instanceof AnyIdentity) {
      return Optional.empty();
    }
    return Optional.of(id);
  }

  /**
   * The IDr an initiator puts in its IKE_AUTH request. strongSwan: the remote ID when one is
   * configured without wildcards and is not "loose" ({@code rightid=%...}). Libreswan: only DN,
   * FQDN, USER_FQDN, KEY_ID and NULL IDs, never an address.
   */
  public static Optional<Identity> requested(Connection initiator) {
    Identity remote = initiator.remote().id().value();
    if (initiator.target().implementation() == Implementation.LIBRESWAN) {
      boolean sent = remote instanceof AnyIdentity any ? isNull(any)
          : remote instanceof DnIdentity || remote instanceof NameIdentity || remote.type() == IdentityType.KEY_ID;
      return sent ? Optional.of(remote) : Optional.empty();
    }
    if (remote instanceof AnyIdentity || remote instanceof CertificateIdentity
        || remote instanceof SubnetIdentity || remote instanceof RangeIdentity || isLoose(remote)) {
      return Optional.empty();
    }
    if (remote instanceof NameIdentity name && name.hasLeadingWildcard()
        || remote instanceof DnIdentity dn && dn.dn().hasWildcards()) {
      return Optional.empty();
    }
    return Optional.of(remote);
  }

  private static boolean isLoose(Identity id) {
    String text = id.written().value().latin1();
    return text.startsWith("%") && !text.startsWith("%any");
  }

  private static boolean isNull(AnyIdentity any) {
    return any.written().value().latin1().equals("%null");
  }

  private static String addressText(Connection connection) {
    return connection.local().addresses().value().stream().map(HostAddress::toString).collect(Collectors.joining(","));
  }
}
