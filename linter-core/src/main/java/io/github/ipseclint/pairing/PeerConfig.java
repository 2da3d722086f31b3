// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.pairing;

import java.nio.file.Path;
import java.util.List;

/**
 * What the configuration says about pairing: the explicit pairs of {@code peers:}.
 *
 * @param base the directory the references' paths are relative to (the configuration's)
 */
public record PeerConfig(Path base, List<ExplicitPair> pairs) {

  public PeerConfig {
    pairs = List.copyOf(pairs);
  }

  /** No explicit pairs: automatic pairing only. */
  public static PeerConfig automatic(Path base) {
    return new PeerConfig(base, List.of());
  }
}
