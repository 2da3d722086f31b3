// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.benchmarks;

import io.github.ipseclint.engine.LintRequest;
import io.github.ipseclint.engine.LintResult;
import io.github.ipseclint.engine.Linter;
import io.github.ipseclint.engine.PeerRule;
import io.github.ipseclint.engine.RuleDescriptor;
import io.github.ipseclint.engine.RuleRegistry;
import io.github.ipseclint.engine.config.LintConfig;
import io.github.ipseclint.engine.config.RuleSetting;
import io.github.ipseclint.model.ipsec.Host;
import io.github.ipseclint.negotiation.Daemon;
import io.github.ipseclint.negotiation.Simulator;
import io.github.ipseclint.pairing.PairingResult;
import io.github.ipseclint.pairing.PeerConfig;
import io.github.ipseclint.pairing.ScanDaemons;
import io.github.ipseclint.pairing.Tunnel;
import io.github.ipseclint.pairing.TunnelFinder;
import io.github.ipseclint.parse.ParseOptions;
import io.github.ipseclint.parse.scan.ConfigScanner;
import io.github.ipseclint.parse.scan.ScanRequest;
import io.github.ipseclint.parse.scan.ScanResult;
import io.github.ipseclint.parse.scan.ScannedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pairing and simulation over a generated network (issue #6: "pairing plus simulation for a hub
 * with 10,000 spokes and a 200-site full mesh"), at several sizes so that the growth shows. The
 * set-up writes the network into a temporary directory and reads it once; then
 *
 * <ul>
 *   <li>{@code pair} finds the tunnels among the daemons ({@link TunnelFinder}),
 *   <li>{@code pairAndSimulate} also simulates every tunnel, as {@code ipseclint check} does,
 *   <li>{@code lintPeerRules} is what a user waits for: {@code Linter.run} over the directory with
 *       only the peer rules on (reading every file, pairing, simulating, reporting).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public abstract class TunnelBenchmark {
  private final Simulator simulator = new Simulator();
  private Path base;
  private List<Daemon> daemons;
  private Linter linter;
  private LintRequest peerRulesOnly;

  /** Writes the network below {@code base}. */
  abstract Topology.Written write(Path base) throws IOException;

  /** How the log line names the network, e.g. {@code hub-any/10000}. */
  abstract String label();

  @Setup(Level.Trial)
  public void generate() throws IOException {
    base = Files.createTempDirectory("ipseclint-pairing");
    Topology.Written written = write(base);
    ScanResult scan = new ConfigScanner().scan(new ScanRequest(List.of(base), ParseOptions.defaults(base),
        Optional.empty()));
    List<Host> hosts = Host.of(scan.files().stream().map(ScannedFile::document).toList(), scan.model());
    daemons = ScanDaemons.of(hosts, base);
    PairingResult pairing = pair();
    // The figures are only worth something if the network pairs as built: run.sh prints this line.
    System.err.printf("# network %s: %d hosts, %d connections, %d tunnels found (%d built), %d unpaired%n",
        label(), daemons.size(), written.connections(), pairing.tunnels().size(), written.expectedTunnels(),
        pairing.unpaired().size());
    RuleRegistry registry = RuleRegistry.discover();
    LintConfig config = LintConfig.defaults(base);
    for (RuleDescriptor rule : registry.all()) {
      if (!(rule.rule() instanceof PeerRule)) {
        config = config.withRule(rule.id(), RuleSetting.OFF);
      }
    }
    linter = new Linter(registry);
    peerRulesOnly = new LintRequest(List.of(base), ParseOptions.defaults(base), Optional.empty(), config,
        Optional.empty(), false, LocalDate.now());
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    try (Stream<Path> walk = Files.walk(base)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Fractions of a second to seconds per operation: enough warm-up for the JIT to settle. */
  @Benchmark
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 5, time = 2)
  public PairingResult pair() {
    return TunnelFinder.find(daemons, PeerConfig.automatic(base));
  }

  @Benchmark
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 5, time = 2)
  public void pairAndSimulate(Blackhole sink) {
    for (Tunnel tunnel : pair().tunnels()) {
      sink.consume(simulator.simulate(tunnel.left(), tunnel.right()));
    }
  }

  /** Seconds to a minute per operation: one warm-up operation, three measured. */
  @Benchmark
  @Warmup(iterations = 1, time = 1)
  @Measurement(iterations = 3, time = 1)
  public LintResult lintPeerRules() throws NoSuchFileException {
    return linter.run(peerRulesOnly);
  }
}
