// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flags that come from the engine: rule catalog, threshold, configuration, suppressions, baseline. */
class EngineFlagsTest {
  /** Strict IKEv2 proposals, so that the crypto rules leave the connection alone. */
  private static final String PINNED =
      "\tkeyexchange=ikev2\n\tike=aes256gcm16-prfsha256-ecp256!\n\tesp=aes256gcm16-ecp256!\n";
  @TempDir
  Path directory;

  private Path conf(String text) throws IOException {
    Path file = directory.resolve("ipsec.conf");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void listRulesPrintsIdSeverityTagsAndDescription() {
    CommandRun run = CommandRun.of("--list-rules");
    assertThat(run.exitCode()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out()).containsPattern("(?m)^parse-error +error +correctness, syntax +The daemon's parser");
    assertThat(run.out()).contains("unused-suppression");
  }

  @Test
  void explainPrintsTheHelpAndRefusesUnknownRules() {
    CommandRun run = CommandRun.of("--explain", "duplicate-key");
    assertThat(run.exitCode()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out()).contains("# duplicate-key").contains("## Why").contains("## Fix");
    CommandRun unknown = CommandRun.of("--explain", "no-such-rule");
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err()).contains("unknown rule 'no-such-rule'");
  }

  @Test
  void failOnSetsTheExitThreshold() throws IOException {
    Path file = conf("conn a\n\tleft=192.0.2.1\n" + PINNED + "\tfoo=1\n");
    assertThat(CommandRun.of("--dialect", "strongswan", file.toString()).exitCode()).isEqualTo(ExitCode.CLEAN);
    assertThat(CommandRun.of("--dialect", "strongswan", "--fail-on", "warning", file.toString()).exitCode())
        .isEqualTo(ExitCode.FINDINGS);
    Path broken = conf("conn a\n\tleftid=C=CH, O=x\n");
    assertThat(CommandRun.of("--dialect", "strongswan", "--fail-on", "never", broken.toString()).exitCode())
        .isEqualTo(ExitCode.CLEAN);
    assertThat(CommandRun.of("--fail-on", "sometimes", broken.toString()).exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void aConfigurationSwitchesRulesOffAndSetsTheThreshold() throws IOException {
    Path file = conf("conn a\n\tleft=192.0.2.1\n" + PINNED + "\tfoo=1\n");
    Path config = directory.resolve("lint.yaml");
    Files.writeString(config, "fail-on: note\nrules:\n  unknown-keyword:\n    severity: note\n");
    CommandRun noted = CommandRun.of("--dialect", "strongswan", "--config", config.toString(), file.toString());
    assertThat(noted.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(noted.out()).contains("note: ").contains("[unknown-keyword]");
    Files.writeString(config, "fail-on: note\nrules:\n  unknown-keyword:\n    off: true\n");
    CommandRun off = CommandRun.of("--dialect", "strongswan", "--config", config.toString(), file.toString());
    assertThat(off.exitCode()).isEqualTo(ExitCode.CLEAN);
    assertThat(off.out()).isEmpty();
  }

  @Test
  void aBadConfigurationIsAUsageErrorWithItsPosition() throws IOException {
    Path config = directory.resolve("lint.yaml");
    Files.writeString(config, "profile: rfc8247\nrules:\n  no-such-rule:\n    off: true\n");
    CommandRun run = CommandRun.of("--config", config.toString(), conf("conn a\n").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("lint.yaml:3:3: unknown rule 'no-such-rule'");
  }

  @Test
  void suppressedFindingsAreShownOnlyWhenAskedFor() throws IOException {
    Path file = conf("conn a\n\tleft=192.0.2.1\n" + PINNED + "\tfoo=1 # ipseclint: disable=unknown-keyword reason=\"lab\"\n");
    CommandRun hidden = CommandRun.of("--dialect", "strongswan", "--fail-on", "note", file.toString());
    assertThat(hidden.exitCode()).isEqualTo(ExitCode.CLEAN);
    assertThat(hidden.out()).isEmpty();
    CommandRun shown = CommandRun.of("--dialect", "strongswan", "--include-suppressed", file.toString());
    assertThat(shown.out()).contains("[unknown-keyword] (suppressed)");
  }

  @Test
  void aBaselineHidesKnownFindingsAndCountsThem() throws IOException {
    Path file = conf("conn a\n\tleft=192.0.2.1\n" + PINNED + "\tfoo=1\n");
    Path baseline = directory.resolve("baseline.json");
    CommandRun write = CommandRun.of("--dialect", "strongswan", "--write-baseline", baseline.toString(), file.toString());
    assertThat(write.err()).contains("wrote 1 finding to");
    conf("# a comment moves the lines\nconn a\n\tleft=192.0.2.1\n" + PINNED + "\tfoo=1\n\tbar=2\n");
    CommandRun run = CommandRun.of("--dialect", "strongswan", "--fail-on", "warning", "--baseline", baseline.toString(),
        file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).contains("'bar'").doesNotContain("'foo'");
    assertThat(run.err()).contains("1 finding already in the baseline");
    Files.writeString(baseline, "not json");
    assertThat(CommandRun.of("--baseline", baseline.toString(), file.toString()).exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
