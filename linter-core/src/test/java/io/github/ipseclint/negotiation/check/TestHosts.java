// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.negotiation.DaemonLoader;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.parse.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Hosts written from configuration fragments as the case files give them, read back through
 * {@link DaemonLoader}: an ipsec.conf fragment may carry its secrets after a line
 * {@code # ipsec.secrets}; a swanctl fragment holds its {@code secrets} section itself.
 */
final class TestHosts {
  private static final String SECRETS_MARK = "# ipsec.secrets\n";

  private final Path root;

  TestHosts(Path root) {
    this.root = root;
  }

  /** A strongSwan host with swanctl.conf, e.g. {@code strongswan-5.9.8}. */
  Peer swanctl(String host, String target, String swanctlConf) {
    Path directory = directory(host);
    write(directory.resolve("swanctl").resolve("swanctl.conf"), swanctlConf);
    return load(directory, target, Implementation.STRONGSWAN);
  }

  /** A strongSwan host with ipsec.conf and, after the mark, ipsec.secrets. */
  Peer stroke(String host, String target, String fragment) {
    return ipsecConf(host, target, fragment, Implementation.STRONGSWAN);
  }

  /** A Libreswan host with ipsec.conf and, after the mark, ipsec.secrets. */
  Peer libreswan(String host, String target, String fragment) {
    return ipsecConf(host, target, fragment, Implementation.LIBRESWAN);
  }

  private Peer ipsecConf(String host, String target, String fragment, Implementation implementation) {
    Path directory = directory(host);
    int mark = fragment.indexOf(SECRETS_MARK);
    write(directory.resolve("ipsec.conf"), mark < 0 ? fragment : fragment.substring(0, mark));
    if (mark >= 0) {
      write(directory.resolve("ipsec.secrets"), fragment.substring(mark + SECRETS_MARK.length()));
    }
    return load(directory, target, implementation);
  }

  private Path directory(String host) {
    try {
      return Files.createDirectories(root.resolve(host));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Peer load(Path directory, String target, Implementation implementation) {
    ParseOptions options = ParseOptions.defaults(root).withTarget(Target.parse(target).orElseThrow())
        .withDialect(implementation);
    try {
      DaemonLoader.Loaded loaded = new DaemonLoader().load(directory, options);
      return new Peer(loaded.daemon(), loaded.connection(Optional.empty()).orElseThrow(
          () -> new IllegalStateException("no connection loaded: " + loaded.findings())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
