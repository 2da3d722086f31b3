// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Param;

/**
 * N sites (swanctl, strongSwan ipsec.conf and Libreswan in turn), each with a connection to every
 * other: N(N-1) connections, N(N-1)/2 tunnels.
 */
public class FullMeshBenchmark extends TunnelBenchmark {
  @Param({"50", "100", "200"})
  public int sites;

  @Override
  Topology.Written write(Path base) throws IOException {
    return Topology.fullMesh(base, sites);
  }

  @Override
  String label() {
    return "mesh/" + sites;
  }
}
