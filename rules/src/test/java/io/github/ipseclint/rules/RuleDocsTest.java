// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.engine.RuleDescriptor;
import io.github.ipseclint.engine.RuleDocs;
import io.github.ipseclint.engine.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed rule reference under {@code docs/rules/} equals what the metadata and help files
 * generate; {@code -Dipseclint.updateDocs=true} rewrites it.
 */
class RuleDocsTest {
  private static final Path DOCS = Path.of("..", "docs", "rules");
  private static final boolean UPDATE = Boolean.getBoolean("ipseclint.updateDocs");

  @Test
  void committedDocsMatchTheMetadata() throws IOException {
    List<RuleDescriptor> rules = RuleRegistry.of(List.of(new BuiltInRules())).all();
    Map<String, String> expected = new HashMap<>();
    expected.put("README.md", RuleDocs.index(rules));
    rules.forEach(rule -> expected.put(RuleDocs.fileName(rule), RuleDocs.page(rule)));
    if (UPDATE) {
      Files.createDirectories(DOCS);
      try (Stream<Path> old = Files.list(DOCS)) {
        for (Path file : old.toList()) {
          if (!expected.containsKey(file.getFileName().toString())) {
            Files.delete(file);
          }
        }
      }
      for (Map.Entry<String, String> page : expected.entrySet()) {
        Files.writeString(DOCS.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
      }
    }
    assertThat(DOCS).as("docs/rules (run mvn verify -Dipseclint.updateDocs=true)").isDirectory();
    try (Stream<Path> committed = Files.list(DOCS)) {
      assertThat(committed.map(file -> file.getFileName().toString()).toList())
          .as("pages in docs/rules (run with -Dipseclint.updateDocs=true)")
          .containsExactlyInAnyOrderElementsOf(expected.keySet());
    }
    for (Map.Entry<String, String> page : expected.entrySet()) {
      assertThat(Files.readString(DOCS.resolve(page.getKey()), StandardCharsets.UTF_8))
          .as("docs/rules/%s is stale (run with -Dipseclint.updateDocs=true)", page.getKey())
          .isEqualTo(page.getValue());
    }
  }
}
