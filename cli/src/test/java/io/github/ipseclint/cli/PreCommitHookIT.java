// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hooks of .pre-commit-hooks.yaml run by the real pre-commit ({@code try-repo} on this
 * repository) in a scratch git repository, with the packaged jar standing in for the one the
 * launcher would build on first use.
 */
class PreCommitHookIT {
  private static final String WEAK = "conn site\n\tleft=192.0.2.1\n\tkeyexchange=ikev2\n"
      + "\tike=3des-md5-modp1024!\n\tesp=aes256gcm16-ecp256!\n\tright=198.51.100.7\n\tauto=add\n";
  private static final String CLEAN = "conn site\n\tleft=192.0.2.1\n\tkeyexchange=ikev2\n"
      + "\tike=aes256gcm16-prfsha256-ecp256!\n\tesp=aes256gcm16-ecp256!\n\tright=198.51.100.7\n\tauto=add\n";

  @TempDir
  Path scratch;
  Path home;
  Path repository;

  @BeforeEach
  void scratchRepository() throws Exception {
    assumeTrue(ExternalRun.onPath("pre-commit") && ExternalRun.onPath("git"),
        "pre-commit or git is not installed (.ci/run installs pre-commit)");
    home = Files.createDirectories(scratch.resolve("home"));
    repository = Files.createDirectories(scratch.resolve("repo"));
    git("init", "-q");
  }

  @Test
  void aWeakConfigurationIsBlockedAndItsFindingsShown() throws Exception {
    Files.writeString(repository.resolve("ipsec.conf"), WEAK);
    Files.writeString(repository.resolve("notes.txt"), "not an IPsec file\n");
    git("add", ".");
    ExternalRun hook = tryRepo("ipseclint", "--files", "ipsec.conf", "notes.txt");
    assertThat(hook.exitCode()).as(hook.output()).isEqualTo(1);
    assertThat(hook.output()).contains("ipseclint").contains("Failed")
        .contains("ipsec.conf:4:11: error: IKE integrity 'md5'").contains("[weak-integrity]")
        .doesNotContain("notes.txt");
  }

  @Test
  void aCleanConfigurationPasses() throws Exception {
    Files.createDirectories(repository.resolve("swanctl/conf.d"));
    Files.writeString(repository.resolve("ipsec.conf"), CLEAN);
    git("add", ".");
    ExternalRun hook = tryRepo("ipseclint", "--files", "ipsec.conf");
    assertThat(hook.exitCode()).as(hook.output()).isZero();
    assertThat(hook.output()).contains("Passed");
  }

  @Test
  void theWholeRepositoryHookChecksFilesThatDidNotChange() throws Exception {
    Files.writeString(repository.resolve("ipsec.conf"), CLEAN);
    Files.createDirectories(repository.resolve("legacy"));
    Files.writeString(repository.resolve("legacy/ipsec.conf"), WEAK);
    git("add", ".");
    ExternalRun hook = tryRepo("ipseclint-peers", "--files", "ipsec.conf");
    assertThat(hook.exitCode()).as(hook.output()).isEqualTo(1);
    assertThat(hook.output()).contains("legacy/ipsec.conf:4:11: error:");
  }

  @Test
  void thePeersHookCatchesAMismatchAcrossTwoFiles() throws Exception {
    Files.createDirectories(repository.resolve("gw-a"));
    Files.createDirectories(repository.resolve("gw-b"));
    Files.writeString(repository.resolve("gw-a/ipsec.conf"), tunnelEnd("192.0.2.1", "192.0.2.2",
        "aes256gcm16-prfsha384-ecp384!", "start"));
    Files.writeString(repository.resolve("gw-b/ipsec.conf"), tunnelEnd("192.0.2.2", "192.0.2.1",
        "aes128gcm16-prfsha256-ecp256!", "add"));
    git("add", ".");
    ExternalRun each = tryRepo("ipseclint", "--files", "gw-a/ipsec.conf");
    ExternalRun peers = tryRepo("ipseclint-peers", "--files", "gw-a/ipsec.conf");
    assertThat(each.exitCode()).as(each.output()).isZero();
    assertThat(peers.exitCode()).as(peers.output()).isEqualTo(1);
    assertThat(peers.output()).contains("[peer-ike-proposal-mismatch]").contains("gw-a").contains("gw-b");
  }

  /** One end of a site-to-site tunnel whose every setting passes the single-file rules. */
  private static String tunnelEnd(String self, String peer, String ike, String auto) {
    return "conn site\n\tleft=" + self + "\n\tright=" + peer + "\n\tkeyexchange=ikev2\n\tike=" + ike
        + "\n\tesp=aes256gcm16-ecp256!\n\tauto=" + auto + "\n";
  }

  private ExternalRun tryRepo(String hook, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("pre-commit", "try-repo",
        SarifValidation.repository().toString(), hook, "--verbose"));
    command.addAll(List.of(arguments));
    return ExternalRun.run(repository, environment(), command);
  }

  private void git(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=test", "-c", "user.email=test@example.org"));
    command.addAll(List.of(arguments));
    ExternalRun git = ExternalRun.run(repository, environment(), command);
    assertThat(git.exitCode()).as(git.output()).isZero();
  }

  /** A private HOME and pre-commit cache, so the test neither reads nor fills the user's. */
  private Map<String, String> environment() {
    return Map.of("HOME", home.toString(), "PRE_COMMIT_HOME", home.resolve("pre-commit").toString(),
        "IPSECLINT_JAR", ExternalRun.jar().toString(), "GIT_CONFIG_NOSYSTEM", "1");
  }
}
