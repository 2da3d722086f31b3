// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ipseclint.engine.baseline.Baseline;
import io.github.ipseclint.engine.baseline.BaselineFile;
import io.github.ipseclint.engine.baseline.Fingerprint;
import io.github.ipseclint.engine.baseline.Fingerprints;
import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.engine.config.LintConfig;
import io.github.ipseclint.engine.config.RuleSetting;
import io.github.ipseclint.model.finding.RuleId;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.ParseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinterTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  private static final RuleId RIGHT = new RuleId("right-setting");
  private static final RuleId LEFT = new RuleId("left-setting");
  private static final RuleId BROKEN = new RuleId("broken-rule");

  @TempDir
  Path directory;

  private final Linter linter = new Linter(TestRules.registry());

  private LintConfig config() {
    return LintConfig.defaults(directory).withRule(BROKEN, RuleSetting.OFF);
  }

  private LintResult run(String text, LintConfig config, Optional<Baseline> baseline, boolean includeSuppressed)
      throws IOException {
    Path file = directory.resolve("ipsec.conf");
    Files.writeString(file, text);
    ParseOptions options = ParseOptions.defaults(directory).withDialect(Implementation.STRONGSWAN);
    return linter.run(new LintRequest(List.of(file), options, Optional.of(directory), config, baseline,
        includeSuppressed, TODAY));
  }

  private LintResult run(String text, LintConfig config) throws IOException {
    return run(text, config, Optional.empty(), false);
  }

  private static List<String> lines(LintResult result) {
    return result.findings().stream()
        .map(f -> f.finding().span().line() + " " + f.finding().rule() + " " + f.finding().severity().label()
            + (f.suppressed() ? " suppressed" : ""))
        .toList();
  }

  @Test
  void findingsAreSortedByPositionAndDuplicatesDropped() throws IOException {
    LintResult result = run("conn a\n\tright=192.0.2.2\n\tleft=192.0.2.1\n", config());
    assertThat(lines(result)).containsExactly("2 right-setting warning", "3 left-setting error");
  }

  @Test
  void aThrowingRuleBecomesAnInternalErrorAndTheOthersStillRun() throws IOException {
    LintResult result = run("conn a\n\tleft=192.0.2.1\n", LintConfig.defaults(directory));
    assertThat(lines(result)).containsExactly("1 internal-error error", "2 left-setting error");
    assertThat(result.findings().get(0).finding().message()).contains("'broken-rule'").contains("NoSuchElementException");
    assertThat(result.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.rule()).isEqualTo(BROKEN);
      assertThat(failure.stack()).isNotEmpty();
    });
  }

  @Test
  void severityOverridesApplyToRuleAndParseFindings() throws IOException {
    LintConfig config = config()
        .withRule(LEFT, new RuleSetting(Optional.of(Severity.NOTE), false, RuleOptions.NONE))
        .withRule(new RuleId("parse-error"), new RuleSetting(Optional.of(Severity.WARNING), false, RuleOptions.NONE));
    LintResult result = run("conn a\n\tleft=192.0.2.1\n\tleftid=C=CH, O=x\n", config);
    assertThat(lines(result)).containsExactly("2 left-setting note", "3 parse-error warning");
  }

  @Test
  void rulesSwitchedOffReportNothing() throws IOException {
    LintConfig config = config().withRule(LEFT, RuleSetting.OFF).withRule(new RuleId("parse-error"), RuleSetting.OFF);
    LintResult result = run("conn a\n\tleft=192.0.2.1\n\tleftid=C=CH, O=x\n\tright=192.0.2.2\n", config);
    assertThat(lines(result)).containsExactly("4 right-setting warning");
  }

  @Test
  void aLineSuppressionCoversItsLineOnly() throws IOException {
    LintResult result = run("conn a\n\tleft=192.0.2.1 # ipseclint: disable=left-setting reason=\"lab\"\n"
        + "conn b\n\tleft=192.0.2.3\n", config());
    assertThat(lines(result)).containsExactly("4 left-setting error");
  }

  @Test
  void aSectionHeaderSuppressionCoversTheSectionAndAliasesWork() throws IOException {
    LintResult result = run("conn a # ipseclint: disable=left-setting,old-right-setting reason=\"lab\"\n"
        + "\tleft=192.0.2.1\n\tright=192.0.2.2\nconn b\n\tleft=192.0.2.3\n", config());
    assertThat(lines(result)).containsExactly("5 left-setting error");
  }

  @Test
  void aFileSuppressionInTheTopCommentBlockCoversTheFile() throws IOException {
    LintResult result = run("# site config\n# ipseclint: disable-file=left-setting reason=\"lab\"\n\n"
        + "conn a\n\tleft=192.0.2.1\nconn b\n\tleft=192.0.2.3\n", config());
    assertThat(lines(result)).isEmpty();
  }

  @Test
  void disableFileBelowTheFirstStatementIsReported() throws IOException {
    LintResult result = run("conn a\n# ipseclint: disable-file=left-setting reason=\"lab\"\n\tleft=192.0.2.1\n",
        config());
    assertThat(lines(result)).containsExactly("2 unused-suppression warning", "3 left-setting error");
  }

  @Test
  void suppressedFindingsAreKeptWhenAskedForAndMarked() throws IOException {
    LintResult result = run("conn a\n\tleft=192.0.2.1 # ipseclint: disable=left-setting reason=\"lab\"\n",
        config(), Optional.empty(), true);
    assertThat(lines(result)).containsExactly("2 left-setting error suppressed");
    assertThat(result.findings().get(0).suppression().orElseThrow().reason()).contains("lab");
    assertThat(result.active()).isEmpty();
  }

  @Test
  void aSuppressionWithoutReasonSuppressesAndIsReported() throws IOException {
    LintResult result = run("conn a\n\tleft=192.0.2.1 # ipseclint: disable=left-setting\n", config());
    assertThat(lines(result)).containsExactly("2 suppression-without-reason warning");
  }

  @Test
  void anExpiredSuppressionNoLongerSuppresses() throws IOException {
    LintResult result = run("conn a\n\tleft=192.0.2.1 # ipseclint: disable=left-setting reason=\"x\" until=2025-05-31\n"
        + "\tright=192.0.2.2 # ipseclint: disable=right-setting reason=\"x\" until=2025-06-01\n", config());
    assertThat(lines(result)).containsExactly("2 left-setting error", "2 expired-suppression warning");
  }

  @Test
  void aSuppressionThatSuppressesNothingIsReported() throws IOException {
    LintResult result = run("conn a\n\tleft=192.0.2.1 # ipseclint: disable=right-setting,nope reason=\"x\"\n",
        config());
    assertThat(lines(result)).containsExactly("2 left-setting error", "2 unused-suppression warning",
        "2 unused-suppression warning");
  }

  @Test
  void theBaselineHidesRecordedFindingsEvenWhenLinesMove(@TempDir Path elsewhere) throws IOException {
    LintResult first = run("conn a\n\tleft=192.0.2.1\n\tright=192.0.2.2\n", config());
    Path file = elsewhere.resolve("baseline.json");
    BaselineFile.write(file, first.toBaseline());
    assertThat(Files.readString(file)).doesNotContain("\"line\"").contains("right-setting");

    LintResult second = run("# moved down\nconn a\n\tleft=192.0.2.1\n\tright=192.0.2.2\nconn b\n\tright=192.0.2.9\n",
        config(), Optional.of(BaselineFile.read(file)), false);
    assertThat(lines(second)).containsExactly("6 right-setting warning");
    assertThat(second.baselined()).hasSize(2);
  }

  @Test
  void aBadBaselineFileIsRefused(@TempDir Path elsewhere) throws IOException {
    Path file = elsewhere.resolve("baseline.json");
    Files.writeString(file, "{\"version\": 7, \"findings\": []}");
    assertThatThrownBy(() -> BaselineFile.read(file)).isInstanceOf(IOException.class);
  }

  @Test
  void secretLinesAreFingerprintedBySelectorNotByTheirText() throws IOException {
    assertThat(secretsLineFingerprint("192.0.2.1 : PSK \"first-canary\"\n"))
        .isEqualTo(secretsLineFingerprint("192.0.2.1 : PSK \"second-canary\"\n"))
        .isNotEqualTo(secretsLineFingerprint("192.0.2.9 : PSK \"first-canary\"\n"));
  }

  private Fingerprint secretsLineFingerprint(String text) throws IOException {
    Path file = directory.resolve("ipsec.secrets");
    Files.writeString(file, text);
    LintResult result = linter.run(new LintRequest(List.of(file),
        ParseOptions.defaults(directory).withDialect(Implementation.STRONGSWAN), Optional.of(directory), config(),
        Optional.empty(), false, TODAY));
    Document document = result.files().get(0).document();
    Finding finding = new Finding(RIGHT, Severity.NOTE, Span.ofLine(document.files().get(0), 1), "m", List.of());
    return new Fingerprints(List.of(document)).of(finding);
  }

  @Test
  void registryRefusesDuplicateIdsAndBadMetadata() {
    assertThatThrownBy(() -> RuleRegistry.of(List.of(TestRules.pack(new TestRules.LeftSetting(),
        new TestRules.LeftSetting())))).isInstanceOf(IllegalStateException.class).hasMessageContaining("left-setting");
    assertThatThrownBy(() -> RuleRegistry.of(List.of(TestRules.pack(new BadId()))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("kebab-case");
  }

  @LintRule(id = "Bad_Id", name = "BadId", severity = Severity.NOTE, tags = Tag.STYLE, description = "Bad")
  static final class BadId implements DeclaredRule {}
}
