// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.engine.PeerAnalysis;
import io.github.ipseclint.engine.PeerRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.engine.RuleOptions;
import io.github.ipseclint.model.finding.Fix;
import io.github.ipseclint.model.finding.RelatedLocation;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.policy.Policy;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.negotiation.DaemonLoader;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.outcome.ChildRekey;
import io.github.ipseclint.negotiation.outcome.DirectionOutcome;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import io.github.ipseclint.negotiation.outcome.SimulationReport;
import io.github.ipseclint.negotiation.outcome.Verdict;
import io.github.ipseclint.pairing.PairingResult;
import io.github.ipseclint.pairing.SimulatedTunnel;
import io.github.ipseclint.pairing.Tunnel;
import io.github.ipseclint.parse.ParseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The peer rules on simulation reports built directly from the outcome records, with ends read
 * from real configuration files: where each finding goes, what its message says, at what severity.
 */
class PeerRulesTest {
  @TempDir
  Path root;

  private Peer gwA;
  private Peer gwB;

  private record Reported(Severity severity, Span span, String message, List<RelatedLocation> related) {}

  private static final class Recorder implements Reporter {
    final List<Reported> reported = new ArrayList<>();

    @Override
    public void report(Span span, String format, Object... arguments) {
      reported.add(new Reported(null, span, String.format(format, arguments), List.of()));
    }

    @Override
    public void report(Span span, String message, List<RelatedLocation> related) {
      reported.add(new Reported(null, span, message, related));
    }

    @Override
    public void report(Severity severity, Span span, String message, List<RelatedLocation> related) {
      reported.add(new Reported(severity, span, message, related));
    }

    @Override
    public void report(Severity severity, Span span, String format, Object... arguments) {
      reported.add(new Reported(severity, span, String.format(format, arguments), List.of()));
    }

    @Override
    public void report(Severity severity, Span span, Fix fix, String format, Object... arguments) {
      reported.add(new Reported(severity, span, String.format(format, arguments), List.of()));
    }

    @Override
    public Policy policy() {
      throw new UnsupportedOperationException("peer rules read no policy");
    }

    @Override
    public RuleOptions options() {
      return new RuleOptions(java.util.Map.of());
    }
  }

  private Peer load(String host, String text) throws IOException {
    Path file = root.resolve(host).resolve("swanctl").resolve("swanctl.conf");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    DaemonLoader.Loaded loaded = new DaemonLoader().load(root.resolve(host), ParseOptions.defaults(root));
    return new Peer(loaded.daemon(), loaded.connection(Optional.empty()).orElseThrow());
  }

  private static String conn(String name, String local, String remote, String proposals) {
    return """
        connections {
          %s {
            local_addrs = %s
            remote_addrs = %s
            proposals = %s
            local {
              auth = psk
            }
            remote {
              auth = psk
            }
            children {
              net {
                start_action = start
              }
            }
          }
        }
        secrets {
          ike {
            secret = "s3cret-key"
          }
        }
        """.formatted(name, local, remote, proposals);
  }

  @BeforeEach
  void ends() throws IOException {
    gwA = load("gw-a", conn("to-b", "192.0.2.1", "192.0.2.2", "aes256-sha256-ecp384"));
    gwB = load("gw-b", conn("to-a", "192.0.2.2", "192.0.2.1", "aes128-sha256-modp2048"));
  }

  private static Span proposals(Peer peer) {
    return peer.connection().ikeProposals().span();
  }

  private static DirectionOutcome direction(Side initiator, Verdict verdict, List<Disagreement> disagreements,
      List<LogLine> initiatorLog, List<LogLine> responderLog, Optional<Notify> notify) {
    return new DirectionOutcome(initiator, true, verdict, notify,
        verdict == Verdict.NO_IKE_SA ? Optional.of(Phase.IKE_SA_INIT) : Optional.empty(),
        verdict == Verdict.NO_IKE_SA ? Optional.of("IKE_SA_INIT") : Optional.empty(), 0, Optional.empty(),
        Optional.empty(), ChildRekey.notApplicable(), List.of(), disagreements, initiatorLog, responderLog, "");
  }

  private Disagreement proposalMismatch(Side initiator) {
    Peer from = initiator == Side.LEFT ? gwA : gwB;
    Peer to = initiator == Side.LEFT ? gwB : gwA;
    return new Disagreement(FailureClass.IKE_PROPOSAL, Optional.of(proposals(from)), Optional.of(proposals(to)),
        "no IKE proposal in common.");
  }

  private static List<LogLine> setup(String... lines) {
    return java.util.Arrays.stream(lines).map(LogLine::setup).toList();
  }

  private static PeerAnalysis analysis(Set<Path> changed, SimulationReport... reports) {
    List<SimulatedTunnel> tunnels = java.util.Arrays.stream(reports)
        .map(report -> new SimulatedTunnel(new Tunnel(report.left(), report.right(), Tunnel.Origin.AUTOMATIC), report))
        .toList();
    return new PeerAnalysis(new PairingResult(tunnels.stream().map(SimulatedTunnel::tunnel).toList(), List.of(),
        List.of()), tunnels, changed);
  }

  private static List<Reported> run(PeerRule rule, PeerAnalysis analysis) {
    Recorder recorder = new Recorder();
    rule.check(analysis, recorder);
    return recorder.reported;
  }

  private SimulationReport proposalFailure() {
    return new SimulationReport(gwA, gwB, List.of(), List.of(direction(Side.LEFT, Verdict.NO_IKE_SA,
        List.of(proposalMismatch(Side.LEFT)),
        setup("initiating IKE_SA to-b[1] to 192.0.2.2", "received NO_PROPOSAL_CHOSEN notify error"),
        setup("received proposals: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_384",
            "configured proposals: IKE:AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048",
            "received proposals unacceptable", "generating IKE_SA_INIT response 0 [ N(NO_PROP) ]"),
        Optional.of(Notify.NO_PROPOSAL_CHOSEN))));
  }

  @Test
  void aProposalMismatchIsReportedAtTheRespondersProposalsWithTheInitiatorsRelated() {
    List<Reported> reported = run(new PeerIkeProposalMismatch(), analysis(Set.of(), proposalFailure()));

    assertThat(reported).hasSize(1);
    Reported finding = reported.get(0);
    assertThat(finding.severity()).isNull(); // the rule's default: an error
    assertThat(finding.span()).isEqualTo(proposals(gwB));
    assertThat(finding.related()).extracting(RelatedLocation::span).containsExactly(proposals(gwA));
    assertThat(finding.message())
        .startsWith("no IKE proposal in common (gw-b#to-a in ")
        .contains(proposals(gwB).file().displayPath(), proposals(gwA).file().displayPath())
        .contains("when gw-a initiates, gw-a logs \"received NO_PROPOSAL_CHOSEN notify error\" and gw-b logs"
            + " \"generating IKE_SA_INIT response 0 [ N(NO_PROP) ]\": NO_IKE_SA")
        .doesNotEndWith(".");
  }

  @Test
  void otherRulesIgnoreDisagreementsOfAnotherClass() {
    assertThat(run(new PeerTsMismatch(), analysis(Set.of(), proposalFailure()))).isEmpty();
    assertThat(run(new PeerKeRetry(), analysis(Set.of(), proposalFailure()))).isEmpty();
  }

  @Test
  void theFindingMovesToTheEndWhoseFileChanged() {
    Path changed = proposals(gwA).file().path().orElseThrow();

    List<Reported> reported = run(new PeerIkeProposalMismatch(), analysis(Set.of(changed), proposalFailure()));

    assertThat(reported).extracting(Reported::span).containsExactly(proposals(gwA));
    assertThat(reported.get(0).related()).extracting(RelatedLocation::span).containsExactly(proposals(gwB));
    assertThat(reported.get(0).message()).startsWith("no IKE proposal in common (gw-a#to-b in ");
  }

  @Test
  void aDisagreementMetInBothDirectionsIsReportedOnceAndSaysSo() {
    SimulationReport report = new SimulationReport(gwA, gwB, List.of(), List.of(
        direction(Side.LEFT, Verdict.NO_IKE_SA, List.of(proposalMismatch(Side.LEFT)), setup(), setup(),
            Optional.of(Notify.NO_PROPOSAL_CHOSEN)),
        direction(Side.RIGHT, Verdict.NO_IKE_SA, List.of(proposalMismatch(Side.RIGHT)), setup(), setup(),
            Optional.of(Notify.NO_PROPOSAL_CHOSEN))));

    List<Reported> reported = run(new PeerIkeProposalMismatch(), analysis(Set.of(), report));

    assertThat(reported).hasSize(1);
    assertThat(reported.get(0).message()).contains("gw-a logs nothing and gw-b logs nothing: NO_IKE_SA")
        .endsWith("; the same when gw-b initiates");
  }

  @Test
  void aKeRetryInAStableDirectionIsANoteAtTheInitiatorsProposals() {
    Disagreement retry = new Disagreement(FailureClass.KE_RETRY, Optional.of(proposals(gwA)),
        Optional.of(proposals(gwB)), "gw-b selects MODP_2048 while gw-a sends a key exchange for ECP_384");
    SimulationReport report = new SimulationReport(gwA, gwB, List.of(), List.of(direction(Side.LEFT, Verdict.STABLE,
        List.of(retry),
        setup("initiating IKE_SA to-b[1] to 192.0.2.2", "peer didn't accept DH group ECP_384, it requested MODP_2048",
            "IKE_SA to-b[1] established"),
        setup("DH group ECP_384 unacceptable, requesting MODP_2048", "IKE_SA to-a[1] established"), Optional.empty())));

    List<Reported> reported = run(new PeerKeRetry(), analysis(Set.of(), report));

    assertThat(reported).hasSize(1);
    assertThat(reported.get(0).severity()).isEqualTo(Severity.NOTE);
    assertThat(reported.get(0).span()).isEqualTo(proposals(gwA));
    assertThat(reported.get(0).message()).contains("gw-a logs \"peer didn't accept DH group ECP_384, it requested"
        + " MODP_2048\" and gw-b logs \"DH group ECP_384 unacceptable, requesting MODP_2048\": STABLE");
  }

  @Test
  void aRekeyFailureIsAWarningWhenTheTunnelRecoversAndShowsTheRekeyLines() {
    Disagreement rekey = new Disagreement(FailureClass.REKEY, Optional.of(proposals(gwA)), Optional.of(proposals(gwB)),
        "the rekey proposes ECP_384 but gw-b accepts only MODP_2048");
    DirectionOutcome recovers = new DirectionOutcome(Side.LEFT, true, Verdict.RECOVERS_AFTER_EXPIRY, Optional.empty(),
        Optional.empty(), Optional.empty(), 0, Optional.empty(), Optional.empty(),
        ChildRekey.failed(Notify.NO_PROPOSAL_CHOSEN), List.of(), List.of(rekey),
        List.of(LogLine.setup("CHILD_SA net{1} established"),
            new LogLine(LogLine.Event.REKEY, "received NO_PROPOSAL_CHOSEN notify, no CHILD_SA built")),
        List.of(LogLine.setup("CHILD_SA net{1} established"),
            new LogLine(LogLine.Event.REKEY, "no acceptable proposal found")), "");

    List<Reported> reported = run(new PeerRekeyPfsMismatch(),
        analysis(Set.of(), new SimulationReport(gwA, gwB, List.of(), List.of(recovers))));

    assertThat(reported).hasSize(1);
    assertThat(reported.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(reported.get(0).message()).contains("gw-a logs \"received NO_PROPOSAL_CHOSEN notify, no CHILD_SA built\""
        + " and gw-b logs \"no acceptable proposal found\": RECOVERS_AFTER_EXPIRY");
  }

  @Test
  void anEndSharedByTwoTunnelsIsLeftAloneInFavourOfTheOtherEnd() throws IOException {
    Peer server = load("server", conn("rw", "192.0.2.9", "%any", "aes128-sha256-modp2048"));
    Peer carol = load("carol", conn("home", "192.0.2.1", "192.0.2.9", "aes256-sha256-ecp384"));
    Peer dave = load("dave", conn("home", "192.0.2.3", "192.0.2.9", "aes128-sha256-modp2048"));
    Disagreement mismatch = new Disagreement(FailureClass.IKE_PROPOSAL, Optional.of(proposals(carol)),
        Optional.of(proposals(server)), "no IKE proposal in common");
    SimulationReport failing = new SimulationReport(carol, server, List.of(), List.of(direction(Side.LEFT,
        Verdict.NO_IKE_SA, List.of(mismatch), setup(), setup(), Optional.of(Notify.NO_PROPOSAL_CHOSEN))));
    SimulationReport working = new SimulationReport(dave, server, List.of(), List.of(direction(Side.LEFT,
        Verdict.STABLE, List.of(), setup(), setup(), Optional.empty())));

    List<Reported> reported = run(new PeerIkeProposalMismatch(), analysis(Set.of(), failing, working));

    assertThat(reported).extracting(Reported::span).containsExactly(proposals(carol));
  }

  @Test
  void aPskFindingNamesNeitherKey() {
    Disagreement psk = new Disagreement(FailureClass.PSK, Optional.of(proposals(gwA)), Optional.of(proposals(gwB)),
        "the pre-shared keys of gw-a and gw-b differ");
    SimulationReport report = new SimulationReport(gwA, gwB, List.of(), List.of(direction(Side.LEFT, Verdict.NO_IKE_SA,
        List.of(psk), setup("received AUTHENTICATION_FAILED notify error"),
        setup("tried 1 shared key for 'a' - 'b', but MAC mismatched"), Optional.of(Notify.AUTHENTICATION_FAILED))));

    List<Reported> reported = run(new PeerPskMismatch(), analysis(Set.of(), report));

    assertThat(reported).hasSize(1);
    assertThat(reported.get(0).message()).doesNotContain("s3cret-key")
        .contains("gw-b logs \"tried 1 shared key for 'a' - 'b', but MAC mismatched\"");
  }

  @Test
  void withoutAnInitiatorAFailureIsAWarningAndADirectionFromAServerThatKnowsNoPeerIsDropped() throws IOException {
    Peer server = load("server", conn("rw", "192.0.2.9", "%any", "aes128-sha256-modp2048"));
    Peer carol = load("carol", conn("home", "192.0.2.1", "192.0.2.9", "aes256-sha256-ecp384"));
    Disagreement fromCarol = new Disagreement(FailureClass.IKE_PROPOSAL, Optional.of(proposals(carol)),
        Optional.of(proposals(server)), "no IKE proposal in common");
    Disagreement fromServer = new Disagreement(FailureClass.IKE_PROPOSAL, Optional.of(proposals(server)),
        Optional.of(proposals(carol)), "the server proposes nothing carol accepts");
    DirectionOutcome carolStarts = new DirectionOutcome(Side.LEFT, false, Verdict.NO_IKE_SA,
        Optional.of(Notify.NO_PROPOSAL_CHOSEN), Optional.of(Phase.IKE_SA_INIT), Optional.of("IKE_SA_INIT"), 0,
        Optional.empty(), Optional.empty(), ChildRekey.notApplicable(), List.of(), List.of(fromCarol), setup(),
        setup(), "");
    DirectionOutcome serverStarts = new DirectionOutcome(Side.RIGHT, false, Verdict.NO_IKE_SA,
        Optional.of(Notify.NO_PROPOSAL_CHOSEN), Optional.of(Phase.IKE_SA_INIT), Optional.of("IKE_SA_INIT"), 0,
        Optional.empty(), Optional.empty(), ChildRekey.notApplicable(), List.of(), List.of(fromServer), setup(),
        setup(), "");

    List<Reported> reported = run(new PeerIkeProposalMismatch(), analysis(Set.of(),
        new SimulationReport(carol, server, List.of(), List.of(carolStarts, serverStarts))));

    assertThat(reported).hasSize(1);
    assertThat(reported.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(reported.get(0).message()).startsWith("no IKE proposal in common")
        .contains("; if carol initiated (neither end starts it), carol logs nothing");
  }
}
