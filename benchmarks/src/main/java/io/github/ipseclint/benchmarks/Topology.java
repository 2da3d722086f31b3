// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated networks the pairing benchmarks read: a hub with many spokes, and a full mesh.
 * Each gateway is a host directory; the front ends take turns (swanctl, strongSwan ipsec.conf,
 * Libreswan), so pairing crosses implementations.
 */
final class Topology {
  private static final String HUB_ADDRESS = "192.0.2.1";
  private static final String HUB_SUBNET = "172.16.0.0/16";

  private Topology() {}

  /** What was generated, for the benchmark's log line. */
  record Written(int hosts, int connections, int expectedTunnels) {}

  /**
   * A strongSwan hub and {@code spokes} spokes that each start a tunnel to it.
   *
   * @param perSpoke true: the hub has one connection per spoke, naming its address and ID; false:
   *     one {@code %any} responder connection for all of them (a road-warrior server)
   */
  static Written hubAndSpokes(Path base, int spokes, boolean perSpoke) throws IOException {
    List<SiteConfig.Conn> hubConns = new ArrayList<>();
    List<String> hubSecrets = new ArrayList<>();
    for (int n = 1; n <= spokes; n++) {
      String address = address(18, n);
      String subnet = "10." + (n >> 8) + "." + (n & 255) + ".0/24";
      String secret = "bench-hub-" + (perSpoke ? n : 0) + "-psk-0123456789";
      SiteConfig.Conn spoke = new SiteConfig.Conn("hub", address, "@spoke-" + n, subnet, HUB_ADDRESS, "@hub",
          HUB_SUBNET, true);
      write(base.resolve("spokes/spoke-" + n), SiteConfig.of(n).files(List.of(spoke), List.of(secret)));
      if (perSpoke) {
        hubConns.add(new SiteConfig.Conn("spoke-" + n, HUB_ADDRESS, "@hub", HUB_SUBNET, address, "@spoke-" + n,
            subnet, false));
        hubSecrets.add(secret);
      }
    }
    if (!perSpoke) {
      hubConns.add(new SiteConfig.Conn("spokes", HUB_ADDRESS, "@hub", HUB_SUBNET, "%any", "%any", "10.0.0.0/10",
          false));
      hubSecrets.add("bench-hub-0-psk-0123456789");
    }
    write(base.resolve("hub"), SiteConfig.SWANCTL.files(hubConns, hubSecrets));
    return new Written(spokes + 1, spokes + hubConns.size(), spokes);
  }

  /** {@code sites} gateways, each with a tunnel to every other; the lower-numbered site starts it. */
  static Written fullMesh(Path base, int sites) throws IOException {
    for (int s = 1; s <= sites; s++) {
      List<SiteConfig.Conn> conns = new ArrayList<>();
      List<String> secrets = new ArrayList<>();
      for (int t = 1; t <= sites; t++) {
        if (t == s) {
          continue;
        }
        conns.add(new SiteConfig.Conn("to-site-" + t, address(19, s), "@site-" + s, "10." + s + ".0.0/16",
            address(19, t), "@site-" + t, "10." + t + ".0.0/16", s < t));
        secrets.add("bench-mesh-" + Math.min(s, t) + "-" + Math.max(s, t) + "-psk-0123456789");
      }
      write(base.resolve("sites/site-" + s), SiteConfig.of(s).files(conns, secrets));
    }
    return new Written(sites, sites * (sites - 1), sites * (sites - 1) / 2);
  }

  /** 198.{@code second}.x.y, the n-th address of the benchmark range's half. */
  private static String address(int second, int n) {
    return "198." + second + "." + (n >> 8) + "." + (n & 255);
  }

  private static void write(Path host, List<SiteConfig.GeneratedFile> files) throws IOException {
    for (SiteConfig.GeneratedFile file : files) {
      Path target = host.resolve(file.path());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.text());
    }
  }
}
