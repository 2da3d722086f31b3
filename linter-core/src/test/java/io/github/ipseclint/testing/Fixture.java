// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.testing;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixture file and what it expects. The whole marker language: {@code # expect: <id>[, <id>...]}
 * optionally followed by a {@code "substring"} of the message. A marker after other text applies
 * to its own line; a marker alone on a line applies to the next line that is not a marker. An
 * optional first line {@code # options: key=value ...} sets options (e.g. {@code
 * target=libreswan-4.10}).
 */
public record Fixture(
    Path path, SourceFile source, FixtureFormat format, List<ExpectedFinding> expected,
    Map<String, String> options) {

  private static final Pattern MARKER = Pattern.compile(
      "#\\s*expect:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)(?:\\s+\"([^\"]*)\")?");
  private static final Pattern OPTIONS = Pattern.compile("^#\\s*options:(.*)$");

  public static Fixture load(Path path, String displayName) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    SourceFile source = SourceFile.of(displayName, path.toAbsolutePath(), bytes);
    FixtureFormat format = FixtureFormat.ofFileName(path.getFileName().toString())
        .orElseThrow(() -> new IllegalArgumentException("not a fixture name: " + path));
    return new Fixture(path, source, format, markers(source), options(source));
  }

  /** A file of a host fixture folder, named as the daemon names it; the folder gives the format. */
  public static Fixture load(Path path, String displayName, FixtureFormat format) throws IOException {
    SourceFile source = SourceFile.of(displayName, path.toAbsolutePath(), Files.readAllBytes(path));
    return new Fixture(path, source, format, markers(source), options(source));
  }

  public Optional<String> option(String key) {
    return Optional.ofNullable(options.get(key));
  }

  private static Map<String, String> options(SourceFile source) {
    Map<String, String> options = new HashMap<>();
    Matcher matcher = OPTIONS.matcher(stripCr(source.line(1)));
    if (matcher.matches()) {
      for (String pair : matcher.group(1).trim().split("\\s+")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          options.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
      }
    }
    return Map.copyOf(options);
  }

  private static List<ExpectedFinding> markers(SourceFile source) {
    List<ExpectedFinding> expected = new ArrayList<>();
    List<Matcher> pending = new ArrayList<>();
    for (int line = 1; line <= source.lineCount(); line++) {
      String text = stripCr(source.line(line));
      Matcher matcher = MARKER.matcher(text);
      boolean hasMarker = matcher.find();
      boolean markerAlone = hasMarker && text.substring(0, matcher.start()).isBlank();
      if (markerAlone) {
        pending.add(matcher);
        continue;
      }
      for (Matcher marker : pending) {
        addAll(expected, marker, line);
      }
      pending.clear();
      if (hasMarker) {
        addAll(expected, matcher, line);
      }
    }
    if (!pending.isEmpty()) {
      throw new IllegalArgumentException(source.displayPath() + ": a marker at the end of the file applies to no line");
    }
    return expected;
  }

  private static void addAll(List<ExpectedFinding> expected, Matcher marker, int line) {
    for (String id : marker.group(1).split("\\s*,\\s*")) {
      expected.add(new ExpectedFinding(line, id.trim(), Optional.ofNullable(marker.group(2))));
    }
  }

  private static String stripCr(ByteText line) {
    String text = line.latin1();
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }
}
