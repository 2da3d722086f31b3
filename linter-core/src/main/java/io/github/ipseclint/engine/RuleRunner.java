// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import io.github.ipseclint.engine.config.LintConfig;
import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.finding.Fix;
import io.github.ipseclint.model.finding.RelatedLocation;
import io.github.ipseclint.model.finding.RuleId;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Host;
import io.github.ipseclint.model.ipsec.IpsecModel;
import io.github.ipseclint.model.ipsec.Secret;
import io.github.ipseclint.model.policy.Policy;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.negotiation.Simulator;
import io.github.ipseclint.pairing.PairingResult;
import io.github.ipseclint.pairing.SimulatedTunnel;
import io.github.ipseclint.pairing.Tunnel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Calls each enabled rule on its nodes: document rules on every document, connection and secret
 * rules on the connections and secrets of the scan's model that each document holds, host rules
 * on every host, peer rules once on the tunnels between the hosts. A rule that throws is reported once per file (per host: at its first file) as
 * {@code internal-error}, and the run goes on.
 */
final class RuleRunner {
  private final List<RuleDescriptor> rules;
  private final LintConfig config;
  private final List<Finding> findings;
  private final List<RuleFailure> failures;
  private final IpsecModel model;
  private final Policy policy;
  private final Map<SourceFile, List<Connection>> connectionsByFile;
  private final Map<SourceFile, List<Secret>> secretsByFile;

  RuleRunner(List<RuleDescriptor> rules, LintConfig config, Policy policy, IpsecModel model,
      List<Finding> findings, List<RuleFailure> failures) {
    this.policy = policy;
    this.rules = rules;
    this.model = model;
    this.config = config;
    this.findings = findings;
    this.failures = failures;
    this.connectionsByFile = byFile(model.connections(), connection -> connection.span().file());
    this.secretsByFile = byFile(model.secrets(), secret -> secret.span().file());
  }

  /**
   * The model's items grouped by the file they are written in, each group in model order. Built
   * once: looking them up per document by filtering the whole model made a scan of many hosts
   * quadratic.
   */
  private static <T> Map<SourceFile, List<T>> byFile(List<T> items, Function<T, SourceFile> file) {
    Map<SourceFile, List<T>> grouped = new HashMap<>();
    for (T item : items) {
      grouped.computeIfAbsent(file.apply(item), key -> new ArrayList<>()).add(item);
    }
    return grouped;
  }

  /** The items written in a document's files, in model order. */
  private static <T> List<T> inDocument(Document document, Map<SourceFile, List<T>> byFile, List<T> modelOrder) {
    List<T> found = new ArrayList<>();
    for (SourceFile file : new LinkedHashSet<>(document.files())) {
      found.addAll(byFile.getOrDefault(file, List.of()));
    }
    if (document.files().size() > 1 && found.size() > 1) {
      Map<T, Integer> position = new IdentityHashMap<>();
      for (int i = 0; i < modelOrder.size(); i++) {
        position.putIfAbsent(modelOrder.get(i), i);
      }
      found.sort(Comparator.comparingInt(position::get));
    }
    return found;
  }

  void run(Document document) {
    List<Secret> secrets = inDocument(document, secretsByFile, model.secrets());
    List<Connection> connections = inDocument(document, connectionsByFile, model.connections());
    SourceFile top = document.files().get(0);
    for (RuleDescriptor descriptor : rules) {
      Reporter reporter = reporter(descriptor);
      Rule rule = descriptor.rule();
      try {
        if (rule instanceof DocumentRule documentRule) {
          documentRule.check(document, reporter);
        } else if (rule instanceof ConnectionRule connectionRule) {
          for (Connection connection : connections) {
            connectionRule.check(connection, reporter);
          }
        } else if (rule instanceof SecretRule secretRule) {
          for (Secret secret : secrets) {
            secretRule.check(secret, reporter);
          }
        }
      } catch (RuntimeException e) {
        // STYLE.md §8: the one place a RuntimeException is caught; a throwing rule is a bug
        // reported as a finding, and the other rules still run.
        failed(descriptor, top, e);
      }
    }
  }

  void run(Host host) {
    if (host.documents().isEmpty()) {
      return;
    }
    for (RuleDescriptor descriptor : rules) {
      if (descriptor.rule() instanceof HostRule hostRule) {
        try {
          hostRule.check(host, reporter(descriptor));
        } catch (RuntimeException e) { // STYLE.md §8, as above
          failed(descriptor, host.documents().get(0).files().get(0), e);
        }
      }
    }
  }

  /**
   * Simulates each tunnel once and calls the peer rules on the result. A simulation that throws is
   * reported as {@code internal-error} at the tunnel's first end, and the other tunnels go on.
   */
  void run(PairingResult pairing, Set<Path> changedFiles, Simulator simulator) {
    List<RuleDescriptor> peerRules = rules.stream().filter(descriptor -> descriptor.rule() instanceof PeerRule).toList();
    if (peerRules.isEmpty() || pairing.tunnels().isEmpty() && pairing.unpaired().isEmpty()
        && pairing.unresolved().isEmpty()) {
      return;
    }
    List<SimulatedTunnel> simulated = new ArrayList<>();
    for (Tunnel tunnel : pairing.tunnels()) {
      try {
        simulated.add(new SimulatedTunnel(tunnel, simulator.simulate(tunnel.left(), tunnel.right())));
      } catch (RuntimeException e) { // STYLE.md §8, as above: a simulator bug is a finding
        SourceFile file = tunnel.left().connection().span().file();
        failed(CoreRule.INTERNAL_ERROR.id(), file, "the simulation of tunnel " + tunnel.label(), e);
      }
    }
    PeerAnalysis analysis = new PeerAnalysis(pairing, simulated, changedFiles);
    for (RuleDescriptor descriptor : peerRules) {
      try {
        ((PeerRule) descriptor.rule()).check(analysis, reporter(descriptor));
      } catch (RuntimeException e) { // STYLE.md §8, as above
        anyFile(pairing).ifPresent(file -> failed(descriptor, file, e));
      }
    }
  }

  private static Optional<SourceFile> anyFile(PairingResult pairing) {
    return pairing.tunnels().stream().map(tunnel -> tunnel.left().connection().span().file()).findFirst()
        .or(() -> pairing.unpaired().stream().map(peer -> peer.connection().span().file()).findFirst())
        .or(() -> pairing.unresolved().stream().map(unresolved -> unresolved.pair().span().file()).findFirst());
  }

  private void failed(RuleDescriptor descriptor, SourceFile top, RuntimeException e) {
    failed(descriptor.id(), top, "rule '" + descriptor.id() + "'", e);
  }

  private void failed(RuleId id, SourceFile top, String what, RuntimeException e) {
    findings.add(Finding.of(CoreRule.INTERNAL_ERROR, new Span(top, 1, 1, 1, 1),
        what + " failed on this file (" + e.getClass().getSimpleName()
            + "); its findings for the file are incomplete; please report it"));
    failures.add(new RuleFailure(id, top.displayPath(), e.getClass().getName(), Arrays.asList(e.getStackTrace())));
  }

  private Reporter reporter(RuleDescriptor descriptor) {
    RuleOptions options = config.rule(descriptor.id()).options();
    return new Reporter() {
      @Override
      public void report(Span span, String format, Object... arguments) {
        String message = arguments.length == 0 ? format : String.format(format, arguments);
        findings.add(new Finding(descriptor.id(), descriptor.severity(), span, message, List.of()));
      }

      @Override
      public void report(Span span, String message, List<RelatedLocation> related) {
        findings.add(new Finding(descriptor.id(), descriptor.severity(), span, message, related));
      }

      @Override
      public void report(Severity severity, Span span, String message, List<RelatedLocation> related) {
        findings.add(new Finding(descriptor.id(), severity, span, message, related));
      }

      @Override
      public void report(Severity severity, Span span, String format, Object... arguments) {
        String message = arguments.length == 0 ? format : String.format(format, arguments);
        findings.add(new Finding(descriptor.id(), severity, span, message, List.of()));
      }

      @Override
      public void report(Severity severity, Span span, Fix fix, String format, Object... arguments) {
        String message = arguments.length == 0 ? format : String.format(format, arguments);
        findings.add(new Finding(descriptor.id(), severity, span, message, List.of(), Optional.of(fix)));
      }

      @Override
      public Policy policy() {
        return policy;
      }

      @Override
      public RuleOptions options() {
        return options;
      }
    };
  }
}
