// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.auth;

import io.github.ipseclint.model.ipsec.Secret;
import java.util.Optional;

/**
 * What a pre-shared key look-up finds: a key, none, or nothing decided. A look-up by the two
 * outer addresses (IKEv1 Main Mode's last resort, negotiation.md §10.3) is undecided when it rests
 * on an address only run time knows (a host name, {@code %any}) and some secret is keyed by an
 * address that may be it; the key is then not known here.
 *
 * @param key the key found; empty when none is, or when the look-up is not decided
 * @param decided false when the outcome rests on an address only run time knows
 */
public record KeyLookup(Optional<Secret> key, boolean decided) {

  /** A decided look-up: the key found, or empty when there is none. */
  public static KeyLookup of(Optional<Secret> found) {
    return new KeyLookup(found, true);
  }

  static KeyLookup undecided() {
    return new KeyLookup(Optional.empty(), false);
  }

  /** The daemon certainly finds no key. */
  public boolean missing() {
    return decided && key.isEmpty();
  }
}
