// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The {@code -} path: standard input copied into a private temporary directory under the name given
 * with {@code --stdin-filename}, so that the name decides the file kind as it does on disk.
 * Reports show that name, not the temporary path. Includes resolve inside the temporary directory,
 * so they resolve to nothing.
 */
final class StandardInput implements AutoCloseable {
  private final Path directory;
  private final Path file;

  private StandardInput(Path directory, Path file) {
    this.directory = directory;
    this.file = file;
  }

  static StandardInput read(InputStream in, String name) throws IOException {
    Path directory = Files.createTempDirectory("ipseclint-stdin");
    Path file = directory.resolve(name).normalize();
    Files.createDirectories(file.getParent());
    Files.write(file, in.readAllBytes());
    return new StandardInput(directory, file);
  }

  /** True for a name that stays inside the temporary directory. */
  static boolean isValidName(String name) {
    Path path = Path.of(name).normalize();
    return !name.isBlank() && !path.isAbsolute() && !path.startsWith("..") && path.getFileName() != null;
  }

  Path file() {
    return file;
  }

  /** The temporary file's name as the scanner reports it (it lies outside the working directory). */
  String scannedName() {
    return file.toAbsolutePath().normalize().toString();
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
