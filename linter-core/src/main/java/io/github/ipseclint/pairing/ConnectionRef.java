// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.pairing;

import java.util.Optional;

/**
 * A connection named in {@code .ipseclint.yaml}: {@code host/file#conn} or {@code host#conn}. The
 * part before {@code #} is a path relative to the configuration's directory; its longest prefix
 * that is a scanned host's directory names the host, the rest (if any) the file inside it.
 *
 * @param path the text before {@code #}, with {@code /} separators
 * @param connection the connection's name
 */
public record ConnectionRef(String path, String connection) {

  /** Reads {@code path#conn}; empty when either part is missing. */
  public static Optional<ConnectionRef> parse(String written) {
    int hash = written.lastIndexOf('#');
    if (hash <= 0 || hash == written.length() - 1) {
      return Optional.empty();
    }
    String path = written.substring(0, hash).replace('\\', '/');
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path.isEmpty() ? Optional.empty() : Optional.of(new ConnectionRef(path, written.substring(hash + 1)));
  }

  @Override
  public String toString() {
    return path + "#" + connection;
  }
}
