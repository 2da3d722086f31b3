// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import java.util.List;

/**
 * The secret a daemon uses for one (local, remote) identity pair, and the other usable
 * candidates it beat (best first), which a rule may report as shadowed.
 */
public record SecretChoice(SecretMatch chosen, List<SecretMatch> beaten) {
  public SecretChoice {
    beaten = List.copyOf(beaten);
  }

  public Secret secret() {
    return chosen.secret();
  }
}
