// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

/**
 * A rule over the tunnels between the scanned hosts: called once per scan with the pairing and
 * one simulation per tunnel (issue #6). The engine pairs and simulates only when a peer rule is
 * enabled, and pairs automatically only when the scan holds at least two hosts.
 */
public non-sealed interface PeerRule extends Rule {
  void check(PeerAnalysis analysis, Reporter reporter);
}
