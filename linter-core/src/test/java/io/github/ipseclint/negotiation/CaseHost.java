// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.ParseOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One side of a case written out as a host directory the way the daemons lay out {@code /etc}:
 * a swanctl fragment (with its {@code secrets} block) as {@code swanctl/swanctl.conf}; a stroke or
 * Libreswan fragment as {@code ipsec.conf} plus, from its {@code # ipsec.secrets} line on,
 * {@code ipsec.secrets}; charon options as {@code strongswan.conf}.
 *
 * @param implementation the daemon the fragment's key names
 */
record CaseHost(Path directory, Implementation implementation) {
  private static final String SECRETS_MARKER = "# ipsec.secrets";

  /**
   * A host read back: the daemon and findings, and the connection a reading pairs, if found.
   *
   * @param text the fragment as written, after the reading's edits
   */
  record Read(String text, DaemonLoader.Loaded loaded, Optional<Connection> connection) {}

  /** Whether a fragment brings its secrets: a swanctl {@code secrets} block or an ipsec.secrets part. */
  static boolean holdsSecrets(String fragmentKey, String text) {
    return fragmentKey.startsWith("strongswan-swanctl") || secretsStart(text) < text.length();
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

  static CaseHost write(Path directory, String fragmentKey, String text, Optional<String> strongswanConf)
      throws IOException {
    Files.createDirectories(directory);
    if (fragmentKey.startsWith("strongswan-swanctl")) {
      Path swanctl = Files.createDirectories(directory.resolve("swanctl"));
      Files.writeString(swanctl.resolve("swanctl.conf"), text, StandardCharsets.UTF_8);
    } else {
      int secrets = secretsStart(text);
      Files.writeString(directory.resolve("ipsec.conf"), text.substring(0, secrets), StandardCharsets.UTF_8);
      if (secrets < text.length()) {
        String secretsText = text.substring(secrets + SECRETS_MARKER.length()).replaceFirst("^\\R", "");
        Files.writeString(directory.resolve("ipsec.secrets"), secretsText, StandardCharsets.UTF_8);
      }
    }
    if (strongswanConf.isPresent()) {
      Files.writeString(directory.resolve("strongswan.conf"), strongswanConf.get(), StandardCharsets.UTF_8);
    }
    return new CaseHost(directory, implementationOf(fragmentKey));
  }

  /** Where the secrets part starts: the marker line, or the end of a fragment without one. */
  private static int secretsStart(String text) {
    int at = text.startsWith(SECRETS_MARKER) ? 0 : text.indexOf("\n" + SECRETS_MARKER);
    if (at < 0) {
      return text.length();
    }
    return text.startsWith(SECRETS_MARKER) ? 0 : at + 1;
  }

  /** Reads the host for one release, the file dialect fixed by the fragment's key. */
  DaemonLoader.Loaded load(Target target) throws IOException {
    ParseOptions options = ParseOptions.defaults(directory).withTarget(target).withDialect(implementation);
    return new DaemonLoader().load(directory, options);
  }
}
