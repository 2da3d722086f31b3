// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.auth;

import io.github.ipseclint.model.ipsec.AddressIdentity;
import io.github.ipseclint.model.ipsec.AnyIdentity;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.model.ipsec.RangeIdentity;
import io.github.ipseclint.model.ipsec.Secret;
import io.github.ipseclint.model.ipsec.SecretMatch;
import io.github.ipseclint.model.ipsec.SecretSelection;
import io.github.ipseclint.model.ipsec.SecretStore;
import io.github.ipseclint.model.ipsec.SecretType;
import io.github.ipseclint.model.ipsec.StrongswanSecretSelection;
import io.github.ipseclint.model.ipsec.SubnetIdentity;
import io.github.ipseclint.model.ipsec.UnresolvedHostIdentity;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.negotiation.Daemon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each daemon's own pre-shared key look-up on the secrets its host loads (negotiation.md §10.3,
 * formats.md §4.4, §6.4). Keys are compared by their decoded bytes and never shown.
 *
 * <p>A host without any secrets file for the connection's front end tells nothing about the keys
 * its daemon holds (secrets are often kept out of the repository); {@link #knows} is then false
 * and the checks assume that end has the right key.
 */
public final class PskLookup {

  private PskLookup() {}

  public static boolean knows(Daemon daemon, Connection connection) {
    return daemon.knowsSecretsOf(connection);
  }

  /**
   * The key an end uses for its own AUTH: strongSwan by the two IDs (the peer's as requested,
   * or "any"), Libreswan by its connection's IDs.
   */
  public static Optional<Secret> own(Daemon daemon, Connection connection, Identity ownId, Identity peerId,
      Optional<IpAddress> ownAddress, Optional<IpAddress> peerAddress) {
    return connection.target().implementation() == Implementation.STRONGSWAN
        ? strongswanOwn(daemon, connection, ownId, peerId)
        : libreswan(daemon, connection, ownAddress, peerAddress);
  }

  /** strongSwan building its own AUTH: the single best candidate for (own, peer). */
  public static Optional<Secret> strongswanOwn(Daemon daemon, Connection connection, Identity own, Identity peer) {
    return SecretSelection.of(Implementation.STRONGSWAN).best(daemon.secretsFor(connection), SecretType.IKE_PSK, own, peer);
  }

  /**
   * strongSwan's IKEv1 Main Mode fallback when the IDs find no key: a key for the two outer
   * addresses, as ID_IPV4_ADDR / ID_IPV6_ADDR. With an address ipseclint does not know, every
   * secret keyed by an address, subnet or range (or by nothing) could be the one: undecided.
   *
   * @param placeholder where the address identities are said to be written (they are not)
   */
  public static KeyLookup strongswanByAddress(Daemon daemon, Connection connection, Optional<IpAddress> own,
      Optional<IpAddress> peer, Located<ByteText> placeholder) {
    if (own.isPresent() && peer.isPresent()) {
      return KeyLookup.of(strongswanOwn(daemon, connection, new AddressIdentity(own.get(), placeholder),
          new AddressIdentity(peer.get(), placeholder)));
    }
    boolean addressKeyed = daemon.secretsFor(connection).secrets().stream()
        .filter(secret -> secret.type().serves(SecretType.IKE_PSK, Implementation.STRONGSWAN))
        .flatMap(secret -> secret.owners().stream())
        .anyMatch(owner -> couldBe(owner, own, placeholder) || couldBe(owner, peer, placeholder));
    return addressKeyed ? KeyLookup.undecided() : KeyLookup.of(Optional.empty());
  }

  /** The owner matches the address, or any address when it is not known. */
  private static boolean couldBe(Identity owner, Optional<IpAddress> address, Located<ByteText> placeholder) {
    if (address.isPresent()) {
      return StrongswanSecretSelection.score(new AddressIdentity(address.get(), placeholder), owner) > 0;
    }
    return owner instanceof AddressIdentity || owner instanceof SubnetIdentity || owner instanceof RangeIdentity
        || owner instanceof AnyIdentity;
  }

  /** strongSwan verifying the peer's AUTH: every candidate for (own, peer), each tried in turn. */
  public static List<Secret> strongswanCandidates(Daemon daemon, Connection connection, Identity own, Identity peer) {
    SecretSelection selection = SecretSelection.of(Implementation.STRONGSWAN);
    SecretStore store = daemon.secretsFor(connection);
    return selection.candidates(selection.reachable(store, own, peer), SecretType.IKE_PSK, own, peer).stream()
        .sorted(selection.ranking()).map(SecretMatch::secret).toList();
  }

  /**
   * True when one of strongSwan's candidates for (own, peer) holds {@code key}'s bytes, i.e. the
   * peer's AUTH verifies. The candidates matching the peer's ID are tried first: on a gateway
   * whose own ID owns a secret per peer, the answer is then found without visiting them all.
   */
  public static boolean strongswanHolds(Daemon daemon, Connection connection, Identity own, Identity peer,
      Secret key) {
    SecretSelection selection = SecretSelection.of(Implementation.STRONGSWAN);
    SecretStore store = daemon.secretsFor(connection);
    return holds(selection.candidates(store.mayMatch(peer), SecretType.IKE_PSK, own, peer), key)
        || holds(selection.candidates(selection.reachable(store, own, peer), SecretType.IKE_PSK, own, peer), key);
  }

  private static boolean holds(List<SecretMatch> candidates, Secret key) {
    return candidates.stream().anyMatch(candidate -> sameKey(candidate.secret(), key));
  }

  /**
   * Libreswan: the one key for the connection's (local ID, remote ID), used for the own AUTH and
   * for checking the peer's. A remote ID that is "any", or an address on a connection without a
   * fixed peer address (a road-warrior template), is looked up as {@code %any}.
   *
   * @param ownAddress the end's own outer address, to which its host-name IDs resolve
   * @param peerAddress the peer's outer address
   */
  public static Optional<Secret> libreswan(Daemon daemon, Connection connection, Optional<IpAddress> ownAddress,
      Optional<IpAddress> peerAddress) {
    Identity local = WireIdentities.own(connection, ownAddress);
    Identity remote = WireIdentities.expectedPeer(connection, peerAddress);
    boolean fixedPeer = OuterAddresses.single(connection.remote()).isPresent();
    if (remote instanceof AnyIdentity || remote instanceof AddressIdentity && !fixedPeer) {
      remote = new AnyIdentity(remote.written());
    }
    SecretSelection selection = SecretSelection.of(Implementation.LIBRESWAN);
    List<Secret> secrets = resolved(selection.reachable(daemon.secretsFor(connection), local, remote), connection,
        ownAddress, peerAddress);
    return selection.select(secrets, SecretType.IKE_PSK, local, remote)
        .map(choice -> choice.secret());
  }

  /** The key bytes of two secrets are equal; neither is ever shown. */
  public static boolean sameKey(Secret a, Secret b) {
    return a.key().isPresent() && a.key().equals(b.key());
  }

  /**
   * pluto resolves the host names of secrets indices as it does those of the connection; a name
   * that is the connection's own or peer ID resolves to the same address (see {@link WireIdentities}).
   */
  private static List<Secret> resolved(List<Secret> secrets, Connection connection, Optional<IpAddress> own,
      Optional<IpAddress> peer) {
    List<Secret> out = new ArrayList<>();
    for (Secret secret : secrets) {
      List<Identity> owners = new ArrayList<>();
      for (Identity owner : secret.owners()) {
        owners.add(resolve(owner, connection.local().id().value(), own)
            .or(() -> resolve(owner, connection.remote().id().value(), peer))
            .orElse(owner));
      }
      out.add(new Secret(secret.type(), owners, secret.key(), secret.keyFile(), secret.implementation(),
          secret.source(), secret.span(), secret.loadIndex()));
    }
    return out;
  }

  private static Optional<Identity> resolve(Identity owner, Identity endId, Optional<IpAddress> address) {
    if (owner instanceof UnresolvedHostIdentity name && endId instanceof UnresolvedHostIdentity end
        && sameName(name.hostName(), end.hostName()) && address.isPresent()) {
      return Optional.of(new AddressIdentity(address.get(), owner.written()));
    }
    return Optional.empty();
  }

  private static boolean sameName(ByteText a, ByteText b) {
    return a.latin1().equalsIgnoreCase(b.latin1());
  }
}
