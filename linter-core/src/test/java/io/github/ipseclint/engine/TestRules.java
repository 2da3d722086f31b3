// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import io.github.ipseclint.model.conf.ConfDocument;
import io.github.ipseclint.model.conf.ConfFile;
import io.github.ipseclint.model.conf.ConfStatement;
import io.github.ipseclint.model.conf.Setting;
import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.finding.Severity;
import java.util.List;
import java.util.Optional;

/** Small rules for engine tests: they report every ipsec.conf setting whose key they name. */
final class TestRules {
  private TestRules() {}

  static List<Setting> settings(Document document, String key) {
    if (!(document instanceof ConfDocument conf)) {
      return List.of();
    }
    return conf.trees().stream().map(ConfFile::statements).flatMap(List::stream)
        .filter(Setting.class::isInstance).map(Setting.class::cast)
        .filter(setting -> setting.keyText().latin1().equals(key)).toList();
  }

  /** Reports each {@code right=} setting, twice (the engine keeps one). */
  @LintRule(id = "right-setting", name = "RightSetting", severity = Severity.WARNING, tags = Tag.STYLE,
      description = "A right= setting", aliases = "old-right-setting")
  static final class RightSetting implements DocumentRule {
    @Override
    public void check(Document document, Reporter reporter) {
      for (Setting setting : settings(document, "right")) {
        reporter.report(setting.span(), "right is '%s'", setting.valueText().display());
        reporter.report(setting.span(), "right is '%s'", setting.valueText().display());
      }
    }
  }

  /** Reports each {@code left=} setting. */
  @LintRule(id = "left-setting", name = "LeftSetting", severity = Severity.ERROR, tags = Tag.STYLE,
      description = "A left= setting")
  static final class LeftSetting implements DocumentRule {
    @Override
    public void check(Document document, Reporter reporter) {
      for (Setting setting : settings(document, "left")) {
        reporter.report(setting.span(), "left is set");
      }
    }
  }

  /** Throws on every document. */
  @LintRule(id = "broken-rule", name = "BrokenRule", severity = Severity.ERROR, tags = Tag.TOOLING,
      description = "A rule with a bug")
  static final class BrokenRule implements DocumentRule {
    @Override
    public void check(Document document, Reporter reporter) {
      Optional<ConfStatement> none = Optional.empty();
      none.orElseThrow();
    }
  }

  @LintRule(id = "parse-error", name = "ParseError", severity = Severity.ERROR, tags = Tag.SYNTAX,
      description = "Parse error")
  static final class ParseError implements DeclaredRule {}

  @LintRule(id = "internal-error", name = "InternalError", severity = Severity.ERROR, tags = Tag.TOOLING,
      description = "Internal error")
  static final class InternalError implements DeclaredRule {}

  @LintRule(id = "unused-suppression", name = "UnusedSuppression", severity = Severity.WARNING, tags = Tag.TOOLING,
      description = "Unused suppression")
  static final class UnusedSuppression implements DeclaredRule {}

  @LintRule(id = "expired-suppression", name = "ExpiredSuppression", severity = Severity.WARNING,
      tags = Tag.TOOLING, description = "Expired suppression")
  static final class ExpiredSuppression implements DeclaredRule {}

  @LintRule(id = "suppression-without-reason", name = "SuppressionWithoutReason", severity = Severity.WARNING,
      tags = Tag.TOOLING, description = "Suppression without reason")
  static final class SuppressionWithoutReason implements DeclaredRule {}

  /** A pack of the given rules whose help is a fixed text. */
  static RulePack pack(Rule... rules) {
    return new RulePack() {
      @Override
      public List<Rule> rules() {
        return List.of(rules);
      }

      @Override
      public Optional<String> help(String ruleId) {
        return Optional.of("## Why\n\ntest\n");
      }
    };
  }

  /**
   * Reports each tunnel at its left end's conn header (the other end related), each unresolved
   * explicit pair and each unpaired connection.
   */
  @LintRule(id = "tunnel-found", name = "TunnelFound", severity = Severity.NOTE, tags = Tag.CORRECTNESS,
      description = "A tunnel between two scanned hosts")
  static final class TunnelFound implements PeerRule {
    @Override
    public void check(PeerAnalysis analysis, Reporter reporter) {
      for (io.github.ipseclint.pairing.SimulatedTunnel simulated : analysis.tunnels()) {
        io.github.ipseclint.pairing.Tunnel tunnel = simulated.tunnel();
        PeerAnalysis.Placement place = analysis.place(tunnel.left().connection().span(),
            Optional.of(tunnel.right().connection().span()));
        reporter.report(place.primary(), "tunnel " + tunnel.label() + " (" + tunnel.origin() + ", "
            + simulated.report().directions().size() + " directions)",
            place.related().map(span -> List.of(new io.github.ipseclint.model.finding.RelatedLocation(span, "other end")))
                .orElse(List.of()));
      }
      analysis.pairing().unresolved().forEach(unresolved -> reporter.report(unresolved.pair().span(), unresolved.problem()));
      analysis.pairing().unpaired().forEach(peer -> reporter.report(peer.connection().span(), "unpaired " + peer.label()));
    }
  }

  static RuleRegistry registry() {
    return RuleRegistry.of(List.of(pack(new RightSetting(), new LeftSetting(), new BrokenRule(), new TunnelFound(), new ParseError(),
        new InternalError(), new UnusedSuppression(), new ExpiredSuppression(), new SuppressionWithoutReason())));
  }
}
