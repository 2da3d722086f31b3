// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import io.github.ipseclint.model.ipsec.Connection;

/**
 * A rule over one connection as the daemon runs it: defaults applied, inherited values resolved,
 * proposals expanded. Written once for every dialect (strongSwan ipsec.conf, swanctl.conf,
 * Libreswan ipsec.conf); a finding on an inherited or default value is reported where that value
 * comes from, which {@link io.github.ipseclint.model.ipsec.Configured#span()} gives.
 */
public non-sealed interface ConnectionRule extends Rule {
  void check(Connection connection, Reporter reporter);
}
