// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.ipseclint.engine.DeclaredRule;
import io.github.ipseclint.engine.EngineRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Rule;
import io.github.ipseclint.engine.RuleDescriptor;
import io.github.ipseclint.engine.RuleRegistry;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.testing.FixtureFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The registry is complete and every rule has what STYLE.md §5 asks for. */
class RegistryTest {
  private static final Path CLASSES = Path.of("target/classes");
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final List<Rule> RULES = new BuiltInRules().rules();

  @Test
  void theRegistryStartsWithTheBuiltInRules() {
    assertThatCode(() -> RuleRegistry.of(List.of(new BuiltInRules()))).doesNotThrowAnyException();
  }

  @Test
  void theServiceLoaderFindsTheBuiltInRules() {
    assertThat(RuleRegistry.discover().all()).hasSize(RULES.size());
  }

  @Test
  void everyAnnotatedClassIsListed() throws IOException {
    Set<String> listed = RULES.stream().map(rule -> rule.getClass().getName()).collect(Collectors.toSet());
    assertThat(annotatedClasses()).containsExactlyInAnyOrderElementsOf(listed);
  }

  @Test
  void theListIsSortedById() {
    List<String> ids = RULES.stream().map(RegistryTest::id).toList();
    assertThat(ids).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void classNamesAreTheIdInUpperCamelCase() {
    for (Rule rule : RULES) {
      assertThat(rule.getClass().getSimpleName()).as(id(rule)).isEqualTo(RuleDescriptor.upperCamel(id(rule)));
    }
  }

  @Test
  void everyHelpFileHasTheFourSections() {
    for (RuleDescriptor rule : RuleRegistry.of(List.of(new BuiltInRules())).all()) {
      String help = rule.help();
      int why = help.indexOf("## Why");
      int example = help.indexOf("## Example");
      int fix = help.indexOf("## Fix");
      int references = help.indexOf("## References");
      assertThat(why).as(rule.id() + " help: ## Why").isEqualTo(0);
      assertThat(List.of(why, example, fix, references)).as(rule.id() + " help sections in order").isSorted()
          .doesNotContain(-1);
    }
  }

  @Test
  void everyRuleHasAFixtureFolderWithFixtures() throws IOException {
    for (Rule rule : RULES) {
      Path folder = FIXTURES.resolve(id(rule));
      assertThat(folder).as("fixture folder of " + id(rule)).isDirectory();
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files.filter(f -> FixtureFormat.ofFileName(f.getFileName().toString()).isPresent()
                || Files.isDirectory(f) && f.getFileName().toString().endsWith(".tunnel")).count())
            .as("fixtures of " + id(rule)).isPositive();
      }
    }
  }

  @Test
  void everyParseLayerAndEngineFindingIsDeclaredWithItsSeverity() {
    Map<String, Severity> produced = new HashMap<>();
    for (CoreRule rule : CoreRule.values()) {
      produced.put(rule.id().value(), rule.defaultSeverity());
    }
    for (EngineRule rule : EngineRule.values()) {
      produced.put(rule.id().value(), rule.defaultSeverity());
    }
    Map<String, Severity> declared = RULES.stream().filter(DeclaredRule.class::isInstance)
        .collect(Collectors.toMap(RegistryTest::id, rule -> rule.getClass().getAnnotation(LintRule.class).severity()));
    assertThat(declared).isEqualTo(produced);
  }

  private static String id(Rule rule) {
    return rule.getClass().getAnnotation(LintRule.class).id();
  }

  private static List<String> annotatedClasses() throws IOException {
    try (Stream<Path> files = Files.walk(CLASSES)) {
      return files.filter(file -> file.toString().endsWith(".class"))
          .map(file -> CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
          .filter(name -> !name.contains("$"))
          .filter(RegistryTest::isAnnotated)
          .toList();
    }
  }

  private static boolean isAnnotated(String className) {
    try {
      return Class.forName(className).isAnnotationPresent(LintRule.class);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
