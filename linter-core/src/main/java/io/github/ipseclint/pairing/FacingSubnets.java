// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.pairing;

import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.IpRange;
import io.github.ipseclint.model.ipsec.TrafficSelector;
import java.util.List;
import java.util.Optional;

/**
 * Whether two connections' subnets face each other: the subnets one sends to are among those the
 * other protects. Outer addresses and IDs decide a pairing; this only tells apart the candidates
 * they cannot, such as a gateway's per-client connections for a client whose own address the scan
 * does not give, which differ in the client's subnet and in what is written nowhere (the
 * client's address, the CA that issued its certificate).
 */
final class FacingSubnets {

  private FacingSubnets() {}

  /** 0, 1 or 2: in how many directions a written remote subnet meets a written local one. */
  static int score(Connection a, Connection b) {
    return (meet(a, b) ? 1 : 0) + (meet(b, a) ? 1 : 0);
  }

  /** Some subnet {@code sender} sends to lies in one {@code receiver} protects, or overlaps it. */
  private static boolean meet(Connection sender, Connection receiver) {
    List<IpRange> wanted = subnets(sender, false);
    List<IpRange> protectedHere = subnets(receiver, true);
    return wanted.stream().anyMatch(w -> protectedHere.stream().anyMatch(p -> overlap(w, p)));
  }

  private static List<IpRange> subnets(Connection connection, boolean local) {
    return connection.children().stream()
        .flatMap(child -> (local ? child.localTs() : child.remoteTs()).value().stream())
        .map(TrafficSelector::range).flatMap(Optional::stream)
        .filter(range -> !range.coversFamily())
        .toList();
  }

  private static boolean overlap(IpRange a, IpRange b) {
    return a.isV6() == b.isV6() && a.from().compareTo(b.to()) <= 0 && b.from().compareTo(a.to()) <= 0;
  }
}
