// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Action's check step (github-action/run.sh) run as a runner would run it, with the
 * environment GitHub sets and the packaged jar; and the action and workflow files validated.
 */
class GithubActionIT {
  private static final String WEAK = "conn site\n\tleft=192.0.2.1\n\tkeyexchange=ikev2\n"
      + "\tike=3des-md5-modp1024!\n\tesp=aes256gcm16-ecp256!\n\tright=198.51.100.7\n\tauto=add\n";
  private static final String CLEAN = "conn site\n\tleft=192.0.2.1\n\tkeyexchange=ikev2\n"
      + "\tike=aes256gcm16-prfsha256-ecp256!\n\tesp=aes256gcm16-ecp256!\n\tright=198.51.100.7\n\tauto=add\n";
  /** Where .ci/run installs @action-validator/cli. */
  private static final Path VALIDATOR = Path.of(System.getProperty("user.home"),
      ".cache/ipseclint/action-validator/node_modules/.bin/action-validator");

  @TempDir
  Path runner;
  Path workspace;

  @BeforeEach
  void workspace() throws IOException {
    workspace = Files.createDirectories(runner.resolve("workspace"));
    Files.createDirectories(runner.resolve("temp"));
  }

  @Test
  void weakProposalAnnotatesFailsAndCounts() throws Exception {
    Files.writeString(Files.createDirectories(workspace.resolve("vpn")).resolve("ipsec.conf"), WEAK);
    ExternalRun step = step(Map.of("INPUT_PATHS", "vpn"));
    assertThat(step.exitCode()).as(step.output()).isEqualTo(ExitCode.FINDINGS);
    assertThat(step.output())
        .contains("::error file=vpn/ipsec.conf,line=4,col=11,endLine=4,endColumn=14,title=ipseclint weak-integrity::")
        .contains("::warning file=vpn/ipsec.conf,line=4,col=6,");
    assertThat(outputs()).containsExactly("findings=3", "errors=1", "sarif-file=ipseclint.sarif");
    assertThat(Files.readString(runner.resolve("summary.md"))).startsWith("## ipseclint")
        .contains("| 1 | 2 | 0 | 1 |").contains("weak-integrity");
    assertThat(SarifValidation.schemaErrors(workspace.resolve("ipseclint.sarif"))).isEmpty();
  }

  @Test
  void cleanFilesPass() throws Exception {
    Files.writeString(workspace.resolve("ipsec.conf"), CLEAN);
    ExternalRun step = step(Map.of());
    assertThat(step.exitCode()).as(step.output()).isEqualTo(ExitCode.CLEAN);
    assertThat(step.output()).doesNotContain("::");
    assertThat(outputs()).containsExactly("findings=0", "errors=0", "sarif-file=ipseclint.sarif");
  }

  @Test
  void failOnNeverAndNoAnnotationsStillReportEverywhereElse() throws Exception {
    Files.writeString(workspace.resolve("ipsec.conf"), WEAK);
    ExternalRun step = step(Map.of("INPUT_FAIL_ON", "never", "INPUT_ANNOTATIONS", "false",
        "INPUT_SARIF_FILE", "reports/lint.sarif", "INPUT_TARGET", "strongswan-5.9.8, libreswan-4.10"));
    assertThat(step.exitCode()).as(step.output()).isEqualTo(ExitCode.CLEAN);
    assertThat(step.output()).doesNotContain("::error").contains("1 error, 2 warnings");
    assertThat(outputs()).containsExactly("findings=3", "errors=1", "sarif-file=reports/lint.sarif");
    assertThat(workspace.resolve("reports/lint.sarif")).isRegularFile();
    assertThat(Files.readString(runner.resolve("summary.md"))).contains("weak-integrity");
  }

  @Test
  void badInputsAreAUsageError() throws Exception {
    Files.writeString(workspace.resolve("ipsec.conf"), CLEAN);
    ExternalRun step = step(Map.of("INPUT_PROFILE", "nist-9000"));
    assertThat(step.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(step.output()).contains("unknown --profile 'nist-9000'");
    assertThat(outputs()).isEmpty();
  }

  @Test
  void inAPullRequestAPeerFindingIsAnnotatedOnTheEndItChanged() throws Exception {
    tunnelEnd("gw-a", "192.0.2.1", "192.0.2.2", "aes256gcm16-prfsha384-ecp384!", "start");
    tunnelEnd("gw-b", "192.0.2.2", "192.0.2.1", "aes256gcm16-prfsha384-ecp384!", "add");
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "both ends agree");
    String base = git("rev-parse", "HEAD").output().strip();
    tunnelEnd("gw-b", "192.0.2.2", "192.0.2.1", "aes128gcm16-prfsha256-ecp256!", "add");
    git("commit", "-q", "-am", "the responder changes its IKE proposal");
    Path event = runner.resolve("event.json");
    Files.writeString(event, "{\"pull_request\": {\"base\": {\"sha\": \"" + base + "\"}}}");

    ExternalRun step = step(Map.of("GITHUB_EVENT_NAME", "pull_request", "GITHUB_EVENT_PATH", event.toString()));

    assertThat(step.exitCode()).as(step.output()).isEqualTo(ExitCode.FINDINGS);
    assertThat(step.output()).containsPattern("::error file=gw-b/ipsec\\.conf,[^\\n]*title=ipseclint peer-ike-proposal-mismatch");
  }

  @Test
  void theInitiatorsChangeMovesThePeerFindingToTheInitiator() throws Exception {
    tunnelEnd("gw-a", "192.0.2.1", "192.0.2.2", "aes256gcm16-prfsha384-ecp384!", "start");
    tunnelEnd("gw-b", "192.0.2.2", "192.0.2.1", "aes128gcm16-prfsha256-ecp256!", "add");
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "base");
    String base = git("rev-parse", "HEAD").output().strip();
    Files.writeString(workspace.resolve("gw-a/ipsec.conf"),
        Files.readString(workspace.resolve("gw-a/ipsec.conf")).replace("auto=start", "auto=start\n\tdpdaction=restart"));
    git("commit", "-q", "-am", "the initiator changes");
    Path event = runner.resolve("event.json");
    Files.writeString(event, "{\"pull_request\": {\"base\": {\"sha\": \"" + base + "\"}}}");

    ExternalRun step = step(Map.of("GITHUB_EVENT_NAME", "pull_request", "GITHUB_EVENT_PATH", event.toString()));

    assertThat(step.output()).containsPattern("::error file=gw-a/ipsec\\.conf,[^\\n]*title=ipseclint peer-ike-proposal-mismatch")
        .doesNotContainPattern("::error file=gw-b/ipsec\\.conf,[^\\n]*title=ipseclint peer-ike-proposal-mismatch");
  }

  private void tunnelEnd(String host, String self, String peer, String ike, String auto) throws IOException {
    Path directory = Files.createDirectories(workspace.resolve(host));
    Files.writeString(directory.resolve("ipsec.conf"), "conn site\n\tleft=" + self + "\n\tright=" + peer
        + "\n\tauthby=secret\n\tkeyexchange=ikev2\n\tike=" + ike + "\n\tesp=aes256gcm16-ecp256!\n\tauto=" + auto + "\n");
    Files.writeString(directory.resolve("ipsec.secrets"), "192.0.2.1 192.0.2.2 : PSK \"a-long-enough-secret-for-the-test\"\n");
  }

  private ExternalRun git(String... arguments) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=test", "-c",
        "user.email=test@example.org", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(arguments));
    ExternalRun git = ExternalRun.run(workspace, Map.of("GIT_CONFIG_NOSYSTEM", "1", "HOME", runner.toString()), command);
    assertThat(git.exitCode()).as(git.output()).isZero();
    return git;
  }

  @Test
  void actionAndWorkflowsAreValid() throws Exception {
    assumeTrue(Files.isExecutable(VALIDATOR), "@action-validator/cli is not installed (.ci/run installs it)");
    Path repository = SarifValidation.repository();
    List<Path> files = new java.util.ArrayList<>(List.of(repository.resolve("github-action/action.yml")));
    try (var workflows = Files.list(repository.resolve(".github/workflows"))) {
      workflows.forEach(files::add);
    }
    for (Path file : files) {
      ExternalRun validation = ExternalRun.run(repository, Map.of(), List.of(VALIDATOR.toString(), file.toString()));
      assertThat(validation.exitCode()).as(file + ": " + validation.output()).isZero();
    }
  }

  private ExternalRun step(Map<String, String> inputs) throws Exception {
    Map<String, String> environment = new HashMap<>(inputs);
    environment.put("GITHUB_WORKSPACE", workspace.toString());
    environment.put("GITHUB_OUTPUT", runner.resolve("output.txt").toString());
    environment.put("GITHUB_STEP_SUMMARY", runner.resolve("summary.md").toString());
    environment.put("RUNNER_TEMP", runner.resolve("temp").toString());
    environment.put("IPSECLINT_JAR", ExternalRun.jar().toString());
    Path script = SarifValidation.repository().resolve("github-action/run.sh");
    return ExternalRun.run(workspace, environment, List.of("bash", script.toString()));
  }

  private List<String> outputs() throws IOException {
    Path file = runner.resolve("output.txt");
    return Files.exists(file) ? Files.readAllLines(file) : List.of();
  }
}
