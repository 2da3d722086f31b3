// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.dump.DocumentDump;
import io.github.ipseclint.testing.Fixture;
import io.github.ipseclint.testing.FixtureFormat;
import io.github.ipseclint.testing.FixtureVerdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parser tests: every file under {@code src/test/resources/parse/} whose name has a fixture suffix
 * is read with the format and dialect its suffix names; its findings must match its markers, and
 * its dump must equal the golden {@code <fixture>.tree} beside it
 * ({@code -Dipseclint.updateGolden=true} rewrites the golden files). The fixture's folder is the
 * root for absolute include paths (and Libreswan's working directory) unless an {@code
 * options: root=<relative folder>} line says otherwise.
 */
class ParseFixtureTest {
  private static final Path FIXTURES = Paths.get("src/test/resources/parse");
  private static final boolean UPDATE = Boolean.getBoolean("ipseclint.updateGolden");

  @TestFactory
  Stream<DynamicTest> everyParserFixture() throws IOException {
    try (Stream<Path> files = Files.walk(FIXTURES)) {
      return files
          .filter(Files::isRegularFile)
          .filter(path -> FixtureFormat.ofFileName(path.getFileName().toString()).isPresent())
          .sorted()
          .toList()
          .stream()
          .map(path -> DynamicTest.dynamicTest(FIXTURES.relativize(path).toString(), () -> check(path)));
    }
  }

  private static void check(Path path) throws IOException {
    Path directory = path.getParent().toAbsolutePath();
    Fixture fixture = Fixture.load(path, path.getFileName().toString());
    // "# options: root=.." moves the root away from the fixture's folder, for the cases where the
    // difference between the including file's directory and the daemon's root is the point.
    Path root = fixture.option("root").map(directory::resolve).orElse(directory).normalize();
    ParseOptions options = ParseOptions.defaults(root);
    if (fixture.option("target").isPresent()) {
      String written = fixture.option("target").get();
      options = options.withTarget(Target.parse(written)
          .orElseThrow(() -> new IllegalArgumentException("bad target option " + written)));
    }
    ConfigReader reader = new ConfigReader(options, file -> directory.relativize(file).toString());
    ReadResult result = reader.read(fixture.source(), fixture.format().kind(), fixture.format().dialect());

    String mismatches = FixtureVerdict.mismatches(fixture, result.findings());
    if (!mismatches.isEmpty()) {
      fail(mismatches);
    }
    Path golden = path.resolveSibling(path.getFileName() + ".tree");
    String dump = DocumentDump.render(result.document());
    if (UPDATE) {
      Files.writeString(golden, dump, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden dump %s (run with -Dipseclint.updateGolden=true)", golden).exists();
    assertThat(dump).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
