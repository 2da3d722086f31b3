// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: findings as lines, exit codes 0/1/2, no stack traces. */
class CheckCommandTest {
  /** Strict IKEv2 proposals, so that the crypto rules leave the connection alone. */
  private static final String PINNED =
      "\tkeyexchange=ikev2\n\tike=aes256gcm16-prfsha256-ecp256!\n\tesp=aes256gcm16-ecp256!\n";
  @TempDir
  Path directory;

  @Test
  void cleanFilesExitZero() throws IOException {
    Files.writeString(directory.resolve("ipsec.conf"),
        "config setup\n\tuniqueids=yes\n\nconn site\n\tleft=192.0.2.1\n" + PINNED + "\tright=198.51.100.7\n\tauto=add\n");
    CommandRun run = CommandRun.of(directory.toString(), "--dialect", "strongswan");
    assertThat(run.exitCode()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("0 errors");
  }

  @Test
  void anErrorPrintsItsPositionAndExitsOne() throws IOException {
    Path conf = directory.resolve("ipsec.conf");
    Files.writeString(conf, "conn a\n\tleftid=C=CH, O=x\n");
    CommandRun run = CommandRun.of("--dialect", "strongswan", conf.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).matches("(?s).*ipsec\\.conf:2:\\d+: error: .*syntax error, unexpected EQ.*\\[parse-error\\]\\n.*\\^.*\\n");
  }

  @Test
  void warningsAloneExitZero() throws IOException {
    Files.writeString(directory.resolve("ipsec.conf"), "conn a\n\tleft=192.0.2.1\n" + PINNED + "\tfoo=1\n");
    CommandRun run = CommandRun.of("--dialect", "strongswan", directory.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out()).contains(":6:2: warning: ").contains("[unknown-keyword]");
  }

  @Test
  void theDialectIsDetectedFromTheContent() throws IOException {
    Files.writeString(directory.resolve("ipsec.conf"), "conn a\n\tleft=192.0.2.1\n\tike=aes256-sha2;dh19\n\tfoo=1\n");
    CommandRun run = CommandRun.of(directory.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).contains("unrecognized 'conn' keyword 'foo'");
  }

  @Test
  void aMissingPathIsAUsageError() {
    CommandRun run = CommandRun.of(directory.resolve("nothing-here").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("no such file or directory").doesNotContain("Exception");
  }

  @Test
  void aBadOptionValueSaysWhatToWrite() {
    CommandRun run = CommandRun.of("--target", "openswan-2", directory.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("unknown --target 'openswan-2'").contains("strongswan-5.9.8");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void theKindCanBeForcedForAnyFileName() throws IOException {
    Path odd = directory.resolve("vpn.txt");
    Files.writeString(odd, "connections {\n  c {\n    foo = bar\n  }\n}\n");
    CommandRun run = CommandRun.of("--kind", "swanctl.conf", odd.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).contains("unknown option: foo");
  }

  @Test
  void aFileOfUnknownKindIsReportedNotGuessed() throws IOException {
    Path odd = directory.resolve("vpn.txt");
    Files.writeString(odd, "conn a\n");
    CommandRun run = CommandRun.of(odd.toString());
    assertThat(run.out()).contains("--kind").contains("[unreadable-file]");
  }

  @Test
  void filesReachedThroughAnIncludeAreReadOnce() throws IOException {
    Path swanctl = Files.createDirectories(directory.resolve("swanctl/conf.d"));
    Files.writeString(directory.resolve("swanctl/swanctl.conf"), "include conf.d/*.conf\n");
    Files.writeString(swanctl.resolve("a.conf"), "connections {\n  c {\n    foo = bar\n  }\n}\n");
    CommandRun run = CommandRun.of(directory.toString());
    assertThat(run.out().lines().filter(line -> line.contains("unknown option: foo")).count()).isEqualTo(1);
  }

  @Test
  void versionAndHelpWork() {
    assertThat(CommandRun.of("--version").out()).startsWith("ipseclint ");
    CommandRun help = CommandRun.of("--help");
    assertThat(help.exitCode()).isEqualTo(ExitCode.CLEAN);
    assertThat(help.out()).contains("--target").contains("dump");
  }
}
