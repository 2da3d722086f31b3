// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One end of a tunnel as written on the command line: a host directory or file, optionally
 * followed by {@code #conn} to choose one of its connections.
 *
 * @param written the argument as given, for messages and reports
 */
record EndReference(String written, Path path, Optional<String> connection) {

  /**
   * Splits at the last {@code #}, unless the whole argument names an existing path (a file name
   * may hold a {@code #}) or nothing follows the {@code #}.
   */
  static EndReference parse(String written) {
    int hash = written.lastIndexOf('#');
    if (hash < 0 || hash == written.length() - 1 || Files.exists(Path.of(written))) {
      return new EndReference(written, Path.of(written), Optional.empty());
    }
    return new EndReference(written, Path.of(written.substring(0, hash)), Optional.of(written.substring(hash + 1)));
  }
}
