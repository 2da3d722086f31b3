// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.ipsec.TrafficSelector;
import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.negotiation.outcome.Notify;
import java.util.List;
import java.util.stream.Collectors;

/**
 * charon's log lines for CREATE_CHILD_SA, expiry and reauthentication (negotiation.md §13), in the
 * wording of the end's release: 6.x says "key exchange method" where 5.9 says "DH group".
 */
final class StrongswanWording {
  private final LifecycleEnd end;
  private final boolean six;

  StrongswanWording(LifecycleEnd end) {
    this.end = end;
    this.six = end.peer().bucket().isAtLeast(VersionBucket.SW60);
  }

  String selected(Proposal suite) {
    return "selected proposal: " + proposal(suite);
  }

  String ignoringKe() {
    return six ? "ignoring KE payload, agreed on a non-PFS proposal" : "ignoring KE exchange, agreed on a non-PFS proposal";
  }

  /** The responder's answer to a KE payload of another method. */
  String requesting(String received, Transform requested) {
    return (six ? "key exchange method " : "DH group ") + received + " unacceptable, requesting " + requested.canonicalName();
  }

  String retrying(String sent, Transform requested) {
    return (six ? "peer didn't accept key exchange method " : "peer didn't accept DH group ") + sent
        + ", it requested " + requested.canonicalName();
  }

  String alreadyRetried(Transform retried, Transform requested) {
    return "already retried with " + (six ? "key exchange method " : "DH group ") + retried.canonicalName()
        + ", ignore requested " + requested.canonicalName();
  }

  /** What both ends log once the CHILD SA is up: a rekey's replacement, or a new SA. */
  List<String> installed(CreateChildPurpose purpose, int oldNumber, int newNumber) {
    return purpose == CreateChildPurpose.REKEY ? rekeyed(oldNumber, newNumber) : List.of(established(newNumber));
  }

  /** Logged from 6.0 on by both ends of a successful rekey. */
  private List<String> rekeyed(int oldNumber, int newNumber) {
    return six ? List.of("rekeyed CHILD_SA " + sa(oldNumber) + " with SPIs <spi>_i <spi>_o with " + sa(newNumber)
        + " with SPIs <spi>_i <spi>_o") : List.of();
  }

  private String established(int number) {
    return "CHILD_SA " + sa(number) + " established with SPIs <spi>_i <spi>_o and TS " + selectors();
  }

  String noChildSa(Notify notify) {
    return "received " + notify.name() + " notify, no CHILD_SA built";
  }

  String keepingIkeSa() {
    return "failed to establish CHILD_SA, keeping IKE_SA";
  }

  String rekeyRetry() {
    return "CHILD_SA rekeying failed, trying again in <n> seconds";
  }

  String destroyingIkeSa(Notify notify) {
    return "received " + notify.name() + " notify error, destroying IKE_SA";
  }

  List<String> noProposal(List<Proposal> received, List<Proposal> configured) {
    return List.of("received proposals: " + proposals(received), "configured proposals: " + proposals(configured),
        "no acceptable proposal found", keepingIkeSa());
  }

  /** Libreswan answers a KE payload with an empty one when it chose no PFS (§7.3). */
  String emptyKePayload() {
    return six ? "applying key exchange public key failed" : "applying DH public value failed";
  }

  String sendingDelete() {
    return "sending DELETE for ESP CHILD_SA with SPI <spi>";
  }

  List<String> hardExpiry(int number) {
    return List.of("closing expired CHILD_SA " + sa(number) + " with SPIs <spi>_i <spi>_o and TS " + selectors(),
        sendingDelete(),
        six ? "queue CHILD_SA recreate after hard expire" : "scheduling CHILD_SA recreate after hard expire");
  }

  List<String> deletedByPeer(int number) {
    return List.of("received DELETE for ESP CHILD_SA with SPI <spi>",
        "closing CHILD_SA " + sa(number) + " with SPIs <spi>_i <spi>_o and TS " + selectors());
  }

  String reauthenticating() {
    return "reauthenticating IKE_SA " + end.peer().connection().name() + "[1]";
  }

  private String sa(int number) {
    return end.child().name() + "{" + (number == ChildSa.UNKNOWN_NUMBER ? "<n>" : Integer.toString(number)) + "}";
  }

  private String selectors() {
    return join(end.localTs()) + " === " + join(end.remoteTs());
  }

  private static String join(List<TrafficSelector> selectors) {
    return selectors.stream().map(TrafficSelector::toString).collect(Collectors.joining(" "));
  }

  static String proposal(Proposal proposal) {
    return proposal.protocol() + ":" + proposal.transforms().stream().map(Transform::canonicalName)
        .collect(Collectors.joining("/"));
  }

  static String proposals(List<Proposal> proposals) {
    return proposals.stream().map(StrongswanWording::proposal).collect(Collectors.joining(", "));
  }
}
