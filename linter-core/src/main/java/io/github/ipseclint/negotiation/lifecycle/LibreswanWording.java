// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.TrafficSelector;
import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.negotiation.outcome.Notify;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * pluto's log lines for CREATE_CHILD_SA and revival (negotiation.md §13, §3.2), in the wording of
 * the end's release: 4.x prints AES-GCM as {@code AES_GCM_C}, ESN as {@code DISABLED} and
 * selectors as address ranges with ports; 5.x as {@code AES_GCM_16}, {@code NO} and subnets.
 */
final class LibreswanWording {
  private final LifecycleEnd end;
  private final boolean four;

  LibreswanWording(LifecycleEnd end) {
    this.end = end;
    this.four = !end.peer().bucket().isAtLeast(VersionBucket.LS5);
  }

  List<String> initiatingRekey() {
    return four
        ? List.of("initiating rekey to replace Child SA #<n>", "sent CREATE_CHILD_SA request to rekey IPsec SA")
        : List.of("initiating rekey to replace Child SA #<n> using IKE SA #<m>");
  }

  List<String> failed(Notify notify, CreateChildPurpose purpose) {
    List<String> lines = new ArrayList<>();
    lines.add("CREATE_CHILD_SA failed with error notification " + notify.name());
    if (four && purpose == CreateChildPurpose.REKEY) {
      lines.add("state transition 'initiate rekey Child SA (CREATE_CHILD_SA)' failed");
    }
    return lines;
  }

  /** No retry after INVALID_KE_PAYLOAD for a CHILD SA (§7.4): the requested group by enum name, the sent one by algorithm name. */
  String refusedKe(Transform requested, Transform sent) {
    return "CREATE_CHILD_SA failed with error notification INVALID_KE_PAYLOAD response suggesting "
        + LibreswanGroup.enumName(requested) + " instead of " + LibreswanGroup.shortName(sent);
  }

  /** @param role {@code initiator} or {@code responder} */
  String installed(String role, CreateChildPurpose purpose, Proposal suite) {
    String what = purpose == CreateChildPurpose.REKEY ? " rekeyed Child SA #<n> using #<m>" : " established Child SA using #<m>";
    return role + what + "; IPsec tunnel " + tunnel() + " {ESP=>0x<spi> <0x<spi> xfrm=" + xfrm(suite)
        + " DPD=" + (end.peer().connection().dpd().enabled() ? "active" : "passive") + "}";
  }

  /** @param remoteIndex the 0-based index of the peer's proposal that matched */
  String chosen(Proposal suite, List<Proposal> remote, int remoteIndex) {
    return "proposal " + (remoteIndex + 1) + ":" + suite.protocol() + "=" + chosenSuite(suite) + " SPI=<spi> chosen from remote proposals "
        + remoteList(remote, remoteIndex);
  }

  List<String> noProposal(List<Proposal> remote) {
    return List.of("no local proposal matches remote proposals " + remoteList(remote, -1),
        "CREATE_CHILD_SA request failed, responder SA processing returned NO_PROPOSAL_CHOSEN");
  }

  String guessedWrong(String received, Transform requested) {
    return "initiator guessed wrong keying material group (" + received + "); responding with INVALID_KE_PAYLOAD requesting "
        + LibreswanGroup.shortName(requested);
  }

  /** Libreswan 4.x reads the KE payload with the selected group's size (§7.3). */
  List<String> invalidSyntax(Transform received, Transform selected) {
    return List.of("KE has " + LibreswanGroup.publicValueBytes(received) + " byte DH public value; "
            + LibreswanGroup.publicValueBytes(selected) + " required",
        "responding to CREATE_CHILD_SA message (ID <n>) from " + peerAddress()
            + ":4500 with encrypted notification INVALID_SYNTAX");
  }

  String revival() {
    return "connection is supposed to remain up; revival attempt <k> scheduled in <s> seconds";
  }

  private String peerAddress() {
    return end.peer().connection().remote().addresses().value().stream()
        .filter(HostAddress.Block.class::isInstance).map(HostAddress.Block.class::cast)
        .map(block -> block.range().from().toString()).findFirst().orElse("<peer>");
  }

  private String tunnel() {
    return four
        ? "[" + ranges(end.localTs()) + "] -> [" + ranges(end.remoteTs()) + "]"
        : "[" + subnets(end.localTs()) + "===" + subnets(end.remoteTs()) + "]";
  }

  private static String subnets(List<TrafficSelector> selectors) {
    return selectors.stream().map(TrafficSelector::toString).collect(Collectors.joining(" "));
  }

  private static String ranges(List<TrafficSelector> selectors) {
    return selectors.stream()
        .map(ts -> ts.range().map(range -> range.from() + "-" + range.to()).orElse("<ip>")
            + ":" + ts.ports().from() + "-" + ts.ports().to() + " " + ts.protocol())
        .collect(Collectors.joining(" "));
  }

  /** {@code AES_GCM_16_256-NONE}, {@code AES_CBC_256-HMAC_SHA2_256_128-DH19}. */
  private static String xfrm(Proposal suite) {
    List<String> parts = new ArrayList<>();
    suite.of(TransformType.ENCR).stream().findFirst().ifPresent(encr -> parts.add(encr.canonicalName()));
    parts.add(suite.of(TransformType.INTEG).stream().findFirst().map(Transform::canonicalName).orElse("NONE"));
    suite.of(TransformType.KE).stream().filter(ke -> !ke.algorithm().isNone()).findFirst()
        .ifPresent(ke -> parts.add(LibreswanGroup.shortName(ke)));
    return String.join("-", parts);
  }

  /** {@code AES_CBC_256-HMAC_SHA2_256_128-MODP2048-DISABLED}. */
  private String chosenSuite(Proposal suite) {
    List<String> parts = new ArrayList<>();
    for (Transform transform : suite.transforms()) {
      switch (transform.type()) {
        case ENCR -> parts.add(cipher(transform));
        case INTEG -> parts.add(transform.canonicalName());
        case KE -> parts.add(LibreswanGroup.enumName(transform));
        case ESN -> parts.add(esn(transform));
        default -> { }
      }
    }
    return String.join("-", parts);
  }

  /** {@code 1:ESP:ENCR=AES_CBC_256;INTEG=HMAC_SHA2_256_128;DH=MODP3072;ESN=DISABLED[first-match] 2:...}. */
  private String remoteList(List<Proposal> remote, int matched) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < remote.size(); i++) {
      Proposal proposal = remote.get(i);
      String transforms = proposal.transforms().stream().map(this::remoteTransform).filter(text -> !text.isEmpty())
          .collect(Collectors.joining(";"));
      items.add((i + 1) + ":" + proposal.protocol() + ":" + transforms + (i == matched ? "[first-match]" : ""));
    }
    return String.join(" ", items);
  }

  private String remoteTransform(Transform transform) {
    return switch (transform.type()) {
      case ENCR -> "ENCR=" + cipher(transform);
      case INTEG -> "INTEG=" + transform.canonicalName();
      case PRF -> "PRF=" + transform.canonicalName();
      case KE -> transform.algorithm().isNone() ? "" : "DH=" + LibreswanGroup.enumName(transform);
      case ESN -> "ESN=" + esn(transform);
      default -> "";
    };
  }

  private String cipher(Transform transform) {
    String name = transform.canonicalName();
    if (!four) {
      return name;
    }
    // 4.x names the AEAD ciphers by their ICV variant letter (A = 8, B = 12, C = 16 octets).
    return name.replace("_GCM_16_", "_GCM_C_").replace("_GCM_12_", "_GCM_B_").replace("_GCM_8_", "_GCM_A_")
        .replace("_CCM_16_", "_CCM_C_").replace("_CCM_12_", "_CCM_B_").replace("_CCM_8_", "_CCM_A_");
  }

  private String esn(Transform transform) {
    boolean on = !transform.canonicalName().startsWith("NO_");
    return four ? (on ? "ENABLED" : "DISABLED") : (on ? "YES" : "NO");
  }
}
