// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine.config;

import java.nio.file.Path;

/** A configuration file that cannot be used, with the place of the problem (1-based). */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final int column;

  public ConfigException(Path file, int line, int column, String problem) {
    super(file + ":" + line + ":" + column + ": " + problem);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  public Path file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
