// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import io.github.ipseclint.engine.baseline.Fingerprint;
import io.github.ipseclint.engine.baseline.Fingerprints;
import io.github.ipseclint.engine.config.LintConfig;
import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.ipsec.Host;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.suppression.Suppression;
import io.github.ipseclint.negotiation.Simulator;
import io.github.ipseclint.pairing.PairingResult;
import io.github.ipseclint.pairing.ScanDaemons;
import io.github.ipseclint.pairing.TunnelFinder;
import io.github.ipseclint.parse.ParseOptions;
import io.github.ipseclint.parse.scan.ConfigScanner;
import io.github.ipseclint.parse.scan.ScanPolicy;
import io.github.ipseclint.parse.scan.ScanRequest;
import io.github.ipseclint.parse.scan.ScanResult;
import io.github.ipseclint.parse.scan.ScannedFile;
import io.github.ipseclint.parse.suppression.SuppressionReader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the rules: reads the files through the {@link ConfigScanner}, calls every enabled rule on
 * every document (and secret, connection, host; the peer rules once on the tunnels between the
 * hosts), then applies the configuration's severities and switches, drops
 * duplicates, applies inline suppressions and the baseline. The parse layer's findings go through
 * the same steps, since they are rules too.
 */
public final class Linter {
  private static final Comparator<Finding> ORDER = Comparator
      .comparing((Finding f) -> f.span().file().displayPath())
      .thenComparingInt(f -> f.span().line())
      .thenComparingInt(f -> f.span().column())
      .thenComparing(f -> f.rule().value())
      .thenComparing(Finding::message);

  private final RuleRegistry registry;

  public Linter(RuleRegistry registry) {
    this.registry = registry;
  }

  public RuleRegistry registry() {
    return registry;
  }

  /** @throws NoSuchFileException when a named path does not exist (a usage error) */
  public LintResult run(LintRequest request) throws NoSuchFileException {
    LintConfig config = request.config();
    ScanResult scan = new ConfigScanner().scan(new ScanRequest(request.paths(), request.options(),
        request.explicitRoot(), policy(config)));
    List<Document> documents = scan.files().stream().map(ScannedFile::document).toList();

    List<Finding> raw = new ArrayList<>(scan.findings());
    List<RuleFailure> failures = new ArrayList<>();
    RuleRunner runner = new RuleRunner(enabledRules(config), config,
        config.policy(request.asOf()), scan.model(), raw, failures);
    documents.forEach(runner::run);
    List<Host> hosts = Host.of(documents, scan.model(), document -> hostDirectory(config, document));
    hosts.forEach(runner::run);
    if (enabledRules(config).stream().anyMatch(rule -> rule.rule() instanceof PeerRule)) {
      PairingResult pairing = TunnelFinder.find(ScanDaemons.of(hosts, config.base()), config.peerConfig());
      runner.run(pairing, request.changedFiles(), new Simulator());
    }

    List<Suppression> suppressions = new ArrayList<>();
    documents.forEach(document -> suppressions.addAll(SuppressionReader.read(document)));
    SuppressionCheck check = new SuppressionCheck(registry, distinct(suppressions), request.today());

    List<Finding> configured = configure(raw, config);
    List<Finding> active = new ArrayList<>();
    Map<Finding, Suppression> suppressed = new LinkedHashMap<>();
    for (Finding finding : configured) {
      Optional<Suppression> suppression = check.suppressing(finding);
      if (suppression.isPresent()) {
        suppressed.put(finding, suppression.get());
      } else {
        active.add(finding);
      }
    }
    active.addAll(configure(check.problems(id -> !config.isOff(id)), config));
    active = dedupe(active);

    Fingerprints fingerprints = new Fingerprints(documents);
    Map<Fingerprint, Integer> accepted = request.baseline().map(b -> new HashMap<>(b.counts())).orElseGet(HashMap::new);
    List<LintFinding> reported = new ArrayList<>();
    List<LintFinding> baselined = new ArrayList<>();
    for (Finding finding : active) {
      Fingerprint fingerprint = fingerprints.of(finding);
      LintFinding result = new LintFinding(finding, Optional.empty(), fingerprint);
      if (accepted.getOrDefault(fingerprint, 0) > 0) {
        accepted.merge(fingerprint, -1, Integer::sum);
        baselined.add(result);
      } else {
        reported.add(result);
      }
    }
    if (request.includeSuppressed()) {
      suppressed.forEach((finding, suppression) ->
          reported.add(new LintFinding(finding, Optional.of(suppression), fingerprints.of(finding))));
      reported.sort(Comparator.comparing(LintFinding::finding, ORDER));
    }
    return new LintResult(scan.files(), reported, baselined, failures);
  }

  private List<RuleDescriptor> enabledRules(LintConfig config) {
    return registry.all().stream()
        .filter(rule -> !rule.isDeclaredOnly())
        .filter(rule -> !config.isOff(rule.id()))
        .toList();
  }

  /** Drops findings of rules switched off, applies severity overrides, removes duplicates, sorts. */
  private List<Finding> configure(List<Finding> findings, LintConfig config) {
    List<Finding> out = new ArrayList<>();
    for (Finding finding : findings) {
      if (config.isOff(finding.rule())) {
        continue;
      }
      out.add(config.rule(finding.rule()).severity()
          .map(severity -> new Finding(finding.rule(), severity, finding.span(), finding.message(), finding.related(), finding.fix()))
          .orElse(finding));
    }
    return dedupe(out);
  }

  /** One finding per rule, place and message; the first one reported wins. */
  private static List<Finding> dedupe(List<Finding> findings) {
    Map<List<Object>, Finding> unique = new LinkedHashMap<>();
    for (Finding finding : findings) {
      Span span = finding.span();
      unique.putIfAbsent(Arrays.asList(finding.rule(), span.file().displayPath(), span.line(), span.column(),
          span.endLine(), span.endColumn(), finding.message()), finding);
    }
    List<Finding> sorted = new ArrayList<>(unique.values());
    sorted.sort(ORDER);
    return sorted;
  }

  /** A file included by two top-level files is read twice; its suppressions count once. */
  private static List<Suppression> distinct(List<Suppression> suppressions) {
    Map<String, Suppression> unique = new LinkedHashMap<>();
    for (Suppression suppression : suppressions) {
      unique.putIfAbsent(suppression.comment().toString(), suppression);
    }
    return new ArrayList<>(unique.values());
  }

  /** A configured host ({@code hosts:}) holds the document, else the default convention places it. */
  private static Optional<Path> hostDirectory(LintConfig config, Document document) {
    return document.files().get(0).path().flatMap(config::hostDirectory).or(() -> Host.conventionalDirectory(document));
  }

  private static ScanPolicy policy(LintConfig config) {
    return new ScanPolicy() {
      @Override
      public boolean accepts(Path file) {
        return config.selects(file);
      }

      @Override
      public ParseOptions optionsFor(Path file, ParseOptions options) {
        // A host's target names the implementation it runs, so it also decides the dialect.
        ParseOptions forHost = config.hostTarget(file)
            .map(target -> options.withTarget(target).withDialect(target.implementation())).orElse(options);
        return config.targetFor(file).map(forHost::withTarget).orElse(forHost);
      }
    };
  }

}
