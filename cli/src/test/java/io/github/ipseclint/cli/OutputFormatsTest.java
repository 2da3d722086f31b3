// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ipseclint.report.GithubReport;
import io.github.ipseclint.report.JsonReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFormatsTest {
  private static final String ESC = "\u001b[";
  static final String STRICT_CRYPTO =
      "\tkeyexchange=ikev2\n\tike=aes256gcm16-prfsha384-ecp384!\n\tesp=aes256gcm16-ecp384!\n";

  @TempDir
  Path directory;

  Path conf;

  @BeforeEach
  void writeConf() throws IOException {
    conf = directory.resolve("ipsec.conf");
    // The crypto settings keep the profile rules quiet, so each test sees only the findings it is about.
    Files.writeString(conf, "conn a\n\tfoo=bar\n" + STRICT_CRYPTO);
  }

  @Test
  void textShowsTheLineAndACaretUnderTheSpan() {
    CommandRun run = CommandRun.of("--dialect", "strongswan", conf.toString());
    assertThat(run.out()).contains("ipsec.conf:2:2: warning: ").contains("[unknown-keyword]\n    \tfoo=bar\n".replace("\t", " "))
        .contains("\n     ^~~\n");
    assertThat(run.err()).contains("0 errors, 1 warning, 0 notes in 1 file");
  }

  @Test
  void colourFollowsTheFlagThenNoColorThenForceColor() {
    assertThat(CommandRun.of("--dialect", "strongswan", "--color", "always", conf.toString()).out()).contains(ESC);
    assertThat(CommandRun.with(Map.of("FORCE_COLOR", "1"), stdin(""), "--dialect", "strongswan",
        "--color", "never", conf.toString()).out()).doesNotContain(ESC);
    assertThat(CommandRun.with(Map.of("FORCE_COLOR", "1"), stdin(""), "--dialect", "strongswan", conf.toString()).out())
        .contains(ESC);
    assertThat(CommandRun.with(Map.of("NO_COLOR", "1", "FORCE_COLOR", "1"), stdin(""), "--dialect", "strongswan",
        conf.toString()).out()).doesNotContain(ESC);
    assertThat(CommandRun.of("--color", "sometimes", conf.toString()).err()).contains("unknown --color 'sometimes'");
  }

  @Test
  void jsonIsVersionedAndCarriesEveryField() throws IOException {
    JsonNode json = new ObjectMapper().readTree(
        CommandRun.of("--dialect", "strongswan", "--format", "json", conf.toString()).out());
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(JsonReport.SCHEMA_VERSION);
    JsonNode finding = json.get("findings").get(0);
    assertThat(finding.get("rule").asText()).isEqualTo("unknown-keyword");
    assertThat(finding.get("severity").asText()).isEqualTo("warning");
    assertThat(finding.get("span").get("line").asInt()).isEqualTo(2);
    assertThat(finding.get("fingerprint").asText()).hasSize(64);
    assertThat(json.get("summary").get("warnings").asInt()).isEqualTo(1);
  }

  @Test
  void githubAnnotatesTenPerLevelAndSummarisesTheRest() throws IOException {
    StringBuilder text = new StringBuilder("conn a\n");
    for (int i = 0; i < GithubReport.SHOWN_PER_LEVEL + 3; i++) {
      text.append("\tfoo").append(i).append("=bar\n");
    }
    Files.writeString(conf, text.append(STRICT_CRYPTO));
    Path summary = directory.resolve("summary.md");
    CommandRun run = CommandRun.with(Map.of("GITHUB_STEP_SUMMARY", summary.toString()), stdin(""),
        "--dialect", "strongswan", "--format", "github", conf.toString());
    assertThat(run.out().lines().filter(line -> line.startsWith("::warning file="))).hasSize(GithubReport.SHOWN_PER_LEVEL);
    assertThat(run.out()).contains("::warning file=").contains(",line=2,col=2,endLine=2,endColumn=6,title=ipseclint unknown-keyword::")
        .contains("3 more warnings than GitHub annotates per step");
    assertThat(Files.readString(summary)).contains("## ipseclint").contains("| 0 | 13 | 0 | 1 |").contains("unknown-keyword");
  }

  @Test
  void severalFormatsInOneRunEachToItsOutput() throws IOException {
    Path sarif = directory.resolve("ipseclint.sarif");
    Path json = directory.resolve("ipseclint.json");
    CommandRun run = CommandRun.of("--dialect", "strongswan", "--format", "sarif", "--output", sarif.toString(),
        "--format", "text", "--format", "json", "--output", json.toString(), conf.toString());
    assertThat(run.out()).contains("[unknown-keyword]").doesNotContain("\"version\"");
    assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"");
    assertThat(Files.readString(json)).contains("\"schemaVersion\"");
    CommandRun twice = CommandRun.of("--format", "text", "--format", "json", conf.toString());
    assertThat(twice.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(twice.err()).contains("only one --format can write to standard output");
    assertThat(CommandRun.of("--format", "xml", conf.toString()).err()).contains("unknown --format 'xml'; use text");
  }

  @Test
  void standardInputIsReadAsTheGivenFileName() {
    CommandRun run = CommandRun.with(Map.of(), stdin("conn a\n\tfoo=bar\n" + STRICT_CRYPTO), "check", "--dialect", "strongswan",
        "--stdin-filename", "etc/ipsec.conf", "-");
    assertThat(run.out()).startsWith("etc/ipsec.conf:2:2: warning: ");
    CommandRun bad = CommandRun.with(Map.of(), stdin(""), "--stdin-filename", "../x", "-");
    assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err()).contains("bad --stdin-filename '../x'");
  }

  private static ByteArrayInputStream stdin(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
