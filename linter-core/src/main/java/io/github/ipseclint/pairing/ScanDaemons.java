// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.pairing;

import io.github.ipseclint.model.ipsec.Host;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.negotiation.Daemon;
import io.github.ipseclint.negotiation.DaemonSettingsReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The daemons of a scan: one per host that configures connections, running the implementation
 * and release its connections were read for, with the settings of the host's strongswan.conf or
 * {@code config setup}, named by the host's directory relative to the scan's base directory.
 */
public final class ScanDaemons {
  private static final DaemonSettingsReader SETTINGS = new DaemonSettingsReader();

  private ScanDaemons() {}

  public static List<Daemon> of(List<Host> hosts, Path base) {
    Path root = base.toAbsolutePath().normalize();
    List<Daemon> daemons = new ArrayList<>();
    for (Host host : hosts) {
      if (host.connections().isEmpty()) {
        continue;
      }
      Target target = host.connections().get(0).target();
      daemons.add(new Daemon(name(host, root), host, target, SETTINGS.read(host, target)));
    }
    return daemons;
  }

  /** The host's directory relative to the base ({@code .} for the base itself), else its file name. */
  static String name(Host host, Path root) {
    Optional<Path> directory = host.directory().map(path -> path.toAbsolutePath().normalize());
    if (directory.isEmpty()) {
      return host.documents().isEmpty() ? "-" : host.documents().get(0).files().get(0).displayPath();
    }
    if (directory.get().startsWith(root)) {
      String relative = root.relativize(directory.get()).toString().replace('\\', '/');
      return relative.isEmpty() ? "." : relative;
    }
    Path file = directory.get().getFileName();
    return file == null ? directory.get().toString() : file.toString();
  }
}
