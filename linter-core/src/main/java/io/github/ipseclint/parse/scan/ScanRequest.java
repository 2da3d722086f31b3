// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.scan;

import io.github.ipseclint.parse.ParseOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What to scan: files and directories, and how to read them. Without an explicit root, each
 * directory argument is its own root and a file argument's directory is its root.
 */
public record ScanRequest(List<Path> paths, ParseOptions options, Optional<Path> explicitRoot, ScanPolicy policy) {
  public ScanRequest {
    paths = List.copyOf(paths);
  }

  /** A scan that reads every file it finds with one set of options. */
  public ScanRequest(List<Path> paths, ParseOptions options, Optional<Path> explicitRoot) {
    this(paths, options, explicitRoot, ScanPolicy.ALL);
  }
}
