// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Reads every file of the shared corpus (the daemons' own test suites) with the newest targets.
 * Every strongSwan file must read without any error. Every Libreswan file not marked negative
 * must be accepted by the parser (no {@code parse-error} or {@code unknown-keyword} error: those
 * reject the whole file); errors that only drop one conn, such as an {@code also=} naming a conn
 * that the test defines in another file, are counted and printed. The files Libreswan's suite
 * records as parse errors must be rejected, except the two {@code ikev2-68-sa-clones-auto-route}
 * files whose recorded error is stale (the current parser knows {@code clones}). Skipped when
 * {@code ../shared/corpus} is absent.
 */
class CorpusConformanceTest {
  /** Findings that make the daemon reject the whole file. */
  private static final Set<String> REJECTING_RULES = Set.of("parse-error", "unknown-keyword");

  /**
   * Libreswan files the parser rejects although their test is not marked negative, each because
   * its test never hands the file to the parser.
   */
  private static final Map<String, String> LIBRESWAN_FILES_THE_DAEMON_ALSO_REJECTS = Map.of(
      "pluto/addconn-04-config-path/west.conf",
      "its body is the sentence 'Just here to throw an error in case it is mistakenly used'",
      "pluto/ikev2-initial-contact-send/west.conf",
      "'initial_contact' is not in the keyword table (the keyword is 'initial-contact')");

  private static final Path CORPUS = Path.of(System.getProperty("ipseclint.shared", "../../shared"), "corpus");

  @Test
  void strongswanTestSuiteReadsWithoutErrors() throws IOException {
    List<CorpusFile> files = manifest("strongswan");
    List<String> failures = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (CorpusFile file : files) {
      if (isDynamicLinkerConfig(file)) {
        continue;
      }
      counts.merge(file.kind().label(), 1, Integer::sum);
      List<Finding> errors = errors(file);
      if (!errors.isEmpty()) {
        failures.add(errors.get(0).toLine());
      }
    }
    System.out.printf("strongSwan corpus: %d files read %s, %d with errors%n", files.size(), counts, failures.size());
    assertThat(failures).isEmpty();
  }

  @Test
  void libreswanTestSuiteReadsAsTheDaemonDoes() throws IOException {
    List<CorpusFile> files = manifest("libreswan");
    List<String> unexpectedRejections = new ArrayList<>();
    List<String> missedRejections = new ArrayList<>();
    int negatives = 0;
    int droppedConnFiles = 0;
    int knownRejections = 0;
    for (CorpusFile file : files) {
      List<Finding> errors = errors(file);
      List<Finding> rejecting = errors.stream()
          .filter(finding -> REJECTING_RULES.contains(finding.rule().value()))
          .toList();
      boolean staleNegative = file.path().toString().contains("ikev2-68-sa-clones-auto-route");
      if (file.negative().equals("parse-error") && !staleNegative) {
        negatives++;
        if (rejecting.isEmpty()) {
          missedRejections.add(file.path().toString());
        }
      } else if (LIBRESWAN_FILES_THE_DAEMON_ALSO_REJECTS.containsKey(file.path().toString())) {
        knownRejections++;
        assertThat(rejecting).as(LIBRESWAN_FILES_THE_DAEMON_ALSO_REJECTS.get(file.path().toString())).isNotEmpty();
      } else if (!rejecting.isEmpty()) {
        unexpectedRejections.add(rejecting.get(0).toLine());
      } else if (!errors.isEmpty()) {
        droppedConnFiles++;
      }
    }
    System.out.printf("Libreswan corpus: %d files read, %d expected rejections, %d listed exceptions, "
            + "%d files with a conn the daemon drops, %d unexpected rejections, %d missed rejections%n",
        files.size(), negatives, knownRejections, droppedConnFiles, unexpectedRejections.size(),
        missedRejections.size());
    assertThat(unexpectedRejections).isEmpty();
    assertThat(missedRejections).isEmpty();
  }

  /**
   * The manifest lists {@code testing/hosts/default/etc/ld.so.conf.d/strongswan.conf} as a
   * strongswan.conf, but it is the dynamic linker's configuration (one library path), which no
   * strongSwan component reads.
   */
  private static boolean isDynamicLinkerConfig(CorpusFile file) {
    return file.path().toString().contains("ld.so.conf.d/");
  }

  private static List<Finding> errors(CorpusFile file) throws IOException {
    Path root = CORPUS.resolve(file.corpus());
    ConfigReader reader = new ConfigReader(ParseOptions.defaults(root), path -> root.relativize(path).toString());
    SourceFile source = SourceFile.of(file.path().toString(), root.resolve(file.path()),
        Files.readAllBytes(root.resolve(file.path())));
    return reader.read(source, file.kind(), file.dialect()).findings().stream()
        .filter(finding -> finding.severity() == Severity.ERROR)
        .toList();
  }

  private static List<CorpusFile> manifest(String corpus) throws IOException {
    Path manifest = CORPUS.resolve(corpus).resolve("MANIFEST.tsv");
    assumeTrue(Files.exists(manifest), "shared corpus not present: " + manifest);
    List<String> lines = Files.readAllLines(manifest);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    List<CorpusFile> files = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      FileKind kind = FileKind.fromLabel(cells[header.indexOf("kind")]).orElseThrow();
      Implementation dialect = Implementation.fromLabel(cells[header.indexOf("dialect")]).orElseThrow();
      int negativeColumn = header.indexOf("negative");
      String negative = negativeColumn >= 0 ? cells[negativeColumn] : "";
      files.add(new CorpusFile(corpus, Path.of(cells[0]), kind, dialect, negative));
    }
    return files;
  }

  private record CorpusFile(String corpus, Path path, FileKind kind, Implementation dialect, String negative) {}
}
