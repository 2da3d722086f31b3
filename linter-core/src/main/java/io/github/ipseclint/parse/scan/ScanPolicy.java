// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.scan;

import io.github.ipseclint.parse.ParseOptions;
import java.nio.file.Path;

/**
 * Which files a scan reads and how: a configuration's include/exclude globs and its per-path
 * targets. Files reached through an include directive are read in their includer's context.
 */
public interface ScanPolicy {
  /** Read every file, each with the request's options. */
  ScanPolicy ALL = new ScanPolicy() {
    @Override
    public boolean accepts(Path file) {
      return true;
    }

    @Override
    public ParseOptions optionsFor(Path file, ParseOptions options) {
      return options;
    }
  };

  /** True when a file found in a directory or named as an argument is read. */
  boolean accepts(Path file);

  /** The options to read one top-level file with, starting from the request's. */
  ParseOptions optionsFor(Path file, ParseOptions options);
}
