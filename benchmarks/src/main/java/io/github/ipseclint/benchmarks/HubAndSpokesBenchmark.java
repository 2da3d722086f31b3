// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Param;

/**
 * A strongSwan hub and N spokes (swanctl, strongSwan ipsec.conf and Libreswan in turn), each spoke
 * starting its tunnel. {@code hub=any}: one {@code %any} responder connection serves all spokes;
 * {@code hub=per-spoke}: the hub has one connection per spoke.
 */
public class HubAndSpokesBenchmark extends TunnelBenchmark {
  @Param({"1000", "2500", "5000", "10000"})
  public int spokes;

  @Param({"any", "per-spoke"})
  public String hub;

  @Override
  Topology.Written write(Path base) throws IOException {
    return Topology.hubAndSpokes(base, spokes, hub.equals("per-spoke"));
  }

  @Override
  String label() {
    return "hub-" + hub + "/" + spokes;
  }
}
