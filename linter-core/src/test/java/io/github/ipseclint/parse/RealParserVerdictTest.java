// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ipseclint.model.conf.ConfDocument;
import io.github.ipseclint.model.conf.LoadStatus;
import io.github.ipseclint.model.conf.ResolvedSection;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.testing.Fixture;
import io.github.ipseclint.testing.FixtureFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Compares our accept/reject verdict on the ipsec.conf parser fixtures with the real parsers of
 * Debian 12: strongSwan 5.9.8's {@code starter --conftest} and Libreswan 4.10's {@code addconn
 * --checkconfig} (unpacked under /opt/libreswan as .ci/run does). Fixtures that include other
 * files are left out, since the real parsers would look for the included paths on this machine.
 * Skipped where the daemons are not installed.
 */
class RealParserVerdictTest {
  private static final Path FIXTURES = Paths.get("src/test/resources/parse");
  private static final Path STARTER = Path.of("/usr/lib/ipsec/starter");
  private static final Path ADDCONN = Path.of("/opt/libreswan/usr/libexec/ipsec/addconn");

  @Test
  void strongswanStarterAgreesOnEveryFixture() throws Exception {
    assumeTrue(Files.isExecutable(STARTER), "strongSwan starter not installed");
    List<String> disagreements = compare(FIXTURES.resolve("strongswan-ipsec-conf"), Target.parse("strongswan-5.9.8").orElseThrow(),
        file -> {
          Run run = Run.of(file.getParent(), STARTER.toString(), "--conftest", "--conf", file.toString());
          return run.output().contains("config invalid!") || run.exitCode() != 0;
        });
    assertThat(disagreements).isEmpty();
  }

  @Test
  void libreswanAddconnAgreesOnEveryFixtureWrittenFor410() throws Exception {
    assumeTrue(Files.isExecutable(ADDCONN), "Libreswan addconn not unpacked under /opt/libreswan");
    List<String> disagreements = compare(FIXTURES.resolve("libreswan-ipsec-conf"), Target.parse("libreswan-4.10").orElseThrow(),
        file -> {
          Run run = Run.of(file.getParent(), ADDCONN.toString(), "--checkconfig", "--config", file.toString());
          return run.output().contains("cannot load config") || run.exitCode() != 0;
        });
    assertThat(disagreements).isEmpty();
  }

  private interface DaemonVerdict {
    boolean rejects(Path file) throws Exception;
  }

  private static List<String> compare(Path folder, Target target, DaemonVerdict daemon) throws Exception {
    List<String> disagreements = new ArrayList<>();
    int compared = 0;
    List<Path> fixtures;
    try (Stream<Path> files = Files.list(folder)) {
      fixtures = files.filter(path -> FixtureFormat.ofFileName(path.getFileName().toString()).isPresent()).sorted().toList();
    }
    for (Path path : fixtures) {
      Fixture fixture = Fixture.load(path.toAbsolutePath(), path.getFileName().toString());
      String text = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
      boolean writtenForTarget = fixture.option("target").map(written -> written.equals(target.toString())
          || Target.parse(written).map(t -> t.version().equals(target.version())).orElse(false)).orElse(false);
      boolean sameBehaviourAnyVersion = fixture.option("target").isEmpty() && target.is(Implementation.STRONGSWAN);
      if (text.contains("include") || !(writtenForTarget || sameBehaviourAnyVersion || hasTwin(path, target))) {
        continue;
      }
      compared++;
      boolean ours = rejects(fixture, target, path.getParent().toAbsolutePath());
      boolean theirs = daemon.rejects(path.toAbsolutePath());
      if (ours != theirs) {
        disagreements.add(path.getFileName() + ": ipseclint " + (ours ? "rejects" : "accepts")
            + ", " + target + " " + (theirs ? "rejects" : "accepts"));
      }
    }
    System.out.printf("%s: %d fixtures compared with the real parser, %d disagreements%n", target, compared, disagreements.size());
    assertThat(compared).isPositive();
    return disagreements;
  }

  /** A 5.4 fixture whose 4.10 behaviour is the same has no separate 4.10 twin; compare it too. */
  private static boolean hasTwin(Path path, Target target) {
    if (!target.is(Implementation.LIBRESWAN)) {
      return false;
    }
    String name = path.getFileName().toString();
    String twin = name.replace(".libreswan-ipsec.conf", "-4.10.libreswan-ipsec.conf");
    return !name.contains("-4.10.") && !Files.exists(path.resolveSibling(twin));
  }

  private static boolean rejects(Fixture fixture, Target target, Path root) {
    ConfigReader reader = new ConfigReader(ParseOptions.defaults(root).withTarget(target), Path::toString);
    ReadResult result = reader.read(fixture.source(), FileKind.IPSEC_CONF, target.implementation());
    ConfDocument document = (ConfDocument) result.document();
    boolean sectionsRejected = Stream.concat(document.conns().stream(), document.configSetup().stream())
        .map(ResolvedSection::status)
        .anyMatch(status -> status == LoadStatus.FILE_REJECTED);
    boolean syntaxError = result.findings().stream()
        .anyMatch(finding -> finding.severity() == Severity.ERROR && finding.rule().value().equals("parse-error"));
    return sectionsRejected || syntaxError;
  }

  private record Run(int exitCode, String output) {
    static Run of(Path directory, String... command) throws IOException, InterruptedException {
      Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
  }
}
