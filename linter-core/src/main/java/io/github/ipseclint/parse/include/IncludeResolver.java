// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.include;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.parse.include.IncludeExpansion.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Expands include patterns the way glob(3) does, with every absolute path mapped under the root
 * (like the daemons' {@code --rootdir}), and reads each matching file once per run. Nothing
 * outside the root is ever opened, and no pattern is sent to a shell.
 */
public final class IncludeResolver {
  private final Path root;
  private final Function<Path, String> displayName;
  private final Map<Path, SourceFile> cache = new HashMap<>();

  /**
   * @param root the directory standing for {@code /}
   * @param displayName how an included file is named in findings
   */
  public IncludeResolver(Path root, Function<Path, String> displayName) {
    this.root = root.toAbsolutePath().normalize();
    this.displayName = displayName;
  }

  public Path root() {
    return root;
  }

  /** Expands {@code pattern}, written in {@code including}, relative to {@code base}. */
  public IncludeExpansion expand(SourceFile including, ByteText pattern, IncludeBase base) {
    String text = new String(pattern.bytes(), StandardCharsets.UTF_8);
    if (text.isEmpty()) {
      return new IncludeExpansion(List.of(), List.of(), Outcome.EMPTY_PATTERN, text);
    }
    Path resolved = locate(including, text, base);
    if (!resolved.startsWith(root)) {
      return new IncludeExpansion(List.of(), List.of(), Outcome.OUTSIDE_ROOT, text);
    }
    List<Path> matches = new ArrayList<>();
    expandSegments(root, root.relativize(resolved), 0, matches);
    matches.sort(null);
    List<SourceFile> files = new ArrayList<>();
    List<Path> unreadable = new ArrayList<>();
    for (Path match : matches) {
      if (!Files.isRegularFile(match) || !isInsideRoot(match)) {
        continue;
      }
      SourceFile file = read(match);
      if (file == null) {
        unreadable.add(match);
      } else {
        files.add(file);
      }
    }
    Outcome outcome = files.isEmpty() && unreadable.isEmpty() ? Outcome.NO_MATCH : Outcome.MATCHED;
    return new IncludeExpansion(files, unreadable, outcome, text);
  }

  private Path locate(SourceFile including, String pattern, IncludeBase base) {
    if (pattern.startsWith("/")) {
      return root.resolve(pattern.replaceFirst("^/+", "")).normalize();
    }
    Path directory = base == IncludeBase.INCLUDING_FILE_DIRECTORY
        ? including.path().map(Path::toAbsolutePath).map(Path::getParent).orElse(root)
        : root;
    return directory.resolve(pattern).normalize();
  }

  /** Walks the pattern one path segment at a time, listing directories only where it has wildcards. */
  private void expandSegments(Path directory, Path rest, int index, List<Path> matches) {
    if (index == rest.getNameCount()) {
      matches.add(directory);
      return;
    }
    String segment = rest.getName(index).toString();
    if (!hasWildcard(segment)) {
      Path next = directory.resolve(unescape(segment));
      if (Files.exists(next)) {
        expandSegments(next, rest, index + 1, matches);
      }
      return;
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + escapeBraces(segment));
    try (Stream<Path> children = Files.list(directory)) {
      List<Path> sorted = children.sorted().toList();
      for (Path child : sorted) {
        String name = child.getFileName().toString();
        // glob(3) never lets a wildcard match a leading dot.
        boolean hidden = name.startsWith(".") && !segment.startsWith(".");
        if (!hidden && matcher.matches(child.getFileName())) {
          expandSegments(child, rest, index + 1, matches);
        }
      }
    } catch (IOException notADirectory) {
      // glob(3) without GLOB_ERR skips directories it cannot read; so do we.
    }
  }

  private static boolean hasWildcard(String segment) {
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '*' || c == '?' || c == '[') {
        return true;
      }
    }
    return false;
  }

  /** glob(3) without GLOB_BRACE treats braces literally; Java's glob would expand them. */
  private static String escapeBraces(String segment) {
    return segment.replace("{", "\\{").replace("}", "\\}");
  }

  private static String unescape(String segment) {
    return segment.replaceAll("\\\\(.)", "$1");
  }

  private boolean isInsideRoot(Path file) {
    try {
      return file.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  /** Reads a file once per run; null when it cannot be read. */
  private SourceFile read(Path file) {
    Path key = file.toAbsolutePath().normalize();
    SourceFile cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    try {
      SourceFile loaded = SourceFile.of(displayName.apply(key), key, Files.readAllBytes(key));
      cache.put(key, loaded);
      return loaded;
    } catch (IOException e) {
      return null;
    }
  }
}
