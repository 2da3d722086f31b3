// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.include;

import io.github.ipseclint.model.source.SourceFile;
import java.nio.file.Path;
import java.util.List;

/**
 * The result of expanding one include pattern.
 *
 * @param files the matching regular files, read, in glob(3) order
 * @param unreadable matching files that could not be read
 * @param outcome whether anything matched
 * @param resolvedPattern the pattern as it was looked up on disk (for messages)
 */
public record IncludeExpansion(
    List<SourceFile> files, List<Path> unreadable, Outcome outcome, String resolvedPattern) {

  public IncludeExpansion {
    files = List.copyOf(files);
    unreadable = List.copyOf(unreadable);
  }

  /** What came of the pattern. */
  public enum Outcome {
    MATCHED,
    NO_MATCH,
    /** The pattern leads outside the root; nothing is read from there. */
    OUTSIDE_ROOT,
    EMPTY_PATTERN
  }
}
