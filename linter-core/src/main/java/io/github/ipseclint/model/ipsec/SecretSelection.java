// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.target.Implementation;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which shared secret a daemon uses for a (local ID, remote ID) pair: formats.md §4.4 and §6.4,
 * negotiation.md §10.3. A pure function of the loaded secrets.
 */
public interface SecretSelection {

  static SecretSelection of(Implementation implementation) {
    return implementation == Implementation.STRONGSWAN
        ? new StrongswanSecretSelection()
        : new LibreswanSecretSelection();
  }

  /** The candidates of {@code type} usable for the pair, each with its scores, in list order. */
  List<SecretMatch> candidates(List<Secret> secrets, SecretType type, Identity local, Identity remote);

  /** Orders candidates best first, the daemon's tie-break included. */
  Comparator<SecretMatch> ranking();

  /**
   * The entries of {@code store} among which every candidate for the pair is, in load order: what
   * {@link #candidates} needs to see, found through the store's index.
   */
  List<Secret> reachable(SecretStore store, Identity local, Identity remote);

  /** The secret the daemon uses for the pair: the choice {@link #select} makes on the whole store. */
  default Optional<Secret> best(SecretStore store, SecretType type, Identity local, Identity remote) {
    return select(reachable(store, local, remote), type, local, remote).map(SecretChoice::secret);
  }

  /** The secret the daemon uses and the candidates it beat; empty when none is usable. */
  default Optional<SecretChoice> select(List<Secret> secrets, SecretType type, Identity local, Identity remote) {
    List<SecretMatch> ranked = candidates(secrets, type, local, remote).stream().sorted(ranking()).toList();
    if (ranked.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SecretChoice(ranked.get(0), ranked.subList(1, ranked.size())));
  }
}
