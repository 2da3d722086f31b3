// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ipseclint.engine.LintFinding;
import io.github.ipseclint.engine.LintRequest;
import io.github.ipseclint.engine.Linter;
import io.github.ipseclint.engine.RuleRegistry;
import io.github.ipseclint.engine.config.LintConfig;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.ParseOptions;
import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules issue's corpus criterion, through the whole engine with every built-in rule at its
 * defaults and the newest targets: no {@code parse-error}, {@code unknown-keyword} or
 * {@code invalid-value} finding, of any severity, on any strongSwan test-suite file, nor on any
 * Libreswan file whose manifest leaves {@code negative} empty. The few exceptions are listed
 * below with the reason; a listed exception that no longer fires fails the test too, so the list
 * stays exact. Prints the finding counts per rule. Skipped when {@code ../shared/corpus} is absent.
 */
class CorpusCriterionTest {
  private static final Set<String> CRITERION_RULES = Set.of("parse-error", "unknown-keyword", "invalid-value");
  private static final Path CORPUS = Path.of(System.getProperty("ipseclint.shared", "../../shared"), "corpus");
  private static final Linter LINTER = new Linter(RuleRegistry.of(List.of(new BuiltInRules())));

  /**
   * A finding the criterion excludes: in {@code corpus}, a file whose path contains
   * {@code path} and whose manifest notes contain {@code notes}, a finding of {@code rule} whose
   * message contains {@code message}; {@code reason} says why the finding is right.
   */
  private record KnownFinding(String corpus, String path, String notes, String rule, String message, String reason) {
    boolean matches(String corpus, Path file, String fileNotes, Finding finding) {
      return this.corpus.equals(corpus) && file.toString().contains(path) && fileNotes.contains(notes)
          && finding.rule().value().equals(rule) && finding.message().contains(message);
    }
  }

  private static final List<KnownFinding> EXCEPTIONS = List.of(
      new KnownFinding("strongswan", "", "test-framework placeholders", "invalid-value", "'PH_",
          "the test framework replaces PH_IP_* by addresses before the daemon reads the file; as stored, the"
              + " value is no address and the daemon would refuse it"),
      new KnownFinding("libreswan", "pluto/addconn-04-config-path/west.conf", "", "parse-error", "",
          "its body is the sentence 'Just here to throw an error in case it is mistakenly used'; the test never"
              + " reads it"),
      new KnownFinding("libreswan", "pluto/ikev2-initial-contact-send/west.conf", "", "unknown-keyword", "initial_contact",
          "'initial_contact' is not in pluto's keyword table (the keyword is 'initial-contact'); the test never"
              + " loads this file"),
      new KnownFinding("libreswan", "pluto/ikev2-gssapi-01/", "", "invalid-value", "'gssapi' in 'authby'",
          "authby=gssapi exists only in Libreswan's development tree the corpus was taken from: no release"
              + " ipseclint encodes (up to 5.4) and none of its keyword documentation lists it, so pluto 5.4"
              + " refuses the conn"));

  @ParameterizedTest
  @ValueSource(strings = {"strongswan", "libreswan"})
  void noStructureFindingOnTheCorpus(String corpus) throws IOException {
    Path root = CORPUS.resolve(corpus);
    Path manifest = root.resolve("MANIFEST.tsv");
    assumeTrue(Files.exists(manifest), "shared corpus not present: " + manifest);
    List<String> lines = Files.readAllLines(manifest);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int negativeColumn = header.indexOf("negative");
    Map<String, Integer> counts = new TreeMap<>();
    List<String> violations = new ArrayList<>();
    Set<KnownFinding> used = new java.util.HashSet<>();
    int files = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      Path path = Path.of(cells[0]);
      if (path.toString().contains("ld.so.conf.d/")) {
        continue; // the dynamic linker's configuration, listed as a strongswan.conf by the manifest
      }
      FileKind kind = FileKind.fromLabel(cells[header.indexOf("kind")]).orElseThrow();
      Implementation dialect = Implementation.fromLabel(cells[header.indexOf("dialect")]).orElseThrow();
      boolean negative = negativeColumn >= 0 && !cells[negativeColumn].isEmpty();
      int notesColumn = header.indexOf("notes");
      String notes = notesColumn >= 0 ? cells[notesColumn] : "";
      files++;
      for (Finding finding : lint(root, path, kind, dialect)) {
        String rule = finding.rule().value();
        counts.merge(rule, 1, Integer::sum);
        if (negative || !CRITERION_RULES.contains(rule)) {
          continue;
        }
        Optional<KnownFinding> exception = EXCEPTIONS.stream()
            .filter(candidate -> candidate.matches(corpus, path, notes, finding)).findFirst();
        if (exception.isPresent()) {
          used.add(exception.get());
        } else {
          violations.add(corpus + ":" + finding.toLine());
        }
      }
    }
    System.out.printf("%s corpus through the engine: %d files, findings %s, %d listed exceptions, %d violations%n",
        corpus, files, counts, used.size(), violations.size());
    violations.forEach(System.out::println);
    assertThat(violations).isEmpty();
    assertThat(used).as("every listed exception still applies")
        .containsExactlyInAnyOrderElementsOf(EXCEPTIONS.stream().filter(e -> e.corpus().equals(corpus)).toList());
  }

  private static List<Finding> lint(Path root, Path path, FileKind kind, Implementation dialect) throws IOException {
    ParseOptions options = ParseOptions.defaults(root).withKind(kind).withDialect(dialect);
    LintRequest request = new LintRequest(List.of(root.resolve(path)), options, Optional.of(root),
        LintConfig.defaults(root), Optional.empty(), false, LocalDate.of(2025, 6, 1));
    return LINTER.run(request).findings().stream().map(LintFinding::finding).toList();
  }
}
