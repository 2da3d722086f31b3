// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.FileKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The documents of a scan that one daemon host reads together, with their connections and
 * secrets. A host is the directory of the top-level files: {@code ipsec.conf} and {@code
 * ipsec.secrets} side by side (as in {@code /etc}), and a {@code swanctl.conf} in a directory
 * called {@code swanctl} belongs to that directory's parent (as {@code /etc/swanctl}). Files
 * without a place on disk form one host.
 *
 * @param directory the host's directory; empty for files without a place on disk
 * @param documents in scan order
 */
public record Host(Optional<Path> directory, List<Document> documents, List<Connection> connections,
    List<Secret> secrets) {

  public Host {
    documents = List.copyOf(documents);
    connections = List.copyOf(connections);
    secrets = List.copyOf(secrets);
  }

  /** Groups the scan's documents, connections and secrets by host. */
  public static List<Host> of(List<Document> documents, IpsecModel model) {
    Map<Optional<Path>, List<Document>> grouped = new LinkedHashMap<>();
    for (Document document : documents) {
      grouped.computeIfAbsent(directoryOf(document), key -> new ArrayList<>()).add(document);
    }
    List<Host> hosts = new ArrayList<>();
    grouped.forEach((directory, members) -> {
      List<SourceFile> files = members.stream().flatMap(document -> document.files().stream()).toList();
      hosts.add(new Host(directory, members,
          model.connections().stream().filter(c -> files.contains(c.span().file())).toList(),
          model.secrets().stream().filter(s -> files.contains(s.span().file())).toList()));
    });
    return hosts;
  }

  private static Optional<Path> directoryOf(Document document) {
    Optional<Path> directory = document.files().get(0).path().map(Path::toAbsolutePath).map(Path::getParent);
    if (document.kind() == FileKind.SWANCTL_CONF && directory.isPresent()
        && directory.get().getFileName() != null && directory.get().getFileName().toString().equals("swanctl")
        && directory.get().getParent() != null) {
      return Optional.of(directory.get().getParent());
    }
    return directory;
  }

  /**
   * The secrets a connection is looked up in, in the daemon's load order: those of the same
   * implementation from the host's {@code ipsec.secrets} files for an ipsec.conf connection, from
   * the host's swanctl.conf files for a swanctl connection. Empty when the host has no such file,
   * i.e. when the scan cannot tell which secrets the daemon holds.
   */
  public Optional<List<Secret>> secretStore(Connection connection) {
    FileKind store = connection.frontEnd() == FrontEnd.SWANCTL ? FileKind.SWANCTL_CONF : FileKind.IPSEC_SECRETS;
    List<Document> stores = documents.stream()
        .filter(document -> document.kind() == store)
        .filter(document -> document.target().implementation() == connection.target().implementation())
        .toList();
    if (stores.isEmpty()) {
      return Optional.empty();
    }
    List<Secret> ordered = new ArrayList<>();
    for (Document document : stores) {
      Set<SourceFile> files = Set.copyOf(document.files());
      // loadIndex counts within one document; later documents load after earlier ones.
      secrets.stream().filter(secret -> files.contains(secret.span().file()))
          .sorted(java.util.Comparator.comparingInt(Secret::loadIndex))
          .forEach(secret -> ordered.add(secret.withLoadIndex(ordered.size())));
    }
    return Optional.of(ordered);
  }
}
