// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verdicts of {@code simulate} in simple situations, end to end through the command; the
 * negotiation cases test the simulator itself in depth.
 */
class SimulateVerdictTest {
  @TempDir
  Path directory;

  @Test
  void proposalsWithNothingInCommonFailInIkeSaInitBothWays() throws IOException {
    Path left = TunnelHosts.swanctlHost(directory.resolve("left"), TunnelHosts.swanctlLeft(
        "    proposals = aes256-sha256-modp2048\n",
        "        esp_proposals = aes256-sha256\n        start_action = start\n", "s3cret"));
    Path right = TunnelHosts.libreswanHost(directory.resolve("right"),
        TunnelHosts.siteRight("site", "\tike=aes128-sha2;dh19\n\tesp=aes128-sha2\n\tpfs=no\n\tauto=start\n"),
        "s3cret");
    CommandRun run = CommandRun.of("simulate", "--format", "json", left.toString(), right.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    JsonNode directions = new ObjectMapper().readTree(run.out()).get("directions");
    assertThat(directions).hasSize(2);
    for (JsonNode direction : directions) {
      assertThat(direction.get("verdict").asText()).isEqualTo("NO_IKE_SA");
      assertThat(direction.get("notify").asText()).isEqualTo("NO_PROPOSAL_CHOSEN");
      assertThat(direction.get("phase").asText()).isEqualTo("IKE_SA_INIT");
      assertThat(direction.get("ikeSuite").isNull()).isTrue();
      assertThat(direction.get("disagreements").get(0).get("failureClass").asText()).isEqualTo("IKE_PROPOSAL");
    }
    assertThat(CommandRun.of("simulate", left.toString(), right.toString()).out())
        .contains("fails in IKE_SA_INIT with NO_PROPOSAL_CHOSEN");
  }

  /** negotiation case C01, strongSwan 6.0.2+ against Libreswan 5: the defaults agree at once. */
  @Test
  void defaultsOnBothEndsAgreeOnTheAeadSuite() throws IOException {
    JsonNode direction = c01("libreswan-5.4");
    assertThat(direction.get("verdict").asText()).isEqualTo("STABLE");
    assertThat(direction.get("ikeSuite").asText()).isEqualTo("AES_GCM_16_256/PRF_HMAC_SHA2_512/ECP_256");
    assertThat(direction.get("invalidKeRounds").asInt()).isZero();
    assertThat(direction.get("notify").isNull()).isTrue();
    assertThat(direction.get("firstRekey").get("result").asText()).isEqualTo("OK");
    CommandRun text = CommandRun.of("simulate", directory.resolve("left").toString(),
        directory.resolve("right").toString());
    assertThat(text.exitCode()).isEqualTo(ExitCode.CLEAN);
    assertThat(text.out()).containsPattern("\\n  verdict +STABLE");
  }

  /** negotiation case C01 against Libreswan 4: its first default group is MODP2048, one INVALID_KE round. */
  @Test
  void libreswan4AsksForAnotherGroupOnce() throws IOException {
    JsonNode direction = c01("libreswan-4.10");
    assertThat(direction.get("invalidKeRounds").asInt()).isEqualTo(1);
    assertThat(direction.get("ikeSuite").asText()).endsWith("/MODP_2048");
    // and its CHILD rekey answers strongSwan's KE with INVALID_SYNTAX, which takes the IKE SA down
    assertThat(direction.get("verdict").asText()).isEqualTo("DOWN_UNTIL_NEW_IKE_AUTH");
    assertThat(direction.get("firstRekey").get("result").asText()).isEqualTo("FAILED");
    assertThat(direction.get("firstRekey").get("notify").asText()).isEqualTo("INVALID_SYNTAX");
    assertThat(direction.get("timeline")).isNotEmpty();
    assertThat(direction.get("logs").get("initiator").toString()).contains("(rekey) ");
    CommandRun text = CommandRun.of("simulate", "--right-target", "libreswan-4.10",
        directory.resolve("left").toString(), directory.resolve("right").toString());
    assertThat(text.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(text.out()).containsPattern("first rekey +FAILED \\(INVALID_SYNTAX\\)")
        .containsPattern("\\n  timeline\\n    54m-1h +left +rekey +CHILD SA rekey: fails \\(INVALID_SYNTAX\\)\\n");
  }

  private JsonNode c01(String rightTarget) throws IOException {
    Path left = TunnelHosts.swanctlHost(directory.resolve("left"),
        TunnelHosts.swanctlLeft("", "        start_action = start\n", "s3cret"));
    Path right = TunnelHosts.libreswanHost(directory.resolve("right"),
        TunnelHosts.siteRight("site", "\tauto=add\n"), "s3cret");
    CommandRun run = CommandRun.of("simulate", "--format", "json", "--right-target", rightTarget,
        left.toString(), right.toString());
    JsonNode directions = new ObjectMapper().readTree(run.out()).get("directions");
    assertThat(directions).hasSize(1);
    return directions.get(0);
  }
}
