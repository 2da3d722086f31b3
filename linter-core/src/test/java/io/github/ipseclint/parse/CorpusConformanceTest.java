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
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Reads every file of the shared corpus (the daemons' own test suites) with the newest targets.
 * Every strongSwan file and every Libreswan file not marked negative must read without an error;
 * the files Libreswan's suite records as parse errors must be rejected, except the two
 * {@code ikev2-68-sa-clones-auto-route} files whose recorded error is stale (the current parser
 * knows {@code clones}). Skipped when {@code ../shared/corpus} is absent.
 */
class CorpusConformanceTest {
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
    List<String> unexpectedErrors = new ArrayList<>();
    List<String> missedRejections = new ArrayList<>();
    int negatives = 0;
    for (CorpusFile file : files) {
      List<Finding> errors = errors(file);
      boolean staleNegative = file.path().toString().contains("ikev2-68-sa-clones-auto-route");
      if (file.negative().equals("parse-error") && !staleNegative) {
        negatives++;
        if (errors.isEmpty()) {
          missedRejections.add(file.path().toString());
        }
      } else if (!file.negative().equals("parse-error") && !errors.isEmpty()) {
        unexpectedErrors.add(errors.get(0).toLine());
      }
    }
    System.out.printf("Libreswan corpus: %d files read, %d expected rejections, %d unexpected errors, %d missed rejections%n",
        files.size(), negatives, unexpectedErrors.size(), missedRejections.size());
    assertThat(unexpectedErrors).isEmpty();
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
