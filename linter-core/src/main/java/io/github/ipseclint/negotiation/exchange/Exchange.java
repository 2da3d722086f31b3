// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.exchange;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.IpAddress;
import io.github.ipseclint.model.ipsec.IpsecMode;
import io.github.ipseclint.model.ipsec.TrafficSelector;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import io.github.ipseclint.negotiation.proposal.ProposalMatch;
import io.github.ipseclint.negotiation.selector.Endpoints;
import io.github.ipseclint.negotiation.selector.SelectorAddresses;
import io.github.ipseclint.negotiation.selector.TsPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state of one simulated setup, initiator to responder, as the checks build it up. Mutable,
 * and confined to one simulation of one direction: each check reads what the earlier ones decided
 * and records its own decision here. Everything leaves it as immutable outcome records.
 */
public final class Exchange {
  private final Peer initiator;
  private final Peer responder;
  private final Side initiatorSide;
  private final List<LogLine> initiatorLog = new ArrayList<>();
  private final List<LogLine> responderLog = new ArrayList<>();
  private final List<Disagreement> disagreements = new ArrayList<>();

  private IkeVersion ikeVersion = IkeVersion.IKEV2;
  private Connection responderConnection;
  private List<Connection> responderCandidates;
  private List<Connection> firstPacketConfigs;
  private Proposal ikeSuite;
  private int invalidKeRounds;
  private Identity initiatorId;
  private Identity responderId;
  private Identity requestedResponderId;
  private IpAddress initiatorHostAddress;
  private Child initiatorChild;
  private Child responderChild;
  private List<TrafficSelector> initiatorTs = List.of();
  private List<TrafficSelector> responderTs = List.of();
  private Proposal childSuite;
  private IpsecMode mode;
  private Failure failure;
  private TsPair proposedTs;
  private TsPair returnedTs;
  private List<SelectorAddresses> virtualIps = List.of();
  private ProposalMatch childMatch;

  public Exchange(Peer initiator, Peer responder, Side initiatorSide) {
    this.initiator = initiator;
    this.responder = responder;
    this.initiatorSide = initiatorSide;
    this.responderConnection = responder.connection();
    this.responderCandidates = List.of(responder.connection());
    this.firstPacketConfigs = List.of(responder.connection());
  }

  public Peer initiator() {
    return initiator;
  }

  /** The paired responder; {@link #responderConnection()} is the connection its daemon picks. */
  public Peer responder() {
    return responder;
  }

  public Side initiatorSide() {
    return initiatorSide;
  }

  /** The IKE version the exchange runs with (C1). */
  public IkeVersion ikeVersion() {
    return ikeVersion;
  }

  public void ikeVersion(IkeVersion version) {
    this.ikeVersion = version;
  }

  /** The responder's connection for this exchange: the paired one until a check selects another. */
  public Connection responderConnection() {
    return responderConnection;
  }

  public void responderConnection(Connection connection) {
    this.responderConnection = connection;
  }

  /** The outer addresses of the initiator and of the responder's connection for this exchange. */
  public Endpoints endpoints() {
    return Endpoints.of(initiator.connection(), responderConnection, initiatorSide);
  }

  /**
   * The responder's connections still in the running, in the daemon's order: those that match the
   * first packet (C1), narrowed by proposals (C2) and identities (C5).
   */
  public List<Connection> responderCandidates() {
    return responderCandidates;
  }

  public void responderCandidates(List<Connection> candidates) {
    this.responderCandidates = List.copyOf(candidates);
  }

  /**
   * The responder's connections that fit the first packet (addresses, version), best first, as C1
   * found them: the IKE configs a strongSwan responder may fall back to when the best one's
   * proposals do not match, and that it looks them up again from for each IKE_SA_INIT.
   */
  public List<Connection> firstPacketConfigs() {
    return firstPacketConfigs;
  }

  public void firstPacketConfigs(List<Connection> configs) {
    this.firstPacketConfigs = List.copyOf(configs);
  }

  /** The selected IKE proposal, one transform per type (C2, C3). */
  public Optional<Proposal> ikeSuite() {
    return Optional.ofNullable(ikeSuite);
  }

  public void ikeSuite(Proposal suite) {
    this.ikeSuite = suite;
  }

  public int invalidKeRounds() {
    return invalidKeRounds;
  }

  public void invalidKeRound() {
    invalidKeRounds++;
  }

  /** IDi as sent by the initiator (C5). */
  public Optional<Identity> initiatorId() {
    return Optional.ofNullable(initiatorId);
  }

  public void initiatorId(Identity id) {
    this.initiatorId = id;
  }

  /** IDr as sent by the responder (C5). */
  public Optional<Identity> responderId() {
    return Optional.ofNullable(responderId);
  }

  public void responderId(Identity id) {
    this.responderId = id;
  }

  /** The IDr the initiator asks for in its IKE_AUTH request; empty when it sends none (C5). */
  public Optional<Identity> requestedResponderId() {
    return Optional.ofNullable(requestedResponderId);
  }

  public void requestedResponderId(Identity id) {
    this.requestedResponderId = id;
  }

  /**
   * The initiator host's own address when something other than its configuration says it: a
   * private address behind NAT, or the address of a host configured with {@code %defaultroute}.
   * Empty when only the configurations are known: an initiator whose configuration names no
   * literal address then has an address nobody knows, and so has its default ID.
   */
  public Optional<IpAddress> initiatorHostAddress() {
    return Optional.ofNullable(initiatorHostAddress);
  }

  public void initiatorHostAddress(IpAddress address) {
    this.initiatorHostAddress = address;
  }

  /** The initiator's CHILD config that is being set up. */
  public Optional<Child> initiatorChild() {
    return Optional.ofNullable(initiatorChild);
  }

  public void initiatorChild(Child child) {
    this.initiatorChild = child;
  }

  /** The responder's CHILD config selected by traffic selectors (C9). */
  public Optional<Child> responderChild() {
    return Optional.ofNullable(responderChild);
  }

  public void responderChild(Child child) {
    this.responderChild = child;
  }

  /** The traffic selectors of the established CHILD SA from the initiator's point of view (local, remote). */
  public List<TrafficSelector> initiatorTs() {
    return initiatorTs;
  }

  public List<TrafficSelector> responderTs() {
    return responderTs;
  }

  public void trafficSelectors(List<TrafficSelector> initiatorSide, List<TrafficSelector> responderSide) {
    this.initiatorTs = List.copyOf(initiatorSide);
    this.responderTs = List.copyOf(responderSide);
  }

  /** The selected ESP/AH proposal of the first CHILD SA (C10). */
  public Optional<Proposal> childSuite() {
    return Optional.ofNullable(childSuite);
  }

  public void childSuite(Proposal suite) {
    this.childSuite = suite;
  }

  public Optional<IpsecMode> mode() {
    return Optional.ofNullable(mode);
  }

  public void mode(IpsecMode value) {
    this.mode = value;
  }

  /** The TSi and TSr the initiator proposes for the first CHILD SA (C9). */
  public Optional<TsPair> proposedTs() {
    return Optional.ofNullable(proposedTs);
  }

  public void proposedTs(TsPair proposed) {
    this.proposedTs = proposed;
  }

  /** The TSi and TSr the responder answers with (C9), before the initiator checks them (C12). */
  public Optional<TsPair> returnedTs() {
    return Optional.ofNullable(returnedTs);
  }

  public void returnedTs(TsPair returned) {
    this.returnedTs = returned;
  }

  /** The virtual IPs the responder assigns the initiator in a configuration payload (C8). */
  public List<SelectorAddresses> virtualIps() {
    return virtualIps;
  }

  public void virtualIps(List<SelectorAddresses> assigned) {
    this.virtualIps = List.copyOf(assigned);
  }

  /** The responder's choice of ESP/AH proposal for the first CHILD SA (C10), checked in C12. */
  public Optional<ProposalMatch> childMatch() {
    return Optional.ofNullable(childMatch);
  }

  public void childMatch(ProposalMatch match) {
    this.childMatch = match;
    this.childSuite = match.suite();
  }

  public void logInitiator(String text) {
    initiatorLog.add(LogLine.setup(text));
  }

  public void logResponder(String text) {
    responderLog.add(LogLine.setup(text));
  }

  public void logInitiator(LogLine line) {
    initiatorLog.add(line);
  }

  public void logResponder(LogLine line) {
    responderLog.add(line);
  }

  public List<LogLine> initiatorLog() {
    return List.copyOf(initiatorLog);
  }

  public List<LogLine> responderLog() {
    return List.copyOf(responderLog);
  }

  /** Records a disagreement that does not stop the exchange (an extra round trip). */
  public void note(Disagreement disagreement) {
    disagreements.add(disagreement);
  }

  /** Records the disagreement that decides the verdict although the setup succeeded (a failed rekey). */
  public void noteDecisive(Disagreement disagreement) {
    disagreements.add(0, disagreement);
  }

  /** Records the failure that ends the setup; the disagreement that causes it goes first. */
  public void fail(Phase phase, String exchangeName, Optional<Notify> notification, Disagreement cause) {
    this.failure = new Failure(phase, exchangeName, notification);
    disagreements.add(0, cause);
  }

  public Optional<Failure> failure() {
    return Optional.ofNullable(failure);
  }

  public List<Disagreement> disagreements() {
    return List.copyOf(disagreements);
  }
}
