// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import io.github.ipseclint.model.ipsec.Host;

/**
 * A rule over what one daemon host reads together: its connections and the secrets they are
 * looked up in. For checks that no single document can answer (a connection without a secret, a
 * secret that never wins). Called once per {@link Host} of the scan.
 */
public non-sealed interface HostRule extends Rule {
  void check(Host host, Reporter reporter);
}
