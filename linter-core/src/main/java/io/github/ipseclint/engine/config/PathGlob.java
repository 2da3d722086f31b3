// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * A glob as written in a configuration ({@code **}, {@code *}, {@code ?}, {@code {a,b}}), matched
 * against a path relative to the configuration's directory with {@code /} separators.
 */
public final class PathGlob {
  private final String pattern;
  private final PathMatcher matcher;

  private PathGlob(String pattern, PathMatcher matcher) {
    this.pattern = pattern;
    this.matcher = matcher;
  }

  /** @throws IllegalArgumentException when the pattern is not a valid glob */
  public static PathGlob of(String pattern) {
    return new PathGlob(pattern, FileSystems.getDefault().getPathMatcher("glob:" + pattern));
  }

  public String pattern() {
    return pattern;
  }

  /** True when {@code file}, taken relative to {@code base}, matches; files outside base never do. */
  public boolean matches(Path base, Path file) {
    Path absoluteBase = base.toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    if (!absolute.startsWith(absoluteBase)) {
      return false;
    }
    return matcher.matches(absoluteBase.relativize(absolute));
  }

  @Override
  public String toString() {
    return pattern;
  }
}
