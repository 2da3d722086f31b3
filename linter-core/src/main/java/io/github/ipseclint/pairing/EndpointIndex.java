// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.pairing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scan's connections by what they own and what they seek, so that each connection finds its
 * candidate peers by a few look-ups instead of a comparison with every other connection. Keys are
 * pairs (own, sought): a hub's many connections share their own address but each seeks another
 * spoke, so a spoke that asks for (hub, itself) gets its own connection on the hub, not all of
 * them. Connections that accept any peer are filed under (own, any).
 */
final class EndpointIndex {
  /*
   * The pairs hash their halves with a large odd multiplier: the records' own 31 * own + sought
   * lets similar halves cancel (site-12 / site-3 against site-13 / site-2, an address one higher
   * against one 31 lower), and a mesh's keys then pile up in a few buckets.
   */
  private static final int SPREAD = 0x9E3779B1;

  private record AddressPair(AddressKey own, Optional<AddressKey> sought) {
    @Override
    public int hashCode() {
      return own.hashCode() * SPREAD + sought.hashCode();
    }
  }

  private record IdentityPair(IdentityKey own, Optional<IdentityKey> sought) {
    @Override
    public int hashCode() {
      return own.hashCode() * SPREAD + sought.hashCode();
    }
  }

  private final Map<AddressPair, List<Endpoint>> byAddresses = new HashMap<>();
  private final Map<AddressKey, List<Endpoint>> byOwnAddress = new HashMap<>();
  private final Map<IdentityPair, List<Endpoint>> byIdentities = new HashMap<>();
  private final Map<IdentityKey, List<Endpoint>> byOwnIdentity = new HashMap<>();

  static EndpointIndex of(List<Endpoint> endpoints) {
    EndpointIndex index = new EndpointIndex();
    endpoints.forEach(index::add);
    return index;
  }

  private void add(Endpoint endpoint) {
    boolean seeksLoosely = endpoint.acceptsAny() || !endpoint.soughtRanges().isEmpty()
        || endpoint.sought().stream().anyMatch(AddressKey::isHostName);
    for (AddressKey own : endpoint.own()) {
      file(byOwnAddress, own, endpoint);
      for (AddressKey sought : endpoint.sought()) {
        file(byAddresses, new AddressPair(own, Optional.of(sought)), endpoint);
      }
      if (seeksLoosely) {
        file(byAddresses, new AddressPair(own, Optional.empty()), endpoint);
      }
    }
    Optional<IdentityKey> ownId = endpoint.ownId();
    if (ownId.isPresent()) {
      file(byOwnIdentity, ownId.get(), endpoint);
      Optional<IdentityKey> soughtId = endpoint.soughtId();
      file(byIdentities, new IdentityPair(ownId.get(), soughtId), endpoint);
    }
  }

  private static <K> void file(Map<K, List<Endpoint>> map, K key, Endpoint endpoint) {
    map.computeIfAbsent(key, k -> new ArrayList<>()).add(endpoint);
  }

  /** The connections that may be the other end of {@code seeker}, in scan order of first sight. */
  Set<Endpoint> candidates(Endpoint seeker) {
    Set<Endpoint> found = new LinkedHashSet<>();
    for (AddressKey sought : seeker.sought()) {
      if (seeker.own().isEmpty()) {
        found.addAll(byOwnAddress.getOrDefault(sought, List.of()));
        continue;
      }
      for (AddressKey own : seeker.own()) {
        found.addAll(byAddresses.getOrDefault(new AddressPair(sought, Optional.of(own)), List.of()));
      }
      found.addAll(byAddresses.getOrDefault(new AddressPair(sought, Optional.empty()), List.of()));
    }
    Optional<IdentityKey> soughtId = seeker.soughtId();
    if (soughtId.isPresent()) {
      Optional<IdentityKey> ownId = seeker.ownId();
      if (ownId.isEmpty()) {
        found.addAll(byOwnIdentity.getOrDefault(soughtId.get(), List.of()));
      } else {
        found.addAll(byIdentities.getOrDefault(new IdentityPair(soughtId.get(), ownId), List.of()));
        found.addAll(byIdentities.getOrDefault(new IdentityPair(soughtId.get(), Optional.empty()), List.of()));
      }
    }
    return found;
  }
}
