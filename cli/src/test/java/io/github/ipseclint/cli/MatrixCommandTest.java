// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ipseclint matrix}: both ends' lists with the daemons' defaults written out, the pairs
 * the real responders accept (computed with the project's proposal matcher), the choice per
 * direction, and safe output in both formats.
 */
class MatrixCommandTest {
  @TempDir
  Path directory;

  /** strongSwan swanctl: two IKE and two ESP proposals. */
  private Path swanctl(Path where) {
    return TunnelHosts.swanctlHost(where, TunnelHosts.swanctlLeft(
        "    proposals = aes256-sha256-ecp256, aes128-sha256-modp2048\n",
        "        esp_proposals = aes256gcm16-ecp256, aes128-sha256\n        start_action = start\n", "s3cret"));
  }

  /** strongSwan ipsec.conf: the IKE list reversed and strict, the ESP list with the appended defaults. */
  private Path stroke(Path where) {
    TunnelHosts.write(where, "ipsec.secrets", "@right @left : PSK \"s3cret\"\n");
    return TunnelHosts.write(where, "ipsec.conf", TunnelHosts.siteRight("site", """
        \tkeyexchange=ikev2
        \tike=aes128-sha256-modp2048,aes256-sha256-ecp256!
        \tesp=aes256gcm16,aes128-sha256-modp2048
        \tauto=add
        """));
  }

  @Test
  void markdownListsBothEndsTheirCommonProposalsAndTheChoices() {
    CommandRun run = CommandRun.of("matrix", "--right-target", "strongswan", swanctl(directory.resolve("left")).toString(),
        stroke(directory.resolve("right")).toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("# Proposal matrix: left#site and right#site\n")
        .contains("| daemon | strongswan-6.0.6, swanctl.conf | strongswan-6.0.6, ipsec.conf (stroke) |")
        .contains("## IKE proposals")
        .contains("| 1 | `IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256*/ECP_256` "
            + "| `IKE:AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256*/MODP_2048` |")
        // each left proposal meets its twin at the other position, both ways
        .contains("| 1 | 2 | `AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256` "
            + "| `AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256` |")
        .contains("| 2 | 1 | `AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048` |")
        .contains("## ESP of child net / site proposals")
        // the stroke list without '!' gets the daemon's defaults appended, marked so
        .containsPattern("\\| 3 \\|  \\| `ESP:AES_CBC_128\\*/\\S+` \\(appended default\\) \\|")
        // in IKE_AUTH the KE methods do not count: ECP_256 against none still matches
        .contains("| 1 | 1 | `AES_GCM_16_256/NO_EXT_SEQ` | `AES_GCM_16_256/NO_EXT_SEQ` |")
        .contains("| 2 | 2 | `AES_CBC_128/HMAC_SHA2_256_128/NO_EXT_SEQ` |")
        .contains("## What is chosen")
        // the stroke responder prefers its own first proposal, so the initiator's ECP_256 guess costs a round
        .contains("| left (left#site) | yes | `AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048` "
            + "after 1 INVALID_KE_PAYLOAD round | `AES_GCM_16_256/NO_EXT_SEQ` | OK | STABLE");
    assertThat(run.out()).doesNotContain("| right (right#site) |");
  }

  @Test
  void listsWithNothingInCommonSaySo() {
    Path left = TunnelHosts.swanctlHost(directory.resolve("left"), TunnelHosts.swanctlLeft(
        "    proposals = aes256-sha384-ecp384\n", "        start_action = start\n", "s3cret"));
    CommandRun run = CommandRun.of("matrix", "--right-target", "strongswan", left.toString(),
        stroke(directory.resolve("right")).toString());
    assertThat(run.out()).contains("### In common for IKE_SA_INIT and IKE SA rekeying\n\n"
        + "Nothing in common: the responder answers NO_PROPOSAL_CHOSEN, whichever end initiates.");
  }

  @Test
  void omittedOptionsShowTheDaemonsDefaults() {
    Path right = TunnelHosts.libreswanHost(directory.resolve("right"), TunnelHosts.siteRight("site",
        "\tauto=add\n"), "s3cret");
    CommandRun run = CommandRun.of("matrix", swanctl(directory.resolve("left")).toString(), right.toString());
    assertThat(run.out()).contains("| \\# | left: left#site | right: right#site (option not set) |")
        .containsPattern("\\| 1 \\| `IKE:\\S+` \\| `IKE:\\S+` \\(default\\) \\|");
  }

  @Test
  void htmlIsOneSelfContainedPageWithEscapedText() {
    Path left = swanctl(directory.resolve("l<b>&\"'"));
    CommandRun run = CommandRun.of("matrix", "--format", "html", "--right-target", "strongswan", left.toString(),
        stroke(directory.resolve("right")).toString());
    assertThat(run.exitCode()).isIn(ExitCode.CLEAN, ExitCode.FINDINGS);
    String page = run.out();
    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n")
        .contains("<meta charset=\"utf-8\">").contains("<style>")
        .doesNotContain("<script").doesNotContain("src=").doesNotContain("href=").doesNotContain("<b>")
        .contains("l&lt;b&gt;&amp;&quot;&#39;")
        .contains("<h2>IKE proposals</h2>")
        .contains("<td><code>IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256*/ECP_256</code></td>")
        .containsPattern("<code>ESP:AES_CBC_128\\*/\\S+</code> <span class=\"note\">\\(appended default\\)</span>");
  }

  @Test
  void markdownEscapesTextThatWouldBreakATable() {
    Path left = swanctl(directory.resolve("a|b*c"));
    CommandRun run = CommandRun.of("matrix", "--right-target", "strongswan", left.toString(),
        stroke(directory.resolve("right")).toString());
    assertThat(run.out()).contains("a\\|b\\*c").doesNotContain("a|b*c");
  }

  @Test
  void usageErrorsExitTwo() {
    Path left = swanctl(directory.resolve("left"));
    CommandRun format = CommandRun.of("matrix", "--format", "pdf", left.toString(), left.toString());
    assertThat(format.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(format.err()).contains("unknown --format 'pdf'; use markdown or html");
    CommandRun missing = CommandRun.of("matrix", left.toString(), directory.resolve("gone").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).contains("gone: no such file or directory").doesNotContain("Exception");
    CommandRun conn = CommandRun.of("matrix", left.toString(), left + "#other");
    assertThat(conn.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(conn.err()).contains("no connection 'other'; it has site");
  }
}
