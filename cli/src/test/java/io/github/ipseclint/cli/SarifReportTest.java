// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ipseclint.engine.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.report.SourceLines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {
  @TempDir
  Path outside;

  /** Below the working directory, so that results are relative to %SRCROOT%. */
  Path directory;

  @BeforeEach
  void createDirectory() throws IOException {
    directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "sarif");
  }

  @Test
  void examplesAndEveryFixtureValidateAgainstTheSarifSchema() throws IOException {
    for (Map.Entry<String, Path> log : SarifValidation.logs(outside).entrySet()) {
      assertThat(SarifValidation.schemaErrors(log.getValue())).as(log.getKey()).isEmpty();
    }
  }

  @Test
  void describesTheToolAndEveryRuleFromTheMetadata() throws IOException {
    JsonNode run = sarifOf(writeConf("conn a\n\tfoo=bar\n\tkeyexchange=ikev2\n\tike=aes256gcm16-prfsha384-ecp384!\n\tesp=aes256gcm16-ecp384!\n")).get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertThat(driver.get("name").asText()).isEqualTo("ipseclint");
    assertThat(driver.get("semanticVersion").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(driver.get("informationUri").asText()).startsWith("https://github.com/");
    assertThat(driver.get("rules")).hasSize(RuleRegistry.discover().all().size());
    JsonNode rule = driver.get("rules").get(0);
    assertThat(rule.get("helpUri").asText()).endsWith("/docs/rules/" + rule.get("id").asText() + ".md");
    assertThat(rule.get("help").get("markdown").asText()).contains("## Why");
    assertThat(rule.get("properties").get("precision").asText()).isNotEmpty();
    for (JsonNode each : driver.get("rules")) {
      boolean security = each.get("properties").get("tags").toString().contains("\"security\"");
      assertThat(each.get("properties").has("security-severity")).as(each.get("id").asText()).isEqualTo(security);
    }
  }

  @Test
  void resultsPointIntoTheSourceRootWithOurOwnFingerprint() throws IOException {
    JsonNode run = sarifOf(writeConf("conn a\n\tfoo=bar\n\tkeyexchange=ikev2\n\tike=aes256gcm16-prfsha384-ecp384!\n\tesp=aes256gcm16-ecp384!\n")).get("runs").get(0);
    JsonNode result = run.get("results").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(result.get("ruleId").asText());
    JsonNode location = result.get("locations").get(0).get("physicalLocation");
    assertThat(location.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(location.get("artifactLocation").get("uri").asText()).doesNotStartWith("/");
    assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText()).startsWith("file:").endsWith("/");
    assertThat(location.get("region").get("snippet").get("text").asText()).isEqualTo("foo");
    assertThat(result.get("partialFingerprints").has("ipseclint/v1")).isTrue();
    assertThat(result.get("partialFingerprints").has("primaryLocationLineHash")).isFalse();
  }

  @Test
  void columnsCountUtf16CodeUnitsNotBytes() {
    SourceFile file = SourceFile.of("x", Path.of("x"), "a\u00e4\ud83d\ude00b\n".getBytes(StandardCharsets.UTF_8));
    // a (1 byte), \u00e4 (2 bytes, 1 unit), an emoji (4 bytes, 2 units), then b at byte column 8
    assertThat(SourceLines.utf16Column(file, 1, 8)).isEqualTo(5);
    assertThat(SourceLines.utf16Column(file, 1, 9)).isEqualTo(6);
  }

  @Test
  void snippetsOfSecretsShowTheMaskNeverTheSecret() throws IOException {
    Path secrets = directory.resolve("ipsec.secrets");
    Files.writeString(secrets, "@a @b : PSK \"s3cr3t-canary\" trailing junk\n");
    Path log = directory.resolve("out.sarif");
    CommandRun.of("--dialect", "libreswan", "--fail-on", "never", "--format", "sarif", "--output", log.toString(),
        secrets.toString());
    String text = Files.readString(log);
    assertThat(text).doesNotContain("s3cr3t").doesNotContain("junk");
    JsonNode results = SarifValidation.read(log).get("runs").get(0).get("results");
    assertThat(results.size()).as(text).isPositive();
    assertThat(results.get(0).get("locations").get(0).get("physicalLocation").get("contextRegion")
        .get("snippet").get("text").asText()).isEqualTo("@a @b : PSK \"********\"");
  }

  @Test
  void suppressedFindingsAppearOnlyWhenAskedWithTheirSuppression() throws IOException {
    Path conf = writeConf("conn a\n\tfoo=bar # ipseclint: disable=unknown-keyword reason=\"test\"\n\tkeyexchange=ikev2\n\tike=aes256gcm16-prfsha384-ecp384!\n\tesp=aes256gcm16-ecp384!\n");
    JsonNode hidden = sarifOf(conf).get("runs").get(0);
    assertThat(hidden.has("results") ? hidden.get("results").size() : 0).isZero();
    Path log = directory.resolve("suppressed.sarif");
    CommandRun.of("--dialect", "strongswan", "--include-suppressed", "--format", "sarif", "--output", log.toString(),
        conf.toString());
    JsonNode result = SarifValidation.read(log).get("runs").get(0).get("results").get(0);
    assertThat(result.get("suppressions").get(0).get("kind").asText()).isEqualTo("inSource");
  }

  @Test
  void mechanicalFixesAreOfferedAsReplacements() throws IOException {
    Path conf = writeConf("conn a\n\tkeyexchange=ikev2\n\tike=aes256gcm16-prfsha384-ecp384\n"
        + "\tesp=aes256gcm16-ecp384!\n\trightsubnets=10.0.0.0/8\n");
    JsonNode results = sarifOf(conf).get("runs").get(0).get("results");
    JsonNode strict = resultOf(results, "non-strict-proposal");
    JsonNode append = strict.get("fixes").get(0).get("artifactChanges").get(0).get("replacements").get(0);
    assertThat(append.get("insertedContent").get("text").asText()).isEqualTo("!");
    assertThat(append.get("deletedRegion").get("startLine").asInt()).isEqualTo(3);
    assertThat(append.get("deletedRegion").get("startColumn").asInt())
        .isEqualTo(append.get("deletedRegion").get("endColumn").asInt())
        .isEqualTo("\tike=aes256gcm16-prfsha384-ecp384".length() + 1);
    JsonNode rename = resultOf(results, "unknown-keyword").get("fixes").get(0);
    assertThat(rename.get("artifactChanges").get(0).get("replacements").get(0).get("insertedContent").get("text").asText())
        .isEqualTo("rightsubnet");
    assertThat(SarifValidation.schemaErrors(directory.resolve("out.sarif"))).isEmpty();
  }

  private static JsonNode resultOf(JsonNode results, String rule) {
    for (JsonNode result : results) {
      if (result.get("ruleId").asText().equals(rule)) {
        return result;
      }
    }
    throw new AssertionError("no " + rule + " result in " + results);
  }

  private Path writeConf(String text) throws IOException {
    Path conf = directory.resolve("ipsec.conf");
    Files.writeString(conf, text);
    return conf;
  }

  private JsonNode sarifOf(Path conf) throws IOException {
    Path log = directory.resolve("out.sarif");
    CommandRun run = CommandRun.of("--dialect", "strongswan", "--format", "sarif", "--output", log.toString(),
        conf.toString());
    assertThat(run.out()).isEmpty();
    return SarifValidation.read(log);
  }
}
