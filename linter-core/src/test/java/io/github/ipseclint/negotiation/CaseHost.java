// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Target;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One side of a case written out as a host directory by {@link TestHosts.Host}: the fragment's key
 * says whether it is a swanctl.conf or an ipsec.conf (with its ipsec.secrets part); charon options
 * go to strongswan.conf.
 *
 * @param implementation the daemon the fragment's key names
 */
record CaseHost(Path directory, Implementation implementation) {

  /**
   * A host read back: the daemon and findings, and the connection a reading pairs, if found.
   *
   * @param text the fragment as written, after the reading's edits
   */
  record Read(String text, DaemonLoader.Loaded loaded, Optional<Connection> connection) {}

  /** Whether a fragment brings its secrets: a swanctl {@code secrets} block or an ipsec.secrets part. */
  static boolean holdsSecrets(String fragmentKey, String text) {
    return fragmentKey.startsWith("strongswan-swanctl") || TestHosts.carriesSecrets(text);
  }

  /** The fragment key's front end: {@code strongswan-swanctl (a)}, {@code libreswan 4.x (IKEv1)}. */
  static Implementation implementationOf(String fragmentKey) {
    if (fragmentKey.startsWith("strongswan-")) {
      return Implementation.STRONGSWAN;
    }
    if (fragmentKey.startsWith("libreswan")) {
      return Implementation.LIBRESWAN;
    }
    throw new IllegalArgumentException("fragment key names no implementation: " + fragmentKey);
  }

  static CaseHost write(Path directory, String fragmentKey, String text, Optional<String> strongswanConf) {
    TestHosts.Host host = TestHosts.Host.at(directory);
    if (fragmentKey.startsWith("strongswan-swanctl")) {
      host.swanctl(text);
    } else {
      host.ipsecConf(text);
    }
    strongswanConf.ifPresent(host::strongswanConf);
    return new CaseHost(directory, implementationOf(fragmentKey));
  }

  /** Reads the host for one release of the implementation the fragment's key names. */
  DaemonLoader.Loaded load(Target target) {
    return TestHosts.Host.at(directory).load(target);
  }
}
