// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.ipsec.IpsecModel;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.ConfigReader;
import io.github.ipseclint.parse.ParseOptions;
import io.github.ipseclint.parse.dump.ModelDump;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model builds for every file of the shared corpus without an exception and without an
 * internal error, and its dump renders; prints the counts. Skipped when the corpus is absent.
 */
class ModelCorpusTest {
  private static final Path CORPUS = Path.of(System.getProperty("ipseclint.shared", "../../shared"), "corpus");

  @ParameterizedTest
  @ValueSource(strings = {"strongswan", "libreswan"})
  void buildsTheModelOfEveryCorpusFile(String corpus) throws IOException {
    Path manifest = CORPUS.resolve(corpus).resolve("MANIFEST.tsv");
    assumeTrue(Files.exists(manifest), "shared corpus not present: " + manifest);
    List<String> lines = Files.readAllLines(manifest);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    Path root = CORPUS.resolve(corpus);
    int files = 0;
    int connections = 0;
    int secrets = 0;
    int skipped = 0;
    Map<String, Integer> findings = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      FileKind kind = FileKind.fromLabel(cells[header.indexOf("kind")]).orElseThrow();
      Implementation dialect = Implementation.fromLabel(cells[header.indexOf("dialect")]).orElseThrow();
      Path path = Path.of(cells[0]);
      ConfigReader reader = new ConfigReader(ParseOptions.defaults(root), p -> root.relativize(p).toString());
      SourceFile source = SourceFile.of(path.toString(), root.resolve(path), Files.readAllBytes(root.resolve(path)));
      IpsecModel model = new ModelBuilder().build(List.of(reader.read(source, kind, dialect).document()));
      assertThat(ModelDump.render(model)).isNotNull();
      files++;
      connections += model.connections().size();
      secrets += model.secrets().size();
      skipped += model.notConverted().size();
      for (Finding finding : model.findings()) {
        findings.merge(finding.rule().value(), 1, Integer::sum);
      }
    }
    System.out.printf("%s corpus model: %d files, %d connections, %d secrets, %d sections not converted, findings %s%n",
        corpus, files, connections, secrets, skipped, findings);
    assertThat(findings).doesNotContainKey("internal-error");
  }
}
