// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --changed}: a finding about both ends of a tunnel goes to the end whose files the change
 * touched, because a pull request only shows alerts on lines of its diff.
 */
class ChangedFilesTest {
  private static final String END = """
      conn site
      \tleft=%s
      \tright=%s
      \tleftsubnet=%s
      \trightsubnet=%s
      \tauthby=secret
      \tkeyexchange=ikev2
      \tike=%s
      \tesp=aes256gcm16-ecp256!
      \tauto=%s
      """;
  private static final String RULE = "[peer-ike-proposal-mismatch]";

  @TempDir
  Path directory;

  @BeforeEach
  void twoEndsWithoutACommonIkeProposal() throws IOException {
    host("gw-a", String.format(END, "192.0.2.1", "192.0.2.2", "10.1.0.0/24", "10.2.0.0/24",
        "aes256gcm16-prfsha384-ecp384!", "start"));
    host("gw-b", String.format(END, "192.0.2.2", "192.0.2.1", "10.2.0.0/24", "10.1.0.0/24",
        "aes128gcm16-prfsha256-ecp256!", "add"));
  }

  @Test
  void withoutChangedFilesTheFindingIsOnTheResponder() {
    List<String> findings = peerFindings(CommandRun.of("--dialect", "strongswan", directory.toString()));
    assertThat(findings).singleElement().asString().contains("gw-b" + java.io.File.separator + "ipsec.conf:");
  }

  @Test
  void whenOnlyTheInitiatorChangedTheFindingMovesThere() {
    Path changed = directory.resolve("gw-a/ipsec.conf");
    List<String> findings = peerFindings(CommandRun.of("--dialect", "strongswan", "--changed", changed.toString(),
        directory.toString()));
    assertThat(findings).singleElement().asString().contains("gw-a" + java.io.File.separator + "ipsec.conf:");
  }

  @Test
  void whenTheResponderChangedTheFindingStaysThere() {
    Path changed = directory.resolve("gw-b/ipsec.conf");
    List<String> findings = peerFindings(CommandRun.of("--dialect", "strongswan", "--changed", changed.toString(),
        directory.toString()));
    assertThat(findings).singleElement().asString().contains("gw-b" + java.io.File.separator + "ipsec.conf:");
  }

  private void host(String name, String conf) throws IOException {
    Path host = Files.createDirectories(directory.resolve(name));
    Files.writeString(host.resolve("ipsec.conf"), conf);
    Files.writeString(host.resolve("ipsec.secrets"), "192.0.2.1 192.0.2.2 : PSK \"a-long-enough-secret-for-the-test\"\n");
  }

  private static List<String> peerFindings(CommandRun run) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
    return Arrays.stream(run.out().split("\n")).filter(line -> line.endsWith(RULE)).toList();
  }
}
