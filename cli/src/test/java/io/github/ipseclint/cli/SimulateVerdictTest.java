// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.negotiation.check.SetupProcedure;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verdicts of {@code simulate} in simple situations, end to end through the command. They need the
 * simulator's IKE checks (C2, C3; branch {@code ike}) and are skipped until those are in the setup
 * procedure; the negotiation cases test the simulator itself in depth.
 */
class SimulateVerdictTest {
  @TempDir
  Path directory;

  @BeforeEach
  void needsTheIkeChecks() {
    assumeTrue(!SetupProcedure.after(IkeVersion.IKEV2).isEmpty(), "waits for the IKE checks (C2, C3)");
  }

  @Test
  void proposalsWithNothingInCommonFailInIkeSaInitBothWays() throws IOException {
    Path left = TunnelHosts.swanctlHost(directory.resolve("left"), TunnelHosts.swanctlLeft(
        "    proposals = aes256-sha256-modp2048\n",
        "        esp_proposals = aes256-sha256\n        start_action = start\n", "s3cret"));
    Path right = TunnelHosts.libreswanHost(directory.resolve("right"),
        TunnelHosts.libreswanRight("site", "\tike=aes128-sha2;dh19\n\tesp=aes128-sha2\n\tpfs=no\n\tauto=start\n"),
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
  }

  /** negotiation case C01 against Libreswan 4: its first default group is MODP2048, one INVALID_KE round. */
  @Test
  void libreswan4AsksForAnotherGroupOnce() throws IOException {
    JsonNode direction = c01("libreswan-4.10");
    assertThat(direction.get("invalidKeRounds").asInt()).isEqualTo(1);
    assertThat(direction.get("ikeSuite").asText()).endsWith("/MODP_2048");
  }

  private JsonNode c01(String rightTarget) throws IOException {
    Path left = TunnelHosts.swanctlHost(directory.resolve("left"),
        TunnelHosts.swanctlLeft("", "        start_action = start\n", "s3cret"));
    Path right = TunnelHosts.libreswanHost(directory.resolve("right"),
        TunnelHosts.libreswanRight("site", "\tauto=add\n"), "s3cret");
    CommandRun run = CommandRun.of("simulate", "--format", "json", "--right-target", rightTarget,
        left.toString(), right.toString());
    JsonNode directions = new ObjectMapper().readTree(run.out()).get("directions");
    assertThat(directions).hasSize(1);
    return directions.get(0);
  }
}
