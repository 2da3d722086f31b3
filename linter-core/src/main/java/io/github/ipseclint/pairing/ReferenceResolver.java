// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.pairing;

import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the connection a {@code host/file#conn} reference names among the scan's connections. The
 * longest leading part of the path that is a host's directory (relative to the configuration)
 * names the host; what follows names the top-level file that holds the connection, directly or
 * through an include.
 */
final class ReferenceResolver {
  /** The connection found, or why none is. */
  record Resolution(Optional<Endpoint> endpoint, String problem) {}

  private final List<Endpoint> endpoints;
  private final Path base;

  ReferenceResolver(List<Endpoint> endpoints, Path base) {
    this.endpoints = endpoints;
    this.base = base.toAbsolutePath().normalize();
  }

  Resolution resolve(ConnectionRef ref) {
    Optional<String> host = Optional.empty();
    for (Endpoint endpoint : endpoints) {
      String name = hostPath(endpoint);
      if ((ref.path().equals(name) || ref.path().startsWith(name + "/"))
          && (host.isEmpty() || name.length() > host.get().length())) {
        host = Optional.of(name);
      }
    }
    if (host.isEmpty()) {
      return new Resolution(Optional.empty(), "'" + ref + "' names no scanned host (a directory of ipsec.conf,"
          + " ipsec.secrets or swanctl/ files, relative to the configuration file)");
    }
    String hostName = host.get();
    Optional<String> file = ref.path().equals(hostName) ? Optional.empty()
        : Optional.of(ref.path().substring(hostName.length() + 1));
    for (Endpoint endpoint : endpoints) {
      if (hostPath(endpoint).equals(hostName) && endpoint.peer().connection().name().equals(ref.connection())
          && file.map(name -> inFile(endpoint, name)).orElse(true)) {
        return new Resolution(Optional.of(endpoint), "");
      }
    }
    return new Resolution(Optional.empty(), "host '" + hostName + "' has no connection '" + ref.connection() + "'"
        + file.map(name -> " in " + name).orElse(""));
  }

  /** The host's directory relative to the configuration, with {@code /}; the daemon's name without one. */
  private String hostPath(Endpoint endpoint) {
    Optional<Path> directory = endpoint.peer().daemon().host().directory().map(p -> p.toAbsolutePath().normalize());
    if (directory.isEmpty() || !directory.get().startsWith(base)) {
      return endpoint.peer().daemon().name();
    }
    Path relative = base.relativize(directory.get());
    return relative.toString().isEmpty() ? "." : relative.toString().replace('\\', '/');
  }

  /** True when the connection comes from the named top-level file of its host, or a file it includes. */
  private static boolean inFile(Endpoint endpoint, String name) {
    SourceFile connectionFile = endpoint.peer().connection().span().file();
    Optional<Path> directory = endpoint.peer().daemon().host().directory();
    if (directory.isEmpty()) {
      return false;
    }
    Path wanted = directory.get().toAbsolutePath().normalize().resolve(name).normalize();
    for (Document document : endpoint.peer().daemon().host().documents()) {
      Optional<Path> top = document.files().get(0).path().map(p -> p.toAbsolutePath().normalize());
      if (top.isPresent() && top.get().equals(wanted) && document.files().contains(connectionFile)) {
        return true;
      }
    }
    return false;
  }
}
