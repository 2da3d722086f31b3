// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.negotiation.DaemonLoader;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.proposal.KeHandling;
import io.github.ipseclint.negotiation.proposal.ProposalMatcher;
import io.github.ipseclint.parse.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Two ends read from configuration text through the real parsers, and an exchange in the state
 * the setup checks leave it in when the CHILD SA is up: the IKE suite the responder selects (with
 * KE), the CHILD suite it selects in IKE_AUTH (without), the CHILD configs and selectors.
 */
public final class TunnelFixture {
  private final Path base;

  public TunnelFixture(Path base) {
    this.base = base;
  }

  /** One end from a file's text; {@code target} like {@code strongswan-6.0.6}, {@code libreswan-4.10}. */
  Peer peer(String fileName, String text, String target) {
    try {
      Path host = Files.createTempDirectory(base, "host");
      String config = text;
      String secrets = "";
      int split = text.indexOf("# ipsec.secrets\n");
      if (split >= 0) {
        config = text.substring(0, split);
        secrets = text.substring(split + "# ipsec.secrets\n".length());
      }
      Files.writeString(host.resolve(fileName), config);
      if (!secrets.isBlank()) {
        Files.writeString(host.resolve("ipsec.secrets"), secrets);
      }
      Target parsed = Target.parse(target).orElseThrow();
      ParseOptions options = ParseOptions.defaults(host).withTarget(parsed).withDialect(parsed.implementation());
      DaemonLoader.Loaded loaded = new DaemonLoader().load(host, options);
      return new Peer(loaded.daemon(), loaded.connection(java.util.Optional.empty()).orElseThrow());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A swanctl end on the left (192.0.2.1, 10.1.0.0/24, @left) or the right, with extra settings. */
  Peer swanctl(Side side, String target, String connectionSettings, String childSettings) {
    boolean left = side == Side.LEFT;
    String text = """
        connections {
          site {
            local_addrs  = %s
            remote_addrs = %s
        %s
            local {
              auth = psk
              id = %s
            }
            remote {
              auth = psk
              id = %s
            }
            children {
              net {
                local_ts  = %s
                remote_ts = %s
        %s
              }
            }
          }
        }
        """.formatted(address(left), address(!left), indent(connectionSettings, 4), id(left), id(!left),
        net(left), net(!left), indent(childSettings, 8));
    return peer("swanctl.conf", text, target);
  }

  /** A stroke ipsec.conf end with extra conn settings. */
  Peer stroke(Side side, String target, String connSettings) {
    return peer("ipsec.conf", ipsecConf(side == Side.LEFT, "keyexchange=ikev2\n" + connSettings), target);
  }

  /** A Libreswan ipsec.conf end with extra conn settings. */
  Peer libreswan(Side side, String target, String connSettings) {
    return peer("ipsec.conf", ipsecConf(side == Side.LEFT, connSettings), target);
  }

  private static String ipsecConf(boolean left, String settings) {
    return """
        conn site
            left=%s
            leftid=%s
            leftsubnet=%s
            right=%s
            rightid=%s
            rightsubnet=%s
            authby=secret
        %s
        """.formatted(address(left), id(left), net(left), address(!left), id(!left), net(!left), indent(settings, 4));
  }

  /** The exchange of a setup that brought the CHILD SA up, as the setup checks leave it. */
  public static Exchange established(Peer initiator, Peer responder, Side initiatorSide) {
    Exchange exchange = new Exchange(initiator, responder, initiatorSide);
    Child initiatorChild = initiator.connection().children().get(0);
    Child responderChild = responder.connection().children().get(0);
    exchange.initiatorChild(initiatorChild);
    exchange.responderChild(responderChild);
    ProposalMatcher matcher = ProposalMatcher.forResponder(responder, initiator);
    exchange.ikeSuite(matcher.select(initiator.connection().ikeProposals().value().proposals(),
        responder.connection().ikeProposals().value().proposals(), KeHandling.WITH_KE).orElseThrow().suite());
    exchange.childSuite(matcher.select(esp(initiatorChild), esp(responderChild), KeHandling.SKIP_KE)
        .orElseThrow().suite());
    exchange.trafficSelectors(initiatorChild.localTs().value(), responderChild.localTs().value());
    return exchange;
  }

  private static List<Proposal> esp(Child child) {
    return child.proposals().stream().map(Configured::value).map(ProposalSet::proposals)
        .flatMap(List::stream).toList();
  }

  private static String address(boolean left) {
    return left ? "192.0.2.1" : "192.0.2.2";
  }

  private static String id(boolean left) {
    return left ? "@left" : "@right";
  }

  private static String net(boolean left) {
    return left ? "10.1.0.0/24" : "10.2.0.0/24";
  }

  private static String indent(String lines, int spaces) {
    return lines.lines().map(line -> " ".repeat(spaces) + line.strip()).reduce((a, b) -> a + "\n" + b).orElse("");
  }
}
