// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import io.github.ipseclint.model.ipsec.Secret;

/**
 * A rule over one credential as the daemon holds it after loading, from {@code ipsec.secrets} or
 * a swanctl.conf {@code secrets} section. A rule never quotes the key in a message.
 */
public non-sealed interface SecretRule extends Rule {
  void check(Secret secret, Reporter reporter);
}
