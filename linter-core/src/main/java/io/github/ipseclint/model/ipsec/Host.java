// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
 * <p>The secret stores are built once, here: rules and the simulator look secrets up for every
 * connection, and a host with a connection and a secret per peer would otherwise rebuild its
 * store once per connection.
 */
public final class Host {
  private final Optional<Path> directory;
  private final List<Document> documents;
  private final List<Connection> connections;
  private final List<Secret> secrets;
  private final Map<StoreKind, Optional<SecretStore>> stores = new HashMap<>();

  /**
   * @param directory the host's directory; empty for files without a place on disk
   * @param documents in scan order
   */
  public Host(Optional<Path> directory, List<Document> documents, List<Connection> connections,
      List<Secret> secrets) {
    this.directory = directory;
    this.documents = List.copyOf(documents);
    this.connections = List.copyOf(connections);
    this.secrets = List.copyOf(secrets);
    for (Connection connection : this.connections) {
      stores.computeIfAbsent(StoreKind.of(connection), this::buildStore);
    }
  }

  /** The secrets files one front end of one implementation reads. */
  private record StoreKind(FileKind file, Implementation implementation) {
    static StoreKind of(Connection connection) {
      return new StoreKind(connection.frontEnd() == FrontEnd.SWANCTL ? FileKind.SWANCTL_CONF : FileKind.IPSEC_SECRETS,
          connection.target().implementation());
    }
  }

  public Optional<Path> directory() {
    return directory;
  }

  public List<Document> documents() {
    return documents;
  }

  public List<Connection> connections() {
    return connections;
  }

  public List<Secret> secrets() {
    return secrets;
  }

  /** Groups the scan's documents, connections and secrets by host, by the default convention. */
  public static List<Host> of(List<Document> documents, IpsecModel model) {
    return of(documents, model, Host::conventionalDirectory);
  }

  /**
   * Groups the scan's documents, connections and secrets by host, each document placed in the
   * host directory {@code placement} gives (a configuration's {@code hosts:} globs, falling back on
   * {@link #conventionalDirectory}).
   */
  public static List<Host> of(List<Document> documents, IpsecModel model,
      java.util.function.Function<Document, Optional<Path>> placement) {
    Map<Optional<Path>, List<Document>> grouped = new LinkedHashMap<>();
    for (Document document : documents) {
      grouped.computeIfAbsent(placement.apply(document), key -> new ArrayList<>()).add(document);
    }
    // One pass over the model through a file-to-host map: a scan of thousands of hosts stays linear.
    Map<SourceFile, Set<Optional<Path>>> hostsOfFile = new java.util.HashMap<>();
    grouped.forEach((directory, members) -> members.forEach(document -> document.files().forEach(file ->
        hostsOfFile.computeIfAbsent(file, key -> new java.util.LinkedHashSet<>()).add(directory))));
    Map<Optional<Path>, List<Connection>> connections = new LinkedHashMap<>();
    for (Connection connection : model.connections()) {
      for (Optional<Path> directory : hostsOfFile.getOrDefault(connection.span().file(), Set.of())) {
        connections.computeIfAbsent(directory, key -> new ArrayList<>()).add(connection);
      }
    }
    Map<Optional<Path>, List<Secret>> secrets = new LinkedHashMap<>();
    for (Secret secret : model.secrets()) {
      for (Optional<Path> directory : hostsOfFile.getOrDefault(secret.span().file(), Set.of())) {
        secrets.computeIfAbsent(directory, key -> new ArrayList<>()).add(secret);
      }
    }
    List<Host> hosts = new ArrayList<>();
    grouped.forEach((directory, members) -> hosts.add(new Host(directory, members,
        connections.getOrDefault(directory, List.of()), secrets.getOrDefault(directory, List.of()))));
    return hosts;
  }

  /** The host directory of a document by the default convention (see the type's description). */
  public static Optional<Path> conventionalDirectory(Document document) {
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
  public Optional<SecretStore> secretStore(Connection connection) {
    StoreKind kind = StoreKind.of(connection);
    Optional<SecretStore> built = stores.get(kind);
    // A connection of another host (tests ask so) gets its store built for the question.
    return built != null ? built : buildStore(kind);
  }

  private Optional<SecretStore> buildStore(StoreKind kind) {
    List<Document> storeDocuments = documents.stream()
        .filter(document -> document.kind() == kind.file())
        .filter(document -> document.target().implementation() == kind.implementation())
        .toList();
    if (storeDocuments.isEmpty()) {
      return Optional.empty();
    }
    List<Secret> ordered = new ArrayList<>();
    for (Document document : storeDocuments) {
      Set<SourceFile> files = Set.copyOf(document.files());
      // loadIndex counts within one document; later documents load after earlier ones.
      secrets.stream().filter(secret -> files.contains(secret.span().file()))
          .sorted(java.util.Comparator.comparingInt(Secret::loadIndex))
          .forEach(ordered::add);
    }
    return Optional.of(new SecretStore(ordered));
  }
}
