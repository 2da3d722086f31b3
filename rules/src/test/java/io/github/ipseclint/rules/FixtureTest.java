// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules;

import static org.junit.jupiter.api.Assertions.fail;
import io.github.ipseclint.engine.LintFinding;
import io.github.ipseclint.engine.LintRequest;
import io.github.ipseclint.engine.LintResult;
import io.github.ipseclint.engine.Linter;
import io.github.ipseclint.engine.RuleDescriptor;
import io.github.ipseclint.engine.RuleOptions;
import io.github.ipseclint.engine.RuleRegistry;
import io.github.ipseclint.engine.config.ConfigLoader;
import io.github.ipseclint.engine.config.LintConfig;
import io.github.ipseclint.engine.config.RuleSetting;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.policy.Profile;
import io.github.ipseclint.model.policy.ProfileSelection;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.ParseOptions;
import io.github.ipseclint.parse.detect.FileKindByName;
import io.github.ipseclint.testing.Fixture;
import io.github.ipseclint.testing.FixtureFormat;
import io.github.ipseclint.testing.FixtureVerdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;


/**
 * Every fixture under {@code src/test/resources/fixtures/<rule-id>/}, run through the linter with
 * only that rule and {@code parse-error} enabled; findings and markers must agree exactly. The
 * optional first line {@code # options:} takes {@code target=}, {@code today=} (the date
 * suppressions expire against; default 2025-06-01), {@code detect-dialect=yes} (ignore the
 * suffix's dialect), {@code profile=} (the policy profile; default baseline), {@code as-of=} (the
 * date the profile is evaluated at; default 2026-11-28, the reference date of algorithms.md §6)
 * and the rule's own options.
 *
 * <p>A host folder {@code fixtures/<rule-id>/<situation>.strongswan/} (or {@code .libreswan/})
 * holds the files one daemon host reads together, named as the daemon names them ({@code
 * ipsec.conf}, {@code ipsec.secrets}, {@code swanctl/swanctl.conf}): they are linted in one run
 * with the folder's dialect, and each file's markers must match its findings. Host folders take
 * no options.
 *
 * <p>A tunnel folder {@code fixtures/<rule-id>/<situation>.tunnel/} holds two or more host folders
 * (e.g. {@code gw-a/swanctl/swanctl.conf}, {@code gw-b/ipsec.conf} and {@code gw-b/ipsec.secrets}),
 * linted in one run so that the peer rules pair and simulate them; each file's markers must match
 * its findings. Hosts follow the default convention and each {@code ipsec.conf} its detected
 * dialect, unless the folder holds an {@code .ipseclint.yaml}, which is used as the run's
 * configuration ({@code hosts:} with a {@code target:} per host, {@code peers:}) and may carry
 * markers itself.
 */
class FixtureTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final LocalDate DEFAULT_TODAY = LocalDate.of(2025, 6, 1);
  private static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 28);
  private static final Set<String> HARNESS_OPTIONS = Set.of("target", "today", "detect-dialect", "profile", "as-of");
  private static final RuleRegistry REGISTRY = RuleRegistry.of(List.of(new BuiltInRules()));

  @TestFactory
  Stream<DynamicTest> everyRuleFixture() throws IOException {
    try (Stream<Path> files = Files.walk(FIXTURES)) {
      return files.filter(path -> Files.isRegularFile(path) && hostDialect(path.getParent()).isEmpty()
              || Files.isDirectory(path) && (hostDialect(path).isPresent() || isTunnel(path)))
          .filter(path -> Files.isDirectory(path)
              || FixtureFormat.ofFileName(path.getFileName().toString()).isPresent())
          .sorted()
          .toList()
          .stream()
          .map(path -> DynamicTest.dynamicTest(FIXTURES.relativize(path).toString(),
              () -> {
                if (isTunnel(path)) {
                  checkTunnel(path);
                } else if (Files.isDirectory(path)) {
                  checkHost(path);
                } else {
                  check(path);
                }
              }));
    }
  }

  /** The dialect of a host folder: a folder directly in a rule's folder named {@code <situation>.<dialect>}. */
  private static Optional<Implementation> hostDialect(Path directory) {
    if (directory == null || directory.getParent() == null
        || !directory.getParent().getParent().toAbsolutePath().normalize().equals(FIXTURES.toAbsolutePath().normalize())) {
      return Optional.empty();
    }
    String name = directory.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? Implementation.fromLabel(name.substring(dot + 1)) : Optional.empty();
  }

  /** A tunnel folder: a folder directly in a rule's folder named {@code <situation>.tunnel}. */
  static boolean isTunnel(Path directory) {
    return directory.getParent() != null && directory.getParent().getParent() != null
        && directory.getParent().getParent().toAbsolutePath().normalize().equals(FIXTURES.toAbsolutePath().normalize())
        && directory.getFileName().toString().endsWith(".tunnel");
  }

  private static void checkTunnel(Path folder) throws Exception {
    String ruleFolder = folder.getParent().getFileName().toString();
    RuleDescriptor rule = REGISTRY.find(ruleFolder)
        .orElseThrow(() -> new IllegalArgumentException("fixture folder names no rule: " + ruleFolder));
    Path directory = folder.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    List<Fixture> fixtures = new ArrayList<>();
    Optional<Path> configFile = Optional.empty();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String shown = cwd.relativize(file).toString();
        if (file.getFileName().toString().equals(ConfigLoader.FILE_NAME)) {
          configFile = Optional.of(Path.of(shown));
          // Only its markers are read; the format is a stand-in with the same comment syntax.
          fixtures.add(Fixture.load(file, shown, FixtureFormat.STRONGSWAN_CONF));
          continue;
        }
        Optional<FixtureFormat> format = FileKindByName.of(file)
            .flatMap(kind -> FixtureFormat.of(kind, Implementation.STRONGSWAN));
        if (format.isEmpty()) {
          throw new IllegalArgumentException("not a daemon file name in a tunnel fixture: " + file);
        }
        fixtures.add(Fixture.load(file, shown, format.get()));
      }
    }
    LintConfig base = configFile.isPresent() ? ConfigLoader.load(configFile.get(), REGISTRY) : LintConfig.defaults(directory);
    LintRequest request = new LintRequest(List.of(directory), ParseOptions.defaults(directory), Optional.of(directory),
        onlyRule(base, rule, Map.of()), Optional.empty(), false, DEFAULT_TODAY);
    List<Finding> findings = new Linter(REGISTRY).run(request).findings().stream().map(LintFinding::finding).toList();
    StringBuilder mismatches = new StringBuilder();
    List<Finding> unclaimed = new ArrayList<>(findings);
    for (Fixture fixture : fixtures) {
      List<Finding> own = findings.stream().filter(f -> f.span().file().equals(fixture.source())).toList();
      unclaimed.removeAll(own);
      mismatches.append(FixtureVerdict.mismatches(fixture, own));
    }
    unclaimed.forEach(finding -> mismatches.append("reported outside the tunnel's files: ").append(finding.toLine()));
    if (mismatches.length() > 0) {
      fail(mismatches.toString());
    }
  }

  private static void checkHost(Path folder) throws IOException {
    String ruleFolder = folder.getParent().getFileName().toString();
    RuleDescriptor rule = REGISTRY.find(ruleFolder)
        .orElseThrow(() -> new IllegalArgumentException("fixture folder names no rule: " + ruleFolder));
    Implementation dialect = hostDialect(folder).orElseThrow();
    Path directory = folder.toAbsolutePath().normalize();
    List<Fixture> fixtures = new ArrayList<>();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        Optional<FixtureFormat> format = FileKindByName.of(file).flatMap(kind -> FixtureFormat.of(kind, dialect));
        if (format.isEmpty()) {
          throw new IllegalArgumentException("not a daemon file name in a host fixture: " + file);
        }
        fixtures.add(Fixture.load(file, Path.of("").toAbsolutePath().relativize(file).toString(), format.get()));
      }
    }
    ParseOptions options = ParseOptions.defaults(directory).withDialect(dialect);
    LintRequest request = new LintRequest(List.of(directory), options, Optional.of(directory),
        config(rule, fixtures.get(0), directory), Optional.empty(), false, DEFAULT_TODAY);
    List<Finding> findings = new Linter(REGISTRY).run(request).findings().stream().map(LintFinding::finding).toList();
    StringBuilder mismatches = new StringBuilder();
    List<Finding> unclaimed = new ArrayList<>(findings);
    for (Fixture fixture : fixtures) {
      List<Finding> own = findings.stream().filter(f -> f.span().file().equals(fixture.source())).toList();
      unclaimed.removeAll(own);
      mismatches.append(FixtureVerdict.mismatches(fixture, own));
    }
    unclaimed.forEach(finding -> mismatches.append("reported outside the host's files: ").append(finding.toLine()));
    if (mismatches.length() > 0) {
      fail(mismatches.toString());
    }
  }

  private static void check(Path path) throws IOException {
    String folder = path.getParent().getFileName().toString();
    RuleDescriptor rule = REGISTRY.find(folder)
        .orElseThrow(() -> new IllegalArgumentException("fixture folder names no rule: " + folder));
    Path absolute = path.toAbsolutePath().normalize();
    Fixture fixture = Fixture.load(path, Path.of("").toAbsolutePath().relativize(absolute).toString());

    Path directory = absolute.getParent();
    ParseOptions options = ParseOptions.defaults(directory).withKind(fixture.format().kind());
    if (!fixture.option("detect-dialect").equals(Optional.of("yes"))) {
      options = options.withDialect(fixture.format().dialect());
    }
    if (fixture.option("target").isPresent()) {
      String written = fixture.option("target").get();
      options = options.withTarget(Target.parse(written)
          .orElseThrow(() -> new IllegalArgumentException("bad target option " + written)));
    }
    LocalDate today = fixture.option("today").map(LocalDate::parse).orElse(DEFAULT_TODAY);
    LocalDate asOf = fixture.option("as-of").map(LocalDate::parse).orElse(DEFAULT_AS_OF);
    LintConfig config = config(rule, fixture, directory);
    if (fixture.option("profile").isPresent()) {
      String written = fixture.option("profile").get();
      config = config.withProfile(ProfileSelection.of(Profile.fromLabel(written)
          .orElseThrow(() -> new IllegalArgumentException("bad profile option " + written))));
    }
    LintRequest request = new LintRequest(List.of(absolute), options, Optional.of(directory),
        config, Optional.empty(), false, today, asOf);
    LintResult result = new Linter(REGISTRY).run(request);

    String mismatches = FixtureVerdict.mismatches(fixture, result.findings().stream().map(LintFinding::finding).toList());
    if (!mismatches.isEmpty()) {
      fail(mismatches);
    }
  }

  /** Only the folder's rule and parse-error, the rule with the fixture's options. */
  private static LintConfig config(RuleDescriptor rule, Fixture fixture, Path directory) {
    Map<String, String> ruleOptions = new HashMap<>(fixture.options());
    ruleOptions.keySet().removeAll(HARNESS_OPTIONS);
    if (!rule.options().containsAll(ruleOptions.keySet())) {
      throw new IllegalArgumentException(rule.id() + " has no option among " + ruleOptions.keySet());
    }
    return onlyRule(LintConfig.defaults(directory), rule, ruleOptions);
  }

  private static LintConfig onlyRule(LintConfig base, RuleDescriptor rule, Map<String, String> ruleOptions) {
    LintConfig config = base;
    for (RuleDescriptor other : REGISTRY.all()) {
      if (!other.id().equals(rule.id()) && !other.id().equals(CoreRule.PARSE_ERROR.id())) {
        config = config.withRule(other.id(), RuleSetting.OFF);
      }
    }
    return config.withRule(rule.id(), new RuleSetting(Optional.empty(), false, new RuleOptions(ruleOptions)));
  }
}
