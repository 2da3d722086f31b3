// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ipseclint simulate}: the shape of both formats, how ends and targets are chosen, and the
 * usage errors. What the simulator decides is asserted in {@link SimulateVerdictTest} and in the
 * negotiation cases; here only what the command wires together.
 */
class SimulateCommandTest {
  @TempDir
  Path directory;

  private Path strongswan() {
    return TunnelHosts.swanctlHost(directory.resolve("left"), TunnelHosts.swanctlLeft(
        "    proposals = aes256-sha256-ecp256\n", "        start_action = start\n", "s3cret"));
  }

  private Path libreswan(String extra) {
    return TunnelHosts.libreswanHost(directory.resolve("right"), TunnelHosts.siteRight("site", extra), "s3cret");
  }

  @Test
  void textShowsEachDirectionWithProposalsVerdictAndLogs() {
    CommandRun run = CommandRun.of("simulate", strongswan().toString(), libreswan("\tauto=start\n").toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("left:  " + directory.resolve("left") + " = left#site (strongswan-6.0.6, swanctl.conf)")
        .contains("right: " + directory.resolve("right") + " = right#site (libreswan-5.4.0, ipsec.conf (pluto))")
        .contains("== left initiates: left#site -> right#site ==")
        .contains("== right initiates: right#site -> left#site ==")
        .contains("1. IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256*/ECP_256\n")
        .contains("sends ID @left (psk), expects @right (psk)")
        .contains("Log of left#site (initiator, strongswan-6.0.6)")
        .contains("Log of right#site (responder, libreswan-5.4.0)");
    // Libreswan's esp= is not written: its default list is shown, marked as the daemon's
    assertThat(run.out()).contains("right accepts (option not set: the daemon's default list)")
        .containsPattern("\\n    1\\. ESP:\\S+ \\(default\\)\\n");
    assertThat(run.out()).containsPattern("\\n  verdict +[A-Z_]+");
    assertThat(run.exitCode()).isIn(ExitCode.CLEAN, ExitCode.FINDINGS);
  }

  @Test
  void jsonHoldsTheFieldsOfEveryDirection() throws IOException {
    CommandRun run = CommandRun.of("simulate", "--format", "json", strongswan().toString(),
        libreswan("\tauto=start\n").toString());
    JsonNode document = new ObjectMapper().readTree(run.out());
    assertThat(document.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(document.get("configuredToInitiate").asBoolean()).isTrue();
    assertThat(document.get("left").get("label").asText()).isEqualTo("left#site");
    assertThat(document.get("left").get("target").asText()).isEqualTo("strongswan-6.0.6");
    assertThat(document.get("left").get("ikeProposals").get("offers").get(0).get("origin").asText())
        .isEqualTo("configured");
    // Libreswan's ike= is not written: its defaults are listed, marked
    assertThat(document.get("right").get("ikeProposals").get("optionOmitted").asBoolean()).isTrue();
    assertThat(document.get("right").get("ikeProposals").get("offers").get(0).get("origin").asText())
        .isEqualTo("default");
    assertThat(document.get("findings")).isEmpty();
    assertThat(document.get("loadErrors").isArray()).isTrue();
    List<String> initiators = new ArrayList<>();
    for (JsonNode direction : document.get("directions")) {
      initiators.add(direction.get("initiator").asText());
      assertDirectionShape(direction);
    }
    assertThat(initiators).containsExactly("left", "right");
  }

  static void assertDirectionShape(JsonNode direction) {
    assertThat(direction.get("verdict").asText()).isIn("LOAD_ERROR", "NO_IKE_SA", "IKE_ONLY", "STABLE",
        "RECOVERS_AFTER_EXPIRY", "DOWN_UNTIL_NEW_IKE_AUTH", "PERIODIC_OUTAGE");
    for (String field : List.of("notify", "phase", "ikeSuite", "childSuite", "exchange")) {
      assertThat(direction.has(field)).as(field).isTrue();
      assertThat(direction.get(field).isNull() || direction.get(field).isTextual()).as(field).isTrue();
    }
    if (!direction.get("phase").isNull()) {
      assertThat(direction.get("phase").asText()).isIn("IKE_SA_INIT", "IKE_AUTH", "CREATE_CHILD_SA");
    }
    assertThat(direction.get("invalidKeRounds").isInt()).isTrue();
    assertThat(direction.get("configuredToInitiate").isBoolean()).isTrue();
    assertThat(direction.get("firstRekey").get("result").asText()).isIn("OK", "FAILED", "NOT_APPLICABLE");
    assertThat(direction.get("firstRekey").has("notify")).isTrue();
    assertThat(direction.get("logs").get("initiator").isArray()).isTrue();
    assertThat(direction.get("logs").get("responder").isArray()).isTrue();
    assertThat(direction.get("disagreements").isArray()).isTrue();
    assertThat(direction.get("timeline").isArray()).isTrue();
  }

  @Test
  void onlyEndsThatStartTheTunnelInitiate() throws IOException {
    JsonNode document = json("simulate", "--format", "json", strongswan().toString(),
        libreswan("\tauto=add\n").toString());
    assertThat(document.get("directions")).hasSize(1);
    assertThat(document.get("directions").get(0).get("initiator").asText()).isEqualTo("left");
    assertThat(document.get("directions").get(0).get("responder").asText()).isEqualTo("right");
  }

  @Test
  void whenNeitherEndInitiatesBothDirectionsAreShownMarked() throws IOException {
    Path left = TunnelHosts.swanctlHost(directory.resolve("left"), TunnelHosts.swanctlLeft("", "", "s3cret"));
    Path right = libreswan("\tauto=add\n");
    JsonNode document = json("simulate", "--format", "json", left.toString(), right.toString());
    assertThat(document.get("configuredToInitiate").asBoolean()).isFalse();
    assertThat(document.get("directions")).hasSize(2);
    for (JsonNode direction : document.get("directions")) {
      assertThat(direction.get("configuredToInitiate").asBoolean()).isFalse();
    }
    CommandRun text = CommandRun.of("simulate", left.toString(), right.toString());
    assertThat(text.out()).contains("Neither end starts the tunnel")
        .contains("(left is not configured to initiate; shown because neither end starts the tunnel)");
  }

  @Test
  void aConnectionIsChosenWithHash() throws IOException {
    Path right = TunnelHosts.libreswanHost(directory.resolve("right"),
        TunnelHosts.siteRight("first", "\tauto=add\n") + TunnelHosts.siteRight("second",
            "\tike=aes128-sha2;dh20\n\tauto=start\n"), "s3cret");
    JsonNode document = json("simulate", "--format", "json", strongswan().toString(), right + "#second");
    assertThat(document.get("right").get("label").asText()).isEqualTo("right#second");
    assertThat(document.get("right").get("reference").asText()).isEqualTo(right + "#second");
    assertThat(document.get("right").get("ikeProposals").get("offers").get(0).get("proposal").asText())
        .startsWith("IKE:AES_CBC_128/");
    // without #conn: the first connection
    assertThat(json("simulate", "--format", "json", strongswan().toString(), right.toString())
        .get("right").get("label").asText()).isEqualTo("right#first");
  }

  @Test
  void anUnknownConnectionIsAUsageErrorThatNamesTheKnownOnes() {
    Path right = libreswan("\tauto=add\n");
    CommandRun run = CommandRun.of("simulate", strongswan().toString(), right + "#nope");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no connection 'nope'; it has site").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aMissingPathIsAUsageError() {
    CommandRun run = CommandRun.of("simulate", strongswan().toString(), directory.resolve("nowhere").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("nowhere: no such file or directory").doesNotContain("Exception");
  }

  @Test
  void aDirectoryWithoutConnectionsIsAUsageError() {
    TunnelHosts.write(directory.resolve("empty"), "README", "nothing to see\n");
    CommandRun run = CommandRun.of("simulate", strongswan().toString(), directory.resolve("empty").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("no connection found").doesNotContain("Exception");
  }

  @Test
  void targetsChooseEachEndsRelease() throws IOException {
    JsonNode document = json("simulate", "--format", "json", "--left-target", "strongswan-5.9.8",
        "--right-target", "libreswan-4", strongswan().toString(), libreswan("\tauto=add\n").toString());
    assertThat(document.get("left").get("target").asText()).isEqualTo("strongswan-5.9.8");
    assertThat(document.get("right").get("target").asText()).isEqualTo("libreswan-4.15.0");
    CommandRun text = CommandRun.of("simulate", "--right-target", "libreswan-4.10", strongswan().toString(),
        libreswan("\tauto=add\n").toString());
    assertThat(text.out()).contains("(libreswan-4.10.0, ipsec.conf (pluto))");
  }

  @Test
  void aTargetOfTheOtherImplementationOrAnUnknownOneIsAUsageError() {
    CommandRun wrong = CommandRun.of("simulate", "--left-target", "libreswan-4.10", strongswan().toString(),
        libreswan("\tauto=add\n").toString());
    assertThat(wrong.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(wrong.err()).contains("--left-target libreswan-4.10 is a libreswan release")
        .contains("is a strongswan host");
    CommandRun unknown = CommandRun.of("simulate", "--right-target", "openswan-2", strongswan().toString(),
        libreswan("\tauto=add\n").toString());
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err()).contains("unknown --right-target 'openswan-2'").doesNotContain("\tat ");
    CommandRun format = CommandRun.of("simulate", "--format", "yaml", strongswan().toString(),
        libreswan("\tauto=add\n").toString());
    assertThat(format.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(format.err()).contains("unknown --format 'yaml'; use text or json");
  }

  @Test
  void errorsInTheFilesComeFirstAndFailTheRun() throws IOException {
    Path left = TunnelHosts.swanctlHost(directory.resolve("left"), TunnelHosts.swanctlLeft(
        "    proposals = aes256-sha256-ecp256\n", "        start_action = start\n        esp_proposal = aes256\n",
        "s3cret"));
    CommandRun run = CommandRun.of("simulate", left.toString(), libreswan("\tauto=add\n").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).contains("Findings in the files");
    assertThat(run.out().indexOf("[unknown-keyword]")).isLessThan(run.out().indexOf("== left initiates"));
    JsonNode document = json("simulate", "--format", "json", left.toString(), libreswan("\tauto=add\n").toString());
    JsonNode error = document.get("findings").get(0);
    assertThat(error.get("rule").asText()).isEqualTo("unknown-keyword");
    assertThat(error.get("location").get("file").asText()).endsWith("swanctl.conf");
    assertThat(error.get("location").get("line").asInt()).isEqualTo(19);
  }

  @Test
  void aConnectionADaemonRefusesIsALoadError() throws IOException {
    Path left = TunnelHosts.write(directory.resolve("left"), "ipsec.conf", """
        conn site
        \tleft=192.0.2.1
        \tleftsubnet=10.1.0.0/24
        \tright=192.0.2.2
        \trightsubnet=10.2.0.0/24
        \tleftid=@left
        \trightid=@right
        \tauthby=secret
        \tkeyexchange=ikev2
        \tike=aes256-sha256!
        \tauto=start
        """);
    CommandRun run = CommandRun.of("simulate", "--format", "json", left.toString(),
        libreswan("\tauto=add\n").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    JsonNode document = new ObjectMapper().readTree(run.out());
    assertThat(document.get("loadErrors").get(0).get("side").asText()).isEqualTo("left");
    assertThat(document.get("loadErrors").get(0).get("setting").get("line").asInt()).isEqualTo(10);
    JsonNode direction = document.get("directions").get(0);
    assertThat(direction.get("verdict").asText()).isEqualTo("LOAD_ERROR");
    assertThat(direction.get("disagreements").get(0).get("failureClass").asText()).isEqualTo("LOAD_ERROR");
    assertThat(direction.get("disagreements").get(0).get("initiatorSetting").get("file").asText())
        .endsWith("ipsec.conf");
    assertThat(direction.get("logs").get("initiator")).isNotEmpty();
    CommandRun text = CommandRun.of("simulate", left.toString(), libreswan("\tauto=add\n").toString());
    assertThat(text.out()).contains("Connections a daemon does not load:")
        .containsPattern("left \\S*ipsec\\.conf:10:\\d+: ").containsPattern("verdict +LOAD_ERROR");
  }

  @Test
  void aGuessedDialectIsShownAndTheTargetDecidesIt() throws IOException {
    Path right = TunnelHosts.write(directory.resolve("right"), "ipsec.conf",
        TunnelHosts.siteRight("site", "\tauto=add\n"));
    JsonNode guessed = json("simulate", "--format", "json", strongswan().toString(), right.toString());
    assertThat(guessed.get("findings").get(0).get("rule").asText()).isEqualTo("ambiguous-dialect");
    assertThat(guessed.get("right").get("target").asText()).startsWith("strongswan-");
    assertThat(CommandRun.of("simulate", strongswan().toString(), right.toString()).out())
        .contains("[ambiguous-dialect]").contains("--right-target with libreswan or strongswan");
    JsonNode told = json("simulate", "--format", "json", "--right-target", "libreswan", strongswan().toString(),
        right.toString());
    assertThat(told.get("findings")).isEmpty();
    assertThat(told.get("right").get("target").asText()).isEqualTo("libreswan-5.4.0");
    assertThat(told.get("right").get("frontEnd").asText()).isEqualTo("ipsec.conf (pluto)");
  }

  @Test
  void helpNamesTheExitCodes() {
    CommandRun run = CommandRun.of("simulate", "--help");
    assertThat(run.exitCode()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out()).contains("--left-target").contains("#conn").contains("1   some direction fails");
  }

  private static JsonNode json(String... args) throws IOException {
    CommandRun run = CommandRun.of(args);
    assertThat(run.err()).isEmpty();
    return new ObjectMapper().readTree(run.out());
  }
}
