// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The secrets one daemon holds for a front end, in load order, indexed by owner. A gateway with a
 * secret per peer would otherwise score every entry for every look-up, and a scan of a hub with
 * thousands of spokes would grow with the square of its size; through the index a look-up visits
 * the entries owned by the IDs at hand and those whose owners are patterns.
 */
public final class SecretStore {
  public static final SecretStore EMPTY = new SecretStore(List.of());

  private final List<Secret> secrets;
  /** Every entry under each keyed owner. */
  private final Map<OwnerKey, List<Secret>> byOwner = new HashMap<>();
  /** Entries with a single, keyed owner (pluto's "default" entries). */
  private final Map<OwnerKey, List<Secret>> bySoleOwner = new HashMap<>();
  /** Entries with an owner no key describes: each may match any identity. */
  private final List<Secret> patterned = new ArrayList<>();

  /** @param secrets in load order; each is numbered by its place in it ({@link Secret#loadIndex}) */
  public SecretStore(List<Secret> secrets) {
    List<Secret> numbered = new ArrayList<>(secrets.size());
    for (Secret secret : secrets) {
      numbered.add(secret.loadIndex() == numbered.size() ? secret : secret.withLoadIndex(numbered.size()));
    }
    this.secrets = List.copyOf(numbered);
    for (Secret secret : this.secrets) {
      boolean keyed = true;
      for (Identity owner : secret.owners()) {
        Optional<OwnerKey> key = OwnerKey.of(owner);
        if (key.isPresent()) {
          addOnce(byOwner.computeIfAbsent(key.get(), unused -> new ArrayList<>()), secret);
        }
        keyed &= key.isPresent();
      }
      if (!keyed) {
        patterned.add(secret);
      } else if (secret.owners().size() == 1) {
        bySoleOwner.computeIfAbsent(OwnerKey.of(secret.owners().get(0)).orElseThrow(), unused -> new ArrayList<>())
            .add(secret);
      }
    }
  }

  /** Every entry, in load order. */
  public List<Secret> secrets() {
    return secrets;
  }

  /**
   * The entries with an owner that may match {@code identity}, in load order: those owned by it
   * and every patterned entry. An entry outside this list matches {@code identity} in neither
   * daemon.
   */
  public List<Secret> mayMatch(Identity identity) {
    return inLoadOrder(keyed(byOwner, identity), patterned);
  }

  /** {@link #mayMatch} of either identity. */
  public List<Secret> mayMatchEither(Identity first, Identity second) {
    return inLoadOrder(keyed(byOwner, first), keyed(byOwner, second), patterned);
  }

  /** The entries whose only owner is a keyed one equal to {@code identity}'s key, in load order. */
  public List<Secret> solelyOwnedBy(Identity identity) {
    return keyed(bySoleOwner, identity);
  }

  private static List<Secret> keyed(Map<OwnerKey, List<Secret>> index, Identity identity) {
    return OwnerKey.of(identity).map(key -> index.getOrDefault(key, List.of())).orElse(List.of());
  }

  /** A secret owned twice under one key (two equal IDs) is listed once. */
  private static void addOnce(List<Secret> bucket, Secret secret) {
    if (bucket.isEmpty() || bucket.get(bucket.size() - 1) != secret) {
      bucket.add(secret);
    }
  }

  @SafeVarargs
  static List<Secret> inLoadOrder(List<Secret>... parts) {
    List<Secret> merged = new ArrayList<>();
    for (List<Secret> part : parts) {
      merged.addAll(part);
    }
    merged.sort(Comparator.comparingInt(Secret::loadIndex));
    List<Secret> distinct = new ArrayList<>(merged.size());
    for (Secret secret : merged) {
      if (distinct.isEmpty() || distinct.get(distinct.size() - 1) != secret) {
        distinct.add(secret);
      }
    }
    return distinct;
  }
}
