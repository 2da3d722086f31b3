// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Test hosts written from configuration fragments in the case files' style and read through the
 * real scanner: a swanctl.conf (secrets inside), or an ipsec.conf whose lines after
 * {@code # ipsec.secrets} form the host's ipsec.secrets.
 */
public final class Hosts {
  private final Path dir;

  public Hosts(Path dir) {
    this.dir = dir;
  }

  public Peer swanctl(String host, String conf, String target) {
    return load(host, "swanctl/swanctl.conf", conf, target, Implementation.STRONGSWAN);
  }

  public Peer strongswan(String host, String fragment, String target) {
    return load(host, "ipsec.conf", fragment, target, Implementation.STRONGSWAN);
  }

  public Peer libreswan(String host, String fragment, String target) {
    return load(host, "ipsec.conf", fragment, target, Implementation.LIBRESWAN);
  }

  private Peer load(String host, String file, String text, String target, Implementation dialect) {
    try {
      Path root = dir.resolve(host);
      Path conf = root.resolve(file);
      Files.createDirectories(conf.getParent());
      int secrets = text.indexOf("# ipsec.secrets");
      Files.writeString(conf, secrets < 0 ? text : text.substring(0, secrets));
      if (secrets >= 0) {
        Files.writeString(root.resolve("ipsec.secrets"), text.substring(secrets));
      }
      ParseOptions options = ParseOptions.defaults(root).withTarget(Target.parse(target).orElseThrow());
      if (file.equals("ipsec.conf")) {
        options = options.withDialect(dialect);
      }
      DaemonLoader.Loaded loaded = new DaemonLoader().load(root, options);
      return new Peer(loaded.daemon(), loaded.connection(Optional.empty()).orElseThrow());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
