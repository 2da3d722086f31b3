// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Host;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.ParseOptions;
import io.github.ipseclint.parse.scan.ConfigScanner;
import io.github.ipseclint.parse.scan.ScanRequest;
import io.github.ipseclint.parse.scan.ScanResult;
import io.github.ipseclint.parse.scan.ScannedFile;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads one host (a directory holding that host's files, or a single file) as a daemon, for the
 * {@code simulate} and {@code matrix} commands and for tests.
 */
public final class DaemonLoader {

  /** A daemon and what reading its files reported. */
  public record Loaded(Daemon daemon, List<Finding> findings) {

    public Loaded {
      findings = List.copyOf(findings);
    }

    /** The connection of that name, or the first one when no name is given. */
    public Optional<Connection> connection(Optional<String> name) {
      List<Connection> connections = daemon.connections();
      return name.isPresent()
          ? connections.stream().filter(connection -> connection.name().equals(name.get())).findFirst()
          : connections.stream().findFirst();
    }
  }

  /**
   * @param path the host directory or one file
   * @param options the targets to read with; the host's files decide which implementation it runs
   * @throws NoSuchFileException when the path does not exist
   */
  public Loaded load(Path path, ParseOptions options) throws NoSuchFileException {
    ScanResult scan = new ConfigScanner().scan(new ScanRequest(List.of(path), options, Optional.empty()));
    List<Host> hosts = Host.of(scan.files().stream().map(ScannedFile::document).toList(), scan.model());
    Host host = hosts.stream().filter(candidate -> !candidate.connections().isEmpty()).findFirst()
        .orElse(hosts.isEmpty() ? new Host(Optional.empty(), List.of(), List.of(), List.of()) : hosts.get(0));
    Implementation implementation = host.connections().stream().findFirst()
        .map(connection -> connection.target().implementation())
        .orElse(Implementation.STRONGSWAN);
    Target target = options.targetFor(implementation);
    String name = host.directory().map(Path::getFileName).map(Path::toString).orElse(path.toString());
    return new Loaded(new Daemon(name, host, target, new DaemonSettingsReader().read(host, target)),
        scan.findings());
  }
}
